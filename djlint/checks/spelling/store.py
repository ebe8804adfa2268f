"""The index in the cache folder: one file per install, keyed by the stamp of its inputs (data
files' sizes and times, the build's parameters, djlint's version), its arrays mapped rather than
read; the index completed with what is not worth caching (surnames, traditional characters,
look-alikes)."""
from __future__ import annotations

import marshal
import os
import threading
import zlib

from ..._version import __version__
from ...engine.data import read_list
from ...util.paths import cache_root, write_cache
from ..hanzi import traditional_forms
from . import build as _build_module
from . import evidence as _evidence_module
from . import idioms as _idioms_module
from . import index as _index_module
from . import segment as _segment_module
from .build import PARAMETERS, build, jieba_dict
from .evidence import _long_starts
from .index import Index
from .segment import _long_prefixes

#: the layout of the cache file (bumped when _dump changes what it writes)
FORMAT = 53
#: the modules whose code decides what the file holds: a change to one rebuilds the index
_CODE = (_index_module.__file__, _build_module.__file__, __file__, _segment_module.__file__,
         _evidence_module.__file__, _idioms_module.__file__)  # evidence, segment: the longer words' starts (see _read)


def _stamp(paths) -> str:
    parts = [__version__, str(FORMAT), repr(PARAMETERS)]
    for p in paths:
        try:
            st = os.stat(p)
            parts.append(f"{p}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{p}:-")
    return "|".join(parts)


def load(data_dir: str, lexicon_words, lexicon_paths, surnames_path: str | None = None) -> Index:
    """The index from the cache folder, or built and kept there, then completed (see :func:`complete`).
    ``data_dir``: the phrase pack's data; ``lexicon_words``/``lexicon_paths``: the lexicon's words
    and files; ``surnames_path``: one-character surnames, one a line."""
    dict_path = jieba_dict()
    surnames = frozenset(w for w in read_list(surnames_path) if len(w) == 1) if surnames_path else frozenset()
    # the code that builds it too: a change to how the index is built rebuilds it (FORMAT is bumped as well)
    files = [p for p in [*_CODE, dict_path, surnames_path, *lexicon_paths] if p] + [
        os.path.join(data_dir, n)
        for n in ("wrong-words.tsv", "not-suggested.txt", "terms.tsv", "pinyin.tsv", "word-readings.tsv",
                  "variant-forms.tsv", "preferred-forms.tsv", "shape-confusion.tsv", "look-alikes.tsv", "idioms.txt", "known-words.txt")]
    stamp = _stamp(files)
    # one file per install (its data files' paths are in the stamp): two installs sharing a cache
    # folder (a pre-commit environment and a pip install) would otherwise rebuild it in turn
    digest = f"{zlib.crc32(stamp.encode('utf-8')):08x}"  # the file's own stamp is checked when read
    target = os.path.join(cache_root(), f"spelling-{__version__}-{digest}.bin")
    try:
        index = _read(target, stamp)
    except (OSError, ValueError, EOFError, TypeError, IndexError):
        index = None
    if index is None:
        index = build(dict_path, data_dir, lexicon_words, surnames)
        write_cache(target, _dump(index, stamp))
        _prune(cache_root(), target)
    return complete(index, data_dir, surnames)


def complete(index: Index, data_dir: str, surnames: frozenset) -> Index:
    """What the index holds besides the cached file (small, read each time): the surnames a given
    name follows, the traditional characters (a stretch with one is no slip) and the look-alikes
    (``data_dir``/look-alikes.tsv)."""
    index.surnames = surnames
    index.traditional = frozenset(traditional_forms())
    look_alikes = os.path.join(data_dir, "look-alikes.tsv")
    if os.path.exists(look_alikes):
        for row in read_list(look_alikes):
            ch, _, alts = row.partition("\t")  # 己<TAB>已|巳
            if len(ch) == 1 and alts:
                index.look_alikes[ch] = "".join(a.strip() for a in alts.split("|"))
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
_ARRAYS = (("bitmap", "B"), ("order", "Q"), ("words", "Q"), ("slots2", "I"), ("slots3", "Q"), ("slots4", "Q"),
           ("info2", "B"), ("info3", "B"), ("info4", "B"), ("pairs", "I"), ("scores", "H"),
           ("singles", "B"), ("word_bits", "B"), ("three_of_four", "B"),
           ("conf2r", "Q"), ("conf3r", "Q"), ("conf3m", "Q"), ("conf2", "Q"), ("conf3", "Q"),
           ("idiom_keys", "Q"), ("idiom_chars", "H"), ("idiom_bits", "B"), ("idiom_by_char", "H"), ("idiom_words", "Q"))


