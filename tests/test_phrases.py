"""DJ4xx: generated tests over the lexicon and the wrong-word table, a 20,000-character body of
correct prose that must stay silent, and the loader's refusal of entries without a source."""
import os

import pytest
import regex
import yaml

from djlint.engine import build_registry
from djlint.errors import RuleLoadError
from djlint.lint import lint_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "rules", "phrase", "lexicon")
with open(os.path.join(DATA, "formulations.yaml"), encoding="utf-8") as _fh:
    ENTRIES = yaml.safe_load(_fh)["formulations"]
with open(os.path.join(ROOT, "rules", "phrase", "data", "wrong-words.tsv"), encoding="utf-8") as _fh:
    ROWS = [l.rstrip("\n").split("\t") for l in _fh if l.strip() and not l.startswith("#")]


def dj4(text, year=None, select=("DJ4",)):
    head = f"{year}年度党建工作情况报告\n" if year else ""
    return [d for d in lint_text(head + text + "\n", {"select": list(select)}) if d.code.startswith("DJ4")]


def ids(entries):
    return [e["name"][:12] for e in entries]


def test_lexicon_size_and_sources():
    assert len(ENTRIES) >= 150
    assert all(e.get("source") for e in ENTRIES)
    assert len(ROWS) >= 300
    assert all(len(r) >= 4 and r[3].strip() for r in ROWS), "every wrong-word entry names its source"


CURRENT = [e for e in ENTRIES if not e.get("until")]


@pytest.mark.parametrize("entry", CURRENT, ids=ids(CURRENT))
def test_correct_formulation_is_silent(entry):
    year = max(2025, entry.get("since") or 0)
    text = f"机关党委组织党员认真学习{entry['name']}，结合实际抓好贯彻落实。"
    assert [(d.code, d.message) for d in dj4(text, year)] == []


VARIANTS = [(e, v) for e in ENTRIES for v in e.get("variants") or []]


@pytest.mark.parametrize("entry,variant", VARIANTS, ids=[v["pattern"][:14] for _e, v in VARIANTS])
def test_known_wrong_variant_fires(entry, variant):
    example = variant.get("example") or variant["pattern"]
    assert regex.search(variant["pattern"], example), "the example must match its pattern"
    text = (variant.get("requires", "") + "指出，") * bool(variant.get("requires")) + f"要{example}。"
    found = [d for d in dj4(text, select=("DJ401",))]
    assert found, text
    if variant.get("fix") and "\\" not in variant["fix"]:
        assert found[0].fix is not None and found[0].fix.replacement == variant["fix"]


FUZZY = [e for e in CURRENT if e.get("fuzzy", True) and len(e["name"]) >= 8 and not e["name"].startswith("《")]


