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
    args = parser.parse_args(argv)
    if args.command == "convert-cases":
        from .convert import main as run
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
