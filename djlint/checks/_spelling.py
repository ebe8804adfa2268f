"""The index behind DJ421 (misspelled-word): which words may be suggested, which stretches are
words already, how each character sounds, and how natural a stretch reads.

A pinyin input method's slip replaces one character of a word by another that sounds the same
(意识形态 → 意识形太).  Written as readings, the slip and the word are then identical: each
character is mapped to a code for its usual reading (a word read otherwise in context, 银行, by
its own reading), and every stretch of a Chinese run is looked up among the suggestable words by
its reading.  A stretch that differs from such a word in exactly one character, and is no word
itself, is a candidate (so is one that becomes a word when a look-alike character is put back);
:func:`plausible` weighs the evidence: how many characters stop standing alone (:func:`evidence`),
how much more natural the character pairs read (:func:`pair_evidence`) and how much likelier the
text is by word frequency, jieba's own route (:func:`gain`).

Built once from jieba's dictionary (installed with jieba; jieba itself is not imported), the
phrase lexicon, the placeholder pack's surnames and rules/phrase/data/{terms.tsv, pinyin.txt,
word-readings.tsv, not-suggested.txt}, then kept in the cache folder (one file, mapped) keyed by
those files' sizes and times, the build's parameters and djlint's version.
"""
from __future__ import annotations

import importlib.util
import marshal
import math
import os
import zlib
from array import array
from bisect import bisect_left

from .._version import __version__
from ..engine.data import read_list, read_tsv
from ..util.paths import cache_root, write_cache
from ..util import rx
from ..util.zh import NUMBER_WORD_CHARS

HAN_RUN = rx.stdlib(r"[\u4e00-\u9fff]{2,}")
_HAN = rx.stdlib(r"^[\u4e00-\u9fff]+$")
MIN_LEN, MAX_LEN = 4, 12
#: jieba's part-of-speech tags for people's names
NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})
#: three-character words are suggested when at least this frequent in jieba's dictionary (3 is its
#: count for entries it has none for: 办实事, 新格局; rarer entries are mostly junk).  At 3 without
#: the regular-shape guard 防控网 was read as 防空网 (see _regular_shape); earlier, at 10 and without
#: the pair and likelihood tests, the clean corpus drew 0.24 findings per 10,000 characters
MIN_FREQ_3 = 3
#: two- and three-character words count as words when the evidence is weighed only when this
#: frequent (jieba's dictionary is full of rare compounds such as 任工 or 综核 that would let a slip
#: pass as two words), or when they are our own vocabulary
MIN_FREQ_EVIDENCE = 100
#: a three-character word jieba tags as a name is taken for a word when this frequent and not
#: beginning with a surname (rarer ones are mostly transliterated names and junk: 狄云怒, 东问西)
NAME_WORD_FREQ = 30
#: a name follows: 康益药业, 九洲大道 (a place or a company is not a slip)
NAME_SUFFIX = rx.stdlib(r"^(?:集团|药业|股份|公司|大街|大道|路|街|镇|乡|村|县|区|市|社区|街道|小区|花园|广场|宾馆|酒店|国际|餐饮|物业|置业|地产|实业|传媒|住宅|片区|园区|新区|景区|农场|林场|水库|大桥|机场|车站|码头|大厦|中学|小学|医院)")
FORMAT = 40
#: characters that stand alone as function words (及、又、与、和…): 大省及重点, 成就事业又成就
FUNCTION_CHARS = set("的地得了着过及又与和同跟并而且或也都就还再在于是为把被让给对向从自以将之其所")
#: next to a two-character word these often stand alone (旅游这一, 已部分, 结合不紧密, 在发展上), and a numeral
#: changes a number, not a spelling (市三届 is not 十三届): a three-character suggestion needs more
#: evidence there
LONE_BESIDE_WORD = set("这那已不没未很更最各每该此等上下中里内外前后") | NUMBER_WORD_CHARS


def jieba_dict() -> str | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "dict.txt")
    return path if os.path.exists(path) else None


#: how many answers Index.common remembers before it starts afresh
COMMON_MEMO = 1 << 16
#: suggestable words of up to this many characters are kept as integers, not strings (see Index)
PACKED_MAX = 4
#: bits of a reading code in a packed reading (405 readings; 1023 marks a character without one)
CODE_BITS, NO_READING = 10, 1023
#: the bitmap that answers "may a word read like this?" (a prime number of bits; ~5% false hits,
#: settled by a bisection): 256 KB that load at once, where a set of 110,000 integers took 10 ms
BITMAP_BITS = 2097143


