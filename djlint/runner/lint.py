"""The per-file step: bytes and a name in, findings out.

:func:`lint_file` is what every caller runs for one file (the CLI directly or in a worker
pool; a distributed engine could too): it reads its input, finds the effective
configuration, consults the cache, lints, and returns a :class:`FileResult` of plain,
picklable data.  Errors come back in the result, never as exceptions.
"""
from __future__ import annotations

import copy
from contextlib import contextmanager

from ..config import Config, config_for
from ..diagnostic import Diagnostic
from ..document import Document, load_bytes, read_bytes
from ..engine.registry import Registry, build_registry
from ..engine.run import apply_suppressions, run_rules
from ..engine.select import select_rules
from ..errors import ConfigError, ReadError, RuleLoadError
from ..util.record import field, record
from ..util.startup import collector_off, document_done
from .options import Options


@record
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: the one-line message when the file could not be linted
    error: str | None = None
    #: "read" (this file is unreadable: DJ901) or "config" (the configuration is broken)
    error_kind: str | None = None
    fail_on: str = "warning"

    def portable(self) -> "FileResult":
        """The same result without references into the parsed document (for another process)."""
        for d in self.diagnostics:
            d.paragraph = None
            d.more = ()
        return self


def effective_config(path: str, options: Options | None = None) -> Config:
    options = options or Options()
    cfg = config_for(path, options.config_file)
    if options.profile or options.year or options.fail_on:
        cfg = copy.copy(cfg)
        cfg.profile = options.profile or cfg.profile
        if options.profile:
            cfg.profile_source = "cli"
        cfg.year = options.year or cfg.year
        cfg.fail_on = options.fail_on or cfg.fail_on
    return cfg


@contextmanager
def collector_paused():
    """The cyclic garbage collector off while one document is read and linted, on again after.

    A long document is hundreds of thousands of small containers (paragraphs, the literal
    hits, findings), none of them garbage until the document is done; with the collector on,
    Python walks all of them again every time a quarter more has been allocated (14 full
    collections on 8 MB of text: a fifth of the run).  Reference counting still frees what
    the rules drop; cycles wait for the next collection after the document.  Left alone when
    the collector is already off (a caller manages it, or another thread paused it).  After the
    first document of a command-line process its tables are frozen (util/startup.document_done)."""
    with collector_off(document_done):
        yield


def lint_document(doc: Document, config: Config | None = None, options: Options | None = None,
                  registry: Registry | None = None) -> list[Diagnostic]:
    with collector_paused():
        return _lint_document(doc, config, options, registry)


def _lint_document(doc: Document, config: Config | None, options: Options | None,
                   registry: Registry | None) -> list[Diagnostic]:
    config = config or Config()
    registry = registry or build_registry(tuple(config.rule_packs))
    registry.check_config(config)
    rules = select_rules(registry, config, doc.path, options)
    diags = run_rules(doc, rules, config, config.severity, registry)
    diags = apply_suppressions(doc, diags)
    diags.sort(key=lambda d: d.sort_key)
    return diags


def _lint(path: str, data: bytes | None, options: Options, name: str | None) -> FileResult:
    display = name or path
    cfg = effective_config(display, options)
    if data is None:
        data = load_bytes(path)
    key = None
    if options.cache and path != "-":
        from . import cache

        key = cache.key_for(display, data, cfg, options)
        hit = None if options.cache_checked else cache.load(key, display)
        if hit is not None:
            return FileResult(display, hit, fail_on=cfg.fail_on)
    with collector_paused():
        diags = lint_document(read_bytes(display, data), cfg, options)
    if key is not None:
        cache.store(key, diags)
    return FileResult(display, diags, fail_on=cfg.fail_on)


def lint_file(path: str, data: bytes | None = None, options: Options | None = None,
              name: str | None = None) -> FileResult:
    """Lint one file: ``data`` if given (standard input, an upload), else the file at ``path``;
    ``name`` is what the findings call it (decides .txt/.md for standard input)."""
    options = options or Options()
    try:
        return _lint(path, data, options, name)
    except ReadError as e:
        return FileResult(name or path, error=str(e), error_kind="read")
    except (ConfigError, RuleLoadError) as e:
        return FileResult(name or path, error=str(e), error_kind="config")
    except RecursionError:
        return FileResult(name or path, error=f"{name or path}: 文档结构嵌套过深，无法读取", error_kind="read")
    except MemoryError:
        return FileResult(name or path, error=f"{name or path}: 文件过大，内存不足，已跳过", error_kind="read")


def unreadable(path: str, message: str) -> Diagnostic:
    """An input that could not be read, as the DJ901 finding the machine formats and the audit
    report (its metadata from the registered rule)."""
    reason = message[len(path) + 2:] if message.startswith(path + ": ") else message
    rule = build_registry().rules["DJ901"]
    return Diagnostic(path, 1, 1, 1, 1, rule.code, rule.name, rule.category, rule.severity, reason, "", "body", None)


def lint_file_portable(path: str, options: Options) -> FileResult:
    """:func:`lint_file` for a worker process: the result crosses a process boundary."""
    return lint_file(path, None, options).portable()
