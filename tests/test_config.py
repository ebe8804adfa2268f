import pytest

from djlint.config import config_for, config_from_dict, find_config_file, load_config
from djlint.errors import ConfigError


def test_discovery_walks_up_to_the_repository_root(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "a" / "b").mkdir(parents=True)
    (repo / ".djlint.yaml").write_text("ignore: [DJ201]\n", encoding="utf-8")
    (tmp_path / ".djlint.yml").write_text("select: [DJ2]\n", encoding="utf-8")
    assert find_config_file(str(repo / "a" / "b" / "x.txt")) == str(repo / ".djlint.yaml")
    (repo / ".djlint.yaml").unlink()
    from djlint import config as C

    C._DISCOVERY_CACHE.clear()
    assert find_config_file(str(repo / "a" / "b" / "x.txt")) is None  # stops at .git


def test_theirs_is_never_read(tmp_path):
    (tmp_path / ".djlintrc").write_text('{"ignore": "H006"}')
    (tmp_path / "pyproject.toml").write_text("[tool.djlint]\nignore='H006'\n")
    (tmp_path / ".git").mkdir()
    assert config_for(str(tmp_path / "a.txt")).path is None


@pytest.mark.parametrize("body, needle", [
    ("selct: [DJ2]\n", "未知的配置项 selct"),
    ("select: DJ201\n", "select 须为列表"),
    ("fail-on: fatal\n", "fail-on"),
    ("severity: {DJ201: loud}\n", "severity.DJ201"),
    ("year: '2024'\n", "year 须为整数"),
    ("select: [DJ2\n", "YAML 语法错误"),
    ("select: !!python/object/apply:os.system ['echo pwned > pwned.txt']\n", "不允许的 YAML 标签"),
])
def test_bad_config_is_a_clear_error(tmp_path, body, needle):
    path = tmp_path / ".djlint.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(str(path))
    assert needle in str(e.value) and str(path) in str(e.value)
    assert not (tmp_path / "pwned.txt").exists()


def test_bad_config_exits_2_naming_the_key(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".djlint.yaml").write_text("ignroe: [DJ201]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("会议x次\n", encoding="utf-8")
    code, out, err = run_cli("a.txt")
    assert code == 2 and "ignroe" in err and "Traceback" not in err


def test_per_file_ignores_severity_and_select(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / ".djlint.yaml").write_text(
        "per-file-ignores:\n  'templates/**': [DJ201]\nseverity: {DJ201: warning}\nfail-on: error\n", encoding="utf-8")
    (tmp_path / "templates" / "t.txt").write_text("会议x次\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("会议x次\n", encoding="utf-8")
    code, out, err = run_cli("--format", "json", ".")
    import json

    data = json.loads(out)
    assert [(d["path"], d["severity"]) for d in data] == [("./a.txt", "warning")]
    assert code == 0  # warning is below fail-on: error
    code, out, err = run_cli("--select", "DJ9", "a.txt")
    assert code == 0
    code, out, err = run_cli("--select", "NOPE123", "a.txt")
    assert code == 2 and "NOPE123" in err


@pytest.mark.parametrize("body", ["", "# defaults\n", "\ufeff# 本单位的设置\r\n\r\n   # 以后再填\n", " \n#\n"])
def test_a_file_of_comments_reads_as_yaml_reads_it_without_yaml(tmp_path, body):
    """A placeholder configuration (blank lines and comments: it only stops the search for one)
    is the defaults, as YAML reads it, and the plain lint path does not import yaml for it."""
    import yaml

    assert yaml.safe_load(body) is None
    path = tmp_path / ".djlint.yaml"
    path.write_text(body, encoding="utf-8")
    cfg = load_config(str(path))
    assert cfg == config_from_dict({}, str(path))
    code = ("import sys; from djlint.config import load_config; load_config(sys.argv[1]); "
            "print('yaml' in sys.modules)")
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("body", ["select: [DJ2]\n", "# a comment\nignore: [DJ201]\n", "\t# a tab\n"])
def test_a_file_with_settings_or_odd_characters_still_goes_through_yaml(tmp_path, body):
    from djlint.config import _only_comments

    assert not _only_comments(body)
