"""Writing back into a .docx: Word comments (批注) on findings, safe fixes as tracked changes.

Both work on the python-docx document the reader opened (``doc.meta["docx"]``), through the
paragraph's character map (``Paragraph.pieces``): a span of paragraph text becomes whole runs
by splitting runs at its two ends.  Splits keep the run's formatting (``w:rPr`` is copied) and
move the *prefix* into a new run, so splitting from right to left keeps every earlier offset
valid.
"""
from __future__ import annotations

import copy
import datetime as _dt
import io

from lxml import etree

from ..document.wordml import XML_SPACE, W, q

AUTHOR = "djlint"
INITIALS = "DJ"
#: containers in which a run may be wrapped in w:del / preceded by w:ins
_RUN_CONTAINERS = {f"{{{W}}}p", f"{{{W}}}hyperlink", f"{{{W}}}smartTag", f"{{{W}}}sdtContent", f"{{{W}}}customXml"}


class WriteError(Exception):
    """A span that cannot be turned into runs (inside a field, a deleted range…)."""


def _run_of(node):
    r = node.getparent()
    while r is not None and r.tag != q("r"):
        r = r.getparent()
    if r is None:
        raise WriteError("not inside a run")
    return r


def _child_of_run(node, run):
    while node.getparent() is not run:
        node = node.getparent()
    return node


def _split_before(child, run) -> None:
    """Make a run boundary right before ``child`` (a direct child of ``run``): the prefix
    moves into a new run, with a copy of the formatting, inserted before."""
    contents = [c for c in run if c.tag != q("rPr")]
    if not contents or contents[0] is child:
        return
    left = etree.Element(q("r"))
    for k, v in run.attrib.items():
        left.set(k, v)
    rpr = run.find(q("rPr"))
    if rpr is not None:
        left.append(copy.deepcopy(rpr))
    for c in contents:
        if c is child:
            break
        left.append(c)  # moves it
    run.addprevious(left)


def _piece_at(pieces, k):
    return next((pc for pc in pieces if pc.start <= k < pc.end), None)


def boundary(paragraph, k: int):
    """Split runs so that a run boundary lies before character ``k`` of the paragraph text.

    Returns (left_run, right_run): the runs holding characters k-1 and k (None past either
    end of the text, or inside an automatic numbering label)."""
    pieces = [pc for pc in paragraph.pieces if pc.kind != "label"]
    right = None
    piece = _piece_at(pieces, k)
    if piece is not None:
        node = piece.node
        run = _run_of(node)
        if piece.kind == "text":
            off = piece.offset + (k - piece.start)
            if off > 0:
                text = node.text or ""
                tail = etree.Element(node.tag)
                tail.text = text[off:]
                tail.set(XML_SPACE, "preserve")
                node.text = text[:off]
                node.set(XML_SPACE, "preserve")
                node.addnext(tail)
                node = tail
        _split_before(_child_of_run(node, run), run)
        right = run
    before = _piece_at(pieces, k - 1) if k > 0 else None
    left = _run_of(before.node) if before is not None else None
    return left, right


def split_at(paragraph, positions) -> dict:
    """Run boundaries at every position, right to left: {k: (left_run, right_run)}.

    Splitting only ever moves a prefix into a new run, so a boundary recorded at a larger
    position stays true while smaller ones are made."""
    out = {}
    for k in sorted(set(positions), reverse=True):
        out[k] = boundary(paragraph, k)
    return out


def span_runs(bounds: dict, start: int, end: int):
    first = bounds[start][1]
    last = bounds[end][0]
    if first is None or last is None:
        raise WriteError("span outside the text")
    return first, last


def paragraph_runs(paragraph):
    p = paragraph.element
    runs = [r for r in p.iter(q("r")) if _text_run(r)]
    return runs


def _text_run(r) -> bool:
    anc = r.getparent()
    while anc is not None and anc.tag != q("p"):
        if anc.tag in (q("del"), q("moveFrom")):
            return False
        anc = anc.getparent()
    return True


# ---------------------------------------------------------------------------------------
# Comments


