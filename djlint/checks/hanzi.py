"""Characters, not words: the table of traditional characters that several families look up
(residue's DJ706/DJ707 report traditional script, DJ421 does not take it for slips).

The table is data of the phrase pack (``rules/phrase/data/traditional.tsv``, generated from
OpenCC's character table by ``build_traditional.py``), read once per process on first use.
"""
from __future__ import annotations

import os

from ..engine.data import read_list
from ..engine.registry import builtin_packs_dir

_TRADITIONAL: dict[str, list[str]] | None = None


def traditional_forms() -> dict[str, list[str]]:
    """Traditional character -> its simplified forms, most usual first (data/traditional.tsv)."""
    global _TRADITIONAL
    if _TRADITIONAL is None:
        path = os.path.join(builtin_packs_dir(), "phrase", "data", "traditional.tsv")
        _TRADITIONAL = {}
        if os.path.exists(path):
            for row in read_list(path):
                t, _, forms = row.partition("\t")
                if len(t) == 1 and forms:
                    _TRADITIONAL[t] = forms.split("|")
    return _TRADITIONAL
