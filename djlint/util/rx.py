"""Regular expressions compiled once per machine, not once per process.

A pre-commit hook starts djlint cold on every commit, and compiling several hundred patterns
(tries of a few thousand words among them) costs ~30 ms each time — a third of a cold run.
Both engines compile in Python to a list of integers and hand it to their C core
(``_sre.compile`` for the standard library, ``_regex.compile`` for ``regex``).  This module
keeps those arguments in the cache folder (marshal) and, on the next run, hands them to the C
core directly: the same pattern object, without the parse.

Safety: entries are keyed by the pattern and flags, and the whole file by the Python build
(``sys.version``, ``_sre.MAGIC``) and the ``regex`` version; anything that does not load,
or that the C core rejects, is compiled the ordinary way.  Only CPython uses the cache.
:func:`compile` chooses the engine: the standard library when it can compile the pattern
(``regex`` is kept for ``\\p{Han}``, variable-width lookbehind and fuzzy matching), and the
choice is remembered too (a failed attempt costs a parse).
"""
from __future__ import annotations

import atexit
import builtins
import marshal
import os
import re as _re
import sys
import threading
from array import array

from .paths import cache_root, write_cache

#: flags the standard library shares with ``regex`` (same values)
STDLIB_FLAGS = int(_re.IGNORECASE | _re.MULTILINE | _re.DOTALL | _re.VERBOSE)
#: 3: the compiled code kept as bytes (see :func:`_packed`)
FORMAT = 3
#: the array type code words are kept as (4 bytes on every platform CPython runs djlint on; else not packed)
_WORD = array("I")
#: a cache grown past this many entries (user packs edited over months) is rewritten with only
#: what the last run used
MAX_ENTRIES = 4000

_lock = threading.RLock()
_entries: dict | None = None  # (engine, pattern, flags) -> ("re"|"regex", core arguments)
_texts: dict = {}  # (kind, key) -> a pattern's source built from a word list (see remember_text)
_used: set = set()
_dirty = False
_enabled = sys.implementation.name == "cpython" and not os.environ.get("DJLINT_NO_REGEX_CACHE")


def _stamp() -> str:
    import _sre

    return f"{FORMAT}|{sys.version}|{_sre.MAGIC}"


def _path() -> str:
    return os.path.join(cache_root(), f"regex-{sys.implementation.cache_tag}.marshal")


def _load() -> dict:
    global _entries, _texts
    if _entries is None:
        _entries, _texts = {}, {}
        if _enabled:
            try:
                with open(_path(), "rb") as fh:
                    stamp, entries, texts = marshal.loads(fh.read())
                if stamp == _stamp() and isinstance(entries, dict) and isinstance(texts, dict):
                    _entries, _texts = entries, texts
            except (OSError, ValueError, EOFError, TypeError):
                pass
            atexit.register(flush)
    return _entries


def flush() -> None:
    """Write new entries (merged with what another process wrote meanwhile); atomic."""
    global _dirty
    if not _dirty or not _enabled:
        return
    _dirty = False
    entries, texts = _entries or {}, _texts
    total = len(entries) + len(texts)
    # entries this run did not use are another version's (an upgrade changes some patterns) or
    # another configuration's: loading them costs every run (a cache of four versions' patterns
    # made a cold run ~25 ms and ~18 MiB dearer). They go when they outnumber the used ones; a
    # run that only reads the cache never rewrites it, so a stable set-up is not churned.
    if total > MAX_ENTRIES or total - len(_used) > len(_used):
        entries = {k: v for k, v in entries.items() if k in _used}
        texts = {k: v for k, v in texts.items() if k in _used}
    try:
        write_cache(_path(), marshal.dumps((_stamp(), entries, texts)))
    except ValueError:
        pass  # an entry marshal cannot write: compiled again next time


class _Recorder:
    """Stands in for a C core's module while one pattern compiles: records the arguments of
    its ``compile`` call (only for this thread) and passes everything through."""

    def __init__(self, real):
        self._real = real
        self._thread = threading.get_ident()
        self.args = None

    def __getattr__(self, name):
        return getattr(self._real, name)

    def compile(self, pattern, *args):
        if threading.get_ident() == self._thread:
            self.args = tuple(_plain(a) for a in args)
        return self._real.compile(pattern, *args)