def remove_own_comments(document) -> int:
    """Remove comments an earlier run of djlint wrote, so annotating twice does not stack them."""
    try:
        comments = list(document.comments)
    except Exception:
        return 0
    ids = {str(c.comment_id) for c in comments if (c.author or "") == AUTHOR}
    if not ids:
        return 0
    body = document.element
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for el in list(body.iter(q(tag))):
            if el.get(q("id")) in ids:
                el.getparent().remove(el)
    for ref in list(body.iter(q("commentReference"))):
        if ref.get(q("id")) in ids:
            run = ref.getparent()
            if run is not None and run.tag == q("r") and len([c for c in run if c.tag != q("rPr")]) == 1:
                run.getparent().remove(run)
            else:
                ref.getparent().remove(ref)
    part = document.part._comments_part
    root = part.element
    for c in list(root):
        if c.get(q("id")) in ids:
            root.remove(c)
    return len(ids)


def add_comments(document, paragraph, items) -> int:
    """Anchor comments on exactly their spans of ``paragraph``: items are (start, end, text);
    an empty span anchors on the whole paragraph.  Returns how many were added."""
    from docx.text.run import Run

    n = len(paragraph.text)
    spans = [(max(0, min(s, n)), max(0, min(e, n)), t) for s, e, t in items]
    bounds = split_at(paragraph, [k for s, e, _ in spans if e > s for k in (s, e)])
    added = 0
    for s, e, text in spans:
        if e > s:
            first, last = span_runs(bounds, s, e)
        else:
            runs = paragraph_runs(paragraph)
            if not runs:
                runs = [etree.SubElement(paragraph.element, q("r"))]
            first, last = runs[0], runs[-1]
        document.add_comment([Run(first, None), Run(last, None)], text=text, author=AUTHOR, initials=INITIALS)
        added += 1
    return added


# ---------------------------------------------------------------------------------------
# Tracked changes


class Revisions:
    """Hands out w:id values above every id already in the document, and one date per run."""

    def __init__(self, document):
        ids = [0]
        #: runs between a complex field's begin and end (its code and its cached result: Word
        #: writes the result again when the field is updated, so a tracked change there is lost or
        #: garbled); w:fldSimple results are told by their container
        self.in_field: set = set()
        fld_char, r_tag, depth = q("fldChar"), q("r"), 0
        for el in document.element.iter():
            tag = el.tag
            if tag == r_tag:
                if depth:
                    self.in_field.add(el)
            elif tag == fld_char:
                kind = el.get(q("fldCharType"))
                if kind == "begin":
                    depth += 1
                elif kind == "end" and depth:
                    depth -= 1
            v = el.get(q("id"))
            if v is not None and v.lstrip("-").isdigit():
                ids.append(int(v))
        self.next_id = max(ids) + 1
        self.date = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")

    def mark(self, tag: str):
        el = etree.Element(q(tag))
        el.set(q("id"), str(self.next_id))
        el.set(q("author"), AUTHOR)
        el.set(q("date"), self.date)
        self.next_id += 1
        return el


def _span_is_plain_text(paragraph, start: int, end: int, in_field=frozenset()) -> bool:
    for pc in paragraph.pieces:
        if pc.start < end and start < pc.end:
            if pc.kind != "text":
                return False
            run = _run_of(pc.node)
            if run.getparent() is None or run.getparent().tag not in _RUN_CONTAINERS or run in in_field \
                    or _locked(run):
                return False
    return True


_LOCKED = ("contentLocked", "sdtContentLocked")


def in_own_revision(paragraph, fixes) -> set:
    """The ids of the payloads of ``fixes`` (start, end, replacement, payload) whose span touches text
    djlint inserted on an earlier --fix and nobody accepted yet (3 of ３千 → 3千 → 3000)."""
    own = set()
    for pc in paragraph.pieces:
        ins = next(iter(pc.node.iterancestors(q("ins"))), None) if pc.kind == "text" else None
        if ins is not None and ins.get(q("author")) == AUTHOR:
            own.update(id(f[3]) for f in fixes if pc.start < max(f[1], f[0] + 1) and f[0] < pc.end)
    return own


def _locked(run) -> bool:
    """Inside a content control whose content is locked (a template's 单位名称、发文字号 fields): Word
    lets nobody edit there, so a tracked change could be neither accepted nor rejected; or one that
    shows its placeholder (单击或点击此处输入文字。): the prompt is to be replaced, not corrected."""
    for anc in run.iterancestors(q("sdt")):
        pr = anc.find(q("sdtPr"))
        if pr is None:
            continue
        lock = pr.find(q("lock"))
        if (lock is not None and lock.get(q("val")) in _LOCKED) or pr.find(q("showingPlcHdr")) is not None:
            return True
    return False


