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


_TO_SIMPLIFIED: dict | None = None

#: characters met in almost every paragraph written in traditional script and never in a simplified one
#: (國 黨 會 為 這 們 學 時 個 說 對 發 經 習 與 產 義 實 現 開 關 設 當 進 還 從 體 導 書 記 動 應 團 結 範 歷 屆 議 總):
#: a paragraph with none is read as it stands
TRADITIONAL_HINT = "國黨會為這們學時個說對發經習與產義實現開關設當進還從體導書記動應團結範歷屆議總"


def simplified(text: str) -> str:
    """``text`` with each traditional character replaced by its usual simplified one (the same
    length, so offsets stay the paragraph's own); the table is read the first time it is needed."""
    global _TO_SIMPLIFIED
    if _TO_SIMPLIFIED is None:
        _TO_SIMPLIFIED = {ord(t): forms[0] for t, forms in traditional_forms().items() if len(forms[0]) == 1}
    # 於 is also a simplified character (a surname), so the table leaves it: 由於 is 由于 all the same
    return text.translate(_TO_SIMPLIFIED).replace("由於", "由于")
