"""The console script: ``djlint FILE…`` with common options runs without importing click (a
pre-commit hook pays start-up on every commit); anything else goes to the click command line
(:mod:`djlint.cli`), which also gives every usage message and the help."""
from __future__ import annotations

import sys

COMMANDS = {"lint", "rules", "rule", "profiles", "init", "serve", "audit"}


def parse(argv: list[str]) -> dict | None:
    """The lint arguments, or None when this is not a plain lint call (click takes it then)."""
    if not argv or argv[0] in COMMANDS:
        return None
    from .arguments import convert, fast_tables

    flags, values = fast_tables()
    params: dict = {"paths": []}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "-" or not arg.startswith("-"):
            params["paths"].append(arg)
        elif arg in flags:
            params[flags[arg][0]] = flags[arg][1]
        else:
            name, eq, value = arg.partition("=")
            if name not in values:
                return None  # --fix, --help, an unknown option…: click decides
            if not eq:
                i += 1
                if i >= len(argv):
                    return None
                value = argv[i]
            try:
                params[values[name].dest] = convert(values[name], value)
            except ValueError:
                return None  # click gives the usage message
        i += 1
    return params if params["paths"] else None


def main(argv: list[str] | None = None) -> None:
    from .util import startup
    from .util.startup import starting

    if argv is None:  # the console script (or python -m djlint): this process is one command-line run
        startup.PROCESS_ENTRY = True
        argv = sys.argv[1:]

    with starting():  # no garbage collection while the modules load (see util/startup.py)
        params = parse(argv)
        if params is not None:
            from .arguments import LintArgs
            from .session import lint
    if params is None:
        from .cli import main as click_main

        click_main(args=argv, prog_name="djlint")
        return
    try:
        lint(LintArgs(**params))
    except SystemExit as e:
        startup.leave(e.code)  # no teardown of the document and the tables (see util/startup.py)
        raise


if __name__ == "__main__":  # pragma: no cover
    main()