def _dump(index: Index, stamp: str) -> bytes:
    tables = index.word_tables
    raws = [bytes(index.bitmap), index.key_order.tobytes(), index.key_words.tobytes(),
            *(bytes(slots) for slots, _i, _m in tables), *(bytes(info) for _s, info, _m in tables),
            index.pairs.tobytes(), index.pair_scores.tobytes(),
            bytes(index.singles), bytes(index.word_bits), bytes(index.three_of_four), *(t.tobytes() for t in index.confusion),
            index.idiom_keys.tobytes(), index.idiom_chars.tobytes(), bytes(index.idiom_bits),
            index.idiom_by_char.tobytes(), index.idiom_words.tobytes()]
    layout, body, offset = [], [], 0
    for (name, fmt), raw in zip(_ARRAYS, raws):
        pad = -offset % 8
        body.append(b"\0" * pad)
        offset += pad
        layout.append((name, fmt, offset, len(raw)))
        body.append(raw)
        offset += len(raw)
    # the reading tables only DJ421 reads go in a blob of their own, unmarshalled on first use (see
    # _Mapped): a run without DJ421 reads the segmentation's part only (~10 ms less a process)
    readings = marshal.dumps(tuple(getattr(index, name) for name in _READINGS), 2)  # 2: no references, the same bytes however the tables are shared
    header = marshal.dumps((stamp, layout, ("".join(sorted(index.suffixes)), "".join(sorted(index.prefixes))),
                            index.log_total, sorted(index.own_words), sorted(index.long_words),
                            sorted(index.long_known), readings, tuple(mod for _s, _i, mod in tables),
                            index.evidence_weight, sorted(_long_prefixes(index)),
                            sorted(_long_starts(index)), sorted(index.known_listed)))  # unmarshalled faster than rebuilt
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
    if header[0] != stamp or len(header) != 13:
        return None
    _s, layout, affixes, log_total, own_words, long_words, long_known, readings, mods, evidence_weight = header[:10]
    view, base = memoryview(mm), 12 + size
    if [(name, fmt) for name, fmt, _o, _n in layout] != list(_ARRAYS) or len(mods) != 3:
        return None  # another layout (the stamp says otherwise; never read one array as another)
    if any(base + offset + n > len(mm) for _name, _fmt, offset, n in layout):
        return None  # cut short (a full disk, a killed writer): arrays would be read short
    arrays = {name: view[base + offset:base + offset + n].cast(fmt) for name, fmt, offset, n in layout}
    tables = tuple((arrays[f"slots{n}"], arrays[f"info{n}"], mod) for n, mod in zip((2, 3, 4), mods))
    if any(len(slots) != len(info) or len(slots) <= mod or slots[-1] for slots, info, mod in tables):
        return None  # a probe must end at a free slot inside the table
    index = _Mapped(arrays["bitmap"], (arrays["order"], arrays["words"]), {}, tables, {},
                    (arrays["pairs"], arrays["scores"]), frozenset(), None, affixes, frozenset(long_words))
    index.evidence_weight = evidence_weight
    # the longer words' first characters, which every segmentation asks about (built from the words
    # they took ~3 ms each at a process's first lint)
    index._long_prefixes, index._long_known_starts = frozenset(header[10]), frozenset(header[11])
    index.singles, index.log_total = arrays["singles"], log_total
    index.word_bits = arrays["word_bits"]
    index.three_of_four = arrays["three_of_four"]
    index.confusion = tuple(arrays[k] for k in ("conf2r", "conf3r", "conf3m", "conf2", "conf3"))
    index.idiom_keys, index.idiom_chars, index.idiom_bits = arrays["idiom_keys"], arrays["idiom_chars"], arrays["idiom_bits"]
    index.idiom_by_char, index.idiom_words = arrays["idiom_by_char"], arrays["idiom_words"]
    index.own_words = frozenset(own_words)
    index.long_known = frozenset(long_known)
    index.known_listed = frozenset(header[12])
    for name in (*_READINGS, "long_lengths"):
        delattr(index, name)  # read from the blob when first asked for
    index._readings = readings
    return index


#: the Index attributes kept in the separately unmarshalled blob: what DJ421's candidates and
#: verdicts read, never the segmentation every rule's word boundaries come from
_READINGS = ("long_by_reading", "codes", "long_starts", "word_codes", "fuzzy_codes", "shapes", "initial_codes",
             "by_reading", "by_fuzzy", "common_chars", "common_words")
_READINGS_LOCK = threading.Lock()


class _Mapped(Index):
    """An index read from the cache file; its reading tables (_READINGS) are unmarshalled the first
    time one is asked for."""

    def __getattr__(self, name):
        if name not in _READINGS and name != "long_lengths":
            raise AttributeError(name)
        attributes = vars(self)
        with _READINGS_LOCK:  # another thread asking meanwhile waits for the whole set
            raw = attributes.pop("_readings", None)
            if raw is not None:
                values = dict(zip(_READINGS, marshal.loads(raw)))
                values["long_lengths"] = sorted({len(k) for k in values["long_by_reading"]})
                attributes.update(values)
        try:
            return attributes[name]
        except KeyError:
            raise AttributeError(name) from None