def _plain(value):
    """Arguments as marshal can write them: the standard library's opcodes are int subclasses."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list):
        return [int(v) if isinstance(v, int) else _plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


def _stdlib_compiler():
    mod = getattr(_re, "_compiler", None)
    if mod is None:  # Python 3.10
        import sre_compile as mod
    return mod


def _compile_re(pattern: str, flags: int):
    """Compile with the standard library, returning (pattern object, core arguments or None)."""
    mod = _stdlib_compiler()
    real = mod._sre
    rec = _Recorder(real)
    with _lock:
        mod._sre = rec
        try:
            compiled = mod.compile(pattern, flags)
        finally:
            mod._sre = real
    return compiled, rec.args


def _compile_regex(pattern: str, flags: int):
    import regex
    from regex import _main

    real = _main._regex
    rec = _Recorder(real)
    with _lock:
        _main._regex = rec
        try:
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _main._regex = real
    args = rec.args
    return compiled, (regex.__version__, args) if args is not None else None


def _packed(args: tuple) -> tuple:
    """A core's arguments with the compiled code (the list at index 1, for both engines) as the bytes of
    unsigned 32-bit ints: marshal reads a list one int at a time, and the cache's ~500,000 code words
    were most of the ~7 ms its load costs every process; ``array`` turns the bytes back into the list in
    C (speed47).  A code that does not fit (or a platform whose ``I`` is not 4 bytes) stays a list."""
    code = args[1] if len(args) > 1 else None
    if type(code) is list and _WORD.itemsize == 4:
        try:
            return (*args[:1], array("I", code).tobytes(), *args[2:])
        except (OverflowError, TypeError):
            pass
    return args


def _unpacked(args: tuple) -> tuple:
    """:func:`_packed`'s arguments as the core takes them."""
    code = args[1]
    if type(code) is bytes:
        words = array("I")
        words.frombytes(code)
        return (*args[:1], words.tolist(), *args[2:])
    return args


def _from_core(engine: str, pattern: str, args):
    if engine == "re":
        import _sre

        return _sre.compile(pattern, *_unpacked(args))
    import regex
    from regex import _main

    version, core = args
    if version != regex.__version__:
        raise ValueError("regex version changed")
    return _main._regex.compile(pattern, *_unpacked(core))


def compile(pattern: str, flags: int = 0, engine: str = "auto"):  # noqa: A001 - mirrors re.compile
    """The compiled ``pattern``.  ``engine``: "re", "regex", or "auto" (the standard library when
    it can compile the pattern with these flags, else ``regex``)."""
    flags = int(flags)
    if engine == "auto" and flags & ~STDLIB_FLAGS:
        engine = "regex"
    key = (engine, pattern, flags)
    entries = _load()
    hit = entries.get(key)
    if hit is not None:
        _used.add(key)
        try:
            return _from_core(hit[0], pattern, hit[1])
        except Exception:  # noqa: BLE001 - a stale or foreign entry: compile it afresh below
            pass
    return _compile_fresh(key, pattern, flags, engine)


def _compile_fresh(key, pattern: str, flags: int, engine: str):
    global _dirty
    compiled = args = None
    used = engine
    if engine in ("auto", "re"):
        try:
            compiled, args = _compile_re(pattern, flags)
            used = "re"
        except (_re.error, ValueError, OverflowError, RecursionError):
            if engine == "re":
                raise
    if compiled is None:
        compiled, args = _compile_regex(pattern, flags)
        used = "regex"
    if _enabled and args is not None:
        packed = _packed(args) if used == "re" else (args[0], _packed(args[1]))
        with _lock:
            _load()[key] = (used, packed)
            _used.add(key)
            _dirty = True
    return compiled


def remember_text(kind: str, key: str, build):
    """``build()`` (a string, e.g. a trie pattern built from a word list ``key`` stands for),
    kept in the same cache: building a trie of a few thousand words is ~3 ms of Python."""
    return _remembered((kind, key), build, lambda hit: hit is not None)


