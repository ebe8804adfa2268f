"""The real pre-commit framework, pointed at this checkout, on a throwaway drafts repository.

Slow (pre-commit builds a virtualenv and pip-installs djlint into it, once a session), but CI runs it."""
import os
import shutil
import subprocess
import sys

import pytest
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _git(*args, cwd, check=True, env=None):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=check, env=env)


def test_hook_file_selection_matches_what_djlint_reads():
    import regex
    from identify import identify

    from djlint.document import SUPPORTED

    hooks = yaml.safe_load(open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8"))
    assert {h["id"] for h in hooks} == {"djlint", "djlint-fix"}
    for hook in hooks:
        files = regex.compile(hook["files"])
        exclude = regex.compile(hook["exclude"])
        for ext in SUPPORTED:
            for name in (f"草稿{ext}", f"sub/草稿{ext.upper()}"):
                assert files.search(name) and not exclude.search(name), name
        for name in ("a.doc", "a.wps", "a.pdf", "a.py", "notes.docx.bak"):
            assert not files.search(name), name
        for name in ("~$草稿.docx", "sub/~$x.docx", "草稿.djlint.docx"):
            assert exclude.search(name), name
        # identify gives .docx no tag of its own: `types: [file]` is all it can require
        assert "file" in identify.tags_from_filename("a.docx") | {"file"}
        assert hook["types"] == ["file"]


@pytest.fixture(scope="session")
def precommit_env(tmp_path_factory):
    """The environment pre-commit runs in, one for the test session: a PRE_COMMIT_HOME that both
    tests share, so pre-commit clones this checkout and builds djlint's hook environment (a
    virtualenv and a pip install: most of these tests' time) once; pip's download cache from the
    machine; djlint's own cache (the hook's results, DJ421's index) in the session's folder, never
    the user's; a git identity."""
    env = dict(os.environ)
    user_cache = env.pop("DJLINT_TEST_USER_CACHE", None)
    if user_cache is not None and "PIP_CACHE_DIR" not in env:  # the machine's download cache
        env["PIP_CACHE_DIR"] = os.path.join(user_cache or os.path.join(os.path.expanduser("~"), ".cache"), "pip")
    env["PRE_COMMIT_HOME"] = str(tmp_path_factory.mktemp("pre-commit-home"))
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.com")
    return env


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("git"), reason="git is not installed")
def test_precommit_blocks_a_draft_with_placeholders(tmp_path, precommit_env):
    head = _git("rev-parse", "HEAD", cwd=ROOT, check=False)
    if head.returncode != 0:
        pytest.skip("this checkout is not a git repository")
    env = precommit_env
    repo = tmp_path / "drafts"
    repo.mkdir()
    _git("init", "-q", cwd=repo, env=env)
    config = {"repos": [{"repo": ROOT, "rev": head.stdout.strip(), "hooks": [{"id": "djlint"}]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    precommit = [sys.executable, "-m", "pre_commit"]
    subprocess.run([*precommit, "install"], cwd=repo, env=env, check=True, capture_output=True, timeout=120)
    _git("add", ".pre-commit-config.yaml", cwd=repo, env=env)
    _git("commit", "-q", "-m", "config", cwd=repo, env=env)

    (repo / "2024年度报告.txt").write_text("关于2024年度党建工作情况的报告\n\n全年召开会议x次，发展党员XX名。\n",
                                           encoding="utf-8")
    _git("add", ".", cwd=repo, env=env)
    blocked = subprocess.run(["git", "commit", "-m", "draft"], cwd=repo, env=env, capture_output=True, text=True,
                             timeout=900)
    out = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, out
    assert "DJ201" in out and "Failed" in out

    (repo / "2024年度报告.txt").write_text("关于2024年度党建工作情况的报告\n\n全年召开会议12次，发展党员5名。\n",
                                           encoding="utf-8")
    _git("add", ".", cwd=repo, env=env)
    passed = subprocess.run(["git", "commit", "-m", "draft"], cwd=repo, env=env, capture_output=True, text=True,
                            timeout=300)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout + passed.stderr


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("git"), reason="git is not installed")
def test_precommit_fix_hook_rewrites_and_then_passes(tmp_path, precommit_env):
    head = _git("rev-parse", "HEAD", cwd=ROOT, check=False)
    if head.returncode != 0:
        pytest.skip("this checkout is not a git repository")
    env = precommit_env
    repo = tmp_path / "drafts"
    repo.mkdir()
    _git("init", "-q", cwd=repo, env=env)
    config = {"repos": [{"repo": ROOT, "rev": head.stdout.strip(), "hooks": [{"id": "djlint-fix"}]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    draft = repo / "总结.txt"
    draft.write_text("全年召开会议12次,开展学习4次.\n", encoding="utf-8")
    _git("add", ".", cwd=repo, env=env)
    run = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    first = subprocess.run(run, cwd=repo, env=env, capture_output=True, text=True, timeout=900)
    assert first.returncode != 0  # files were modified: pre-commit reports it
    assert draft.read_text(encoding="utf-8") == "全年召开会议12次，开展学习4次。\n"
    _git("add", ".", cwd=repo, env=env)
    second = subprocess.run(run, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stdout + second.stderr
