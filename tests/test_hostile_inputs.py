"""Bad and hostile inputs end in one clear line, never a traceback."""
import zipfile

import pytest

from djlint.document import read_path
from djlint.errors import ReadError
from fixtures import build_docx as B


def _valid(tmp_path):
    return B.from_lines(str(tmp_path / "ok.docx"), ["会议x次"])


def _rezip(src, dst, mutate):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        files = {i.filename: zin.read(i) for i in zin.infolist()}
        mutate(files)
        for name, data in files.items():
            zout.writestr(name, data)
    return dst


def _w(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


CASES = {
    "empty": (lambda t: _w(t / "e.docx", b""), "文件为空"),
    "text-renamed": (lambda t: _w(t / "t.docx", "只是文本"), "不是 .docx"),
    "ole-doc": (lambda t: _w(t / "o.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\0" * 512), "97-2003"),
    "encrypted": (lambda t: _w(t / "enc.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512), "加密"),
    "pdf": (lambda t: _w(t / "p.docx", b"%PDF-1.7\n"), "PDF"),
    "doc-extension": (lambda t: _w(t / "x.doc", b"anything"), "另存为 .docx"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_inputs(tmp_path, case):
    make, needle = CASES[case]
    path = make(tmp_path)
    with pytest.raises(ReadError) as e:
        read_path(str(path))
    assert needle in str(e.value) and str(path) in str(e.value) and "\n" not in str(e.value)


def test_truncated_zip(tmp_path):
    data = open(_valid(tmp_path), "rb").read()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError, match="损坏"):
        read_path(str(tmp_path / "cut.docx"))


def test_zip_without_document_xml(tmp_path):
    path = _rezip(_valid(tmp_path), str(tmp_path / "nodoc.docx"), lambda f: f.pop("word/document.xml"))
    with pytest.raises(ReadError, match="缺少主文档部件"):
        read_path(path)


def test_zip_bomb_is_refused_from_the_directory(tmp_path):
    path = str(tmp_path / "bomb.docx")

    def mutate(files):
        files["word/document.xml"] = b"<w:document>" + b" " * (300 * 1024 * 1024) + b"</w:document>"

    _rezip(_valid(tmp_path), path, mutate)
    import resource
    import time

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    with pytest.raises(ReadError, match="ZIP 炸弹"):
        read_path(path)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024  # KiB: never inflated
    del t


def test_billion_laughs_is_never_expanded(tmp_path):
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
           b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           b'<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>')
    path = _rezip(_valid(tmp_path), str(tmp_path / "lol.docx"), lambda f: f.__setitem__("word/document.xml", lol))
    with pytest.raises(ReadError, match="DOCTYPE"):
        read_path(path)


def test_deeply_nested_xml(tmp_path):
    nested = B.p(text="底")
    for _ in range(300):
        nested = B.tbl([[nested]])
    path = B.build(str(tmp_path / "deep.docx"), [nested])
    with pytest.raises(ReadError):
        read_path(path)


def test_missing_and_unreadable(tmp_path):
    with pytest.raises(ReadError, match="不存在"):
        read_path(str(tmp_path / "nope.txt"))
    import os

    p = tmp_path / "secret.txt"
    p.write_text("会议x次")
    os.chmod(p, 0)
    if os.access(p, os.R_OK):  # root reads anything
        pytest.skip("running as root: permission bits are not enforced")
    with pytest.raises(ReadError, match="权限"):
        read_path(str(p))


def test_large_single_line_text_is_linted(tmp_path):
    from djlint import lint_path

    line = ("全面从严治党向纵深发展，召开会议x次。" * 260_000)[: 5 * 1024 * 1024 // 3]
    (tmp_path / "big.txt").write_text(line, encoding="utf-8")
    diags = lint_path(tmp_path / "big.txt", {})
    assert len(diags) > 1000 and all(d.line == 1 for d in diags)


def test_symlink_loop_in_folder(tmp_path, run_cli, monkeypatch):
    import os

    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    os.symlink("..", tmp_path / "d" / "loop")
    (tmp_path / "d" / "a.txt").write_text("会议x次\n", encoding="utf-8")
    code, out, err = run_cli("--format", "concise", "d")
    assert code == 1 and out.count("DJ201") == 1


def test_folder_of_every_bad_input_plus_one_good_draft(tmp_path):
    """One run over all of the above: the good draft's findings, one error line per bad file,
    exit 2, bounded memory and time (measured in a child process, never asserted on speed)."""
    import os
    import random
    import subprocess
    import sys

    d = tmp_path / "drafts"
    d.mkdir()
    bad = []
    for name, (make, _needle) in sorted(CASES.items()):
        sub = tmp_path / f"mk-{name}"
        sub.mkdir()
        path = make(sub)
        target = d / path.name
        os.replace(path, target)
        bad.append(target)
    src = _valid(tmp_path)
    data = open(src, "rb").read()
    (d / "cut.docx").write_bytes(data[: len(data) // 2])
    bad.append(d / "cut.docx")
    bad.append(_rezip(src, str(d / "nodoc.docx"), lambda f: f.pop("word/document.xml")))
    # the bomb is streamed into the zip so this process never holds it (the child's peak RSS
    # starts from this process's, since it is forked from it)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(d / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != "word/document.xml":
                zout.writestr(info.filename, zin.read(info))
        with zout.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b"<w:document>")
            chunk = b" " * (1024 * 1024)
            for _ in range(300):
                fh.write(chunk)
            fh.write(b"</w:document>")
    bad.append(d / "bomb.docx")
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
           b'<w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>')
    bad.append(_rezip(src, str(d / "lol.docx"), lambda f: f.__setitem__("word/document.xml", lol)))
    nested = B.p(text="底")
    for _ in range(300):
        nested = B.tbl([[nested]])
    bad.append(B.build(str(d / "deep.docx"), [nested]))
    rnd = random.Random(3)
    (d / "noise.txt").write_bytes(bytes(rnd.randrange(256) for _ in range(4096)))
    bad.append(d / "noise.txt")
    (d / "good.txt").write_text("关于2024年度党建工作情况的报告\n\n全年召开会议x次。\n", encoding="utf-8")
    os.unlink(src)

    # a folder walk reads only .docx/.txt/.md; a .doc named on the command line is refused with a message
    legacy = tmp_path / "x.doc"
    os.replace(d / "x.doc", legacy)
    bad[bad.index(d / "x.doc")] = legacy
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    # the child reports its own high-water mark (VmHWM belongs to the exec'd process alone)
    wrapper = ("import atexit, sys\n"
               "def peak():\n"
               "    try:\n"
               "        hwm = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
               "    except OSError:\n"
               "        hwm = '0'\n"
               "    print('PEAK_KIB=' + hwm, file=sys.stderr)\n"
               "atexit.register(peak)\n"
               "from djlint.cli import main\n"
               "main()\n")
    proc = subprocess.run([sys.executable, "-c", wrapper, "-j", "1", "--format", "concise", "--no-color", str(d), str(legacy)],
                          capture_output=True, text=True, timeout=120, env=env)
    peak_kib = int(proc.stderr.split("PEAK_KIB=")[1].split()[0])
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    assert "good.txt:3:7: DJ201" in proc.stdout
    errors = [line for line in proc.stderr.splitlines() if line.startswith("djlint: ")]
    assert len(errors) == len(bad), proc.stderr
    for path in bad:
        assert sum(f"/{os.path.basename(str(path))}:" in line for line in errors) == 1, (path, proc.stderr)
    assert peak_kib < 300 * 1024, f"peak RSS {peak_kib // 1024} MB"