def _remembered(k, build, usable):
    """The entry ``k`` of the cache's texts when ``usable(entry)``, else ``build()``'s value, kept there."""
    global _dirty
    _load()
    hit = _texts.get(k)
    if not usable(hit):
        hit = build()
        if _enabled:
            with _lock:
                _texts[k] = hit
                _dirty = True
    _used.add(k)
    return hit


#: the type of a code object (what :func:`remember_code` keeps)
_CODE = type(_stamp.__code__)


def remember_code(source: str, filename: str):
    """``compile(source, filename, "exec")``, the code object kept in the same cache (marshal writes code
    objects, and the file is this Python's own: see :func:`_stamp`): the generated ``__init__`` of each
    of the ~30 record classes a lint defines (util/record.py) compiled afresh cost ~5 ms of every start-up."""
    return _remembered(("code", f"{filename}\x00{source}"), lambda: builtins.compile(source, filename, "exec"),
                       lambda hit: type(hit) is _CODE)


def longest_first(words) -> list[str]:
    """``words`` longest first (an alternation of them then matches the longest), words of one length
    in code-point order: a pattern built from a set has the same text in every process.  A set's
    order follows the string hash, which changes from process to process (PYTHONHASHSEED), and a
    pattern whose text changes is never found in the cache: compiled afresh on every run."""
    return sorted(words, key=lambda w: (-len(w), w))


class Deferred:
    """A pattern the cache holds, compiled the first time anything but its text is asked of it (see
    :func:`deferred`); then it is that pattern (its methods and attributes are the compiled one's)."""

    #: the hot methods are slots, filled with the compiled pattern's own on first use: after that ``search`` is a
    #: plain attribute, not a failed lookup that builds an AttributeError before ``__getattr__`` (speed37: DJ401's
    #: 7,335 variant searches on 2 MB paid ~0.6 µs each for it)
    __slots__ = ("pattern", "_flags", "_engine", "_compiled", "search", "match", "finditer", "fullmatch")

    def __init__(self, pattern: str, flags: int, engine: str):
        self.pattern, self._flags, self._engine, self._compiled = pattern, flags, engine, None

    def __getattr__(self, name):  # only while a slot is empty, or for another attribute
        if name.startswith("__"):  # copy, pickle and the like ask for these: not the pattern's to answer
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = compile(self.pattern, self._flags, self._engine)
            self.search, self.match = compiled.search, compiled.match
            self.finditer, self.fullmatch = compiled.finditer, compiled.fullmatch
        return getattr(compiled, name)


def deferred(pattern: str, flags: int = 0, engine: str = "regex"):
    """:func:`compile`'s pattern, or, when the cache holds it (it compiled before, with this Python and
    this ``regex``), a :class:`Deferred` that compiles it when first searched: for the many patterns
    a pack declares that are searched only where something else matched first (the lexicon's 391
    variants and their conditions, ~3 ms of every process to compile from the cache, searched at a
    variant's hit).  A pattern the cache does not hold is compiled here, so a wrong one fails where
    it is loaded, as with :func:`compile`."""
    flags = int(flags)
    if engine == "auto" and flags & ~STDLIB_FLAGS:
        engine = "regex"
    key = (engine, pattern, flags)
    hit = _load().get(key)
    if hit is None or not _current(hit):
        return compile(pattern, flags, engine)
    _used.add(key)  # kept in the cache file as a used entry (see flush)
    return Deferred(pattern, flags, engine)


def _current(hit) -> bool:
    """Whether a cache entry is what this process's engines compile (a ``regex`` entry of another version is not)."""
    if hit[0] == "re":
        return True
    import regex

    return isinstance(hit[1], tuple) and hit[1][:1] == (regex.__version__,)


def is_stdlib(compiled) -> bool:
    """Whether a pattern object is the standard library's (it takes no ``timeout``)."""
    return isinstance(compiled, _re.Pattern)


def regex(pattern: str, flags: int = 0):
    """A ``regex``-module pattern (its syntax and ``timeout=``), from the cache."""
    return compile(pattern, flags, "regex")


def stdlib(pattern: str, flags: int = 0):
    """A standard-library pattern, from the cache."""
    return compile(pattern, flags, "re")


#: escapes that stand for one character of a class (or an edge): they end a literal run
_CLASS_ESCAPES = set("dDsSwWbBAZntrfv")


