"""From paths to results: collect the files, consult the cache, lint each file (in a worker
pool when there are many), act on them (fix, diff, annotate).

- :mod:`.options`  Options: the command line's overrides
- :mod:`.files`    collect: folders walked, our own copies and excluded files skipped
- :mod:`.lint`     the per-file step: ``lint_file(path, data, options) -> FileResult`` (plain,
                   picklable data, no global state: a worker pool or a distributed engine calls it)
- :mod:`.pool`     lint_many: cache hits served here, the rest in parallel
- :mod:`.act`      act_on_file: --fix, --diff, --annotate
- :mod:`.cache`    the result cache
"""
from __future__ import annotations

from .lint import FileResult, effective_config, lint_document, lint_file
from .options import Options

__all__ = ["FileResult", "Options", "effective_config", "lint_document", "lint_file"]
