"""A gold file in the dev-news-gold format, read into frozen records the scorer can match against.

The format (see `../shared/data/dev-news-gold/README.md`): one object per document, keyed by
its file name (`"d01.txt"`), with `entities`, `officials`, `meetings`, `treaties`; other top-level
keys (`_meta`, `cross_document`) are not documents. Participants, parties, persons, `of` and
places are *references*: a QID or the English name of a gold entity. A reference is resolved
here, once, to what a tool item may match: the entity's QIDs (`qid`, `qid_guess`) and the
normalised forms of its `canonical_ar` and `mentions`.

Resolution looks in the document first, then in the other documents (a country referred to
by QID in a document that never names it, e.g. Saudi Arabia in a Saudi outlet's `وزير الخارجية`,
is a gold entity elsewhere), and a QID no entity carries still matches a Wikidata IRI.

A malformed file raises `GoldError` with one line naming the place and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kg.evaluate.normalize import all_forms, forms, normalize

_QID = re.compile(r"^Q[1-9][0-9]*$")
_NOT_DOCUMENTS = {"cross_document"}

#: The README's head nouns of a post; words on one line count as the same head.
HEAD_NOUNS: tuple[frozenset[str], ...] = tuple(frozenset(normalize(w) for w in group.split("/")) for group in (
    "رئيس", "متحدث/ناطق", "وزير", "نائب", "مستشار", "مبعوث", "قائد/زعيم/مرشد", "مندوب", "سفير", "ملك", "أمير",
))


class GoldError(ValueError):
    """The gold file cannot be scored against; the message is one line for the user."""


@dataclass(frozen=True)
class Entity:
    key: str
    type: str
    canonical_ar: str
    canonical_en: str
    qid: str | None  # confirmed from a source
    qids: frozenset[str]  # qid and qid_guess: what a Wikidata IRI may end with
    forms: frozenset[str]  # canonical_ar and mentions, normalised, clitic readings included
    adjectival_forms: frozenset[str]
    required: bool


@dataclass(frozen=True)
class Ref:
    """A gold reference (QID or English name) and what a tool item may match it by."""

    text: str
    qids: frozenset[str]
    forms: frozenset[str]
    person: bool
    found_in: str  # "document", "other document", "qid only" or "nowhere"


@dataclass(frozen=True)
class Official:
    person: Ref
    person_en: str
    role_ar: str
    heads: frozenset[str]  # the post's head noun and its synonyms, normalised
    of: tuple[Ref, ...]  # `of` then `of_alt`; empty when the gold gives no `of`
    required: bool


@dataclass(frozen=True)
class Meeting:
    id: str
    participants: tuple[Ref, ...]
    countries: tuple[Ref, ...]
    places: tuple[Ref, ...]  # `place` then `place_alt`
    date: str | None  # ISO (YYYY-MM-DD, YYYY-MM or YYYY) when the text gives it
    month_ok: bool  # `date_precision` accepts the month
    required: bool


@dataclass(frozen=True)
class Treaty:
    id: str
    name: str
    parties: tuple[Ref, ...]
    parties_alt: tuple[Ref, ...]
    duration_years: int | None
    articles: int | None
    required: bool


@dataclass(frozen=True)
class Document:
    id: str  # the article id kg gives it: the file name without .txt
    entities: tuple[Entity, ...]
    officials: tuple[Official, ...]
    meetings: tuple[Meeting, ...]
    treaties: tuple[Treaty, ...]


@dataclass(frozen=True)
class Gold:
    documents: tuple[Document, ...]
    warnings: tuple[str, ...]  # references that resolve to nothing a tool could match


def doc_id(name: str) -> str:
    """`d01.txt` → `d01`, as `kg build` names a .txt article; other keys stay as they are."""
    return name[:-4] if name.lower().endswith(".txt") else name


def head_nouns(role_ar: str) -> frozenset[str]:
    """The head noun(s) a tool's post must contain: the first word of `role_ar`, without its article.

    `وزير الخارجية` → {وزير}; `الناطقة باسم` → {متحدث, ناطق}; `رئيسة` → {رئيس}. A first word outside
    the README's list (`ولي العهد`, `الأمين العام`, `مدير`) is its own head.
    """
    words = normalize(role_ar).split()
    if not words:
        return frozenset()
    bases = word_bases(words[0])
    for group in HEAD_NOUNS:
        if group & bases:
            return group
    first = words[0]
    return frozenset({first[2:] if first.startswith("ال") and len(first) > 4 else first})


def word_bases(word: str) -> frozenset[str]:
    """A normalised word's readings without clitics, the article and a feminine ending."""
    out: set[str] = set()
    for form in forms(word):
        for bare in (form, form[2:] if form.startswith("ال") and len(form) > 4 else form):
            out.add(bare)
            if bare.endswith("ه") and len(bare) > 3:
                out.add(bare[:-1])
    return frozenset(out)


