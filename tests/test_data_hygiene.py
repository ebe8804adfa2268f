"""The data files under rules/: one convention (rules/README.md), checked file by file; the
generated ones are as their generator makes them today; every entry has its source."""
import glob
import hashlib
import importlib.metadata
import importlib.util
import os
import re

import pytest
import yaml

from djlint.engine.data import read_tsv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = os.path.join(ROOT, "rules")
WRONG_WORDS = os.path.join(RULES, "phrase", "data", "wrong-words.tsv")
LEXICON = os.path.join(RULES, "phrase", "lexicon")

DATA_FILES = sorted(glob.glob(os.path.join(RULES, "*", "data", "*.tsv"))
                    + glob.glob(os.path.join(RULES, "*", "data", "*.txt"))
                    + glob.glob(os.path.join(RULES, "*", "facts", "*.tsv")))
#: how many leading columns make a row's key, where it is not the first column alone
KEY_COLUMNS = {"collocations.tsv": 2, "leaders.tsv": (0, 1, 3), "meetings.tsv": (0, 1, 3), "psc.tsv": 2}
_FIELD = re.compile(r"# (列|排序|出处|许可|生成|输入|日期)：(.*)")


def _rel(path):
    return os.path.relpath(path, ROOT).replace(os.sep, "/")


class DataFile:
    """A data file read as the convention describes it: the leading ``#`` lines (the header, with
    its ``# 名：值`` fields), then rows (``#`` lines between them are comments on the next row)."""

    def __init__(self, path):
        self.path, self.name = path, os.path.basename(path)
        with open(path, "rb") as fh:
            self.raw = fh.read()
        self.lines = self.raw.decode("utf-8").split("\n")
        self.header, self.fields, self.rows = [], {}, []
        for n, line in enumerate(self.lines, 1):
            if line.startswith("#") and not self.rows:
                self.header.append(line)
                m = _FIELD.fullmatch(line)
                if m:
                    self.fields[m.group(1)] = m.group(2).strip()
            elif line and not line.startswith("#"):
                self.rows.append((n, line.split("\t")))

    def columns(self):
        return self.fields["列"].split("<TAB>") if "列" in self.fields else ["条目"]

    def key(self, cells):
        columns = KEY_COLUMNS.get(self.name, 1)
        if isinstance(columns, tuple):  # a key of chosen columns (person, post, start)
            return tuple(cells[i] if i < len(cells) else "" for i in columns)
        return tuple(cells[:columns])


@pytest.fixture(scope="module", params=DATA_FILES, ids=_rel)
def data_file(request):
    return DataFile(request.param)


def test_every_data_file_is_checked():
    names = {os.path.basename(p) for p in DATA_FILES}
    assert {"wrong-words.tsv", "traditional.tsv", "pinyin.tsv", "look-alikes.tsv", "surnames.txt"} <= names
    # nothing else hides in a data folder (a table in another format would escape these checks)
    others = [p for p in glob.glob(os.path.join(RULES, "*", "data", "*"))
              if p not in DATA_FILES and not p.endswith(".py") and os.path.basename(p) != "__pycache__"]
    # (__pycache__: the build scripts' bytecode where it is written, as on a run with PYTHONDONTWRITEBYTECODE unset)
    assert others == []


def test_utf8_lf_no_trailing_spaces(data_file):
    assert not data_file.raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    assert b"\r" not in data_file.raw, "LF line ends"
    assert data_file.raw.endswith(b"\n") and not data_file.raw.endswith(b"\n\n"), "one final newline"
    spaced = [n for n, line in enumerate(data_file.lines, 1) if line != line.rstrip(" \u3000")]  # a final TAB: an empty last cell
    assert spaced == [], f"trailing spaces on lines {spaced[:5]}"


def test_header_says_what_where_from_and_under_which_licence(data_file):
    assert data_file.header and not _FIELD.fullmatch(data_file.header[0]), "first line: what the file is"
    assert data_file.fields.get("出处"), "a '# 出处：' line"
    assert data_file.fields.get("许可"), "a '# 许可：' line"


