"""A blind list of dated political facts (facts16b, issue 31, session 15): 100 sentences in report register, each
dated (a year in the sentence, or a title line 2024年度……报告 before it) and each with one wrong political fact,
written before reading the rules, the README's rule table or the code; and 80 correct look-alikes (the same facts
in other years, dated narration, 巩固……成果 after a campaign ended).  fixtures/facts16/key.tsv gives each wrong
sentence's class, the wrong and right words and the codes djlint gives (all default rules): ``codes`` now,
``codes_before`` on main before this branch (86/100; the recall by class is in benchmarks/results.md).  Three are
still missed (``LEFT``: each a known gap, asserted as a strict xfail so that a fix shows).  correct.tsv: the
look-alikes, which must keep exactly the codes listed (none, but the ××× of a redacted member's name, a DJ201
placeholder by design)."""
import os

import pytest

from djlint.lint import lint_text

HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "facts16")

#: missed on purpose for now, with why (the report of facts16b says how each could be fixed)
LEFT = {
    # 2024年下半年 is no date the campaign tables read: 主题教育 ran 2023-04 to 2024-01
    "k048": "2024年下半年 not read as a date",
    # a campaign named before it began, the sentence's own year earlier than the campaign (DJ403 judges the
    # report's dates, which reach into the next spring when the campaign was announced)
    "k053": "深入贯彻中央八项规定精神学习教育 in 2024",
    "k054": "2023 主题教育 in 2022",
}


def rows(name: str) -> list[dict]:
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        lines = [line for line in fh.read().splitlines() if line and not line.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"))) for line in lines[1:]]


def codes_of(text: str) -> set[str]:
    return {d.code for d in lint_text(text.replace("⏎", "\n") + "\n")}


KEY = rows("key.tsv")
CORRECT = rows("correct.tsv")


def test_the_key_is_whole():
    assert len(KEY) == 100 and len(CORRECT) == 80
    assert {r["id"] for r in KEY if not r["codes"]} == set(LEFT)


@pytest.mark.parametrize("row", [r for r in KEY if r["id"] not in LEFT], ids=lambda r: r["id"])
def test_wrong_fact_found(row):
    assert set(row["codes"].split(",")) <= codes_of(row["text"]), (row["wrong"], row["right"])


@pytest.mark.parametrize("row", [r for r in KEY if r["id"] in LEFT], ids=lambda r: r["id"])
@pytest.mark.xfail(strict=True, reason="a known gap (LEFT)")
def test_wrong_fact_left(row):
    assert codes_of(row["text"]), LEFT[row["id"]]


@pytest.mark.parametrize("row", CORRECT, ids=lambda r: r["id"])
def test_look_alike_silent(row):
    want = set(row["codes"].split(",")) - {""}
    assert codes_of(row["text"]) == want
