"""The command line's overrides on top of the discovered configuration."""
from __future__ import annotations

from ..util.record import record


@record
class Options:
    select: list[str] | None = None
    ignore: list[str] | None = None
    extend_select: list[str] | None = None
    preview: bool = False
    config_file: str | None = None
    fail_on: str | None = None
    profile: str | None = None
    year: int | None = None
    #: use the result cache (the command line turns it on; the library API never caches)
    cache: bool = False
    #: the caller already looked each file up in the cache: workers only store results
    cache_checked: bool = False

    def __post_init__(self):
        self.select = list(self.select) if self.select else None
        self.ignore = list(self.ignore or [])
        self.extend_select = list(self.extend_select or [])


@record
class Action:
    """What to do with the findings besides reporting them (kept here, light: a plain run
    builds one without importing the writers)."""
    fix: bool = False
    diff: bool = False
    unsafe: bool = False
    annotate: bool = False
    annotate_to: str | None = None
    baseline: tuple | None = None
