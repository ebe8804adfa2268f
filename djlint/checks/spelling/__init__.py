"""The machinery behind DJ421 (misspelled-word, a rule of the phrase family: checks/phrase/):
which words may be suggested, which stretches are words already, how each character sounds,
and how natural a stretch reads.

A pinyin input method's slip replaces one character of a word by another that sounds the same
(意识形态 → 意识形太).  Written as readings, the slip and the word are then identical: each
character is mapped to a code for its usual reading (a word read otherwise in context, 银行, by
its own reading), and every stretch of a Chinese run is looked up among the suggestable words by
its reading.  A stretch that differs from such a word in exactly one character, and is no word
itself, is a candidate (so is one that becomes a word when a look-alike character is put back);
:func:`plausible` weighs the evidence: how many characters stop standing alone, how much more
natural the character pairs read and how much likelier the text is by word frequency.

One idea a module:

* :mod:`.index` — the :class:`Index` and how words and readings are packed into integers;
* :mod:`.build` — building it from jieba's dictionary (installed with jieba; jieba itself is not
  imported), the phrase lexicon, the placeholder pack's surnames and rules/phrase/data/{terms.tsv,
  pinyin.tsv, word-readings.tsv, not-suggested.txt};
* :mod:`.store` — keeping it in the cache folder (one file, mapped) keyed by those files' sizes
  and times, the build's parameters and djlint's version, and completing it on load;
* :mod:`.candidates` — the stretches that read like a word and differ from it in one character;
* :mod:`.shapes` — look-alikes inside three-character words (the shape table's share the reading index
  cannot see), with their stricter verdict;
* :mod:`.idioms` — a frequent idiom's character written as one no table pairs with it (措不及防 for 猝不及防),
  from the idioms' frames kept in the index file;
* :mod:`.evidence` — segmentation cost, character pairs and likelihood by word frequency;
* :mod:`.names` — names are not slips;
* :mod:`.patterns` — nor are set patterns of the text: parallel units, slogans, a template's slot,
  list items that are names or a series, coined abbreviations in quotes;
* :mod:`.verdict` — whether a candidate is a plausible slip;
* :mod:`.segment` — word segmentation from the same index, jieba's route without jieba: what
  ``doc.tokens(p)`` serves every rule on a lint run (the phrase family's ``segmenter``).

No registry here: the phrase family (checks/phrase/) hands :func:`.store.load` the paths and
words, and runs the rule with :func:`.candidates.candidates` and :func:`.verdict.plausible`.
Import the modules themselves (this file re-exports nothing: ``candidates`` would hide its module).
"""
