"""The data files the phrase family reads: sorted, no duplicates, every entry with its source."""
import os

import yaml

from djlint.engine.data import read_tsv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WRONG_WORDS = os.path.join(ROOT, "rules", "phrase", "data", "wrong-words.tsv")
LEXICON = os.path.join(ROOT, "rules", "phrase", "lexicon")


def test_wrong_words_rows_are_complete_sorted_and_unique():
    rows = read_tsv(WRONG_WORDS)
    assert len(rows) >= 300
    wrongs = [r.wrong for r in rows]
    assert wrongs == sorted(wrongs), "keep wrong-words.tsv sorted by its first column"
    assert len(set(wrongs)) == len(wrongs), "a wrong form listed twice"
    for r in rows:
        assert r.source.strip(), f"line {r.line}: {r.wrong} has no source"
        assert r.wrong not in r.rights, f"line {r.line}: {r.wrong} is its own correction"
        assert all(x.strip() for x in r.rights), f"line {r.line}: an empty right form"


def test_the_source_column_is_read():
    rows = read_tsv(WRONG_WORDS)
    assert all(r.source for r in rows)


def test_lexicon_entries_have_sources_and_unique_names():
    names = []
    for fname in sorted(os.listdir(LEXICON)):
        with open(os.path.join(LEXICON, fname), encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        for entry in data["formulations"]:
            assert str(entry.get("source", "")).strip(), f"{fname}: {entry['name']} has no source"
            names.append(entry["name"])
    dupes = sorted({n for n in names if names.count(n) > 1})
    assert dupes == []
