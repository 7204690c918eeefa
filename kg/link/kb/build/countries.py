"""Countries: dr5hn, rigour, country-codes, mledoze and umpirsky cross-checked into one entry each."""

from __future__ import annotations

from pathlib import Path

from kg.link.kb.build.decisions import QID_DECISIONS
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.helpers import _enwiki_title, clean_ar, spelling_variants, untagged_arabic
from kg.link.kb.build.readers import _read_csv, _read_json, _read_yaml
from kg.link.kb.build.sources import CODES, COUNTRYNAMES, DR5HN, MLEDOZE, RIGOUR, UMPIRSKY, BuildError
from kg.link.kb.model import Derived
from kg.link.normalize import match_key


def _country_qid(iso: str, values: dict[str, str], summary: Summary) -> tuple[str | None, list[str]]:
    """Decide a country's QID from the sources' values; never invent one."""
    distinct = sorted(set(values.values()))
    if not distinct:
        return None, []
    if len(distinct) == 1:
        if len(values) == 3:
            summary.countries_qid_agree += 1
        return distinct[0], []
    if iso not in QID_DECISIONS:
        raise BuildError(f"{iso}: QID sources disagree {values} and QID_DECISIONS has no entry")
    qid, reason = QID_DECISIONS[iso]
    if qid not in distinct:
        raise BuildError(f"{iso}: decided QID {qid} is not one of the sources' {values}")
    given = ", ".join(f"{k} {v}" for k, v in sorted(values.items()))
    summary.qid_decisions.append(f"{iso}: {qid} ({given}) — {reason}")
    return qid, [q for q in distinct if q != qid]


