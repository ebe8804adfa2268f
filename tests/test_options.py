"""Declared options: the lint command's one option table (click and the plain path built from
it) and the rules' declared ``rule-options`` (checked, documented, defaulted)."""
import subprocess
import sys

import pytest

from djlint import fastpath
from djlint.arguments import OPTIONS, LintArgs, choices_of
from djlint.engine import build_registry
from djlint.engine.rule import Option, Rule, validate_rule
from djlint.errors import ConfigError, RuleLoadError
from djlint.lint import lint_text

DRAFT = "一、工作情况\n全年召开党委会议12次。\n"


def _sample(opt):
    if opt.kind in ("flag", "switch"):
        return []
    choices = choices_of(opt)
    if choices:
        return [choices[-1]]
    if opt.type == "int":
        return [str(opt.range[0] + 3) if opt.range else "3"]
    return ["out.txt" if opt.type == "file" else "DJ2"]


def _click_params(argv):
    from djlint.cli import main

    lint = main.get_command(None, "lint")
    return lint.make_context("lint", list(argv)).params


@pytest.mark.parametrize("opt", OPTIONS, ids=[o.dest for o in OPTIONS])
def test_click_and_the_plain_path_read_every_option_alike(opt):
    for spelling in opt.flags:
        argv = [spelling, *_sample(opt), "draft.txt"]
        clicked = _click_params(argv)
        fast = fastpath.parse(argv)
        if not opt.fast:
            assert fast is None, f"{spelling} must go to click"
            continue
        assert fast is not None, f"the plain path must take {spelling}"
        assert fast[opt.dest] == clicked[opt.dest], spelling
        assert LintArgs(**fast).paths == tuple(clicked["paths"]) == ("draft.txt",)
    if opt.kind == "switch":
        long = opt.flags[0]
        assert fastpath.parse([f"--no-{long[2:]}", "d.txt"])[opt.dest] is False
        assert _click_params([f"--no-{long[2:]}", "d.txt"])[opt.dest] is False


def test_the_click_command_has_exactly_the_table_and_paths():
    from djlint.cli import main

    lint = main.get_command(None, "lint")
    names = {p.name for p in lint.params} - {"paths", "help"}
    assert names == {o.dest for o in OPTIONS}


def test_a_value_out_of_range_goes_to_click_for_its_usage_message():
    assert fastpath.parse(["--year", "25", "d.txt"]) is None
    assert fastpath.parse(["--format", "xml", "d.txt"]) is None
    assert fastpath.parse(["--year", "2024", "d.txt"])["year"] == 2024


def test_lint_args_take_defaults_and_refuse_unknown_names():
    args = LintArgs(paths=("a.txt",), fix=True)
    assert args.fmt == "text" and args.fix is True and args.jobs == 0 and args.color is None
    with pytest.raises(TypeError):
        LintArgs(paths=(), colour=True)


# -- rule options --------------------------------------------------------------------------

def _lint_with(options):
    return lint_text(DRAFT, {"select": ["DJ1"], "rule-options": options}, filename="d.txt")


@pytest.mark.parametrize("options, says", [
    ({"DJ804": {"sise": 12}}, "未知的选项 sise，是否想写 size？可用的选项：size"),
    ({"DJ804": {"colour": 12}}, "未知的选项 colour；可用的选项：size"),
    ({"DJ804": {"size": "12"}}, "DJ804.size 须为数字"),
    ({"DJ806": {"level-1": 3}}, "DJ806.level-1 须为字符串"),
    ({"DJ201": {"size": 12}}, "DJ201 没有可设置的选项"),
    ({"DJ999": {"size": 12}}, "DJ999 不是规则代码或代码前缀"),
    ({"body-size": {"size": 12}}, "规则 body-size 的代码是 DJ804"),
    ({"DJ8": [12]}, "DJ8 须为映射"),
])
def test_unknown_or_mistyped_rule_options_are_configuration_errors(options, says):
    with pytest.raises(ConfigError) as e:
        _lint_with(options)
    assert says in str(e.value)


def test_declared_options_are_accepted_under_the_code_or_a_prefix():
    assert isinstance(_lint_with({"DJ804": {"size": 12}, "DJ8": {"font-families": {"仿宋": ["华康仿宋W4"]}},
                                  "dj807": {"min": 26.5}}), list)


def test_the_console_script_exits_2_naming_the_key(tmp_path):
    (tmp_path / ".djlint.yaml").write_text("rule-options: {DJ804: {sise: 12}}\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(DRAFT, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "djlint", "--no-cache", "d.txt"], cwd=tmp_path,
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert "rule-options.DJ804 中未知的选项 sise" in r.stderr and "Traceback" not in r.stderr


def test_a_rule_reads_its_declared_default_and_the_configured_value():
    from djlint.engine.context import LintContext

    class Cfg:
        rule_options = {"DJ8": {"size": 12}}

    rule = build_registry().rules["DJ804"]
    assert rule.option(LintContext(None, None), "size") == 16
    assert rule.option(LintContext(None, Cfg()), "size") == 12
    with pytest.raises(KeyError):
        rule.option(LintContext(None, None), "colour")


def test_every_declared_option_is_shown_by_djlint_rule():
    from djlint.cli import render_rule

    declared = [r for r in build_registry().sorted() if r.options]
    assert declared, "the layout rules declare their numbers"
    for r in declared:
        text = render_rule(r)
        for o in r.options:
            assert f"- {o.name}（" in text, (r.code, o.name)


def test_a_bad_declaration_is_refused_when_the_rule_registers():
    class Bad(Rule):
        """一句话说明"""

        code, name, source = "ORG101", "bad-option", "本单位规定"
        options = (Option("size", "number", "大"),)

    with pytest.raises(RuleLoadError):
        validate_rule(Bad(), "plugin:test")


def test_usage_errors_point_to_the_help_the_readme_names():
    r = subprocess.run([sys.executable, "-m", "djlint", "--year", "25", "draft.txt"], capture_output=True, text=True)
    assert r.returncode == 2
    assert "djlint --help" in r.stderr and "djlint lint --help" not in r.stderr