def parse_gold(data: Any, source: str = "gold") -> Gold:
    """Read a gold object (parsed JSON) into `Gold`. Raises GoldError naming what is wrong."""
    if not isinstance(data, Mapping):
        raise GoldError(f"{source}: expected a JSON object of documents, got {type(data).__name__}")
    raw_docs = {name: doc for name, doc in data.items()
                if not name.startswith("_") and name not in _NOT_DOCUMENTS}
    if not raw_docs:
        raise GoldError(f"{source}: no documents (keys such as \"d01.txt\")")
    entities: dict[str, tuple[Entity, ...]] = {}
    for name, doc in raw_docs.items():
        if not isinstance(doc, Mapping):
            raise GoldError(f"{source}: document {name!r} is not an object")
        entities[name] = tuple(_entity(e, f"{source}: {name} entities[{i}]")
                               for i, e in enumerate(_list(doc, "entities", f"{source}: {name}")))
    everywhere = [e for ents in entities.values() for e in ents]
    warnings: list[str] = []
    documents = []
    for name, doc in raw_docs.items():
        where = f"{source}: {name}"
        resolver = _Resolver(entities[name], everywhere, f"{name}", warnings)
        documents.append(Document(
            id=doc_id(name),
            entities=entities[name],
            officials=tuple(_official(o, resolver, f"{where} officials[{i}]")
                            for i, o in enumerate(_list(doc, "officials", where))),
            meetings=tuple(_meeting(m, resolver, f"{where} meetings[{i}]")
                           for i, m in enumerate(_list(doc, "meetings", where))),
            treaties=tuple(_treaty(t, resolver, f"{where} treaties[{i}]")
                           for i, t in enumerate(_list(doc, "treaties", where))),
        ))
    return Gold(tuple(documents), tuple(dict.fromkeys(warnings)))


class _Resolver:
    """Resolves a document's references: its own entities first, then every document's."""

    def __init__(self, own: tuple[Entity, ...], everywhere: list[Entity], doc: str, warnings: list[str]) -> None:
        self.own, self.everywhere, self.doc, self.warnings = own, everywhere, doc, warnings

    def __call__(self, text: Any, where: str) -> Ref:
        if not isinstance(text, str) or not text.strip():
            raise GoldError(f"{where}: a reference must be a QID or an entity's English name, got {text!r}")
        for pool, found_in in ((self.own, "document"), (self.everywhere, "other document")):
            hits = [e for e in pool if text in e.qids or text in (e.canonical_en, e.key)]
            if hits:
                qids = frozenset().union(*(e.qids for e in hits)) | ({text} if _QID.match(text) else set())
                return Ref(text, qids, frozenset().union(*(e.forms for e in hits)),
                           any(e.type == "PER" for e in hits), found_in)
        if _QID.match(text):
            return Ref(text, frozenset({text}), frozenset(), False, "qid only")
        self.warnings.append(f"{self.doc}: reference {text!r} is no gold entity; nothing can match it")
        return Ref(text, frozenset(), frozenset(), False, "nowhere")


