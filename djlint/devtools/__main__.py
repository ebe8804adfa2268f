"""``python -m djlint.devtools COMMAND``: see :mod:`djlint.devtools`."""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m djlint.devtools", description=__import__("djlint.devtools").devtools.__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    conv = sub.add_parser("convert-cases", help="legacy case lists (tests/rules/*.yaml) → rules/cases/CODE.yaml")
    conv.add_argument("paths", nargs="+")
    conv.add_argument("--into", help="the cases folder (default: the built-in one, rules/cases)")
    docs = sub.add_parser("docs", help="regenerate the generated blocks of README.md and docs/layout.md")
    docs.add_argument("--check", action="store_true", help="only say which blocks are stale (exit 1 if any)")
    case = sub.add_parser("case", help="print (or --add) the case for a text as djlint sees it now")
    case.add_argument("code")
    case.add_argument("text", help="the text (\\n for a new line)")
    case.add_argument("--name", help="the case name (what it shows, e.g. near-and-more-contradict)")
    case.add_argument("--input", choices=("txt", "md"), default="txt")
    case.add_argument("--year", type=int, help="the report year (config: {year: …})")
    case.add_argument("--example", choices=("bad", "good"), help="mark it as an example the docs show")
    case.add_argument("--add", action="store_true", help="append it to rules/cases/CODE.yaml")
    args = parser.parse_args(argv)
    if args.command == "convert-cases":
        from .convert import main as run
    elif args.command == "docs":
        from .docs import main as run
    elif args.command == "case":
        from .newcase import main as run
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