class Index:
    """What DJ421 looks up.  Most suggestable words have two to four characters; they are kept as
    integers (their readings packed ten bits a character, tagged with the length): a bitmap
    answers "may a word read like this?", sorted arrays of (packed reading, packed characters)
    settle it and give the words.  ~110,000 words load in about a millisecond instead of the
    ~35 ms a dictionary of strings took.  Longer words stay in a dictionary keyed by their reading."""

    def __init__(self, bitmap, key_words, long_by_reading, short_words, codes, frequent=None, pairs=None,
                 long_starts=None, word_codes=None, affixes=("", ""), long_words=None):
        #: bit (packed reading % BITMAP_BITS) set for every suggestable word of 2..PACKED_MAX characters
        self.bitmap = bitmap
        #: (sorted packed readings, the packed words in the same order): homophones sit side by side
        self.key_order, self.key_words = key_words
        #: reading string -> the suggestable word(s) of PACKED_MAX+1..MAX_LEN characters with that reading
        self.long_by_reading = long_by_reading
        self.long_lengths = sorted({len(k) for k in long_by_reading})
        #: the longer suggestable words themselves (a word read otherwise in context is not under
        #: the key its characters' usual readings make)
        self.long_words = long_words if long_words is not None else frozenset(
            w for v in long_by_reading.values() for w in ((v,) if type(v) is str else v))
        #: words read otherwise in context -> their reading codes (data/word-readings.tsv)
        self.word_codes: dict[str, tuple] = word_codes or {}
        #: the packed readings of the longer words' first PACKED_MAX characters (only there is the
        #: dictionary of longer words consulted)
        self.long_starts = long_starts if long_starts is not None else frozenset(
            reading_key([ord(c) - 0xE000 for c in k[:PACKED_MAX]]) for k in long_by_reading)
        #: every known word of 2, 3 and 4 characters as sorted arrays of integers (the characters'
        #: code points side by side), searched by bisection
        self.short_words = short_words
        self.codes = codes  # str.translate table: character -> a code point standing for its reading
        #: the frequent two- and three-character words (same form as short_words)
        self.frequent = frequent if frequent is not None else short_words
        #: adjacent character pairs inside dictionary words (packed, sorted) and how common each is
        #: (100 x the log of its frequency-weighted count): how natural a stretch of text reads
        self.pairs, self.pair_scores = pairs if pairs is not None else (array("I"), array("H"))
        #: common one-character surnames (a two-character stretch after one is a given name)
        self.surnames: frozenset = frozenset()
        #: characters that end / begin many three-character words after / before a frequent word
        #: (安全感, 新格局): see _regular_compounds
        self.suffixes, self.prefixes = (frozenset(a) for a in affixes)
        #: the frequencies (see _q) of the words in short_words, array beside array; each character's
        #: standing alone (indexed by code point); the log of all frequencies' sum: see gain()
        self.weights = [array("B", bytes(len(t))) for t in short_words]
        self.singles: bytes = bytes(0x10000)
        self.log_total = 0.0
        self._common: dict[str, bool] = {}
        #: our own two- and three-character vocabulary (terms.tsv): suggested without the pair test
        #: (the dictionary's pairs know 不想腐 and 碳中和 too little to vouch for them)
        self.own_words: frozenset = frozenset()
        self._costs: dict[str, float] = {}
        #: traditional characters (data/traditional.tsv): a stretch with one is not a slip
        self.traditional: frozenset = frozenset()
        #: character -> the characters that look like it (data/look-alikes.tsv)
        self.look_alikes: dict[str, str] = {}

    def reading(self, word: str) -> list[int]:
        """How ``word`` is read: its own reading if it is read otherwise in context, else each
        character's usual reading."""
        own = self.word_codes.get(word)
        return list(own) if own is not None else reading_codes(self, word)

    def suggestable(self, word: str) -> bool:
        """Whether ``word`` is one of the words DJ421 may suggest."""
        if len(word) > PACKED_MAX:
            return word in self.long_words
        rc = self.reading(word)
        if NO_READING in rc:
            return False
        key = reading_key(rc)
        h = key % BITMAP_BITS
        return bool(self.bitmap[h >> 3] >> (h & 7) & 1) and word in self.words_reading(key)

    def knows(self, word: str) -> bool:
        if len(word) > PACKED_MAX:
            return word in self.long_words
        return _in_tables(self.short_words, word)

    def common(self, word: str) -> bool:
        """A word that counts as one when weighing the evidence (see MIN_FREQ_EVIDENCE).  Answers are
        remembered: the windows of neighbouring candidates overlap."""
        memo = self._common
        found = memo.get(word)
        if found is None:
            found = _in_tables(self.frequent, word) if len(word) < MIN_LEN else self.knows(word)
            if len(memo) >= COMMON_MEMO:
                memo.clear()
            memo[word] = found
        return found

    @property
    def has_dictionary(self) -> bool:
        """Whether jieba's dictionary went into the index (the sum of its frequencies is known).
        Without it only our own terms are words, and every other word would read as a slip."""
        return self.log_total > 0

    def weight(self, word: str) -> int | None:
        """How frequent a known word is (see _q), or None for no word."""
        n = len(word)
        if n > PACKED_MAX:
            return _q(LONG_COUNT) if word in self.long_words else None
        if n < 2:
            return None
        table = self.short_words[n - 2]
        key = _pack(word)
        if key is None:
            return None
        i = bisect_left(table, key)
        return self.weights[n - 2][i] if i < len(table) and table[i] == key else None

    def words_reading(self, key: int) -> list[str]:
        """The suggestable words whose packed reading is ``key``."""
        order, words = self.key_order, self.key_words
        i = bisect_left(order, key)
        out = []
        while i < len(order) and order[i] == key:
            out.append(_unpack(words[i]))
            i += 1
        return out

    def pair_score(self, pair: str) -> float:
        key = _pack(pair)
        if key is None:
            return 0.0
        i = bisect_left(self.pairs, key)
        return self.pair_scores[i] / 100 if i < len(self.pairs) and self.pairs[i] == key else 0.0


def reading_codes(index: Index, t: str) -> list[int]:
    """Each character's reading code (NO_READING for a character without one)."""
    return [c - 0xE000 if 0xE000 <= c < 0xE000 + NO_READING else NO_READING for c in map(ord, t.translate(index.codes))]


def reading_key(codes: list[int]) -> int:
    key = len(codes)
    for c in codes:
        key = (key << CODE_BITS) | c
    return key


def _unpack(key: int) -> str:
    chars = []
    while key:
        chars.append(chr(key & 0xFFFF))
        key >>= 16
    return "".join(reversed(chars))


def _in_tables(tables, word: str) -> bool:
    n = len(word)
    if n < 2 or n - 2 >= len(tables):
        return False
    table = tables[n - 2]
    key = _pack(word)
    if key is None:
        return False
    i = bisect_left(table, key)
    return i < len(table) and table[i] == key


def _pack(word: str) -> int | None:
    """Two to four characters of the Basic Multilingual Plane as one integer."""
    key = 0
    for ch in word:
        c = ord(ch)
        if c > 0xFFFF:
            return None
        key = (key << 16) | c
    return key


def _short_tables(counts: dict, lengths=(2, 3)) -> tuple:
    """For each length, the words of that length as a sorted array of packed integers, and beside
    it an array of their frequencies (see _q)."""
    tables, weights = [], []
    for n in lengths:
        keyed = sorted((k, c) for k, c in ((_pack(w), c) for w, c in counts.items() if len(w) == n) if k is not None)
        tables.append(array("Q", (k for k, _c in keyed)))
        weights.append(array("B", (c for _k, c in keyed)))
        del keyed
    return tables, weights


def _stamp(paths) -> str:
    parts = [__version__, str(FORMAT), repr((MIN_FREQ_2, MIN_FREQ_3, MIN_FREQ_EVIDENCE, PRODUCTIVE, PRODUCTIVE_PREFIX, STEM_FREQ, NAME_WORD_FREQ))]
    for p in paths:
        try:
            st = os.stat(p)
            parts.append(f"{p}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{p}:-")
    return "|".join(parts)


#: what a known word of five or more characters counts as (their frequencies are not kept)
LONG_COUNT = 10
#: a word's frequency is kept as round(log(count + 1) * LOG_SCALE), one byte (0..255 are Python's
#: cached small integers: 350,000 counts cost no objects while the index is built)
LOG_SCALE = 16
#: the frequency our own vocabulary (the lexicon, terms.tsv) counts as at least
OWN_COUNT = 1000