def _list(obj: Mapping, key: str, where: str) -> list:
    value = obj.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise GoldError(f"{where}: {key!r} must be a list, got {type(value).__name__}")
    return value


def _field(obj: Any, key: str, where: str, kind: type | tuple[type, ...] = str, optional: bool = False) -> Any:
    if not isinstance(obj, Mapping):
        raise GoldError(f"{where}: expected an object, got {type(obj).__name__}")
    value = obj.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise GoldError(f"{where}: field {key!r} is missing or not {getattr(kind, '__name__', kind)}")
    return value


def _strings(obj: Mapping, key: str, where: str) -> list[str]:
    values = _list(obj, key, where)
    if not all(isinstance(v, str) for v in values):
        raise GoldError(f"{where}: {key!r} must be a list of strings")
    return values


def _required(obj: Mapping, where: str, default: bool) -> bool:
    value = obj.get("required", default)
    if not isinstance(value, bool):
        raise GoldError(f"{where}: 'required' must be true or false, got {value!r}")
    return value


def _entity(e: Any, where: str) -> Entity:
    canonical_ar = _field(e, "canonical_ar", where)
    qid = _field(e, "qid", where, optional=True)
    guess = _field(e, "qid_guess", where, optional=True)
    return Entity(
        key=_field(e, "key", where, optional=True) or canonical_ar,
        type=_field(e, "type", where, optional=True) or "",
        canonical_ar=canonical_ar,
        canonical_en=_field(e, "canonical_en", where, optional=True) or "",
        qid=qid,
        qids=frozenset(q for q in (qid, guess) if q),
        forms=all_forms([canonical_ar, *_strings(e, "mentions", where)]),
        adjectival_forms=all_forms(_strings(e, "adjectival_mentions", where)),
        required=_required(e, where, default=True),
    )


def _official(o: Any, resolve: _Resolver, where: str) -> Official:
    role_ar = _field(o, "role_ar", where)
    of = _field(o, "of", where, optional=True)
    return Official(
        person=resolve(_field(o, "person_qid", where), where),
        person_en=_field(o, "person_en", where, optional=True) or _field(o, "person_qid", where),
        role_ar=role_ar,
        heads=head_nouns(role_ar),
        of=tuple(resolve(r, where) for r in ([of, *_strings(o, "of_alt", where)] if of else [])),
        required=_required(o, where, default=True),
    )


_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _meeting(m: Any, resolve: _Resolver, where: str) -> Meeting:
    place = _field(m, "place", where, optional=True)
    date = _field(m, "date", where, optional=True)
    if date is not None and not _ISO.match(date):
        raise GoldError(f"{where}: 'date' must be ISO (YYYY-MM-DD, YYYY-MM or YYYY) or null, got {date!r}")
    precision = _field(m, "date_precision", where, optional=True) or ""
    return Meeting(
        id=_field(m, "id", where),
        participants=tuple(resolve(r, where) for r in _strings(m, "participants", where)),
        countries=tuple(resolve(r, where) for r in _strings(m, "participant_countries", where)),
        places=tuple(resolve(r, where) for r in ([place] if place else []) + _strings(m, "place_alt", where)),
        date=date,
        month_ok=bool(date) and ("month" in precision.lower() or date[:7] in precision),
        required=_required(m, where, default=True),
    )


def _treaty(t: Any, resolve: _Resolver, where: str) -> Treaty:
    return Treaty(
        id=_field(t, "id", where),
        name=_field(t, "name_ar", where, optional=True) or _field(t, "name_en", where, optional=True) or "",
        parties=tuple(resolve(r, where) for r in _strings(t, "parties", where)),
        parties_alt=tuple(resolve(r, where) for r in _strings(t, "parties_alt", where)),
        duration_years=_field(t, "duration_years", where, int, optional=True),
        articles=_field(t, "articles", where, int, optional=True),
        required=_required(t, where, default=True),
    )
