"""The index DJ421 looks up: which words may be suggested, which stretches are words already,
how each character sounds, how frequent each word is and how natural each character pair reads;
and how words and readings are packed into integers (see :class:`Index`).

Built by :mod:`.build`, kept in the cache folder by :mod:`.store`.
"""
from __future__ import annotations

import math
from array import array
from bisect import bisect_left

from ...util import rx

#: a whole stretch of Chinese characters (of the Basic Multilingual Plane, as the index packs them)
HAN = rx.stdlib(r"^[\u4e00-\u9fff]+$")
#: words of MIN_LEN to MAX_LEN characters (idioms, formulations) are suggestable whatever their
#: frequency; shorter ones must be frequent (see build)
MIN_LEN, MAX_LEN = 4, 12

#: how many answers Index.common remembers before it starts afresh
COMMON_MEMO = 1 << 16
#: suggestable words of up to this many characters are kept as integers, not strings (see Index)
PACKED_MAX = 4
#: bits of a reading code in a packed reading (405 readings; 1023 marks a character without one)
CODE_BITS, NO_READING = 10, 1023
#: the bitmap that answers "may a word read like this?" (a prime number of bits; ~5% false hits,
#: settled by a bisection): 256 KB that load at once, where a set of 110,000 integers took 10 ms
BITMAP_BITS = 2097143
#: the bitmap that answers "may this stretch of two to four characters be a word?" (its characters
#: packed, see pack; a prime number of bits, ~8% false hits over ~330,000 words): the segmenter
#: (segment.py) looks a stretch up in the word tables only on a hit
WORD_BITS = 4194301
#: slots of a word table (see word_table) for each word it holds: a third of them taken, a word not
#: there is told by a free slot after 1.6 probes on average, one there found after 1.2
SLOTS_PER_WORD = 3