def _countries(src: Path, summary: Summary) -> dict[str, EntryDraft]:
    dr = _read_json(src / DR5HN / "countries.json")
    codes = {r["ISO3166-1-Alpha-2"]: r for r in _read_csv(src / CODES / "country-codes.csv") if r["ISO3166-1-Alpha-2"]}
    mledoze = {c["cca2"]: c for c in _read_json(src / MLEDOZE / "countries.json")}
    ump_ar = _read_json(src / UMPIRSKY / "ar.country.json")
    ump_en = _read_json(src / UMPIRSKY / "en.country.json")
    names = _read_yaml(src / COUNTRYNAMES / "data.yaml")
    rigour_dir = src / RIGOUR / "territories"

    drafts: dict[str, EntryDraft] = {}
    for row in sorted(dr, key=lambda r: r["iso2"]):
        iso = row["iso2"]
        d = EntryDraft(id=f"country:{iso}", kind="Country", iso2=iso)
        drafts[iso] = d
        ml, cc = mledoze.get(iso), codes.get(iso)
        rig_path = rigour_dir / f"{iso.lower()}.yml"
        rig = _read_yaml(rig_path) if rig_path.exists() else None
        rrow = f"iso2={iso}"
        d.set_point(row, DR5HN, "countries.json", rrow)  # a representative point, not a centroid

        # QID
        qids: dict[str, str] = {}
        if row.get("wikiDataId"):
            qids["dr5hn"] = row["wikiDataId"].strip()
        if rig and rig.get("qid"):
            qids["rigour"] = str(rig["qid"]).strip()
        if cc and cc.get("wikidata_id"):
            qids["country-codes"] = cc["wikidata_id"].rstrip("/").rsplit("/", 1)[-1].strip()
        d.qid, d.other_qids = _country_qid(iso, qids, summary)
        if "dr5hn" in qids and qids["dr5hn"] in {d.qid, *d.other_qids}:
            d.ref(DR5HN, "countries.json", rrow, "wikiDataId",
                  None if qids["dr5hn"] == d.qid else f"gives {qids['dr5hn']}")
        if "rigour" in qids:
            d.ref(RIGOUR, f"territories/{iso.lower()}.yml", "qid", "qid",
                  None if qids["rigour"] == d.qid else f"gives {qids['rigour']}")
        title = _enwiki_title(rig.get("wikipedia_url")) if rig else None
        if title and qids.get("rigour") == d.qid:  # the article is about rigour's QID: only then is it ours
            d.wikipedia_en = title
            d.ref(RIGOUR, f"territories/{iso.lower()}.yml", "qid", "wikipedia_url")
        if "country-codes" in qids:
            d.ref(CODES, "country-codes.csv", rrow, "wikidata_id",
                  None if qids["country-codes"] == d.qid else f"gives {qids['country-codes']}")

        # English names
        d.add_label_en(row["name"])
        d.ref(DR5HN, "countries.json", rrow, "name")
        if ml:
            d.add_label_en(ml["name"]["common"])
            d.add_label_en(ml["name"]["official"])
            d.ref(MLEDOZE, "countries.json", f"cca2={iso}", "name.common,name.official")
        if cc and cc.get("CLDR display name"):
            d.add_label_en(cc["CLDR display name"])
            d.ref(CODES, "country-codes.csv", rrow, "CLDR display name")
        if ump_en.get(iso):
            d.add_label_en(ump_en[iso])

        # Arabic names. Labels: CLDR (umpirsky) and mledoze's common name. dr5hn's translation is machine-made for
        # some rows (Isle of Man → رجل 'man', Turkey → ديك رومى 'turkey bird', Réunion → جمع شمل), so it is used only
        # when another source gives the same name. UN and official names are aliases.
        tagged: list[tuple[str, str]] = []
        if ump_ar.get(iso):
            tagged.append((UMPIRSKY, ump_ar[iso]))
        if ml and ml.get("translations", {}).get("ara"):
            tagged.append((MLEDOZE, ml["translations"]["ara"]["common"]))
        official: list[tuple[str, str]] = []
        if ml and ml.get("translations", {}).get("ara"):
            official.append((MLEDOZE, ml["translations"]["ara"]["official"]))
        for col in ("UNTERM Arabic Short", "UNTERM Arabic Formal", "official_name_ar"):
            if cc and cc.get(col) and clean_ar(cc[col]):
                official.append((col, cc[col]))
        ar = (row.get("translations") or {}).get("ar")
        if ar:
            attested = {match_key(clean_ar(t)) for _, t in tagged + official}
            if match_key(clean_ar(ar)) in attested:
                tagged.append((DR5HN, ar))
            else:
                summary.dropped.append(f"label {ar} of {iso}: dr5hn translations.ar, no other source agrees")
        counts: dict[str, int] = {}
        for _, text in tagged:
            counts[match_key(clean_ar(text))] = counts.get(match_key(clean_ar(text)), 0) + 1
        # Most-attested first; on a tie the shorter (the common name, not the official one).
        for source, text in sorted(tagged, key=lambda t: (-counts[match_key(clean_ar(t[1]))], len(clean_ar(t[1])))):
            d.add_label_ar(text)
            if source == UMPIRSKY:
                d.ref(UMPIRSKY, "ar.country.json", iso, "name")
            elif source == MLEDOZE:
                d.ref(MLEDOZE, "countries.json", f"cca2={iso}", "translations.ara.common")
            else:
                d.ref(DR5HN, "countries.json", rrow, "translations.ar")
        for source, text in official:
            d.add_alias_ar(text)
            if source == MLEDOZE:
                d.ref(MLEDOZE, "countries.json", f"cca2={iso}", "translations.ara.official")
            else:
                d.ref(CODES, "country-codes.csv", rrow, source)
        if cc:
            if cc.get("Geoname ID"):
                d.geonames_id = cc["Geoname ID"].strip()
                d.ref(CODES, "country-codes.csv", rrow, "Geoname ID")

        # Untagged multilingual names: only clearly Arabic ones (see untagged_arabic).
        for name in names.get(iso) or ():
            ok = untagged_arabic(str(name))
            if ok and d.add_alias_ar(ok):
                d.untagged.add(match_key(ok))
                d.ref(COUNTRYNAMES, "data.yaml", iso, "names", ok)
        if rig:
            for name in (rig.get("names_strong") or []) + (rig.get("names_weak") or []):
                ok = untagged_arabic(str(name))
                if ok and d.add_alias_ar(ok):
                    d.untagged.add(match_key(ok))
                    d.ref(RIGOUR, f"territories/{iso.lower()}.yml", "names", "names", ok)
    _drop_shared_untagged(drafts, summary)
    for d in drafts.values():
        if not d.labels_ar and d.aliases_ar:
            key = next(iter(d.aliases_ar))
            d.labels_ar[key] = d.aliases_ar.pop(key)
    return drafts


def _drop_shared_untagged(drafts: dict[str, EntryDraft], summary: Summary) -> None:
    """An alias that names two countries is dropped from both: it cannot link."""
    owners: dict[str, list[str]] = {}
    for iso, d in drafts.items():
        for key in d.name_keys():
            owners.setdefault(key, []).append(iso)
    for key, isos in sorted(owners.items()):
        if len(isos) < 2:
            continue
        for iso in isos:
            d = drafts[iso]
            if key in d.aliases_ar and key not in d.labels_ar:
                summary.dropped.append(
                    f"alias {d.aliases_ar[key]} of {iso}: also names {', '.join(i for i in isos if i != iso)}")
                del d.aliases_ar[key]


def _add_name_variants(d: EntryDraft) -> None:
    for text in list(d.labels_ar.values()) + list(d.aliases_ar.values()):
        for variant in spelling_variants(text):
            if d.add_alias_ar(variant):
                d.derived[variant] = Derived(variant, text, "spelling variant أمريك→أميرك")
        joined = kunya_variant(text)
        if joined and d.add_alias_ar(joined):
            d.derived[joined] = Derived(joined, text, "أبو written joined (أبو ظبي → أبوظبي)")


def kunya_variant(text: str) -> str | None:
    """A name opening with the word أبو, also written joined: news writes أبوظبي as often as أبو ظبي.
    Only this way round: أبوجا (Abuja) and أبوبو (Abobo) are one word, not أبو + a name."""
    if text.startswith("أبو ") and len(text) > 4:
        return "أبو" + text[4:]
    return None
