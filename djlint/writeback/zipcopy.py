"""Putting a package's never-inflated members back, as the stored bytes they were.

The writers edit a light copy of the .docx (:func:`djlint.document.guard.light_copy`: images,
fonts and embedded files are empty stand-ins), so python-docx saves empty members in their place.
:func:`put_back` writes the final zip from two sources without decompressing anything: each
member python-docx wrote, and for each stand-in the original member's compressed bytes, header
fields (CRC, sizes, method) and all.  A 400 MB image costs its compressed bytes once, never its
inflated size.

zipfile has no way to write a member's raw bytes, so the zip is written here: local headers,
the central directory and its end record (APPNOTE 4.3; no ZIP64: the guard refuses packages
that would need it).
"""
from __future__ import annotations

import io
import struct
import zipfile

_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_LIMIT = 0xFFFFFFFF


class Member:
    __slots__ = ("name", "info", "raw")

    def __init__(self, name: str, info: zipfile.ZipInfo, raw: bytes):
        self.name, self.info, self.raw = name, info, raw


def raw_member(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes as stored in ``data`` (compressed, never inflated)."""
    offset = info.header_offset
    head = data[offset:offset + _LOCAL.size]
    if len(head) < _LOCAL.size or head[:4] != b"PK\x03\x04":
        raise ValueError(f"bad local header for {info.filename}")
    name_len, extra_len = struct.unpack("<2H", head[26:30])
    start = offset + _LOCAL.size + name_len + extra_len
    raw = data[start:start + info.compress_size]
    if len(raw) != info.compress_size:
        raise ValueError(f"truncated member {info.filename}")
    return raw


def _dos(date_time) -> tuple[int, int]:
    y, mo, d, h, mi, s = date_time
    if y < 1980:
        y, mo, d, h, mi, s = 1980, 1, 1, 0, 0, 0
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def write_zip(members: list[Member]) -> bytes:
    """A zip of members given as raw (already compressed) bytes with their ZipInfo fields."""
    out = io.BytesIO()
    central = []
    if len(members) >= 0xFFFF:
        raise ValueError("too many members for a zip without ZIP64")
    for m in members:
        info = m.info
        try:
            name = m.name.encode("ascii")
            flags = info.flag_bits & ~0x800
        except UnicodeEncodeError:
            name = m.name.encode("utf-8")
            flags = info.flag_bits | 0x800
        flags &= 0x806  # deflate options and the UTF-8 flag; sizes are in the header (no data descriptor)
        offset = out.tell()
        if max(offset, len(m.raw), info.file_size) >= _LIMIT:
            raise ValueError("member too large for a zip without ZIP64")
        dostime, dosdate = _dos(info.date_time)
        out.write(_LOCAL.pack(b"PK\x03\x04", 20, flags, info.compress_type, dostime, dosdate,
                              info.CRC, len(m.raw), info.file_size, len(name), 0))
        out.write(name)
        out.write(m.raw)
        central.append(_CENTRAL.pack(b"PK\x01\x02", 20 | (3 << 8 if info.create_system == 3 else 0), 20, flags,
                                     info.compress_type, dostime, dosdate, info.CRC, len(m.raw), info.file_size,
                                     len(name), 0, 0, 0, 0, info.external_attr & _LIMIT, offset) + name)
    start = out.tell()
    for entry in central:
        out.write(entry)
    size = out.tell() - start
    if start >= _LIMIT:
        raise ValueError("zip too large without ZIP64")
    out.write(_END.pack(b"PK\x05\x06", 0, 0, len(members), len(members), size, start, 0))
    return out.getvalue()


def put_back(saved: bytes, light) -> bytes:
    """``saved`` (python-docx's output of a light copy) with every stand-in replaced by the
    original member from ``light.data``, copied as stored bytes."""
    with zipfile.ZipFile(io.BytesIO(saved)) as new, zipfile.ZipFile(io.BytesIO(light.data)) as old:
        originals = {info.filename: info for info in old.infolist()}
        members = []
        for info in new.infolist():
            source = originals.get(info.filename) if info.filename in light.opaque and info.file_size == 0 else None
            if source is not None:
                members.append(Member(info.filename, source, raw_member(light.data, source)))
            else:
                members.append(Member(info.filename, info, raw_member(saved, info)))
    return write_zip(members)
