"""The optional extras (``web``, ``archive``, ``xlsx``): whether one is there, and the command
that installs it *where this djlint came from*.

A clone installed with ``pip install .`` cannot get an extra by the distribution's name until
it is published on an index (pip finds no ``dangjian-lint`` there), so the hint follows the
install: pip records where a package came from in ``direct_url.json`` (PEP 610):

- a folder (``pip install .`` or ``-e .``): ``pip install '.[web]'`` from that folder (its
  path from anywhere else; ``-e`` kept for an editable install);
- a wheel or sdist file: that file with the extra, while it is still there;
- a Git URL: ``'dangjian-lint[web] @ git+…'``;
- no record (installed from an index): ``pip install 'dangjian-lint[web]'``.

The pip is the one beside the Python running djlint (``.venv/bin/pip`` when that venv is not
the first on PATH), so the command installs into the environment djlint runs in.
"""
from __future__ import annotations

import os
import sys

DIST = "dangjian-lint"

#: the modules each extra brings, as djlint imports them
EXTRAS = {
    "web": ("flask", "waitress", "openpyxl"),
    "archive": ("distributed", "pyarrow"),
    "xlsx": ("openpyxl",),
}

#: what the extra is for, in the sentence 「{what}需要另外安装：…」
PURPOSE = {"web": "网页功能", "archive": "档案审计", "xlsx": "汇总表（.xlsx）"}


class ExtraMissing(Exception):
    """An optional extra is not installed; the message names the install command."""


def origin(dist=None) -> tuple:
    """Where the installed djlint came from: ``("dir", path, editable)``, ``("file", path)``,
    ``("vcs", url)`` or ``("index",)``."""
    import json
    from importlib import metadata

    if dist is None:
        # the first record that says where it came from: a checkout on sys.path (pytest, python -m
        # djlint in the clone) shows its own egg-info first, which records nothing
        found = [d for d in metadata.distributions(name=DIST)]
        told = [d for d in found if d.read_text("direct_url.json")]
        if told:
            dist = told[0]
        else:
            tree = _source_tree()
            return tree if tree[0] == "dir" or not found else ("index",)
    try:
        text = dist.read_text("direct_url.json")
        info = json.loads(text) if text else None
    except (OSError, ValueError):
        info = None
    if not isinstance(info, dict) or not isinstance(info.get("url"), str):
        return ("index",)
    url = info["url"]
    if "vcs_info" in info:
        vcs = info["vcs_info"].get("vcs", "git") if isinstance(info["vcs_info"], dict) else "git"
        return ("vcs", f"{vcs}+{url}")
    if not url.startswith("file:"):
        return ("index",)  # an archive downloaded from a URL: the index is the best guess
    path = _file_path(url)
    if "dir_info" in info:
        editable = bool(isinstance(info["dir_info"], dict) and info["dir_info"].get("editable"))
        return ("dir", path, editable)
    return ("file", path) if os.path.exists(path) else ("index",)


def _file_path(url: str) -> str:
    from urllib.parse import unquote, urlsplit
    from urllib.request import url2pathname

    parts = urlsplit(url)
    return url2pathname(unquote(parts.path)) if not parts.netloc else url2pathname(unquote(f"//{parts.netloc}{parts.path}"))


def _source_tree() -> tuple:
    """Not installed at all (run from a checkout with PYTHONPATH): the checkout, if this is one."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return ("dir", root, False) if os.path.isfile(os.path.join(root, "pyproject.toml")) else ("index",)


def _quote(arg: str) -> str:
    if os.name == "nt":
        return f'"{arg}"' if any(c in arg for c in " &()[]") else arg
    return "'" + arg.replace("'", "'\\''") + "'"


def _shown_path(path: str) -> str:
    """``.`` for the current folder, a relative path below it, else the absolute path."""
    here = os.getcwd()
    try:
        if os.path.samefile(path, here):
            return "."
        rel = os.path.relpath(path, here)
    except (OSError, ValueError):
        return path
    at_root = os.path.dirname(here) == here  # from / a relative path only looks like a typo
    return path if rel.startswith("..") or at_root else rel


def pip_command() -> str:
    """The pip of the environment djlint runs in, as the user can type it."""
    import shutil

    folder = os.path.dirname(sys.executable)
    name = "pip.exe" if os.name == "nt" else "pip"
    mine = os.path.join(folder, name)
    found = shutil.which("pip")
    try:
        if found and os.path.exists(mine) and os.path.samefile(found, mine):
            return "pip"
    except OSError:
        pass
    if os.path.exists(mine):
        shown = _shown_path(mine)
        return shown if os.sep in shown else os.path.join(".", shown)
    return f"{_quote(sys.executable)} -m pip"


def _as_path(path: str) -> str:
    """A local path pip reads as one: pip takes ``clone[web]`` for a project named clone on the
    index (it reads an argument as a path only when it holds a separator or starts with a dot),
    so a bare name below the current folder gets ``./``."""
    return path if os.sep in path or (os.altsep and os.altsep in path) or path.startswith(".") \
        else os.path.join(os.curdir, path)


def install_command(extra: str, where: tuple | None = None) -> str:
    """``pip install '.[web]'`` or whatever installs ``extra`` here."""
    where = where or origin()
    pip = pip_command()
    if where[0] == "dir":
        path = _as_path(_shown_path(where[1]))
        return f"{pip} install {'-e ' if where[2] else ''}{_quote(f'{path}[{extra}]')}"
    if where[0] == "file":
        return f"{pip} install {_quote(f'{_as_path(_shown_path(where[1]))}[{extra}]')}"
    if where[0] == "vcs":
        return f"{pip} install {_quote(f'{DIST}[{extra}] @ {where[1]}')}"
    return f"{pip} install {_quote(f'{DIST}[{extra}]')}"


def hint(extra: str) -> str:
    """「网页功能需要另外安装：pip install '.[web]'」"""
    return f"{PURPOSE[extra]}需要另外安装：{install_command(extra)}"


def require(extra: str, modules: tuple | None = None) -> None:
    """Import the extra's modules (or the given ones of it); raise :class:`ExtraMissing` with the
    install command when one is missing or broken."""
    import importlib

    for name in modules or EXTRAS[extra]:
        try:
            importlib.import_module(name)
        except ImportError:
            raise ExtraMissing(hint(extra)) from None
