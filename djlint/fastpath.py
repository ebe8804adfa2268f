"""The console script: ``djlint FILE…`` with common options runs without importing click (a
pre-commit hook pays start-up on every commit); anything else goes to the click command line
(:mod:`djlint.cli`), which also gives every usage message and the help."""
from __future__ import annotations

import sys

from .util.zh import YEAR_MAX, YEAR_MIN

COMMANDS = {"lint", "rules", "rule", "profiles", "init", "serve", "audit"}
FLAGS = {"--no-cache": ("no_cache", True), "-q": ("quiet", True), "--quiet": ("quiet", True),
         "--preview": ("preview", True), "--statistics": ("statistics", True), "--color": ("color", True),
         "--no-color": ("color", False)}
VALUES = {"--format": "fmt", "--output": "output", "-o": "output", "--select": "select", "--ignore": "ignore",
          "--extend-select": "extend_select", "--fail-on": "fail_on", "--config": "config_file",
          "--profile": "profile", "--year": "year", "--jobs": "jobs", "-j": "jobs", "--stdin-filename": "stdin_filename"}


def parse(argv: list[str]) -> dict | None:
    """The lint arguments, or None when this is not a plain lint call (click takes it then)."""
    if not argv or argv[0] in COMMANDS:
        return None
    params: dict = {"paths": []}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "-" or not arg.startswith("-"):
            params["paths"].append(arg)
        elif arg in FLAGS:
            params[FLAGS[arg][0]] = FLAGS[arg][1]
        else:
            name, eq, value = arg.partition("=")
            if name not in VALUES:
                return None  # --fix, --help, an unknown option…: click decides
            if not eq:
                i += 1
                if i >= len(argv):
                    return None
                value = argv[i]
            params[VALUES[name]] = value
        i += 1
    return params if params["paths"] and _valid(params) else None


def _valid(params: dict) -> bool:
    from .output import FORMATS

    if params.get("fmt", "text") not in FORMATS or params.get("fail_on", "warning") not in ("info", "warning", "error"):
        return False
    for key, lo, hi in (("year", YEAR_MIN, YEAR_MAX), ("jobs", -(10 ** 6), 10 ** 6)):
        if key in params:
            try:
                params[key] = int(params[key])
            except ValueError:
                return False
            if not lo <= params[key] <= hi:
                return False
    return True


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    params = parse(argv)
    if params is None:
        from .cli import main as click_main

        click_main(args=argv, prog_name="djlint")
        return
    from .session import LintArgs, lint

    params["paths"] = tuple(params["paths"])
    lint(LintArgs(**params))


if __name__ == "__main__":  # pragma: no cover
    main()