def mutate(name):
    """One wrong character in the middle, not a numeral, a joiner or punctuation."""
    for i in range(len(name) // 2, len(name) - 1):
        if name[i] not in "一二三四五六七八九十两和、，及与“”的之为了":
            return name[:i] + "甲" + name[i + 1:]
    return None


@pytest.mark.parametrize("entry", FUZZY, ids=ids(FUZZY))
def test_one_character_off_fires(entry):
    bad = mutate(entry["name"])
    if bad is None:
        pytest.skip("no mutable character")
    found = dj4(f"要认真落实{bad}的要求。", max(2025, entry.get("since") or 0), select=("DJ404", "DJ401"))
    assert any(d.code == "DJ404" and d.fix and d.fix.replacement == entry["name"] for d in found), found


MEMBERS = [e for e in ENTRIES if len(e.get("members") or []) >= 3 and e.get("sep", "、")]


@pytest.mark.parametrize("entry", MEMBERS, ids=ids(MEMBERS))
def test_members_out_of_order_fire(entry):
    members = entry["members"]
    sep = entry.get("sep", "、")
    swapped = [members[1], members[0]] + members[2:]
    text = f"全体党员要做到{sep.join(swapped)}。"
    found = dj4(text, max(2025, entry.get("since") or 0), select=("DJ402",))
    assert found and found[0].fix is not None and found[0].fix.replacement == sep.join(members)
    assert dj4(f"全体党员要做到{sep.join(members)}。", max(2025, entry.get("since") or 0), select=("DJ402",)) == []


DATED = [e for e in ENTRIES if e.get("since") and e["since"] > 2000]


@pytest.mark.parametrize("entry", DATED, ids=ids(DATED))
def test_formulation_used_before_it_existed(entry):
    text = f"认真学习{entry['name']}。"
    assert any(d.code == "DJ403" for d in dj4(text, entry["since"] - 1, select=("DJ403",)))
    assert not dj4(text, entry["since"], select=("DJ403",))


def test_old_wording_after_it_was_replaced():
    found = dj4("紧密团结在以习近平同志为总书记的党中央周围。", 2023, select=("DJ403",))
    assert found and found[0].fix.replacement == "以习近平同志为核心的党中央" and not found[0].fix.safe


def test_missing_member_after_the_name_and_a_stranger():
    assert "少了“看齐意识”" in dj4("增强“四个意识”，即政治意识、大局意识、核心意识。", 2025)[0].message
    msgs = [d.message for d in dj4("树牢政治意识、大局意识、服务意识、看齐意识。", 2025)]
    assert any("“服务意识”不是“四个意识”的内容" in m for m in msgs)


def test_subsets_and_short_lists_are_silent():
    for text in ("严明政治纪律和组织纪律。", "推动数字、绿色、创新等领域合作。", "坚决反对官僚主义、形式主义。"):
        assert dj4(text, 2025, select=("DJ402",)) == []


def test_near_miss_edges_and_numerals_are_silent():
    for text in ("落实意识形态工作责任清单。", "学习党的十九届五中全会精神。", "实现第一个百年奋斗目标。",
                 "坚持以党的政治建设统领各项工作。"):
        assert dj4(text, 2025, select=("DJ404",)) == [], text


def test_name_dropped_only_where_the_name_appears():
    text = "坚持用新时代中国特色社会主义思想统一思想。"
    assert dj4(text, 2025, select=("DJ401",)) == []
    assert dj4("习近平总书记强调要抓好学习。" + text, 2025, select=("DJ401",))


def test_consistency_inside_one_document():
    found = dj4("开展“五比五看”活动。\n深化“六比六看”成果。", 2025, select=("DJ405",))
    assert len(found) == 1 and "“五比五看”" in found[0].message and found[0].line == 3


# -- wrong words ----------------------------------------------------------------------------

@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_wrong_word_fires_and_right_form_is_silent(row):
    wrong, rights = row[0], row[1].split("|")
    found = [d for d in lint_text(f"文稿中出现了（{wrong}）。\n", {"select": ["DJ411"]})]
    assert found and found[0].fix is not None and found[0].fix.replacement == rights[0], wrong
    for right in rights:
        assert lint_text(f"文稿中出现了（{right}）。\n", {"select": ["DJ411"]}) == [], right


def test_wrong_word_never_fires_inside_another_word():
    assert lint_text("除了望远镜以外，其他设备都已到位。\n", {"select": ["DJ411"]}) == []


# -- the correct-prose body ------------------------------------------------------------------

def test_correct_prose_body_is_silent_for_phrases_punctuation_and_numbers():
    import sys

    sys.path.insert(0, os.path.join(ROOT, "fixtures", "prose"))
    from build_prose import build, right_forms

    text = build()
    assert len(text) >= 20_000
    names = [e["name"] for e in CURRENT]
    assert sum(name in text for name in names) >= 0.9 * len(names)
    assert all(r in text for r in right_forms())
    diags = lint_text(text, {"select": ["DJ4", "DJ5", "DJ6"]})
    assert [(d.line, d.code, d.message) for d in diags] == []
    with open(os.path.join(ROOT, "fixtures", "prose", "correct-prose.txt"), encoding="utf-8") as fh:
        assert fh.read() == text, "run python fixtures/prose/build_prose.py"


def test_entry_without_source_does_not_load(tmp_path):
    pack = tmp_path / "org"
    (pack / "data").mkdir(parents=True)
    (pack / "pack.yaml").write_text("name: org\n", encoding="utf-8")
    (pack / "data" / "formulations.yaml").write_text("formulations:\n  - name: 三抓三促\n", encoding="utf-8")
    from djlint.checks.phrase import lexicon_for

    with pytest.raises(RuleLoadError, match="source"):
        lexicon_for(build_registry((str(pack),)))


def test_user_pack_adds_formulations(tmp_path):
    pack = tmp_path / "org"
    (pack / "data").mkdir(parents=True)
    (pack / "pack.yaml").write_text("name: org\n", encoding="utf-8")
    (pack / "data" / "formulations.yaml").write_text(
        "formulations:\n  - name: 三抓三促\n    variants: [{pattern: 三抓三推, fix: 三抓三促}]\n"
        "    source: 本单位文件\n", encoding="utf-8")
    found = [d for d in lint_text("开展三抓三推行动。\n", {"rule-packs": [str(pack)], "select": ["DJ401"]})]
    assert found and found[0].fix.replacement == "三抓三促"