def required_literal(pattern: str) -> str | None:
    """:func:`_required_literal`, kept between runs with the patterns (a start-up read ~100 rule patterns
    piece by piece for theirs, ~1 ms of Python)."""
    return remember_text("required-literal", f"{_LITERAL_VERSION}\x00{pattern}", lambda: (_required_literal(pattern),))[0]


#: part of the kept required literals' key: change it when :func:`_required_literal` tells other runs (the
#: cache outlives an upgrade of djlint)
_LITERAL_VERSION = 1


def _required_literal(pattern: str) -> str | None:
    """The longest run of literal characters every match of ``pattern`` contains (a prefilter
    for it: a text without the run has no match), or None when none can be told: a top-level
    ``|``, inline flags, or syntax this reader does not follow.  Lookarounds and classes are
    skipped whole; a group counts with its own required literal (``(第…)次(全国人民代表大会)`` holds
    全国人民代表大会, not only 次); a character or group a quantifier follows is not taken (it may be
    absent).  For a pattern compiled without IGNORECASE."""
    runs, run = [], []
    group = None  # the required literal of the group just read: counts unless a quantifier makes it optional
    try:
        for kind, value in _pieces(pattern):
            if group is not None:
                if kind != "optional":
                    runs.append(group)
                group = None
            if kind == "literal":
                run.append(value)
                continue
            if kind == "optional" and run:
                run.pop()  # the character before may be absent
            runs.append(run)
            run = []
            if kind == "group":
                group = list(_required_literal(value) or "")  # (第…)次(全国人民代表大会): the group's own
    except ValueError:
        return None
    runs.append(run)
    if group is not None:
        runs.append(group)
    best = max(runs, key=len)
    return "".join(best) if best else None


def _pieces(pattern: str):
    """(kind, value) for each piece of a pattern at the top level: ``literal`` characters,
    ``group`` (the content of a group that is no lookaround), ``other`` (a lookaround, a class, an
    edge, ``.``, ``+``), ``optional`` (``?``, ``*``, ``{…}``);
    ValueError for what :func:`required_literal` does not follow."""
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "(":
            end = _group_end(pattern, i)
            if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                yield "other", None  # a lookaround: skipped whole
            else:  # (…), (?:…), (?P<name>…): its content, once at least unless a quantifier follows
                opened = i + 3 if pattern.startswith("(?:", i) else (
                    pattern.index(">", i) + 1 if pattern.startswith("(?P<", i) else i + 1)
                yield "group", pattern[opened:end - 1]
            i = end
        elif c == "[":
            i = _class_end(pattern, i)
            if i < 0:
                raise ValueError(pattern)
            yield "other", None
        elif c == "|":
            raise ValueError(pattern)
        elif c in "*?{+":
            yield ("other" if c == "+" else "optional"), None
            i = (pattern.index("}", i) if c == "{" else i) + 1
        elif c == "\\":
            e = pattern[i + 1:i + 2]
            if e and e in _CLASS_ESCAPES:
                yield "other", None
            elif e and not e.isalnum():
                yield "literal", e  # an escaped metacharacter or punctuation: itself
            else:
                raise ValueError(pattern)  # \u…, \x.., \p{…}, back references: not followed here
            i += 2
        else:
            yield ("other", None) if c in ".^$" else ("literal", c)
            i += 1


def _group_end(pattern: str, i: int) -> int:
    """The index after the group opening at ``pattern[i]`` (ValueError: flags, or unbalanced)."""
    if pattern.startswith("(?", i) and not pattern.startswith(("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?P<"), i):
        raise ValueError(pattern)  # inline flags, conditionals, atomic groups…
    depth, i, n = 1, i + 1, len(pattern)
    while i < n and depth:
        c = pattern[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(pattern, i)
            if i < 0:
                raise ValueError(pattern)
        else:
            depth += {"(": 1, ")": -1}.get(c, 0)
            i += 1
    if depth:
        raise ValueError(pattern)
    return i


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class opening at ``pattern[i]``, or -1."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "[":
            return -1  # a nested set (regex's V1 syntax): not followed here
        if pattern[j] == "]":
            return j + 1
        j += 1
    return -1
