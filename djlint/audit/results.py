"""The results folder of an audit: parts written atomically, read back to resume.

``RESULTS/findings/part-000001.parquet`` — one row per finding: the ``--format json`` fields
(``fix`` as JSON text) plus ``content_hash``;
``RESULTS/files/part-000001.parquet`` — one row per file: path, content hash, counts by
severity and by category, the error of an unreadable file.

A batch is done when its files part exists: the files part is written last, so a findings part
without one (an audit killed between the two) is an orphan, removed before resuming.
JSON Lines (``.jsonl``) hold the same rows where Parquet is not wanted.
"""
from __future__ import annotations

import glob
import json
import os
import re

from ..diagnostic import CATEGORIES, SEVERITIES
from ..writeback.atomic import atomic_write

FINDING_FIELDS = ("path", "line", "column", "end_line", "end_column", "code", "rule", "category", "severity",
                  "message", "context", "part", "fix", "content_hash")
FILE_FIELDS = ("path", "content_hash", "findings", *SEVERITIES, *CATEGORIES.values(), "read_error", "batch")
_PART = re.compile(r"part-(\d+)\.(parquet|jsonl)$")


class Results:
    def __init__(self, folder: str, fmt: str = "parquet"):
        self.folder = folder
        self.fmt = fmt
        os.makedirs(os.path.join(folder, "findings"), exist_ok=True)
        os.makedirs(os.path.join(folder, "files"), exist_ok=True)

    def _parts(self, table: str) -> dict[int, str]:
        out = {}
        for path in glob.glob(os.path.join(self.folder, table, "part-*")):
            m = _PART.search(path)
            if m:
                out[int(m.group(1))] = path
        return out

    def remove_orphans(self) -> int:
        """Findings parts whose batch never finished (no files part): removed, redone."""
        done = self._parts("files")
        orphans = [p for n, p in self._parts("findings").items() if n not in done]
        for p in orphans:
            os.unlink(p)
        return len(orphans)

    def next_batch(self) -> int:
        return max(self._parts("files"), default=0) + 1

    def done(self) -> dict[str, tuple[str, int]]:
        """{resolved path: (content hash, batch)} of every file already audited (the latest batch
        wins).  Rows written by an older djlint under the path as SOURCE spelled it are resolved
        here too, so they are recognised rather than checked and written a second time."""
        out: dict[str, tuple[str, int]] = {}
        for n, path in sorted(self._parts("files").items()):
            for row in self._read(path, ("path", "content_hash")):
                out[identity(row["path"])] = (row["content_hash"], n)
        return out

    def write_batch(self, batch: int, findings: list[dict], files: list[dict]) -> None:
        self._write(os.path.join(self.folder, "findings", f"part-{batch:06d}"), findings, FINDING_FIELDS)
        self._write(os.path.join(self.folder, "files", f"part-{batch:06d}"), files, FILE_FIELDS)

    def drop_rows(self, stale: dict[str, int]) -> None:
        """Remove the rows of files redone since (a changed file): {path: batch of its old rows}."""
        by_batch: dict[int, set] = {}
        for path, batch in stale.items():
            by_batch.setdefault(batch, set()).add(path)
        for batch, paths in by_batch.items():
            for table, fields in (("findings", FINDING_FIELDS), ("files", FILE_FIELDS)):
                part = self._parts(table).get(batch)
                if part is None:
                    continue
                rows = [r for r in self._read(part, fields) if identity(r["path"]) not in paths]
                os.unlink(part)
                self._write(os.path.join(self.folder, table, f"part-{batch:06d}"), rows, fields)

    # -- formats ---------------------------------------------------------------------------
    def _write(self, stem: str, rows: list[dict], fields) -> None:
        if self.fmt == "jsonl":
            text = "".join(json.dumps({k: r.get(k) for k in fields}, ensure_ascii=False) + "\n" for r in rows)
            atomic_write(stem + ".jsonl", text.encode("utf-8"))
            return
        import io

        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist([{k: r.get(k) for k in fields} for r in rows], schema=_schema(fields))
        buf = io.BytesIO()
        pq.write_table(table, buf)
        atomic_write(stem + ".parquet", buf.getvalue())

    def _read(self, path: str, fields):
        if path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as fh:
                return [json.loads(line) for line in fh if line.strip()]
        import pyarrow.parquet as pq

        return pq.read_table(path, columns=list(fields)).to_pylist()

    def all_findings(self) -> list[dict]:
        rows = []
        for _n, path in sorted(self._parts("findings").items()):
            rows.extend(self._read(path, FINDING_FIELDS))
        return rows

    def all_files(self) -> list[dict]:
        rows = []
        for _n, path in sorted(self._parts("files").items()):
            rows.extend(self._read(path, FILE_FIELDS))
        return rows


    # -- the workbook (djlint audit --xlsx) -------------------------------------------------
    def workbook_findings(self):
        """Every finding in the ``--format json`` shape (``fix`` an object again)."""
        for row in self.all_findings():
            row = {k: row.get(k) for k in FINDING_FIELDS if k != "content_hash"}
            if isinstance(row.get("fix"), str):
                row["fix"] = json.loads(row["fix"])
            yield row

    def workbook_files(self) -> list[dict]:
        """``{"path", "error"}`` of every file audited (``error``: why it could not be read)."""
        return [{"path": r["path"], "error": r.get("read_error")} for r in self.all_files()]


def identity(path: str) -> str:
    """A file as the audit knows it: its resolved absolute path, so that ``档案/``, ``./档案``
    and ``/home/…/档案`` (or a symbolic link to it) name the same files and a second run skips them."""
    return os.path.realpath(path)


def _schema(fields):
    import pyarrow as pa

    ints = {"line", "column", "end_line", "end_column", "findings", "batch", *SEVERITIES, *CATEGORIES.values()}
    return pa.schema([(f, pa.int64() if f in ints else pa.string()) for f in fields])