def _opens_block_control(p) -> bool:
    """The first paragraph of a block-level content control (w:sdt around paragraphs, as WPS and
    templates write them): LibreOffice 7.4 drops the tracked deletions there when it opens the file
    and shows the old and the new text side by side (学习,，研讨), with nothing to reject."""
    parent = p.getparent() if p is not None else None
    if parent is None or parent.tag != q("sdtContent"):
        return False
    return next(parent.iterchildren(q("p")), None) is p


def _ins_run(template_run, text: str):
    r = etree.Element(q("r"))
    if template_run is not None:
        rpr = template_run.find(q("rPr"))
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
    t = etree.SubElement(r, q("t"))
    t.text = text
    t.set(XML_SPACE, "preserve")
    return r


#: zero-width marks Word leaves between the runs of a text: a 批注's range edges, bookmarks (_GoBack, the last
#: edit, is in nearly every saved file), proofing marks, permissions
_MARKS = frozenset(q(t) for t in ("commentRangeStart", "commentRangeEnd", "bookmarkStart", "bookmarkEnd",
                                   "proofErr", "permStart", "permEnd"))


def _stays(node) -> bool:
    """A mark inside a fix's span that stays where it is, between the deleted pieces: one of _MARKS, or the
    run holding a 批注's reference (deleting it would delete the reviewer's comment on accepting)."""
    return node.tag in _MARKS or (node.tag == q("r") and node.find(q("t")) is None
                                  and node.find(q("commentReference")) is not None)


def _track_deletion(nodes, revisions: Revisions):
    """The runs of ``nodes`` as tracked deletions, one w:del for each stretch between marks; the last
    w:del, or None (nothing written) when anything else than text runs and marks is among them."""
    stretches, current = [], []
    for node in nodes:
        if _stays(node):
            stretches, current = stretches + [current] * bool(current), []
        elif node.tag == q("r") and node.find(q("commentReference")) is None:
            current.append(node)
        else:
            return None
    dele = None
    for runs in stretches + [current] * bool(current):
        dele = revisions.mark("del")
        runs[0].addprevious(dele)
        for r in runs:
            for t in r.iter(q("t")):
                t.tag = q("delText")
            dele.append(r)
    return dele


def tracked_replace_all(paragraph, fixes, revisions: Revisions) -> list:
    """Apply non-overlapping fixes (start, end, replacement, payload) as tracked changes.

    Returns the payloads of the fixes applied; a fix whose span is not plain text in one
    container (a field, a hyperlink edge, someone else's tracked insertion) is left out."""
    if _opens_block_control(paragraph.element):
        return []
    ok = [f for f in fixes if _span_is_plain_text(paragraph, f[0], max(f[1], f[0] + 1), revisions.in_field)]
    bounds = split_at(paragraph, [k for f in ok for k in (f[0], f[1])])
    done = []
    for start, end, replacement, payload in sorted(ok, key=lambda f: -f[0]):
        if end > start:
            first, last = span_runs(bounds, start, end)
            parent = first.getparent()
            if parent is not last.getparent():
                continue
            siblings = list(parent)
            dele = _track_deletion(siblings[siblings.index(first):siblings.index(last) + 1], revisions)
            if dele is None:
                continue
            if replacement:
                ins = revisions.mark("ins")
                ins.append(_ins_run(first, replacement))
                dele.addnext(ins)
        else:
            if not replacement:
                continue
            left, right = bounds[start]
            ins = revisions.mark("ins")
            if right is not None:
                ins.append(_ins_run(right, replacement))
                right.addprevious(ins)
            elif left is not None:
                ins.append(_ins_run(left, replacement))
                left.addnext(ins)
            else:
                continue
        done.append(payload)
    return done


def save_bytes(document) -> bytes:
    """The saved package; members the reader never inflated (``djlint_light``: images, fonts,
    embedded files) are copied back from the original as stored bytes."""
    out = io.BytesIO()
    document.save(out)
    light = getattr(document, "djlint_light", None)
    if light is None or not light.opaque:
        return out.getvalue()
    from .zipcopy import put_back

    return put_back(out.getvalue(), light)