def test_rows_have_the_declared_columns(data_file):
    columns = data_file.columns()
    if data_file.name.endswith(".tsv"):
        assert len(columns) >= 2, "a .tsv declares its columns ('# 列：A<TAB>B')"
    else:
        assert "列" not in data_file.fields, "a table is named .tsv"
    assert data_file.rows, "no rows"
    wrong = [n for n, cells in data_file.rows if len(cells) != len(columns)]
    assert wrong == [], f"lines {wrong[:5]} do not have {len(columns)} columns"


def test_cells_are_clean_and_values_separated_by_bars(data_file):
    for n, cells in data_file.rows:
        for cell in cells:
            assert cell == cell.strip(), f"line {n}: spaces around {cell!r}"
            if "|" in cell:
                values = cell.split("|")
                assert all(v and v == v.strip() for v in values), f"line {n}: an empty value in {cell!r}"
                assert len(set(values)) == len(values), f"line {n}: a value twice in {cell!r}"
        key = data_file.key(cells)
        filled = key[:1] if isinstance(KEY_COLUMNS.get(data_file.name), tuple) else key  # chosen columns may be empty
        assert all(filled) and "|" not in "".join(key), f"line {n}: a bad key"


def test_no_key_twice(data_file):
    seen = {}
    for n, cells in data_file.rows:
        key = data_file.key(cells)
        assert key not in seen, f"line {n}: {key} already on line {seen[key]}"
        seen[key] = n


SORTED = [p for p in DATA_FILES if "排序" in DataFile(p).fields]


def test_the_tables_kept_sorted_say_so():
    assert {os.path.basename(p) for p in SORTED} >= {"wrong-words.tsv", "variant-forms.tsv", "traditional.tsv",
                                                      "pinyin.tsv", "word-readings.tsv"}


@pytest.mark.parametrize("path", SORTED, ids=_rel)
def test_sorted_where_the_header_says_so(path):
    data = DataFile(path)
    assert data.fields["排序"] == "按第一列"
    firsts = [cells[0] for _n, cells in data.rows]
    assert firsts == sorted(firsts), f"keep {data.name} sorted by its first column"


def test_look_alikes_and_traditional_forms_are_single_characters():
    for name in ("look-alikes.tsv", "traditional.tsv"):
        for n, cells in DataFile(os.path.join(RULES, "phrase", "data", name)).rows:
            assert all(len(v) == 1 for v in [cells[0], *cells[1].split("|")]), f"{name}:{n}"
            assert cells[0] not in cells[1].split("|"), f"{name}:{n}: a character its own look-alike"


def test_word_readings_give_one_syllable_per_character():
    for n, (word, reading) in DataFile(os.path.join(RULES, "phrase", "data", "word-readings.tsv")).rows:
        syllables = reading.split(" ")
        assert len(syllables) == len(word) and all(re.fullmatch(r"[a-zü]+", s) for s in syllables), n


@pytest.mark.parametrize("pack", sorted(d for d in os.listdir(RULES) if os.path.isfile(os.path.join(RULES, d, "pack.yaml"))))
def test_built_in_packs_name_their_licence(pack):
    with open(os.path.join(RULES, pack, "pack.yaml"), encoding="utf-8") as fh:
        meta = yaml.safe_load(fh)
    assert re.fullmatch(r"[A-Za-z0-9.\-]+( AND [A-Za-z0-9.\-]+)*", str(meta.get("license", ""))), meta


# generated files: the generator has not changed since it wrote them, and writes them again alike

GENERATED = [p for p in DATA_FILES if "生成" in DataFile(p).fields]
_SCRIPT = re.compile(r"(\S+)（sha256 ([0-9a-f]{64})）")
_PACKAGE = re.compile(r"([A-Za-z][\w.\-]*) (\d[\w.]*)（")


def _sha256(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read().replace(b"\r\n", b"\n")).hexdigest()


def test_the_generated_files_are_known():
    assert {os.path.basename(p) for p in GENERATED} == {"traditional.tsv", "pinyin.tsv", "word-readings.tsv",
                                                             "given-name-forms.txt"}