class Index:
    """What DJ421 looks up.  Most suggestable words have two to four characters; they are kept as
    integers (their readings packed ten bits a character, tagged with the length): a bitmap
    answers "may a word read like this?", sorted arrays of (packed reading, packed characters)
    settle it and give the words.  ~110,000 words load in about a millisecond instead of the
    ~35 ms a dictionary of strings took.  Longer words stay in a dictionary keyed by their reading."""

    def __init__(self, bitmap, key_words, long_by_reading, word_tables, codes, pairs=None,
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
        #: longer forms known but never suggested (the wrong forms DJ411 lists, 检察委员会)
        self.long_known: frozenset = frozenset()
        #: the words of data/known-words.txt that jieba's dictionary has too, at a rare count (支绌, 西陲):
        #: confirmed words of the writer's, which a stretch holding one at its slip is not written wrong in
        #: (see verdict); the list's coinages (聚势) stay open to a slip (国际聚势 for 国际局势)
        self.known_listed: frozenset = frozenset()
        #: words read otherwise in context -> their reading codes (data/word-readings.tsv)
        self.word_codes: dict[str, tuple] = word_codes or {}
        #: the packed readings of the longer words' first PACKED_MAX characters (only there is the
        #: dictionary of longer words consulted)
        self.long_starts = long_starts if long_starts is not None else frozenset(
            reading_key([ord(c) - 0xE000 for c in k[:PACKED_MAX]]) for k in long_by_reading)
        #: every known word of 2, 3 and 4 characters (the characters' code points side by side as one
        #: integer, see pack) with its frequency: one hash table a length (see word_table, find)
        self.word_tables = word_tables
        #: the frequency (see log_weight) from which a two- or three-character word weighs as evidence
        #: (build.MIN_FREQ_EVIDENCE): see common
        self.evidence_weight = 0
        self.codes = codes  # str.translate table: character -> a code point standing for its reading
        #: adjacent character pairs inside dictionary words (packed, sorted) and how common each is
        #: (100 x the log of its frequency-weighted count): how natural a stretch of text reads
        self.pairs, self.pair_scores = pairs if pairs is not None else (array("I"), array("H"))
        #: common one-character surnames (a two-character stretch after one is a given name)
        self.surnames: frozenset = frozenset()
        #: characters that end / begin many three-character words after / before a frequent word
        #: (安全感, 新格局): see build._regular_compounds
        self.suffixes, self.prefixes = (frozenset(a) for a in affixes)
        #: each character's frequency standing alone (indexed by code point); the log of all
        #: frequencies' sum: see evidence.gain()
        self.singles: bytes = bytes(0x10000)
        #: bit (packed word % WORD_BITS) set for every word of word_tables (see word_bitmap)
        self.word_bits: bytes = b""  # empty: every stretch may be a word
        #: bit (a packed four-character word with one lane zeroed, % WORD_BITS) set for each such word and
        #: lane (see three_of_four_bitmap): candidates._shape_in_four's gate; empty: no gate
        self.three_of_four: bytes = b""
        #: the frequent idioms' frames (each packed with one lane zeroed, sorted), the character each frame
        #: lacks, and their bitmap (see idioms.frames): idioms.candidates' table; empty: none
        self.idiom_keys, self.idiom_chars, self.idiom_bits = array("Q"), array("H"), b""
        #: the same idioms by their characters: each (character, idiom packed) they hold, sorted, in two arrays
        #: (idioms.idioms_with)
        self.idiom_by_char, self.idiom_words = array("H"), array("Q")
        #: the words confusion.py may suggest, as sorted arrays of packed characters: two-character
        #: words backwards, three-character ones backwards and by their outer characters, then
        #: both forwards (see build._confusion_tables)
        self.confusion: tuple = (array("Q"),) * 5
        #: str.translate table: character -> a code point standing for its fuzzy reading (build.fuzzy_reading)
        self.fuzzy_codes: dict = {}
        #: character -> a code point standing for the initial of its reading (开发/开放 both k-f: a
        #: word typed by its initials, the input method offering the wrong one)
        self.initial_codes: dict = {}
        #: reading code (of codes) -> the characters read so; fuzzy reading code (of fuzzy_codes) ->
        #: the characters read so (what confusion.confusable reads: built once, kept in the cache file)
        self.by_reading: dict = {}
        self.by_fuzzy: dict = {}
        #: character -> the common characters that look like it (data/shape-confusion.tsv, look-alikes.tsv)
        self.shapes: dict = {}
        self.log_total = 0.0
        self._common: dict[str, bool] = {}
        #: our own vocabulary (terms.tsv, the lexicon's words): two- and three-character words are
        #: suggested without the pair test (the dictionary's pairs know 不想腐 and 碳中和 too little to
        #: vouch for them); longer ones are set phrases (see verdict._set_phrase)
        self.own_words: frozenset = frozenset()
        #: a member of a list formulation (自我革新 of 自我净化、自我完善、自我革新、自我提高) -> the other members, set by
        #: the rule that loads the index (phrase.misspelling.spelling_index; not kept in the cache file)
        self.list_siblings: dict[str, frozenset] = {}
        self._costs: dict[str, float] = {}  # see remembered_cost
        #: traditional characters (data/traditional.tsv): a stretch with one is not a slip
        self.traditional: frozenset = frozenset()
        #: character -> the characters that look like it (data/look-alikes.tsv)
        self.look_alikes: dict[str, str] = {}
        #: the characters in common use (build.COMMON_RANK), sorted, one string; empty: every
        #: character counts as common
        self.common_chars: str = ""
        #: the common words (see common) of two and of three Chinese characters, packed, as the bytes of an
        #: array of each (build.common_words); empty: confusion.covered asks the word tables run by run
        self.common_words: tuple[bytes, bytes] = (b"", b"")

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
            return word in self.long_words or word in self.long_known
        return self.weight(word) is not None

    def common(self, word: str) -> bool:
        """A word that counts as one when weighing the evidence (see build.MIN_FREQ_EVIDENCE).  Answers are
        remembered: the windows of neighbouring candidates overlap."""
        memo = self._common
        found = memo.get(word)
        if found is None:
            if len(word) < MIN_LEN:
                q = self.weight(word)
                found = q is not None and q >= self.evidence_weight
            else:
                found = self.knows(word)
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
        """How frequent a known word is (see log_weight), or None for no word."""
        n = len(word)
        if n > PACKED_MAX:
            return log_weight(LONG_COUNT) if word in self.long_words else None
        if n < 2:
            return None
        key = _packed(word)
        if key is None:
            return None
        slots, info, mod = self.word_tables[n - 2]
        h = key % mod
        s = slots[h]
        while s != key:
            if not s:
                return None
            h += 1
            s = slots[h]
        return info[h]

    def words_reading(self, key: int) -> list[str]:
        """The suggestable words whose packed reading is ``key``."""
        return words_at(self.key_order, self.key_words, key)

    def remembered_cost(self, text: str, compute) -> float:
        """``compute(self, text)`` (a segmentation cost), remembered: the homophones of one stretch
        share its window."""
        cost = self._costs.get(text)
        if cost is None:
            if len(self._costs) >= COMMON_MEMO:
                self._costs.clear()
            cost = self._costs[text] = compute(self, text)
        return cost

    def pair_score(self, pair: str) -> float:
        key = pack(pair)
        if key is None:
            return 0.0
        i = bisect_left(self.pairs, key)
        return self.pair_scores[i] / 100 if i < len(self.pairs) and self.pairs[i] == key else 0.0


def word_bitmap(tables) -> bytes:
    """The WORD_BITS bitmap of every packed word in ``tables`` (word_table's)."""
    bits = bytearray((WORD_BITS + 7) // 8)
    for slots, _info, _mod in tables:
        for k in slots:
            if k:
                h = k % WORD_BITS
                bits[h >> 3] |= 1 << (h & 7)
    return bytes(bits)


def three_of_four_bitmap(slots) -> bytes:
    """The WORD_BITS bitmap of every packed four-character word of ``slots`` (word_table's) with each of its
    four lanes zeroed in turn: a window whose lane zeroed has no bit is no word with that character changed."""
    bits = bytearray((WORD_BITS + 7) // 8)
    for k in slots:
        if k:
            for lane in (0, 16, 32, 48):
                h = (k & ~(0xFFFF << lane)) % WORD_BITS
                bits[h >> 3] |= 1 << (h & 7)
    return bytes(bits)


def word_table(keys, weights, typecode: str = "Q") -> tuple:
    """An open-addressing hash table of packed words (``keys``, none 0) and their frequencies
    (``weights``, beside them): (slots, frequencies, modulus).  A word goes in slot ``key % modulus``
    or, taken, the next free one; 0 is a free slot, and a free slot ends the table, so a probe never
    wraps around (see find).  The modulus is a prime: packed characters are far from random, their
    remainders spread.  The keys in the order given (sorted: the same table every build)."""
    mod = _prime_at_least(max(7, SLOTS_PER_WORD * len(keys)))
    slots = array(typecode, bytes(array(typecode).itemsize * (mod + 1)))
    info = array("B", bytes(mod + 1))
    for key, q in zip(keys, weights):
        h = key % mod
        while slots[h]:
            h += 1
            if h == len(slots):
                slots.append(0)
                info.append(0)
        slots[h], info[h] = key, q
    if slots[-1]:
        slots.append(0)
        info.append(0)
    return slots, info, mod


def find(table, key: int) -> int:
    """The slot of word_table ``table`` that holds ``key``, or -1."""
    slots, _info, mod = table
    h = key % mod
    s = slots[h]
    while s != key:
        if not s:
            return -1
        h += 1
        s = slots[h]
    return h


def _prime_at_least(n: int) -> int:
    n |= 1
    while any(n % d == 0 for d in range(3, math.isqrt(n) + 1, 2)):
        n += 2
    return n


def reading_codes(index: Index, t: str) -> list[int]:
    """Each character's reading code (NO_READING for a character without one)."""
    return [c - 0xE000 if 0xE000 <= c < 0xE000 + NO_READING else NO_READING for c in map(ord, t.translate(index.codes))]


def reading_key(codes: list[int]) -> int:
    key = len(codes)
    for c in codes:
        key = (key << CODE_BITS) | c
    return key


def words_at(order, words, key: int) -> list[str]:
    """The words (packed, ``words``) filed under ``key`` in the sorted keys ``order`` beside them."""
    i = bisect_left(order, key)
    out = []
    while i < len(order) and order[i] == key:
        out.append(unpack(words[i]))
        i += 1
    return out


def unpack(key: int) -> str:
    chars = []
    while key:
        chars.append(chr(key & 0xFFFF))
        key >>= 16
    return "".join(reversed(chars))


def _packed(word: str) -> int | None:
    """pack(), by the word's UTF-16 bytes (a character outside the Basic Multilingual Plane takes four)."""
    b = word.encode("utf-16-be")
    return int.from_bytes(b, "big") if len(b) == 2 * len(word) else None


def pack(word: str) -> int | None:
    """Two to four characters of the Basic Multilingual Plane as one integer."""
    key = 0
    for ch in word:
        c = ord(ch)
        if c > 0xFFFF:
            return None
        key = (key << 16) | c
    return key


#: what a known word of five or more characters counts as (their frequencies are not kept)
LONG_COUNT = 10
#: a word's frequency is kept as round(log(count + 1) * LOG_SCALE), one byte (0..255 are Python's
#: cached small integers: 350,000 counts cost no objects while the index is built)
LOG_SCALE = 16


def log_weight(count: int) -> int:
    """A dictionary count as the index keeps it (see LOG_SCALE)."""
    return min(255, round(math.log(count + 1) * LOG_SCALE))
