"""Score the contract queries' rows against a gold set: pure functions, no I/O.

The rules are the dev-news-gold README's "Scoring (strict)", per document (`?doc`):

* A tool item (entity, participant, party, person, `of`, place) matches a gold reference when
  its Wikidata IRI ends with the entity's `qid`/`qid_guess`, or one of its labels matches the
  entity's `canonical_ar` or a mention (`kg.evaluate.normalize`). `officials.rq` gives no
  Wikidata IRI for `?of`; it is taken from `entities.rq`'s rows for the same IRI and document.
* Entities: recall over required gold entities; precision over distinct tool entities
  (adjectival forms and optional entities count as matches); linking among found required
  entities with a confirmed `qid`: one of the tool entities that found it links to that QID.
* Officials: one tool row with the person, a post whose `?roleLabel` (or `?role` IRI) has a
  word whose base is the gold post's head noun (word by word, so `سفير المملكة` is no king), and
  — when the gold gives `of` — an `?of` matching `of` or an `of_alt`.
* Meetings and treaties: tool records (rows grouped by `?meeting`/`?treaty`) are paired one to
  one with gold records of the same document. Tool records with the smallest participant sets
  choose first, each taking the free gold record it fits with the fewest other participants
  (then a required one, then file order): `{Barzani, Carter}` goes to the gold meeting of those
  two, not to an optional one of Carter alone that it also fits. Precision is over tool
  records with at least one participant/party. A gold record names its members: one with no
  participants (or parties) is matched through its countries, or not at all — an empty list
  is no evidence that a tool record is that event.

Meetings: a tool meeting fits when its participants cover every gold participant, or every
`participant_countries` entry plus one gold person (when the gold lists persons), and at most
max(1, n/2) of them (n gold participants) match neither. Treaties: its parties cover every gold
party (or every `parties_alt` entry) and at most one matches none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from kg.evaluate.gold import Document, Gold, Meeting, Official, Ref, Treaty, word_bases
from kg.evaluate.normalize import all_forms, normalize
from kg.evaluate.report import EntityScore, EventScore, Item, OfficialScore, Ratio, Report

Row = Mapping[str, str | None]
_WIKIDATA = re.compile(r"^https?://(www\.)?wikidata\.org/(entity|wiki)/(Q[1-9][0-9]*)$")


@dataclass(frozen=True)
class Rows:
    """The rows of the four contract queries, each row a {variable: value or None} mapping."""

    entities: Sequence[Row] = ()
    officials: Sequence[Row] = ()
    meetings: Sequence[Row] = ()
    treaties: Sequence[Row] = ()
    #: `?doc ?of ?wikidata`: the Wikidata IRIs of the posts' countries and bodies in each document.
    #: `officials.rq` (whose columns are fixed) names `?of` by kg's IRI alone, and an `of` the article
    #: implies without naming it is in none of the document's `entities.rq` rows; the README's rule
    #: matches a tool item by its Wikidata IRI all the same.
    post_links: Sequence[Row] = ()


@dataclass(frozen=True)
class ToolItem:
    """An entity as the tool shows it: its IRI, labels, their match forms and Wikidata QIDs."""

    iri: str
    labels: tuple[str, ...]
    forms: frozenset[str]
    qids: frozenset[str]

    def matches(self, ref: Ref) -> bool:
        return not self.qids.isdisjoint(ref.qids) or not self.forms.isdisjoint(ref.forms)

    @property
    def shown(self) -> str:
        return self.labels[0] if self.labels else self.iri


@dataclass(frozen=True)
class ToolRecord:
    """A tool meeting or treaty: its members (participants/parties) and secondary values."""

    iri: str
    members: tuple[ToolItem, ...]
    places: tuple[ToolItem, ...] = ()
    dates: frozenset[str] = frozenset()
    durations: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    labels: tuple[str, ...] = ()


def qid_of(iri: str | None) -> str | None:
    """`http://www.wikidata.org/entity/Q79` → `Q79`; anything else → None."""
    m = _WIKIDATA.match(iri or "")
    return m.group(3) if m else None


class _Items:
    """Accumulates labels and QIDs per IRI, then freezes them into ToolItems."""

    def __init__(self) -> None:
        self.labels: dict[str, dict[str, None]] = {}
        self.qids: dict[str, set[str]] = {}

    def add(self, iri: str | None, label: str | None, *wikidata: str | None) -> None:
        if not iri:
            return
        self.labels.setdefault(iri, {})
        if label:
            self.labels[iri][label] = None
        qids = self.qids.setdefault(iri, set())
        for value in (iri, *wikidata):
            if (q := qid_of(value)) is not None:
                qids.add(q)

    def freeze(self, extra_qids: Mapping[str, frozenset[str]] | None = None) -> dict[str, ToolItem]:
        extra = extra_qids or {}
        return {iri: ToolItem(iri, tuple(labels), all_forms(labels),
                              frozenset(self.qids[iri]) | extra.get(iri, frozenset()))
                for iri, labels in self.labels.items()}


def _by_doc(rows: Iterable[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for row in rows:
        out.setdefault(row.get("doc") or "", []).append(row)
    return out


def score(gold: Gold, rows: Rows) -> Report:
    """The report for `rows` (the tool's query results) against `gold`."""
    tables = {name: _by_doc(getattr(rows, name)) for name in ("entities", "officials", "meetings", "treaties")}
    gold_ids = {d.id for d in gold.documents}
    outside = sorted({doc for t in tables.values() for doc in t} - gold_ids - {""})
    warnings = list(gold.warnings)
    if outside:
        warnings.append(f"{len(outside)} documents in the store are not in the gold and were not scored: "
                        + ", ".join(outside[:5]) + (" …" if len(outside) > 5 else ""))
    parts: dict[str, list] = {"entities": [], "officials": [], "meetings": [], "treaties": []}
    links = _by_doc(rows.post_links)
    for doc in gold.documents:
        entities = _tool_entities(tables["entities"].get(doc.id, []))
        qids = {iri: item.qids for iri, item in entities.items()}
        for row in links.get(doc.id, []):
            if row.get("of") and (q := qid_of(row.get("wikidata"))) is not None:
                qids[row["of"]] = qids.get(row["of"], frozenset()) | {q}
        parts["entities"].append(score_entities(doc, list(entities.values())))
        parts["officials"].append(score_officials(doc, tables["officials"].get(doc.id, []), qids,
                                                  tuple(entities.values())))
        found = tuple(entities.values())
        parts["meetings"].append(score_meetings(doc, tool_meetings(tables["meetings"].get(doc.id, [])), found))
        parts["treaties"].append(score_treaties(doc, tool_treaties(tables["treaties"].get(doc.id, [])), found))
    return Report(len(gold.documents), _sum_entities(parts["entities"]), _sum_officials(parts["officials"]),
                  _sum_events(parts["meetings"]), _sum_events(parts["treaties"]), tuple(warnings))


# -- entities ------------------------------------------------------------------------------------


def _tool_entities(rows: Iterable[Row]) -> dict[str, ToolItem]:
    items = _Items()
    for row in rows:
        items.add(row.get("entity"), row.get("label"), row.get("wikidata"))
    return items.freeze()


def score_entities(doc: Document, tool: Sequence[ToolItem]) -> EntityScore:
    """Recall over required entities, precision over `tool`, linking over found confirmed QIDs."""
    found = linked = with_qid = 0
    missed, wrong = [], []
    required = [e for e in doc.entities if e.required]
    for e in required:
        hits = [t for t in tool if not t.qids.isdisjoint(e.qids) or not t.forms.isdisjoint(e.forms)]
        if not hits:
            missed.append(Item(doc.id, e.key, e.canonical_ar, f"{e.type} {e.canonical_en}".strip()))
            continue
        found += 1
        if e.qid:
            with_qid += 1
            if any(e.qid in t.qids for t in hits):
                linked += 1
            else:
                got = sorted({q for t in hits for q in t.qids}) or ["no link"]
                wrong.append(Item(doc.id, e.key, e.canonical_ar, f"gold {e.qid}, tool {', '.join(got)}"))
    right, unmatched = 0, []
    for t in tool:
        if any(not t.qids.isdisjoint(e.qids) or not t.forms.isdisjoint(e.forms | e.adjectival_forms)
               for e in doc.entities):
            right += 1
        else:
            unmatched.append(Item(doc.id, t.iri, t.shown, ", ".join(sorted(t.qids))))
    return EntityScore(Ratio(found, len(required)), Ratio(right, len(tool)), Ratio(linked, with_qid),
                       tuple(missed), tuple(unmatched), tuple(wrong))


def _sum_entities(parts: Sequence[EntityScore]) -> EntityScore:
    return EntityScore(_add(p.recall for p in parts), _add(p.precision for p in parts),
                       _add(p.linking for p in parts), _cat(p.missed for p in parts),
                       _cat(p.unmatched for p in parts), _cat(p.wrong_links for p in parts))


# -- officials -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Post:
    person: ToolItem
    role_words: frozenset[str]  # bases of every word of the role's labels and IRI
    role_shown: str
    of: ToolItem | None


def _posts(rows: Iterable[Row], entity_qids: Mapping[str, frozenset[str]]) -> list[_Post]:
    persons, ofs = _Items(), _Items()
    roles: dict[tuple[str, str, str], dict[str, None]] = {}
    for row in rows:
        person, role, of = row.get("person") or "", row.get("role") or "", row.get("of") or ""
        persons.add(person, row.get("personLabel"), row.get("wikidata"))
        ofs.add(of, row.get("ofLabel"))
        labels = roles.setdefault((person, role, of), {})
        if row.get("roleLabel"):
            labels[row["roleLabel"]] = None
    person_items, of_items = persons.freeze(), ofs.freeze(entity_qids)
    out = []
    for (person, role, of), labels in roles.items():
        words = set()
        for text in (*labels, _iri_words(role)):
            for word in normalize(text).split():
                words |= word_bases(word)
        out.append(_Post(person_items[person], frozenset(words), "/".join(labels) or role,
                         of_items.get(of) if of else None))
    return out


def _iri_words(iri: str) -> str:
    return re.sub(r"[^\w]+", " ", unquote(iri.rsplit("/", 1)[-1])) if iri else ""


def score_officials(doc: Document, rows: Sequence[Row],
                    entity_qids: Mapping[str, frozenset[str]] | None = None,
                    entities: Sequence[ToolItem] | None = None) -> OfficialScore:
    """Recall over the document's officials not marked `required: false`.

    With the document's tool `entities`, a miss with no post says whether the person was found
    at all (a mention problem) or found without a post (a title problem).
    """
    posts = _posts(rows, entity_qids or {})
    scored = [o for o in doc.officials if o.required]
    missed = []
    for o in scored:
        reason = _official_miss(o, posts)
        if reason == _NO_POST and entities is not None and not any(e.matches(o.person) for e in entities):
            reason = "no post: the person is not among the tool's entities"
        if reason:
            who = f"({o.person_en}) " if o.person_en != o.person.text else ""
            missed.append(Item(doc.id, o.person.text, f"{who}{o.role_ar}" + (f" of {o.of[0].text}" if o.of else ""),
                               reason))
    return OfficialScore(Ratio(len(scored) - len(missed), len(scored)), tuple(missed))


_NO_POST = "no post for this person"


def _official_miss(o: Official, posts: Sequence[_Post]) -> str:
    """Empty when a post satisfies `o`, else why the closest one does not."""
    mine = [p for p in posts if p.person.matches(o.person)]
    if not mine:
        return _NO_POST
    with_role = [p for p in mine if not p.role_words.isdisjoint(o.heads)]
    if not with_role:
        return f"no post with head noun {'/'.join(sorted(o.heads))} (tool: {', '.join(p.role_shown for p in mine)})"
    if not o.of or any(p.of is not None and any(p.of.matches(r) for r in o.of) for p in with_role):
        return ""
    given = [p.of.shown for p in with_role if p.of is not None]
    return f"post without the right country/body (tool: {', '.join(given) or 'none'})"


def _sum_officials(parts: Sequence[OfficialScore]) -> OfficialScore:
    return OfficialScore(_add(p.recall for p in parts), _cat(p.missed for p in parts))


# -- meetings and treaties -----------------------------------------------------------------------


def tool_meetings(rows: Iterable[Row]) -> list[ToolRecord]:
    """`meetings.rq` rows (one document's) grouped by `?meeting`."""
    return _records(rows, "meeting", "participant", "participantLabel", "participantWikidata")


def tool_treaties(rows: Iterable[Row]) -> list[ToolRecord]:
    """`treaties.rq` rows (one document's) grouped by `?treaty`."""
    return _records(rows, "treaty", "party", "partyLabel", "partyWikidata")


def _records(rows: Iterable[Row], key: str, member: str, label: str, wikidata: str) -> list[ToolRecord]:
    groups: dict[str, dict] = {}
    for row in rows:
        iri = row.get(key)
        if not iri:
            continue
        g = groups.setdefault(iri, {"members": _Items(), "places": _Items(), "dates": set(), "durations": set(),
                                    "articles": set(), "labels": {}})
        g["members"].add(row.get(member), row.get(label), row.get(wikidata))
        g["places"].add(row.get("place"), row.get("placeLabel"), row.get("placeWikidata"))
        for name, var in (("dates", "date"), ("durations", "durationYears"), ("articles", "articleCount")):
            if row.get(var):
                g[name].add(row[var])
        if row.get(f"{key}Label"):
            g["labels"][row[f"{key}Label"]] = None
    return [ToolRecord(iri, tuple(g["members"].freeze().values()), tuple(g["places"].freeze().values()),
                       frozenset(g["dates"]), frozenset(g["durations"]), frozenset(g["articles"]),
                       tuple(g["labels"]))
            for iri, g in groups.items()]


def _covered(tool: ToolRecord, refs: Iterable[Ref]) -> bool:
    return all(any(t.matches(r) for t in tool.members) for r in refs)


def _extras(tool: ToolRecord, refs: Sequence[Ref]) -> list[ToolItem]:
    return [t for t in tool.members if not any(t.matches(r) for r in refs)]


def meeting_fits(tool: ToolRecord, gold: Meeting) -> bool:
    """The README's meeting rule (see the module docstring)."""
    persons = [r for r in gold.participants if r.person]
    by_countries = (bool(gold.countries) and _covered(tool, gold.countries)
                    and (not persons or any(_covered(tool, [r]) for r in persons)))
    if not ((gold.participants and _covered(tool, gold.participants)) or by_countries):
        return False
    return len(_extras(tool, (*gold.participants, *gold.countries))) <= max(1, len(gold.participants) / 2)


def treaty_fits(tool: ToolRecord, gold: Treaty) -> bool:
    """The README's treaty rule: every gold party (or every `parties_alt` one), at most one other."""
    lists = [refs for refs in (gold.parties, gold.parties_alt) if refs]
    if not any(_covered(tool, refs) for refs in lists):
        return False
    return len(_extras(tool, (*gold.parties, *gold.parties_alt))) <= 1


def pair(golds: Sequence[Meeting | Treaty], tools: Sequence[ToolRecord],
         fits: Callable[[ToolRecord, Any], bool]) -> dict[int, int]:
    """One-to-one, gold index → tool index: tool records with the smallest member sets choose first,
    each the free gold record it fits with the fewest other members (then required, then file order)."""
    refs = [_refs(g) for g in golds]
    out: dict[int, int] = {}
    for ti in sorted(range(len(tools)), key=lambda i: (len(tools[i].members), tools[i].iri)):
        fitting = [gi for gi in range(len(golds)) if gi not in out and fits(tools[ti], golds[gi])]
        if fitting:
            best = min(fitting, key=lambda gi: (len(_extras(tools[ti], refs[gi])), not golds[gi].required, gi))
            out[best] = ti
    return out


def _refs(g: Meeting | Treaty) -> tuple[Ref, ...]:
    return (*g.participants, *g.countries) if isinstance(g, Meeting) else (*g.parties, *g.parties_alt)


def score_meetings(doc: Document, tools: Sequence[ToolRecord],
                   entities: Sequence[ToolItem] | None = None) -> EventScore:
    """Recall over required meetings, precision over tool meetings, place and ISO date on the matched.
    With the document's tool `entities`, a miss says which lacking participants were never found at all."""
    paired = pair(doc.meetings, tools, meeting_fits)
    place, date = [0, 0], [0, 0]
    wrong = []
    for gi, ti in paired.items():
        g, t = doc.meetings[gi], tools[ti]
        if g.places:
            place[1] += 1
            if any(p.matches(r) for p in t.places for r in g.places):
                place[0] += 1
            else:
                wrong.append(Item(doc.id, g.id, f"place {g.places[0].text}",
                                  "tool: " + (", ".join(p.shown for p in t.places) or "none")))
        if g.date:
            date[1] += 1
            if _date_ok(g, t.dates):
                date[0] += 1
            else:
                wrong.append(Item(doc.id, g.id, f"date {g.date}", "tool: " + (", ".join(sorted(t.dates)) or "none")))
    secondary = {"place": Ratio(*place), "date": Ratio(*date)}
    return _event_score(doc, doc.meetings, tools, paired, secondary, tuple(wrong),
                        lambda g, t: _closest(t, _refs(g), meeting_fits, g, entities))


def _date_ok(g: Meeting, dates: Iterable[str]) -> bool:
    assert g.date is not None
    width = 7 if g.month_ok else len(g.date)  # YYYY-MM-DD exact; YYYY-MM or YYYY when that is all
    return any(d[:width] == g.date[:width] for d in dates)


def score_treaties(doc: Document, tools: Sequence[ToolRecord],
                   entities: Sequence[ToolItem] | None = None) -> EventScore:
    """Recall over required treaties, precision over tool treaties with a party; duration and articles.
    With the document's tool `entities`, a miss says which lacking parties were never found at all."""
    paired = pair(doc.treaties, tools, treaty_fits)
    duration, articles = [0, 0], [0, 0]
    for gi, ti in paired.items():
        g, t = doc.treaties[gi], tools[ti]
        for tally, expected, got in ((duration, g.duration_years, t.durations), (articles, g.articles, t.articles)):
            if expected is not None:
                tally[1] += 1
                tally[0] += any(_int(v) == expected for v in got)
    secondary = {"duration_years": Ratio(*duration), "articles": Ratio(*articles)}
    return _event_score(doc, doc.treaties, tools, paired, secondary, (),
                        lambda g, t: _closest(t, _refs(g), treaty_fits, g, entities))


def _int(value: str) -> int | None:
    try:
        return int(float(value))
    except ValueError:
        return None


def _event_score(doc: Document, golds: Sequence[Meeting | Treaty], tools: Sequence[ToolRecord],
                 paired: dict[int, int], secondary: dict[str, Ratio], wrong: tuple[Item, ...],
                 why: Callable[[Meeting | Treaty, Sequence[ToolRecord]], str]) -> EventScore:
    required = [i for i, g in enumerate(golds) if g.required]
    counted = [i for i, t in enumerate(tools) if t.members]
    taken = set(paired.values())
    missed = tuple(Item(doc.id, golds[i].id, _gold_text(golds[i]), why(golds[i], tools))
                   for i in required if i not in paired)
    unmatched = tuple(Item(doc.id, tools[i].iri, " + ".join(m.shown for m in tools[i].members))
                      for i in counted if i not in taken)
    return EventScore(Ratio(sum(i in paired for i in required), len(required)),
                      Ratio(sum(i in taken for i in counted), len(counted)), secondary,
                      tuple((doc.id, golds[g].id, tools[t].iri) for g, t in sorted(paired.items())),
                      missed, unmatched, wrong)


def _gold_text(g: Meeting | Treaty) -> str:
    if isinstance(g, Meeting):
        return " + ".join(r.text for r in g.participants) + f" (countries: {', '.join(r.text for r in g.countries)})"
    return f"{g.name}: " + " + ".join(r.text for r in g.parties)


def _closest(tools: Sequence[ToolRecord], refs: Sequence[Ref], fits: Callable, gold: object,
             entities: Sequence[ToolItem] | None = None) -> str:
    """Why a gold record found no partner: the tool record sharing most of its references.

    A lacking reference that is not even among the document's tool `entities` is marked as such:
    that miss is the mention layer's, not the event extractor's."""
    if not tools:
        return "no tool record in this document"
    best = max(tools, key=lambda t: (sum(any(m.matches(r) for m in t.members) for r in refs), -len(t.members)))
    if fits(best, gold):
        return f"its closest tool record {best.iri} went to another gold record"
    lacking = [r.text + ("" if entities is None or any(e.matches(r) for e in entities)
                         else " (not among the tool's entities)")
               for r in refs if not any(m.matches(r) for m in best.members)]
    extra = [m.shown for m in _extras(best, refs)]
    return (f"closest tool record lacks {', '.join(lacking) or 'nothing'}"
            + (f"; has {len(extra)} other ({', '.join(extra[:6])})" if extra else ""))


def _sum_events(parts: Sequence[EventScore]) -> EventScore:
    names = list(dict.fromkeys(k for p in parts for k in p.secondary))
    return EventScore(_add(p.recall for p in parts), _add(p.precision for p in parts),
                      {k: _add(p.secondary[k] for p in parts if k in p.secondary) for k in names},
                      tuple(m for p in parts for m in p.matched), _cat(p.missed for p in parts),
                      _cat(p.unmatched for p in parts), _cat(p.wrong_secondary for p in parts))


def _add(ratios: Iterable[Ratio]) -> Ratio:
    hits = total = 0
    for r in ratios:
        hits, total = hits + r.hits, total + r.total
    return Ratio(hits, total)


def _cat(groups: Iterable[tuple[Item, ...]]) -> tuple[Item, ...]:
    return tuple(x for g in groups for x in g)