@pytest.mark.parametrize("path", GENERATED, ids=_rel)
def test_generated_file_names_its_generator_inputs_and_date(path):
    fields = DataFile(path).fields
    script, digest = _SCRIPT.fullmatch(fields["生成"]).groups()
    assert os.path.exists(os.path.join(ROOT, script)), script
    assert _sha256(os.path.join(ROOT, script)) == digest, (
        f"{script} changed after it wrote {os.path.basename(path)}: run it again")
    assert _PACKAGE.findall(fields["输入"]) and re.search(r"sha256 [0-9a-f]{64}", fields["输入"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", fields["日期"])


@pytest.fixture(scope="module")
def generated_again(tmp_path_factory):
    """Run each generator once (build_pinyin.py writes two files) into a folder of its own."""
    made = {}

    def run(script):
        if script not in made:
            out = tmp_path_factory.mktemp(os.path.basename(script)[:-3])
            spec = importlib.util.spec_from_file_location(f"_generator_{out.name}", os.path.join(ROOT, script))
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            module.main(str(out))
            made[script] = out
        return made[script]

    return run


@pytest.mark.slow
@pytest.mark.parametrize("path", GENERATED, ids=_rel)
def test_generator_writes_the_same_file_again(path, generated_again):
    """Where the generator's inputs are installed at the versions the header records (pypinyin and
    opencc-python-reimplemented are not djlint's dependencies), its output is the file as committed."""
    fields = DataFile(path).fields
    for package, version in _PACKAGE.findall(fields["输入"]):
        try:
            installed = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{package} is not installed")
        if installed != version:
            pytest.skip(f"{package} {installed} is installed, the file was made with {version}")
    out = generated_again(_SCRIPT.fullmatch(fields["生成"]).group(1))

    def undated(p):
        with open(p, encoding="utf-8") as fh:
            return [line for line in fh if not line.startswith("# 日期：")]

    assert undated(out / os.path.basename(path)) == undated(path)


def test_licence_and_notices_cover_the_derived_data():
    with open(os.path.join(ROOT, "LICENSE"), encoding="utf-8") as fh:
        licence = fh.read()
    assert licence.startswith("MIT License") and "djlint contributors" in licence
    with open(os.path.join(ROOT, "THIRD-PARTY-NOTICES.md"), encoding="utf-8") as fh:
        notices = fh.read()
    for path in GENERATED:
        fields = DataFile(path).fields
        assert f"`{os.path.basename(path)}`" in notices, path
        for package, version in _PACKAGE.findall(fields["输入"]):
            assert f"{package} {version}" in notices, f"the notices name the version {path} was made from"
    # the licences the headers name come with their text
    assert "Apache License\n                           Version 2.0" in notices and notices.count("Permission is hereby granted") >= 3


def test_the_notices_name_every_shipped_data_file():
    """Each table djlint ships (rules/*/data, rules/*/facts, djlint/**/data) is named in the notices,
    as taken from someone else or as djlint's own: a new table is placed there when it is added."""
    with open(os.path.join(ROOT, "THIRD-PARTY-NOTICES.md"), encoding="utf-8") as fh:
        notices = fh.read()
    shipped = DATA_FILES + glob.glob(os.path.join(ROOT, "djlint", "**", "data", "*"), recursive=True)
    assert any(p.endswith(".gz") for p in shipped)

    def named(p):  # by its name, its path or its folder's path
        return any(f"`{n}`" in notices for n in (os.path.basename(p), _rel(p), _rel(os.path.dirname(p)) + "/"))

    unnamed = [_rel(p) for p in shipped if not os.path.isdir(p) and not p.endswith(".py") and not named(p)]
    assert unnamed == [], "name these in THIRD-PARTY-NOTICES.md (whose work, which licence)"


# the sources of the hand-written tables and the lexicon

def test_wrong_words_rows_are_complete():
    rows = read_tsv(WRONG_WORDS)
    assert len(rows) >= 300
    for r in rows:
        assert r.source.strip(), f"line {r.line}: {r.wrong} has no source"
        assert r.wrong not in r.rights, f"line {r.line}: {r.wrong} is its own correction"


@pytest.mark.parametrize("name", ["wrong-words.tsv", "variant-forms.tsv", "preferred-forms.tsv",
                                  "wording-faults.tsv", "terms.tsv", "collocations.tsv"])
def test_every_row_of_a_table_that_cites_per_row_has_a_source(name):
    data = DataFile(os.path.join(RULES, "phrase", "data", name))
    assert "列" in data.fields and "出处" in data.columns()[-1], "the last column is the source"
    missing = [n for n, cells in data.rows if not cells[-1].strip()]
    assert missing == [], f"{name}: lines {missing[:5]} have no source"


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
