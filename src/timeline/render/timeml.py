"""TimeML XML: EVENT and TIMEX3 elements for each event, a TLINK tying them.

XML 1.0 cannot carry the C0 controls other than tab and line ends, nor U+FFFE and U+FFFF,
even as character references: each such character of a text is written as U+FFFD, one for
one, so the output always parses and the text keeps its length and offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.etree import ElementTree as ET

from ..models import Document, Event

__all__ = ["document_timeml", "timeline_to_timeml"]

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(out: str) -> str:
    return _NOT_XML.sub("\ufffd", out)  # ElementTree writes these raw: the XML would break


def timeline_to_timeml(events: Sequence[Event], document: Document | None = None) -> str:
    """A ``<TimeML>`` document listing each event, its time and their link; with the
    ``document`` the events come from, first its DOCID, DCT and text with every time it found
    marked inline (ids ``tx1`` …), so that a timeline without events still carries them."""
    root = ET.Element("TimeML")
    if document is not None:
        _head(root, document)
    for n, e in enumerate(events, 1):
        ev = ET.SubElement(root, "EVENT", {"eid": f"e{n}", "eventID": e.id,
                                           "class": "OCCURRENCE", "type": e.type.value})
        ev.text = e.trigger.text
        if e.modality == "planned":
            ev.set("tense", "FUTURE")
        if e.polarity == "negative":
            ev.set("polarity", "NEG")
        if e.time is None:
            continue
        tx = ET.SubElement(root, "TIMEX3", tid=f"t{n}", type=e.time.type.value,
                           value=e.time.value)
        if e.time.mod:
            tx.set("mod", e.time.mod)
        if e.time.quant:
            tx.set("quant", e.time.quant)
        ET.SubElement(root, "TLINK", lid=f"l{n}", eventInstanceID=f"e{n}",
                      relatedToTime=f"t{n}", relType="IS_INCLUDED")
    text = root.find("TEXT")
    inline = list(text) if text is not None else []
    tails = [t.tail for t in inline]
    ET.indent(root)
    if text is not None:  # indenting must not touch the text itself
        text.text = _first_text(document)
        for t, tail in zip(inline, tails, strict=True):
            t.tail = tail
        text.tail = "\n  " if list(root)[-1] is not text else "\n"
    return _xml(ET.tostring(root, encoding="unicode", xml_declaration=True))


def _first_text(doc: Document | None) -> str:
    if doc is None:
        return ""
    return doc.text[:doc.times[0].start] if doc.times else doc.text


def _head(root: ET.Element, doc: Document) -> None:
    """DOCID, DCT and TEXT with the document's times inline."""
    ET.SubElement(root, "DOCID").text = doc.id or ""
    if doc.dct is not None:
        dct = ET.SubElement(ET.SubElement(root, "DCT"), "TIMEX3", tid="t0", type="DATE",
                            value=f"{doc.dct:%Y-%m-%d}", functionInDocument="CREATION_TIME")
        dct.text = f"{doc.dct:%Y-%m-%d}"
    text = ET.SubElement(root, "TEXT")
    text.text = _first_text(doc)
    pos = 0
    last: ET.Element | None = None
    for n, m in enumerate(doc.times, 1):
        if m.start < pos:
            continue
        if last is not None:
            last.tail = doc.text[pos:m.start]
        attrs = {"tid": f"tx{n}", "type": m.time.type.value, "value": m.time.value}
        if m.time.mod:
            attrs["mod"] = m.time.mod
        last = ET.SubElement(text, "TIMEX3", attrs)
        last.text = m.text
        pos = m.end
    if last is not None:
        last.tail = doc.text[pos:]


def document_timeml(doc: Document, *, declaration: bool = True) -> str:
    """One document as TimeML: DOCID, the DCT as a creation-time TIMEX3, the text with every
    time it found and every event marked inline, then an instance and a TLINK per dated event.
    A document without events still carries its text, DCT and times."""
    root = ET.Element("TimeML")
    ET.SubElement(root, "DOCID").text = doc.id or ""
    if doc.dct is not None:
        dct = ET.SubElement(ET.SubElement(root, "DCT"), "TIMEX3", tid="t0", type="DATE",
                            value=f"{doc.dct:%Y-%m-%d}", functionInDocument="CREATION_TIME")
        dct.text = f"{doc.dct:%Y-%m-%d}"
    marks: list[tuple[int, int, str, dict[str, str]]] = []
    tids: dict[tuple[int, int], str] = {}
    for n, m in enumerate(doc.times, 1):
        attrs = {"tid": f"t{n}", "type": m.time.type.value, "value": m.time.value}
        if m.time.mod:
            attrs["mod"] = m.time.mod
        if m.time.quant:
            attrs["quant"] = m.time.quant
        marks.append((m.start, m.end, "TIMEX3", attrs))
        tids[(m.start, m.end)] = f"t{n}"
    for n, e in enumerate(doc.events, 1):
        marks.append((e.trigger.start, e.trigger.end, "EVENT",
                      {"eid": f"e{n}", "class": "OCCURRENCE", "type": e.type.value}))
    marks.sort(key=lambda m: (m[0], -m[1]))
    text = ET.SubElement(root, "TEXT")
    text.text, last, pos = "", None, 0
    shown: set[str] = set()
    for start, end, tag, attrs in marks:
        if start < pos:
            continue  # inline tags cannot overlap: the first of two overlapping spans shows
        piece = doc.text[pos:start]
        if last is None:
            text.text += piece
        else:
            last.tail = (last.tail or "") + piece
        last = ET.SubElement(text, tag, attrs)
        last.text = doc.text[start:end]
        shown.add(attrs.get("eid", attrs.get("tid", "")))
        pos = end
    rest = doc.text[pos:]
    if last is None:
        text.text += rest
    else:
        last.tail = (last.tail or "") + rest
    for n, e in enumerate(doc.events, 1):
        if f"e{n}" not in shown:
            continue
        inst = ET.SubElement(root, "MAKEINSTANCE", eiid=f"ei{n}", eventID=f"e{n}",
                             tense="FUTURE" if e.modality == "planned" else "NONE",
                             polarity="NEG" if e.polarity == "negative" else "POS")
        inst.set("eventId", e.id)
        if e.time is None:
            continue
        tid = next((tids[(m.start, m.end)] for m in doc.times
                    if m.time.value == e.time.value and e.evidence.start <= m.start
                    and m.end <= e.evidence.end and tids[(m.start, m.end)] in shown), None)
        if tid is not None:
            ET.SubElement(root, "TLINK", lid=f"l{n}", eventInstanceID=f"ei{n}",
                          relatedToTime=tid, relType="IS_INCLUDED")
    root.text = "\n"  # one top-level element a line; ET.indent would rewrite the TEXT
    for child in root:
        child.tail = "\n"
    return _xml(ET.tostring(root, encoding="unicode", xml_declaration=declaration))
