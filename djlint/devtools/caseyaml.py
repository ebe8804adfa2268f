"""Writing case files as people write them: block style, keys in a fixed order, multi-line texts
as ``|`` blocks, comments kept.  A case file is edited by hand, so tools that add to it work on
its text one case (one top-level key, with the comment lines above it) at a time."""
from __future__ import annotations

import re

import yaml

KEY_ORDER = ("text", "input", "config", "docx", "note", "findings", "fixed", "example", "corrected")
FINDING_ORDER = ("at", "message", "fix", "unsafe", "severity")
_TOP = re.compile(r"^([a-z0-9][a-z0-9-]*):\s*(#.*)?$")


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value: str):
    if "\n" in value and not any(line != line.rstrip() for line in value.split("\n")):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def _ordered(case: dict) -> dict:
    out = {k: case[k] for k in KEY_ORDER if k in case}
    out.update({k: v for k, v in case.items() if k not in out})
    if "findings" in out:
        out["findings"] = [{**{k: f[k] for k in FINDING_ORDER if k in f}, **f} for f in out["findings"]]
    return out


def dump_case(name: str, case: dict, comments: list[str] = ()) -> str:
    """One case as text: the comment lines, ``name:`` and the case indented under it."""
    body = yaml.dump({name: _ordered(case)}, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=4096, indent=2)
    assert yaml.safe_load(body) == {name: case}, (name, body)  # what is written reads back the same
    return "".join(f"{c}\n" for c in comments) + body


def split_blocks(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A case file's text as (head, [(name, block)]): each block is one case with the comment
    and blank lines above it; the head is what comes before the first case (the file's header)."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if _TOP.match(line)]
    if not starts:
        return text, []
    # the comment lines right above a case belong to it
    cuts = []
    for i in starts:
        j = i
        while j > 0 and lines[j - 1].startswith("#"):
            j -= 1
        cuts.append(j)
    head = "".join(lines[:cuts[0]])
    blocks = []
    for n, (cut, start) in enumerate(zip(cuts, starts)):
        end = cuts[n + 1] if n + 1 < len(cuts) else len(lines)
        blocks.append((_TOP.match(lines[start]).group(1), "".join(lines[cut:end])))
    return head, blocks


def join_blocks(head: str, blocks: list[tuple[str, str]]) -> str:
    out = head
    for _name, block in blocks:
        if out and not out.endswith("\n\n"):
            out = out.rstrip("\n") + "\n\n"
        out += block.rstrip("\n") + "\n"
    return out
