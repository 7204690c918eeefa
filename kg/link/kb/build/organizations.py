"""Organizations from rigour's territories data (international bodies)."""

from __future__ import annotations

from pathlib import Path

from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.helpers import untagged_arabic
from kg.link.kb.build.readers import _read_yaml
from kg.link.kb.build.sources import COUNTRYNAMES, RIGOUR


def _organizations(src: Path, summary: Summary) -> list[EntryDraft]:
    """International organisations that a source gives with a QID and an Arabic name.

    Only the United Nations qualifies: rigour's `un.yml` (Q1065, with الأمم المتحدة) and
    countrynames' `UN` list. The EU (rigour Q458) has no Arabic name in any source.
    """
    out = []
    path = src / RIGOUR / "territories" / "un.yml"
    names = _read_yaml(src / COUNTRYNAMES / "data.yaml")
    if path.exists():
        data = _read_yaml(path)
        d = EntryDraft(id="org:UN", kind="Organization", qid=str(data["qid"]))
        d.add_label_en(data.get("name"))
        d.ref(RIGOUR, "territories/un.yml", "qid,name", "qid,name")
        for name in (data.get("names_strong") or []) + (data.get("names_weak") or []):
            ok = untagged_arabic(str(name))
            if ok and d.add_label_ar(ok):
                d.ref(RIGOUR, "territories/un.yml", "names", "names", ok)
        for name in names.get("UN") or ():
            ok = untagged_arabic(str(name))
            if ok:
                d.add_label_ar(ok)
                d.ref(COUNTRYNAMES, "data.yaml", "UN", "names", ok)
        if d.labels_ar:
            out.append(d)
    summary.notes.append("Organizations: only the UN has a QID and an Arabic name in kb-sources; "
                         "the others come from the curated files.")
    return out
