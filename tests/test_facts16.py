"""Blind lists of dated political facts (issue 31): each 100 sentences in report register, each dated (a year in the
sentence, or a title line 2024年度……报告 before it) and each with one wrong political fact, written before reading the
rules, the README's rule table or the code; and 80 correct look-alikes (the same facts in other years, dated
narration, 巩固……成果 after a campaign ended).  Two lists, each in its folder: fixtures/facts16/ (facts16b, session 15)
and fixtures/facts27/ (facts27, session 16, written without reading facts16's).  key.tsv gives each wrong sentence's
class, the wrong and right words and the codes djlint gives (all default rules): ``codes`` now, ``codes_before`` on
main before that list's branch (the recall by class is in benchmarks/results.md).  The misses still left (``LEFT``:
each a known gap or a sentence judged right after all, with why) are asserted as strict xfails, so that a change
shows.  correct.tsv: the look-alikes, which must keep exactly the codes listed (none, but the ××× of a redacted
member's name, a DJ201 placeholder by design)."""
import os

import pytest

from djlint.lint import lint_text

FIXTURES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures")

#: missed on purpose for now, with why (each list's report says how each could be fixed)
LEFT = {
    "facts16": {
        # a campaign named before it began, the sentence's own year earlier than the campaign (DJ403 judges the
        # report's dates, which reach into the next spring when the campaign was announced)
        "k053": "深入贯彻中央八项规定精神学习教育 in 2024",
        "k054": "2023 主题教育 in 2022",
    },
    "facts27": {
        # the heads of the Party's departments are not in posts.tsv (their appointment days are not published)
        "p12": "中宣部部长刘奇葆 in 2020",
        # judged right after all: Party texts call him 总书记 on every occasion, a UN speech or a summit included;
        # only 主席 in a Party context is a fault (DJ433)
        "t02": "习近平总书记 at the UN General Assembly",
        "t05": "习近平总书记 at the China–Central Asia summit",
        # the campaign ended in January 2022: a 2022 report may still tell of its last month (DJ435's margin)
        "c01": "深入开展党史学习教育 in 2022",
        # the “三严三实” 专题教育's 专题民主生活会 ran into January 2016: the table leaves 2016 alone (stale_from 2017-01)
        "c08": "“三严三实”专题教育 in 2016",
    },
}


def rows(folder: str, name: str) -> list[dict]:
    with open(os.path.join(FIXTURES, folder, name), encoding="utf-8") as fh:
        lines = [line for line in fh.read().splitlines() if line and not line.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t")), list=folder) for line in lines[1:]]


def codes_of(text: str) -> set[str]:
    return {d.code for d in lint_text(text.replace("⏎", "\n") + "\n")}


KEY = [r for folder in LEFT for r in rows(folder, "key.tsv")]
CORRECT = [r for folder in LEFT for r in rows(folder, "correct.tsv")]


def _id(r: dict) -> str:
    return f"{r['list']}-{r['id']}"


def _left(r: dict) -> bool:
    return r["id"] in LEFT[r["list"]]


@pytest.mark.parametrize("folder", sorted(LEFT))
def test_the_key_is_whole(folder):
    key = [r for r in KEY if r["list"] == folder]
    assert len(key) == 100 and len([r for r in CORRECT if r["list"] == folder]) == 80
    assert {r["id"] for r in key if not r["codes"]} == set(LEFT[folder])


@pytest.mark.parametrize("row", [r for r in KEY if not _left(r)], ids=_id)
def test_wrong_fact_found(row):
    assert set(row["codes"].split(",")) <= codes_of(row["text"]), (row["wrong"], row["right"])


@pytest.mark.parametrize("row", [r for r in KEY if _left(r)], ids=_id)
@pytest.mark.xfail(strict=True, reason="a known gap (LEFT)")
def test_wrong_fact_left(row):
    assert codes_of(row["text"]), LEFT[row["list"]][row["id"]]


@pytest.mark.parametrize("row", CORRECT, ids=_id)
def test_look_alike_silent(row):
    want = set(row["codes"].split(",")) - {""}
    assert codes_of(row["text"]) == want
