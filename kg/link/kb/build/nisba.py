"""Nisba adjectives (سعودي، مصرية …): from the nationality sources and from country names by rule."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from kg.link.kb.build.decisions import (
    _AGREEING,
    BROKEN_PLURALS,
    NISBA_ALSO_FROM_NAME,
    NISBA_EXCLUDED,
    NISBA_SOURCE_WRONG,
    NISBA_SUFFIXES,
)
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.helpers import _is_arabic_name, clean_ar, spelling_variants
from kg.link.kb.build.readers import _read_json, _read_yaml
from kg.link.kb.build.sources import COUNTRYNAMES, NATIONALITY
from kg.link.kb.model import Derived
from kg.link.normalize import match_key


def _fix_source_nisba(text: str) -> list[tuple[str, str | None]]:
    """Normalise one source nisba into masculine-singular bases, with the fix applied."""
    out: list[tuple[str, str | None]] = []
    text = clean_ar(text)
    parts = [p.strip() for p in text.split(" أو ")]
    if len(parts) == 1:
        words = text.split()
        if len(words) == 2 and words[1].startswith("و") and all(w.endswith(("ي", "ى")) for w in words):
            parts = [words[0], words[1][1:]]
    for part in parts:
        fixed, notes = part, []
        if fixed.endswith("ى"):
            fixed, notes = fixed[:-1] + "ي", notes + ["final ى→ي"]
        if fixed.startswith("ال") and len(fixed.split()) == 1:
            fixed, notes = fixed[2:], notes + ["article removed"]
        if fixed.endswith("ية") and len(fixed.split()) == 1:
            fixed, notes = fixed[:-1], notes + ["feminine → masculine"]
        if re.search(r"يي\b", fixed):
            fixed, notes = re.sub(r"يي\b", "ي", fixed), notes + ["final يي→ي"]
        if len(parts) > 1:
            notes.append("alternatives split")
        out.append((fixed, "; ".join(notes) or None))
    return out


def nisba_from_name(name: str) -> tuple[str, str] | None:
    """Masculine nisba from a one-word country name by the regular rule, with the rule name.

    روسيا → روسي (-يا → -ي), فرنسا → فرنسي (-ا → -ي), السعودية → سعودي (-ية → -ي),
    البوسنة → بوسني (-ة → -ي), إيران → إيراني (+ي). Names ending in ي/و/ى are left out:
    their nisba is irregular.
    """
    word = clean_ar(name)
    if " " in word or not _is_arabic_name(word):
        return None
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    if word.endswith("ية"):
        return word[:-1], "name -ية → -ي"
    if word.endswith("ة"):
        return word[:-1] + "ي", "name -ة → -ي"
    if word.endswith("يا"):
        return word[:-1], "name -يا → -ي"
    if word.endswith("ا"):
        return word[:-1] + "ي", "name -ا → -ي"
    if word.endswith(("ي", "و", "ى")):
        return None
    return word + "ي", "name +ي"


def inflect_nisba(base: str) -> list[tuple[str, str]]:
    """All forms of a masculine-singular nisba: gender, number, definiteness.

    Every adjective word agrees (كوري جنوبي → الكوريات الجنوبيات); in a compound whose first
    word is a noun or a name part (جنوب أفريقي، سري لانكي) only the last word inflects and
    the article goes on the first word (الجنوب أفريقية).
    """
    words = base.split()
    agreeing = len(words) == 1 or all(w.endswith("ي") for w in words) and all(
        match_key(w) in _AGREEING for w in words[1:]
    )
    forms: list[tuple[str, str]] = []
    for suffix, rule in NISBA_SUFFIXES:
        if agreeing:
            indef = [w + suffix for w in words]
            definite = ["ال" + w for w in indef]
        else:
            indef = words[:-1] + [words[-1] + suffix]
            definite = ["ال" + indef[0]] + indef[1:]
        forms.append((" ".join(indef), rule))
        forms.append((" ".join(definite), rule + ", definite (ال+)"))
    return forms


def _nisba(src: Path, drafts: dict[str, EntryDraft], summary: Summary) -> None:
    data = _read_json(src / NATIONALITY / "ar.json")["nationalities"]
    names = _read_yaml(src / COUNTRYNAMES / "data.yaml")
    bases: dict[str, dict[str, Derived | None]] = {iso: {} for iso in drafts}  # base → how made
    for iso, text in sorted(data.items()):
        if iso not in drafts:
            summary.dropped.append(f"nisba {text}: {iso} is not a country in dr5hn")
            continue
        if iso in NISBA_SOURCE_WRONG:
            summary.dropped.append(f"nisba {text} of {iso}: {NISBA_SOURCE_WRONG[iso]}")
            continue
        if iso in NISBA_EXCLUDED:
            summary.dropped.append(f"nisba {text} of {iso}: {NISBA_EXCLUDED[iso]}")
            continue
        for base, note in _fix_source_nisba(text):
            if not base.split()[-1].endswith("ي"):
                summary.dropped.append(f"nisba {base} of {iso}: not an adjective (no final ي)")
                continue
            bases[iso][base] = Derived(base, text, f"source fix: {note}") if note else None
            drafts[iso].ref(NATIONALITY, "ar.json", f"nationalities.{iso}", "nisba", note)
    for iso, d in drafts.items():
        if bases[iso] and iso not in NISBA_ALSO_FROM_NAME:
            continue
        for name in list(d.labels_ar.values()) + list(d.aliases_ar.values()):
            made = nisba_from_name(name)
            if made and made[0] not in bases[iso] and match_key(made[0]) != match_key(name):
                bases[iso][made[0]] = Derived(made[0], name, made[1])
    # Corroboration: the untagged name lists also carry some nisbas (مصري، إيراني، نيجيري).
    for iso, values in sorted(names.items()):
        if iso not in drafts:
            continue
        keys = {match_key(b): b for b in bases[iso]}
        for value in values or ():
            hit = keys.get(match_key(clean_ar(str(value))))
            if hit:
                drafts[iso].ref(COUNTRYNAMES, "data.yaml", iso, "names (nisba)", hit)
    for iso, d in drafts.items():
        if iso in NISBA_EXCLUDED:
            if bases[iso]:
                summary.dropped.append(f"all nisba forms of {iso}: {NISBA_EXCLUDED[iso]}")
            continue
        for base, how in bases[iso].items():
            if how is not None:
                d.derived[base] = how
            forms = inflect_nisba(base) + [
                (f, r) for p in BROKEN_PLURALS.get(base, ())
                for f, r in ((p, "broken plural"), ("ال" + p, "broken plural, definite (ال+)"))
            ]
            for form, rule in forms:
                for text, why in [(form, rule)] + [(v, f"{rule}; spelling variant أمريك→أميرك")
                                                   for v in spelling_variants(form)]:
                    key = match_key(text)
                    if key in d.nisba:
                        continue
                    d.nisba[key] = text
                    if text != base:
                        d.derived[text] = Derived(text, base, why)
        # The untagged lists mix nisbas in with names (إيراني، أردني، المان): adjectives.
        for key in sorted(d.untagged & set(d.nisba)):
            if key in d.aliases_ar:
                summary.dropped.append(f"alias {d.aliases_ar.pop(key)} of {iso}: it is a nisba form, kept as nisba")


def _drop_nisba_name_clashes(drafts: Iterable[EntryDraft], summary: Summary) -> None:
    """A nisba form spelt like a name (هايتي، جيبوتي، الصين) is a name, not an adjective."""
    drafts = list(drafts)
    names: dict[str, str] = {}
    for d in drafts:
        for key in d.name_keys():
            names.setdefault(key, d.id)
    for d in drafts:
        for key in [k for k in d.nisba if k in names]:
            summary.dropped.append(f"nisba {d.nisba[key]} of {d.id}: spelt like the name of {names[key]}")
            d.derived.pop(d.nisba.pop(key), None)
