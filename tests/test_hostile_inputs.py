"""Bad and hostile inputs end in one clear line, never a traceback."""
import os
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


# -- bombs by every name, and the parts that are never inflated (issue 33, item 1) -------------------

GB39 = 3_900_000_000  # declared in the directory only (forge_sizes): nothing writes or inflates it
MAIN_DAT = "word/document.dat"


def _bomb_by_name(tmp_path, name: str) -> str:
    """A small draft with one member ``name`` declaring 3.9 GB (its ratio gives it away)."""
    path = str(tmp_path / f"bomb-{name.replace('/', '_')}.docx")
    if name == MAIN_DAT:
        B.build(path, [B.p(B.r("会议x次"))], main_name=MAIN_DAT)
    elif name.startswith("word/media/"):
        B.with_media(path, ["会议x次"], b"\0" * 4096, name=name)
    else:
        B.build(path, [B.p(B.r("会议x次"))], extra_parts={name: b"\0" * 4096})
    return B.forge_sizes(path, {name: GB39})


BOMB_NAMES = [MAIN_DAT, "word/document.xml", "word/media/image1.png", "word/embeddings/oleObject1.bin",
              "word/fonts/font1.odttf", "customXml/item1.xml", "word/blob", "[trash]/0000.dat"]


@pytest.mark.parametrize("name", BOMB_NAMES)
@pytest.mark.parametrize("editable", [False, True], ids=["lint", "annotate"])
def test_a_bomb_by_every_name_is_refused_from_the_directory(tmp_path, name, editable):
    path = _bomb_by_name(tmp_path, name)
    with pytest.raises(ReadError) as e:
        read_path(path, editable=editable)
    assert "ZIP 炸弹" in str(e.value) and name in str(e.value) and str(e.value).startswith(path + ": ")


def test_a_real_bomb_named_as_an_image_is_refused_without_inflating(tmp_path):
    import resource

    path = str(tmp_path / "png-bomb.docx")
    B.with_media(path, ["会议x次"], b"", name="word/media/image1.png")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        B.write_inflating(zf, "word/media/image2.png", 96 * 1024 * 1024, fill=b"\0")  # ~96 KB on disk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for editable in (False, True):
        with pytest.raises(ReadError, match="image2.png.*ZIP 炸弹"):
            read_path(path, editable=editable)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 64 * 1024  # KiB: never inflated


def test_a_directory_of_too_many_members_is_refused_before_it_is_read(tmp_path, monkeypatch):
    """zipfile builds an object per member when it opens a zip: the count is read from the end
    record first (a 20 MB directory would be 400,000 objects)."""
    from djlint.document import guard

    path = str(tmp_path / "many.docx")
    B.build(path, [B.p(B.r("会议x次"))], extra_parts={f"x/{i}": b"" for i in range(guard.MAX_ENTRIES)})

    def never(*a, **k):
        raise AssertionError("the directory was read")

    monkeypatch.setattr(guard.zipfile, "ZipFile", never)
    with pytest.raises(ReadError, match="压缩包内文件过多"):
        read_path(path)


def test_a_main_part_that_is_not_xml_is_refused(tmp_path):
    path = B.build(str(tmp_path / "dat.docx"), [B.p(B.r("会议x次"))], main_name=MAIN_DAT)
    with pytest.raises(ReadError, match="document.dat 不是 .xml"):
        read_path(path)


def test_many_small_xml_parts_count_together(tmp_path):
    """Each part under the ratio check's floor, together a bomb: the XML's ratio is checked as a whole."""
    empty = b'<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' + b"<w:p/>" * 170_000
    parts = {f"word/header{i}.xml": empty + b"</w:hdr>" for i in range(12)}  # 12 x 1 MB of <w:p/>
    path = B.build(str(tmp_path / "headers.docx"), [B.p(B.r("会议x次"))], extra_parts=parts)
    with pytest.raises(ReadError, match="XML 部件解压后共 12 MB.*ZIP 炸弹"):
        read_path(path)


def test_the_tag_budget_bounds_a_small_file_of_empty_paragraphs(tmp_path, monkeypatch):
    """Tags cost memory (a paragraph object each), whatever the bytes: a 2 KB zip of 170,000
    empty paragraphs (under the ratio floor) is refused before it is parsed."""
    from djlint.document import guard

    monkeypatch.setattr(guard, "limits", guard.Limits(tags=150_000))
    path = B.build(str(tmp_path / "paras.docx"), ["<w:p/>" * 170_000])
    with pytest.raises(ReadError, match="超过 150,000 个 XML 标记"):
        read_path(path)
    with pytest.raises(ReadError, match="超过 150,000 个 XML 标记"):
        read_path(path, editable=True)
    ok = B.build(str(tmp_path / "ok.docx"), ["<w:p/>" * 1000, B.p(B.r("会议x次"))])
    assert read_path(ok).body[-1].text == "会议x次"


