"""session._echo writes a text the stream can encode in one write (no test encoding first) and replaces
what it cannot encode, as before: on a GBK console, a POSIX locale's surrogateescape stream (lone
surrogates replaced, not let through), a stream with its own error handler, a StringIO."""
from __future__ import annotations

import io
import sys

import pytest

from djlint import session


def _old_echo(stream, text: str, nl: bool = True) -> None:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        text = text.encode(encoding, errors="replace").decode(encoding, errors="replace")
    stream.write(text + ("\n" if nl else ""))
    stream.flush()


def _streams():
    for encoding in ("utf-8", "gbk", "ascii"):
        for errors in ("strict", "surrogateescape", "backslashreplace", "replace"):
            yield lambda e=encoding, r=errors: io.TextIOWrapper(io.BytesIO(), encoding=e, errors=r, newline="")


TEXTS = ["报告第3页：发现 2 个问题", "含有不能显示的字符 • 和 \u2022 及 😀", "", "ascii only\nline two", "孤立代理\ud800字", "文件名\udc80\udcff（解不开的字节）"]


@pytest.mark.parametrize("err", [False, True])
@pytest.mark.parametrize("nl", [True, False])
def test_echo_writes_what_it_wrote_before(monkeypatch, err, nl):
    for make in _streams():
        for text in TEXTS:
            for before in ("", "before\n"):
                new, old = make(), make()
                new.write(before)
                old.write(before)
                monkeypatch.setattr(sys, "stderr" if err else "stdout", new)
                session._echo(text, err=err, nl=nl)
                _old_echo(old, text, nl)
                assert new.buffer.getvalue() == old.buffer.getvalue(), (new.encoding, new.errors, text)
                assert new.errors == old.errors  # a stream made strict for a write is given its own handler back


def test_a_stringio_is_written_as_before(monkeypatch):
    for text in TEXTS:
        new, old = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdout", new)
        session._echo(text)
        _old_echo(old, text)
        assert new.getvalue() == old.getvalue()