def _q(count: int) -> int:
    return min(255, round(math.log(count + 1) * LOG_SCALE))


def build(dict_path: str | None, data_dir: str, lexicon_words, surnames=frozenset()) -> Index:
    counts, names, singles, total, pairs = _read_dictionary(dict_path)
    regular, affixes = _regular_compounds(counts, names)
    names -= regular
    # jieba tags many three-character words as names (幼儿园, 智能化): one that does not begin with
    # a surname, is not rare and begins with a word (幼儿, 智能; not 福康安) is a word
    qn = _q(NAME_WORD_FREQ)
    names -= {w for w in names if len(w) == 3 and w[0] not in surnames and counts.get(w, 0) >= qn
              and w[:2] in counts and w[:2] not in names}
    terms = {row.split("\t", 1)[0] for row in read_list(os.path.join(data_dir, "terms.tsv"))}
    extra = {w for w in set(lexicon_words) | terms if _HAN.match(w)}
    own = _q(OWN_COUNT)
    for w in extra:
        if counts.get(w, 0) < own:
            counts[w] = own
    for w in read_list(os.path.join(data_dir, "not-suggested.txt")):
        counts.pop(w, None)
    # the forms wrong-words.tsv and variant-forms.tsv list are reported by their own rules (DJ411,
    # DJ419): known here, so DJ421 does not report them a second time, and never suggested
    listed = {row.wrong for name in ("wrong-words.tsv", "variant-forms.tsv")
              for row in read_tsv(os.path.join(data_dir, name)) if _HAN.match(row.wrong)}
    codes, word_codes = _readings(data_dir, counts)
    for w in _dictionary_slips(counts, codes, extra | listed):
        del counts[w]
    for w in listed:
        counts.setdefault(w, 0)
    # people's names of two or three characters are known (never flagged) but never suggested:
    # 张智刚 is not a slip for 张志刚 (longer entries tagged so are mostly idioms and titles)
    q2, q3 = _q(MIN_FREQ_2), _q(MIN_FREQ_3)
    suggestable = [w for w, c in counts.items() if w not in listed and (MIN_LEN <= len(w) <= MAX_LEN or (
        len(w) == 3 and (w in regular or (w not in names and c >= q3))) or (len(w) == 2 and w not in names and c >= q2))]
    long_by_reading, order, packed_words = _keyed(suggestable, codes, word_codes)
    del suggestable
    short, weights = _short_tables(counts, (2, 3, 4))
    qe = _q(MIN_FREQ_EVIDENCE)
    frequent_short, _w = _short_tables({w: c for w, c in counts.items() if len(w) < MIN_LEN and c >= qe})
    bitmap = bytearray((BITMAP_BITS + 7) // 8)
    for k in order:
        h = k % BITMAP_BITS
        bitmap[h >> 3] |= 1 << (h & 7)
    index = Index(bytes(bitmap), (order, packed_words),
                  {k: v[0] if len(v) == 1 else tuple(sorted(v)) for k, v in long_by_reading.items()}, short, codes,
                  frequent=frequent_short, pairs=pairs, word_codes=word_codes, affixes=affixes)
    index.weights, index.singles, index.log_total = weights, bytes(singles), math.log(max(total, 1))
    index.own_words = frozenset(w for w in extra if len(w) < MIN_LEN and w in counts)
    return index


#: a rare dictionary entry of four or more characters that reads exactly like one much more frequent,
#: differing in one character, is a misspelling the dictionary holds (走头无路 3 beside 走投无路 173,
#: 家谕户晓 beside 家喻户晓, 雷历风行 beside 雷厉风行): rare means at most SLIP_COUNT, much more
#: frequent SLIP_RATIO times and at least SLIP_RIGHT
SLIP_COUNT, SLIP_RATIO, SLIP_RIGHT = 5, 20, 50


def _dictionary_slips(counts: dict, codes: dict, keep) -> set:
    """The dictionary's own misspellings (see SLIP_COUNT), found by reading: they are then neither
    known (so a draft that has one is told) nor suggested.  Our vocabulary and the variant forms
    DJ419 reports are kept.  A legitimate rare word of the same shape (职业资格 beside 执业资格)
    segments into common words, which the evidence test weighs before anything is reported."""
    rare, gap, floor = _q(SLIP_COUNT), round(math.log(SLIP_RATIO) * LOG_SCALE), _q(SLIP_RIGHT)
    by_reading: dict[str, list] = {}
    for w, c in counts.items():
        if len(w) >= MIN_LEN:
            by_reading.setdefault(w.translate(codes), []).append(w)
    slips = set()
    for words in by_reading.values():
        if len(words) < 2:
            continue
        for a in words:
            if counts[a] > rare or a in keep:
                continue
            if any(counts[b] >= max(counts[a] + gap, floor) and sum(x != y for x, y in zip(a, b)) == 1 for b in words):
                slips.add(a)
    return slips


def _read_dictionary(dict_path: str | None) -> tuple:
    """jieba's dictionary: every word of two or more Chinese characters with its frequency (see
    _q), the words tagged as people's names, each character's frequency standing alone (a table
    of the Basic Multilingual Plane), the sum of all frequencies and the character-pair tables."""
    counts: dict[str, int] = {}
    names: set[str] = set()
    singles = bytearray(0x10000)
    total = 0
    if dict_path is None:
        return counts, names, singles, 1, _pair_tables({})
    # the pairs first, in a pass of their own: their dictionary and the words' are the two large
    # structures of a build, and need not be held at once (peak ~25 MB less)
    pairs = _pair_tables(_pair_weights(dict_path))
    with open(dict_path, encoding="utf-8") as fh:
        for line in fh:
            w, _, rest = line.partition(" ")
            fields = rest.split()
            count = int(fields[0]) if fields else 0
            total += count
            if len(w) == 1:
                if ord(w) < 0x10000:
                    singles[ord(w)] = _q(count)
            elif _HAN.match(w):
                counts[w] = _q(count)
                if len(fields) > 1 and fields[1] in NAME_TAGS:
                    names.add(w)
    return counts, names, singles, total, pairs


def _pair_weights(dict_path: str) -> dict:
    """Adjacent character pairs inside the dictionary's words (keyed by the packed pair: half the
    memory of strings), each weighted by the log frequencies of the words it appears in."""
    weights: dict[int, float] = {}
    with open(dict_path, encoding="utf-8") as fh:
        for line in fh:
            w, _, rest = line.partition(" ")
            if len(w) >= 2 and _HAN.match(w):
                weight = math.log(int((rest.split() or ["0"])[0]) + 1)
                for i in range(len(w) - 1):
                    key = (ord(w[i]) << 16) | ord(w[i + 1])
                    weights[key] = weights.get(key, 0.0) + weight
    return weights


def _readings(data_dir: str, known) -> tuple:
    """str.translate table character -> a private-use code point standing for its usual reading, and
    the words read otherwise in context (银行 is yin hang) -> their reading codes."""
    readings: dict[str, int] = {}
    codes: dict[int, int] = {}
    for row in read_list(os.path.join(data_dir, "pinyin.txt")):
        ch, _, reading = row.partition("\t")
        codes[ord(ch)] = 0xE000 + readings.setdefault(reading, len(readings))
    word_codes: dict[str, tuple] = {}
    for row in read_list(os.path.join(data_dir, "word-readings.tsv")):
        w, _, read = row.partition("\t")
        parts = read.split()
        if w in known and len(parts) == len(w) and all(r in readings for r in parts):
            word_codes[w] = tuple(readings[r] for r in parts)
    return codes, word_codes


def _keyed(suggestable, codes: dict, word_codes: dict) -> tuple:
    """The suggestable words by reading: longer ones in a dictionary keyed by a reading string, the
    rest as two arrays, sorted packed readings and the packed words in the same order.  A word read
    otherwise in context is found under both readings: 银航 by its own (yin hang), 引行 by its
    characters' usual ones (the text's 行 is read as usual)."""
    long_by_reading: dict[str, list] = {}
    packed: list[int] = []  # reading << 64 | word: one integer an entry, sorted in place (a build's peak memory)
    for w in suggestable:
        own = word_codes.get(w)
        if len(w) > PACKED_MAX:  # keyed by a string: a character without a reading stands for itself
            for key in ({"".join(chr(0xE000 + c) for c in own), w.translate(codes)} if own else (w.translate(codes),)):
                long_by_reading.setdefault(key, []).append(w)
            continue
        pw = _pack(w)
        usual = [codes.get(ord(ch), 0xE000 + NO_READING) - 0xE000 for ch in w]
        for rc in ([list(own), usual] if own else [usual]):
            if pw is not None and NO_READING not in rc:
                packed.append(reading_key(rc) << 64 | pw)
    packed.sort()
    mask = (1 << 64) - 1
    unique = [k for i, k in enumerate(packed) if i == 0 or packed[i - 1] != k]
    del packed
    return long_by_reading, array("Q", (k >> 64 for k in unique)), array("Q", (k & mask for k in unique))


#: a character that ends (or begins) this many three-character words made of a frequent word and
#: itself is a productive suffix (安全感, 智能化, 问责制) or prefix (新格局)
PRODUCTIVE = 100
#: prefixes are fewer than suffixes: one that begins this many such words is productive (非 94, 超 62)
PRODUCTIVE_PREFIX = 60
#: how frequent the two-character word inside such a compound must be
STEM_FREQ = 1000


def _regular_compounds(counts: dict, names: set) -> tuple:
    """Three-character words formed regularly from a frequent word and a productive suffix or prefix:
    suggestable even when jieba gives them a placeholder frequency (法定化 3, 新格局 3) or tags them
    as a person's name (安全感 and 严峻性 are tagged nr).  A name's first two characters rarely make
    a frequent word with a productive suffix after them (王国维: 维 is no suffix).  Returns those
    words and the productive (suffixes, prefixes)."""
    qs, qe, q2 = _q(STEM_FREQ), _q(MIN_FREQ_EVIDENCE), _q(2)

    def stem(w):
        return counts.get(w, 0) >= qs and w not in names

    suffixes: dict[str, int] = {}
    prefixes: dict[str, int] = {}
    for w in counts:
        if len(w) == 3 and w not in names:
            if counts.get(w[:2], 0) >= qe:
                suffixes[w[2]] = suffixes.get(w[2], 0) + 1
            if counts.get(w[1:], 0) >= qe:
                prefixes[w[0]] = prefixes.get(w[0], 0) + 1
    suffix = "".join(sorted(c for c, n in suffixes.items() if n >= PRODUCTIVE))
    prefix = "".join(sorted(c for c, n in prefixes.items() if n >= PRODUCTIVE_PREFIX))
    regular = {w for w, c in counts.items() if len(w) == 3 and c >= q2 and (
        (w[2] in suffix and stem(w[:2])) or (w[0] in prefix and stem(w[1:]) and w not in names))}
    return regular, (suffix, prefix)


def _pair_tables(weights: dict) -> tuple:
    packed = sorted((k, w) for k, w in weights.items() if k <= 0xFFFFFFFF)
    return (array("I", [k for k, _w in packed]),
            array("H", [min(65535, round(math.log(w + 1) * 100)) for _k, w in packed]))


def load(data_dir: str, lexicon_words, lexicon_paths, surnames_path: str | None = None) -> Index:
    """The index from the cache folder, or built and kept there (``surnames_path``: one-character
    surnames, one a line)."""
    dict_path = jieba_dict()
    # this module itself too: a change to how the index is built rebuilds it (FORMAT is bumped as well)
    files = [p for p in [__file__, dict_path, surnames_path, *lexicon_paths] if p] + [
        os.path.join(data_dir, n)
        for n in ("wrong-words.tsv", "not-suggested.txt", "terms.tsv", "pinyin.txt", "word-readings.tsv",
                  "variant-forms.tsv")]
    stamp = _stamp(files)
    # one file per install (its data files' paths are in the stamp): two installs sharing a cache
    # folder (a pre-commit environment and a pip install) would otherwise rebuild it in turn
    digest = f"{zlib.crc32(stamp.encode('utf-8')):08x}"  # the file's own stamp is checked when read
    target = os.path.join(cache_root(), f"spelling-{__version__}-{digest}.bin")
    try:
        index = _read(target, stamp)
        if index is not None:
            return index
    except (OSError, ValueError, EOFError, TypeError, IndexError):
        pass
    surnames = frozenset(w for w in read_list(surnames_path) if len(w) == 1) if surnames_path else frozenset()
    index = build(dict_path, data_dir, lexicon_words, surnames)
    write_cache(target, _dump(index, stamp))
    _prune(cache_root(), target)
    return index


#: how many index files (installs, versions) the cache folder keeps; 8 MB each
KEEP = 3


def _prune(folder: str, target: str) -> None:
    """Remove all but the KEEP most recently written index files (and earlier layouts' files)."""
    try:
        names = [n for n in os.listdir(folder) if n.startswith("spelling-")]
    except OSError:
        return
    paths = [os.path.join(folder, n) for n in names]
    old = [p for p in paths if not p.endswith(".bin")]
    kept = [p for p in paths if p.endswith(".bin")]

    def written(p):
        try:
            return os.stat(p).st_mtime_ns
        except OSError:
            return 0

    kept.sort(key=written, reverse=True)
    for p in old + [p for p in kept[KEEP:] if p != target]:
        try:
            os.remove(p)
        except OSError:  # mapped by another process on Windows, or gone already
            pass


#: the cache file: MAGIC, the length of a marshalled header (the dictionaries and where each
#: array lies), then the arrays' bytes, each at a multiple of 8: they are mapped, not read or
#: copied (a process that meets no candidate touches a few pages of the 8 MB)
MAGIC = b"DJSP"
_ARRAYS = (("bitmap", "B"), ("order", "Q"), ("words", "Q"), ("short2", "Q"), ("short3", "Q"), ("short4", "Q"),
           ("frequent2", "Q"), ("frequent3", "Q"), ("pairs", "I"), ("scores", "H"), ("weight2", "B"),
           ("weight3", "B"), ("weight4", "B"), ("singles", "B"))


def _dump(index: Index, stamp: str) -> bytes:
    raws = [bytes(index.bitmap), index.key_order.tobytes(), index.key_words.tobytes(),
            *(t.tobytes() for t in index.short_words), *(t.tobytes() for t in index.frequent),
            index.pairs.tobytes(), index.pair_scores.tobytes(), *(bytes(w) for w in index.weights),
            bytes(index.singles)]
    layout, body, offset = [], [], 0
    for (name, fmt), raw in zip(_ARRAYS, raws):
        pad = -offset % 8
        body.append(b"\0" * pad)
        offset += pad
        layout.append((name, fmt, offset, len(raw)))
        body.append(raw)
        offset += len(raw)
    header = marshal.dumps((stamp, layout, index.long_by_reading, index.codes,
                            index.long_starts, index.word_codes,
                            ("".join(sorted(index.suffixes)), "".join(sorted(index.prefixes))), index.log_total,
                            sorted(index.own_words), index.long_words))  # unmarshalled faster than rebuilt
    start = len(MAGIC) + 8 + len(header)
    pad = -start % 8
    return MAGIC + (len(header) + pad).to_bytes(8, "little") + header + b"\0" * pad + b"".join(body)


def _read(target: str, stamp: str) -> Index | None:
    import mmap

    with open(target, "rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    if mm[:4] != MAGIC:
        return None
    size = int.from_bytes(mm[4:12], "little")
    header = marshal.loads(mm[12:12 + size])
    if header[0] != stamp:
        return None
    _s, layout, long_by_reading, codes, starts, own, affixes, log_total, own_words, long_words = header
    view, base = memoryview(mm), 12 + size
    arrays = {name: view[base + offset:base + offset + n].cast(fmt) for name, fmt, offset, n in layout}
    index = Index(arrays["bitmap"], (arrays["order"], arrays["words"]), long_by_reading,
                  [arrays["short2"], arrays["short3"], arrays["short4"]], codes,
                  [arrays["frequent2"], arrays["frequent3"]], (arrays["pairs"], arrays["scores"]), starts, own,
                  affixes, long_words)
    index.weights = [arrays["weight2"], arrays["weight3"], arrays["weight4"]]
    index.singles, index.log_total = arrays["singles"], log_total
    index.own_words = frozenset(own_words)
    return index


def candidates(index: Index, text: str):
    """(start, end, written, suggested, position of the slip) for every stretch of a Chinese run
    that reads like a suggestable word, differs from it in exactly one character and is no word."""
    bitmap, long_starts, short = index.bitmap, index.long_starts, index.short_words
    from_bytes = int.from_bytes
    tag2, tag3, tag4 = 2 << (2 * CODE_BITS), 3 << (3 * CODE_BITS), 4 << (4 * CODE_BITS)
    for run in HAN_RUN.finditer(text):
        t, base = run.group(), run.start()
        rc = reading_codes(index, t)
        b = t.encode("utf-16-be")  # HAN_RUN is in the Basic Multilingual Plane: two bytes a character
        n = len(t)
        for k in range(n - 1):
            key = (rc[k] << CODE_BITS) | rc[k + 1]
            for L, tagged in ((2, tag2 | key), (3, None), (4, None)):
                if L == 3:
                    if k + 2 >= n:
                        break
                    key = (key << CODE_BITS) | rc[k + 2]
                    tagged = tag3 | key
                elif L == 4:
                    if k + 3 >= n:
                        break
                    key = (key << CODE_BITS) | rc[k + 3]
                    tagged = tag4 | key
                h = tagged % BITMAP_BITS
                if not bitmap[h >> 3] >> (h & 7) & 1:
                    continue
                table = short[L - 2]  # most hits are the word itself, written right
                pw = from_bytes(b[2 * k:2 * (k + L)], "big")
                i = bisect_left(table, pw)
                if i < len(table) and table[i] == pw:
                    continue
                yield from _differing_packed(index, t, base, k, L, tagged, pw)
            if k + PACKED_MAX < n and (tag4 | key) in long_starts:
                yield from _long(index, t, base, k)
        if index.look_alikes:
            for k in range(n):
                if t[k] in index.look_alikes:
                    yield from _look_alike(index, t, base, k)


#: the longest word a look-alike is tried in
LOOK_ALIKE_MAX = 6


def _look_alike(index: Index, t: str, base: int, k: int):
    """Stretches around position ``k`` that become a suggestable word when its character is
    replaced by one that looks like it (戍边 for 戌边)."""
    n = len(t)
    for alt in index.look_alikes[t[k]]:
        for L in range(2, min(LOOK_ALIKE_MAX, n) + 1):
            for s0 in range(max(0, k - L + 1), min(k, n - L) + 1):
                win = t[s0:s0 + L]
                fixed = win[:k - s0] + alt + win[k - s0 + 1:]
                # a look-alike is a rarer slip than a homophone, so candidates are few: any common
                # short word may be the one meant (整冶 → 整治, 入次 → 人次)
                if (index.suggestable(fixed) or (L < MIN_LEN and index.common(fixed))) and not index.knows(win):
                    yield base + s0, base + s0 + L, win, fixed, base + k


def _long(index: Index, t: str, base: int, k: int):
    reading = t[k:k + MAX_LEN].translate(index.codes)
    for L in index.long_lengths:
        if k + L > len(t):
            break
        words = index.long_by_reading.get(reading[:L])
        if words:
            yield from _differing(index, t, base, k, L, (words,) if type(words) is str else words)


def _differing_packed(index: Index, t: str, base: int, k: int, L: int, tagged: int, pw: int):
    """The suggestable words read as ``tagged`` that differ from the packed stretch ``pw`` (no
    word) in exactly one character, compared as integers: a word is unpacked only when it is one."""
    order, words = index.key_order, index.key_words
    i = bisect_left(order, tagged)
    while i < len(order) and order[i] == tagged:
        d = pw ^ words[i]
        lane = (d.bit_length() - 1) >> 4  # the leftmost character that differs, counted from the right
        if d and not d & ((1 << (lane << 4)) - 1):  # and no other
            yield base + k, base + k + L, t[k:k + L], _unpack(words[i]), base + k + L - 1 - lane
        i += 1


def _differing(index: Index, t: str, base: int, k: int, L: int, words):
    win = t[k:k + L]
    if win in words:
        return  # written right
    for w in words:
        diff = [i for i in range(L) if win[i] != w[i]]
        if len(diff) == 1 and not index.knows(win):
            yield base + k, base + k + L, win, w, base + k + diff[0]


#: what a character standing alone costs a segmentation (a function word less); a word costs
#: WORD_COST whatever its length, so the reading with fewer, longer words wins
SINGLE_COST, FUNCTION_COST, WORD_COST = 1.0, 0.4, 0.1
#: context on each side of the stretch the two readings are compared on
CONTEXT = 3
#: how much better the suggestion must explain the context (segmentation cost saved): one
#: character no longer standing alone for a word of four or more characters; for a word of three
#: more than that (工业画 and 负责任 both read as a word and a character)
EVIDENCE, EVIDENCE_3 = 1.0, 1.0


def segment_cost(index: Index, t: str) -> float:
    """The cost of the best segmentation of ``t`` into known words and single characters."""
    n = len(t)
    best = [0.0] + [1e9] * n
    knows = index.common
    for i in range(n):
        base = best[i]
        single = base + (FUNCTION_COST if t[i] in FUNCTION_CHARS else SINGLE_COST)
        if single < best[i + 1]:
            best[i + 1] = single
        word = base + WORD_COST
        for j in range(i + 2, min(n, i + MAX_LEN) + 1):
            if word < best[j] and knows(t[i:j]):
                best[j] = word
    return best[n]


def _window(text: str, s: int, e: int) -> tuple[int, int]:
    """CONTEXT characters each side of the stretch, not starting or ending outside Chinese text."""
    a, b = max(0, s - CONTEXT), min(len(text), e + CONTEXT)
    while a < s and not _HAN.match(text[a]):
        a += 1
    while b > e and not _HAN.match(text[b - 1]):
        b -= 1
    return a, b


def evidence(index: Index, text: str, s: int, e: int, suggested: str) -> float:
    """How much better the text around the stretch segments with the suggestion in it."""
    a, b = _window(text, s, e)
    before, after = text[a:s], text[e:b]
    # the suggestion counts as one word even when it is too rare to weigh on its own (决定权)
    corrected = min(segment_cost(index, before + suggested + after),
                    segment_cost(index, before) + WORD_COST + segment_cost(index, after))
    written = text[a:b]
    cost = index._costs.get(written)  # the homophones of one stretch share its window
    if cost is None:
        if len(index._costs) >= COMMON_MEMO:
            index._costs.clear()
        cost = index._costs[written] = segment_cost(index, written)
    return cost - corrected


def log_probability(index: Index, t: str) -> float:
    """The log probability of the likeliest segmentation of ``t`` into known words and single
    characters, each word as likely as its frequency in jieba's dictionary (jieba's own route)."""
    n = len(t)
    best = [0.0] + [-1e18] * n
    scale, log_total, singles, weight = LOG_SCALE, index.log_total, index.singles, index.weight
    for i in range(n):
        base = best[i]
        c = ord(t[i])
        one = base + (singles[c] if c < 0x10000 else 0) / scale - log_total
        if one > best[i + 1]:
            best[i + 1] = one
        for j in range(i + 2, min(n, i + MAX_LEN) + 1):
            q = weight(t[i:j])
            if q is not None and base + q / scale - log_total > best[j]:
                best[j] = base + q / scale - log_total
    return best[n]


def gain(index: Index, text: str, s: int, e: int, suggested: str) -> float:
    """How much likelier the text around the stretch reads with the suggestion in it, as jieba would
    weigh it (word frequencies, not only word counts: 大省/及/重点 is likely, 长效/及/制 is not)."""
    a, b = _window(text, s, e)
    return (log_probability(index, text[a:s] + suggested + text[e:b]) -
            log_probability(index, text[a:b]))


#: two-character words are suggested when this frequent, on this much evidence (and the pairs')
MIN_FREQ_2, EVIDENCE_2, PAIRS_2 = 1000, 1.9, 4.5
#: how much more natural the character pairs around a three-character suggestion must read (sum of
#: the pairs' log counts, one character of context each side): 负责任 reads as well as 负责人
PAIRS_3 = 1.5
#: evidence this far above what is needed makes the pairs matter less (the pairs needed then): a
#: two-character suggestion that also completes a longer word with its context (党员感部 →
#: 党员干部), a three-character one that turns a run of lone characters into words (市工图 → 施工图)
STRONG = {2: (0.1, 1.0), 3: (1.5, 0.0)}


def pair_evidence(index: Index, text: str, s: int, e: int, suggested: str) -> float:
    a, b = max(0, s - 1), min(len(text), e + 1)
    fixed = text[a:s] + suggested + text[e:b]
    here = text[a:b]
    score = index.pair_score
    return sum(score(fixed[i:i + 2]) for i in range(len(fixed) - 1)) - sum(score(here[i:i + 2]) for i in range(len(here) - 1))


def _in_word(index: Index, text: str, at: int) -> bool:
    """Whether the character at ``at`` forms a known two-character word with a neighbour."""
    return index.knows(text[max(0, at - 1):at + 1]) or index.knows(text[at:at + 2])


def _joins_outside(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """Whether the character at the stretch's edge makes a known word with the text outside it
    (生态型城市: 型 belongs to 生态型, not to 型城市 read as 兴城市; 治国理政中: 政 ends 治国理政)."""
    if at == s:
        return any(index.knows(text[j:at + 1]) for j in (at - 3, at - 2, at - 1) if j >= 0)
    if at == e - 1:
        return any(index.knows(text[at:at + n]) for n in (2, 3, 4) if at + n <= len(text))
    return False


def _edge_slip_in_running_text(text: str, s: int, e: int, at: int) -> bool:
    """A slip at the stretch's edge with more Chinese text beyond it (工业画、 is a slip standing
    free; 制度型开放 may be a word the dictionary lacks), or a measure word after a number (3项配套)."""
    if at == e - 1:
        return e < len(text) and bool(_HAN.match(text[e]))
    return at == s and s > 0 and (bool(_HAN.match(text[s - 1])) or text[s - 1].isdigit())


def _parallel(text: str, s: int, e: int) -> bool:
    """A two-character stretch inside a parallel four-character phrase (一照一码, 细化实化): the
    repeated character makes it a set pattern, whatever the dictionary knows."""
    return (e < len(text) and text[s] == text[e]) or (s >= 2 and text[s - 2] == text[s]) or (
        e + 1 < len(text) and text[e - 1] == text[e + 1]) or (s >= 1 and text[s - 1] == text[e - 1])


def _regular_shape(index: Index, written: str, slip: int) -> bool:
    """A three-character stretch whose slip is in a word that an unchanged productive suffix or
    prefix follows or precedes: the written text is as regular a compound as the suggestion
    (防控网 is not a slip for 防空网, both are a word and 网)."""
    return (slip < 2 and written[2] in index.suffixes and index.knows(written[:2])) or (
        slip > 0 and written[0] in index.prefixes and index.knows(written[1:]))


def _after_surname(index: Index, text: str, s: int) -> bool:
    """A short stretch right after a surname is likely a given name (副书记林一凡), unless the
    surname's character ends a word (队伍, 实施: 伍 and 施 are surnames too)."""
    return s > 0 and text[s - 1] in index.surnames and not (s >= 2 and index.knows(text[s - 2:s]))


#: titles a name follows in reports (书记林一凡, 会计史玉): after one, two or three characters are a name
TITLES = frozenset("""书记 副书记 主任 副主任 局长 副局长 处长 副处长 科长 副科长 部长 副部长 厅长 副厅长 院长 副院长
    校长 副校长 所长 站长 队长 组长 副组长 社长 行长 县长 副县长 市长 副市长 省长 区长 副区长 镇长 副镇长 乡长 村长
    主席 副主席 委员 常委 经理 总经理 副经理 董事长 会计 出纳 同志 秘书长 主管 专员 干事 代表 老师 教授 主委
    纪委书记 支书 党委书记 总支书记 支部书记 组织委员 宣传委员 纪检委员""".split())
TITLE_LENGTHS = sorted({len(t) for t in TITLES})


def _names_after_title(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """Whether the slip falls in a name that follows a title: the stretch starts right after one
    (局长闫安), is the given name after a title and a surname (校长石信永), or runs from a title's end
    into the name after it (会计史玉 is not 会计师, 校长蒋海 not 长江)."""
    def title_ends(p):
        return any(text[p - n:p] in TITLES for n in TITLE_LENGTHS if p - n >= 0)

    if s >= 1 and text[s - 1] in index.surnames and title_ends(s - 1):
        return True
    return any(title_ends(p) for p in range(s, min(at, e - 1) + 1))


def _ends_a_name(index: Index, text: str, s: int) -> bool:
    """A two-character stretch whose first character may end a three-character name: a surname two
    characters before it, and no word across (刘军永作总结 is not 用作, 吴新志作 not 制作)."""
    return (s >= 2 and text[s - 2] in index.surnames and bool(_HAN.match(text[s - 1]))
            and not index.common(text[s - 2:s]) and not index.knows(text[s - 1:s + 1])
            and not (s >= 3 and index.knows(text[s - 3:s - 1])))


def _begins_a_name(index: Index, text: str, s: int, e: int) -> bool:
    """A two-character stretch whose first character is a surname, with a character after it that
    begins no word (the start of a three-character name: 钟国东 is not 中国东, 江玲英 not 江陵英) or
    a title after it (a two-character name: 蒋军同志 is not 将军)."""
    if e - s == 2 and text[s + 1] in index.surnames and e < len(text) and _HAN.match(text[e]) and \
            not index.knows(text[s + 1:s + 3]) and not index.knows(text[e:e + 2]) and text[e] not in FUNCTION_CHARS:
        return True  # the name starts at the stretch's second character: 由虞子娜负责 is not 由于
    if text[s] not in index.surnames or e >= len(text) or (s >= 1 and index.knows(text[s - 1:s + 1])):
        return False
    if any(text[e:e + n] in TITLES for n in TITLE_LENGTHS):
        return True
    return bool(_HAN.match(text[e])) and text[e] not in FUNCTION_CHARS and not index.knows(text[e:e + 2])


#: a suggestion the evidence falls short for only by what a guard below adds (a function word, a
#: character beside a word or at the edge of running text) is taken all the same when it makes the
#: text around it this much likelier (see gain; e^7 to e^10 is 1,100 to 22,000 times: 长效及制 →
#: 长效机制 12, but 大省及重点 → 省级重点 6.6), except where a numeral is involved (市三届 is not 十三届)
RESCUE = {2: 10.0, 3: 7.0, 4: 8.0}
#: a two-character suggestion whose character pairs read better, though by less than PAIRS_2, is
#: taken when the text around it is this much likelier
PAIRS_2_GAIN, GAIN_2 = 3.5, 10.0
#: and every two-character suggestion must make the text around it at least this much likelier
#: (e^6.5 ≈ 650 times): 由点到线 segments well enough as written for 有点 to gain only 4.7
MIN_GAIN_2 = 6.5
#: a word of four or more characters written as two words is taken when the text is this much
#: likelier with it (e^9 ≈ 8,000 times; the correct texts looked at offered none above 8)
GAIN_TWO_WORDS = 9.0
#: a stretch of three or more characters that is a whole quotation, when this much likelier
GAIN_QUOTED = 7.0
OPENING_QUOTES, CLOSING_QUOTES = frozenset("“‘「『\""), frozenset("”’」』\"")
#: a three-character suggestion must not make the text less likely: 结果时 (when looking at the
#: result) reads likelier as written than as 结果实 (bear fruit), though a lone character is gone
MIN_GAIN_3 = 1.0
#: a look-alike (冶理 for 治理, 投人 for 投入) needs no pair test and less likelihood: the shape table
#: is small, so correct text rarely offers one (three candidates in 210,000 characters of the
#: edited texts looked at, none near this)
MIN_GAIN_2_LOOK_ALIKE = 5.0
#: the costs are sums of tenths: no verdict is left to floating-point rounding
EPS = 1e-9


def plausible(index: Index, text: str, s: int, e: int, at: int, written: str, suggested: str,
              doc_text: str) -> float | None:
    """The evidence (see :func:`evidence`) when the stretch is a plausible slip, else None.

    Names are left alone first: a name's suffix after the stretch (康益药业, 九洲大道), a title or a
    surname before it (会计史玉, 林一凡), a surname beginning it (钟国东); so are traditional script,
    a written stretch as regular as the suggestion (防控网) and a look-alike that makes a common word.
    Then the suggestion must explain the text around the stretch clearly better than what is
    written (a character left standing alone becomes part of a word); guards ask for more where a
    function word, a numeral or a neighbouring word could explain the written text.  Two- and
    three-character suggestions must also read better by their character pairs (not our own terms
    or look-alikes) and make the text likelier by word frequency (see gain).  A suggestion short of
    the evidence may be rescued by a far likelier text (see _rescued).  A stretch written the same
    way twice in the document is a name, not a slip.  The cheap tests run first."""
    n = len(suggested)
    if index.traditional and not index.traditional.isdisjoint(written):
        return None  # text in traditional script (加強 is not 加强 mistyped)
    if NAME_SUFFIX.match(text[e:e + 2]) or (n < MIN_LEN and _names_after_title(index, text, s, e, at)) or (n == 2 and (
            _after_surname(index, text, s) or _begins_a_name(index, text, s, e) or _ends_a_name(index, text, s)
            or _parallel(text, s, e))):
        return None
    if n == 3 and _regular_shape(index, written, at - s):
        return None
    look_alike = index.codes.get(ord(text[at])) != index.codes.get(ord(suggested[at - s]))
    if look_alike and (index.common(text[max(0, at - 1):at + 1]) or index.common(text[at:at + 2])):
        return None  # a look-alike that makes a common word already (贷款贴息 is not 货款贴息)
    base = EVIDENCE if n >= MIN_LEN else EVIDENCE_3 if n == 3 else EVIDENCE_2
    need = base + _extra_need(index, text, s, e, at, suggested)
    found = evidence(index, text, s, e, suggested)
    likelier = _Likelier(index, text, s, e, suggested)
    trusted = look_alike or suggested in index.own_words  # no pair test for these
    if found >= need - EPS:
        if n < MIN_LEN and not trusted and not _pairs_read_better(index, text, s, e, suggested, found - need, likelier):
            return None
        if n < MIN_LEN and likelier() < (MIN_GAIN_3 if n == 3 else MIN_GAIN_2_LOOK_ALIKE if look_alike else MIN_GAIN_2):
            return None
    elif not _rescued(index, text, s, e, written, suggested, found, need - base, trusted, likelier):
        return None
    return found if doc_text.count(written) < 2 else None


class _Likelier:
    """gain() for one candidate, computed once however many tests ask for it."""

    __slots__ = ("args", "value")

    def __init__(self, *args):
        self.args, self.value = args, None

    def __call__(self) -> float:
        if self.value is None:
            self.value = gain(*self.args)
        return self.value


def _rescued(index: Index, text: str, s: int, e: int, written: str, suggested: str, found: float, extra: float,
             trusted: bool, likelier) -> bool:
    """Whether a suggestion the evidence falls short for is taken all the same, because by word
    frequency the text reads far likelier with it (see gain):
    - short only of what a guard added (see RESCUE);
    - a word of four or more characters written as two words (一代一路, 立论自信: each half is a
      word, so no character stands alone and the evidence is one word less);
    - a stretch that is the whole of a quotation (“十一吴”): a quoted term has no context to
      explain it, so a guard's extra need does not apply."""
    n = len(suggested)
    base = EVIDENCE if n >= MIN_LEN else EVIDENCE_3 if n == 3 else EVIDENCE_2
    if n >= MIN_LEN and found >= WORD_COST - EPS and likelier() >= GAIN_TWO_WORDS:
        return True
    if n >= 3 and found >= base - EPS and _quoted(text, s, e) and likelier() >= GAIN_QUOTED:
        return True
    return (extra > 0 and found >= base + extra - 1.0 - EPS and (n >= MIN_LEN or not NUMBER_WORD_CHARS.intersection(written + suggested))
            and likelier() >= RESCUE[min(n, MIN_LEN)]
            and (n >= MIN_LEN or trusted or pair_evidence(index, text, s, e, suggested) >= 0))


def _quoted(text: str, s: int, e: int) -> bool:
    return s > 0 and e < len(text) and text[s - 1] in OPENING_QUOTES and text[e] in CLOSING_QUOTES


def _pairs_read_better(index: Index, text: str, s: int, e: int, suggested: str, surplus: float, likelier) -> bool:
    """Whether the character pairs around a two- or three-character suggestion read enough better
    (less needed where the evidence is well above what was needed, see STRONG; for two characters,
    less where the text is also far likelier, see GAIN_2)."""
    n = len(suggested)
    margin, relaxed = STRONG[n]
    pairs = pair_evidence(index, text, s, e, suggested)
    if pairs >= (relaxed if surplus >= margin - EPS else PAIRS_3 if n == 3 else PAIRS_2):
        return True
    return n == 2 and pairs >= PAIRS_2_GAIN and likelier() >= GAIN_2


def _extra_need(index: Index, text: str, s: int, e: int, at: int, suggested: str) -> float:
    """How much more evidence the guards ask for."""
    n, extra = len(suggested), 0.0
    if n < MIN_LEN:
        if text[at] in LONE_BESIDE_WORD or suggested[at - s] in LONE_BESIDE_WORD or _joins_outside(index, text, s, e, at):
            extra += 1.0
        elif n == 3 and _edge_slip_in_running_text(text, s, e, at):
            extra += 1.0  # 制度型开放, 为企业助把力: the character may begin or end a word the dictionary lacks
    if text[at] in FUNCTION_CHARS:
        extra += 1.0  # 大省及重点: a function word between two words the dictionary lacks, not 省级重点
    elif _in_word(index, text, at):
        extra += 1.0  # 国家监委, 文艺汇演: the character makes a (rarer) word with its neighbour
    return extra