def _with_document(tmp_path, name, xml: bytes) -> str:
    return _rezip(_valid(tmp_path), str(tmp_path / name), lambda f: f.__setitem__("word/document.xml", xml))


def test_a_doctype_anywhere_in_a_part_is_refused(tmp_path):
    """Not only in the first 4 KB: a long comment first, then the DOCTYPE (and in UTF-16 too)."""
    decl = ('<!DOCTYPE w:document [<!ENTITY x "会议">]><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
    late = '<?xml version="1.0" encoding="UTF-8"?><!--' + "注" * 6000 + "-->" + decl
    utf16 = '<?xml version="1.0" encoding="UTF-16"?>' + decl
    for name, blob in (("late.docx", late.encode("utf-8")), ("u16.docx", b"\xff\xfe" + utf16.encode("utf-16-le"))):
        path = _with_document(tmp_path, name, blob)
        for editable in (False, True):
            with pytest.raises(ReadError, match="DOCTYPE") as e:
                read_path(path, editable=editable)
            assert "Entity" not in str(e.value)


def test_broken_xml_is_said_in_chinese(tmp_path):
    import re

    path = _with_document(tmp_path, "broken.docx", b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
                                                   b'wordprocessingml/2006/main"><w:body><w:p></w:body>')
    for editable in (False, True):
        with pytest.raises(ReadError) as e:
            read_path(path, editable=editable)
        reason = e.value.reason
        assert "XML 格式错误" in reason and not re.search(r"[A-Za-z]{4,}", reason.replace("XML", "")), reason


def _image_draft(tmp_path, size: int) -> tuple[str, bytes]:
    import random

    media = random.Random(7).randbytes(size)  # incompressible, as a photo is
    path = B.with_media(str(tmp_path / "photo.docx"), ["全年召开会议x次,开展学习。"], media)
    return path, media


@pytest.mark.parametrize("how", ["annotate", "fix"])
def test_media_are_copied_through_never_inflated(tmp_path, monkeypatch, how):
    """--annotate and --fix copy an image member as its stored bytes: zipfile never reads it, and
    the copy's member is the original's, compressed bytes, CRC and all."""
    from djlint.runner.lint import lint_document
    from djlint.writeback.apply import annotate_docx, fix_docx
    from djlint.writeback.zipcopy import raw_member

    path, media = _image_draft(tmp_path, 6 * 1024 * 1024)
    opened = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, mode="r", *a, **k):
        if mode == "r":
            info = name if isinstance(name, zipfile.ZipInfo) else self.NameToInfo.get(name)
            if info is not None and info.file_size:  # python-docx reading a stand-in reads 0 bytes
                opened.append(info.filename)
        return real_open(self, name, mode, *a, **k)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)  # ZipFile.read goes through open too
    doc = read_path(path, editable=True)
    diags = lint_document(doc)
    out = str(tmp_path / "out.docx")
    if how == "annotate":
        annotate_docx(doc, diags, out)
    else:
        assert fix_docx(doc, diags, False, True, out_path=out).fixed >= 1
    monkeypatch.undo()
    assert not [n for n in opened if n.startswith("word/media/")], opened
    data_in, data_out = open(path, "rb").read(), open(out, "rb").read()
    with zipfile.ZipFile(path) as a, zipfile.ZipFile(out) as b:
        old, new = a.getinfo("word/media/image1.png"), b.getinfo("word/media/image1.png")
        assert (new.CRC, new.compress_size, new.file_size) == (old.CRC, old.compress_size, old.file_size)
        assert raw_member(data_out, new) == raw_member(data_in, old)
        assert b.read("word/media/image1.png") == media and b.testzip() is None
    import docx

    document = docx.Document(out)
    assert any(p.partname == "/word/media/image1.png" for p in document.part.package.parts)


def test_the_command_line_refuses_every_bomb_quickly(tmp_path, run_cli, monkeypatch):
    """One error line naming each file, exit 2, and the good draft beside them still linted."""
    monkeypatch.chdir(tmp_path)
    d = tmp_path / "drafts"
    d.mkdir()
    bombs = [_bomb_by_name(d, name) for name in BOMB_NAMES]
    (d / "good.txt").write_text("全年召开会议x次。\n", encoding="utf-8")
    code, out, err = run_cli("--format", "concise", "--no-color", "drafts")
    assert code == 2 and "good.txt:1:7: DJ201" in out and "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("djlint: ")]
    for path in bombs:
        assert sum(f"{os.path.basename(path)}: " in line and "ZIP 炸弹" in line for line in lines) == 1, (path, err)
    for name in ("--annotate", "--fix"):
        code, out, err = run_cli(name, "--no-color", bombs[0])
        assert code == 2 and "ZIP 炸弹" in err and "Traceback" not in err
