"""The cyclic garbage collector held off while a command-line run starts.

Start-up builds only what lives until the process ends: the modules, the compiled patterns, the
registry of rules, the pack data.  With the collector on, Python walks those objects again and
again as they pile up (about 45 collections, ~8 ms of a ~150 ms run on one draft).  While a
run starts the collector is off; at the end, what exists is frozen (``gc.freeze``: moved out of
the collector's generations, never walked again, and not copied into a forked worker's memory by
a walk either) and the collector is switched back on for the documents (which
runner.lint.collector_paused handles one at a time).  Only in a process the console script started
(see PROCESS_ENTRY); left alone when the collector is already off (a caller manages it).
"""
from __future__ import annotations

import gc
import os
import sys
from contextlib import contextmanager

#: set when the console script starts the process (fastpath.main called without arguments): only
#: then is what start-up built frozen; a test or a program calling main() in-process keeps its collector as it is
PROCESS_ENTRY = False


@contextmanager
def collector_off(then):
    """The cyclic collector off for the block, ``then()`` called and the collector on again after it.
    Left alone when the collector is already off (a caller manages it, or another thread paused it)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        then()
        gc.enable()


@contextmanager
def starting():
    if not PROCESS_ENTRY:
        yield
        return
    with collector_off(gc.freeze):
        yield


_first_document_done = False


def document_done() -> None:
    """Called as the collector comes back on after a document (runner.lint.collector_paused): after
    the process's first one, what exists is frozen too.  The first document built the tables every
    later one reads (the lexicon, DJ421's index, the literal index: tens of thousands of objects);
    the collection that would follow walks all of them (~5 ms, ~20 ms with DJ421's tables).  What
    the first document left that only a collection frees stays until the process ends (once, bounded).
    Only in a process the console script started."""
    global _first_document_done
    if PROCESS_ENTRY and not _first_document_done:
        _first_document_done = True
        gc.freeze()


def leave(code) -> None:
    """End a command-line process with ``code`` (a ``sys.exit`` code) without tearing it down.

    After a long document Python's own exit frees, one by one, every object still alive: the
    document's paragraphs, the literal hits, the findings, the tables (~30 ms after 4 or 8 MB
    of text, nothing the user waits for).  Here the output streams are flushed and the exit
    handlers run (the pattern cache and the data tables are saved there) as at a normal exit,
    then the process ends.  Only in a process the console script started (see PROCESS_ENTRY)
    and for a numeric code; when a stream cannot be flushed (a closed pipe) nothing is done,
    and the normal exit reports it as before."""
    if not PROCESS_ENTRY or not (code is None or isinstance(code, int)):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):
        pass
    os._exit(code or 0)
