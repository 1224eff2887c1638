"""TimeML XML: EVENT and TIMEX3 elements for each event, a TLINK tying them."""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from ..models import Event

__all__ = ["timeline_to_timeml"]


def timeline_to_timeml(events: Sequence[Event]) -> str:
    """A ``<TimeML>`` document listing each event, its time and their link."""
    root = ET.Element("TimeML")
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
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
