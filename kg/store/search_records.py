"""What the search index reads from a named graph, and how names and queries are folded.

`graph_records` turns one graph's triples (rdflib or pyoxigraph terms) into one `EntityRecord`
per resource: its kg types, labels, aliases, mention surface forms and count, Wikidata
`owl:sameAs` and the labels of the posts it holds. `fold` is the key every name and query is
compared by: `kg.link.normalize.match_key`, the linker's own (alef forms, ى/ي, ة/ه, Persian
letters, diacritics, tatweel), case-folded for English names. `kg.store.search_index` stores
and queries these records.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.link.normalize import clitic_splits, match_key
from kg.rdf.terms import ITSRDF, KG, NIF, OWL_SAME_AS, RDF_TYPE, RDFS_LABEL, SKOS, WD

#: kg classes an indexed resource may have, most specific first (the first one it has is shown).
TYPE_ORDER = ("Official", "City", "Country", "MemorandumOfUnderstanding", "Person", "Organization",
              "Place", "Meeting", "Treaty", "OtherEntity")
TYPE_BITS = {name: 1 << i for i, name in enumerate(TYPE_ORDER)}

ALT_LABEL = SKOS + "altLabel"
ANCHOR = NIF + "anchorOf"
IDENT = ITSRDF + "taIdentRef"
HOLDS_POST = KG + "holdsPost"
#: The predicates `rebuild` reads from a store (everything `graph_records` looks at).
INDEXED_PREDICATES = (RDF_TYPE, RDFS_LABEL, ALT_LABEL, ANCHOR, IDENT, OWL_SAME_AS, HOLDS_POST)


@dataclass(frozen=True)
class EntityRecord:
    """What one named graph says about one entity (the unit added and taken away)."""

    mentions: int
    #: (field, value) pairs: label, label_en, type, wikidata, post.
    values: tuple[tuple[str, str], ...]
    #: Names to match: labels, aliases, surface forms, post labels are not names.
    names: tuple[str, ...]


# -- folding -------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """The search key of a name or query: the linker's `match_key`, case-folded (for English)."""
    return match_key(text).casefold()


def name_tokens(key: str) -> str:
    """The words FTS5 indexes for a folded name: each word, and without its article ال."""
    words = key.split()
    extra = [w[2:] for w in words if w.startswith("ال") and len(w) > 4]
    return " ".join(words + extra)


def readings(token: str) -> list[str]:
    """`token` and what it would be without its clitics (و ف ب ل ك ال لل), each at least 2 letters.

    A reading that keeps an article (للجامعة → الجامعة) also comes without it, as names are
    indexed both ways.
    """
    out = [token]
    for _, rest in clitic_splits(token):
        if len(rest) >= 2:
            out.append(rest)
            if rest.startswith("ال") and len(rest) > 4:
                out.append(rest[2:])
    return list(dict.fromkeys(out))


def fts_term(token: str) -> str:
    return '"' + token.replace('"', '""') + '"*'


# -- what a graph says ---------------------------------------------------------------------------


def _is_iri(term: Any) -> bool:
    return type(term).__name__ in ("URIRef", "NamedNode")


def _text(term: Any) -> str:
    value = getattr(term, "value", None)  # pyoxigraph terms
    return value if isinstance(value, str) else str(term)


def _lang(term: Any) -> str | None:
    return getattr(term, "language", None) or None


def typed_subjects(triples: Iterable[tuple[Any, Any, Any]]) -> set[str]:
    """The subjects that have a kg class of `TYPE_BITS` (what search can show)."""
    return {_text(s) for s, p, o in triples
            if _text(p) == RDF_TYPE and _text(o).startswith(KG) and _text(o)[len(KG):] in TYPE_BITS}


def graph_records(triples: Iterable[tuple[Any, Any, Any]], keep: set[str] | None = None) -> dict[str, EntityRecord]:
    """The index records of one named graph's triples (rdflib or pyoxigraph terms), by entity IRI.

    `keep`: only these subjects (a rebuild knows which are typed anywhere; a single graph's
    write does not, so it keeps every labelled subject another graph may type).
    """
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    aliases: dict[str, list[str]] = defaultdict(list)
    same_as: dict[str, list[str]] = defaultdict(list)
    anchors: dict[str, str] = {}
    refers: list[tuple[str, str]] = []
    posts: list[tuple[str, str]] = []
    for s, p, o in triples:
        pred = _text(p)
        if pred == RDF_TYPE:
            obj = _text(o)
            if obj.startswith(KG) and obj[len(KG):] in TYPE_BITS:
                types[_text(s)].add(obj[len(KG):])
        elif pred == RDFS_LABEL:
            labels[_text(s)].append((_text(o), _lang(o)))
        elif pred == ALT_LABEL:
            aliases[_text(s)].append(_text(o))
        elif pred == ANCHOR:
            anchors[_text(s)] = _text(o)
        elif pred == IDENT and _is_iri(o):
            refers.append((_text(s), _text(o)))
        elif pred == OWL_SAME_AS and _is_iri(o):
            same_as[_text(s)].append(_text(o))
        elif pred == HOLDS_POST and _is_iri(o):
            posts.append((_text(s), _text(o)))
    mentions: dict[str, int] = defaultdict(int)
    surfaces: dict[str, list[str]] = defaultdict(list)
    for mention, entity in refers:
        mentions[entity] += 1
        if mention in anchors:
            surfaces[entity].append(anchors[mention])
    held: dict[str, list[str]] = defaultdict(list)
    for person, post in posts:
        held[person] += [text for text, lang in labels.get(post, []) if lang in (None, "ar")]
    records = {}
    # Every labelled subject: a graph may name an entity that another graph types (English labels).
    for iri in set(types) | set(mentions) | set(same_as) | set(labels) | set(aliases):
        if keep is not None and iri not in keep:
            continue
        values: list[tuple[str, str]] = [("type", t) for t in sorted(types.get(iri, ()))]
        names: list[str] = []
        for text, lang in labels.get(iri, []):
            values.append(("label_en" if lang == "en" else "label", text))
            names.append(text)
        names += aliases.get(iri, []) + surfaces.get(iri, [])
        values += [("wikidata", o) for o in same_as.get(iri, []) if o.startswith(WD)]
        values += [("post", text) for text in held.get(iri, [])]
        records[iri] = EntityRecord(mentions.get(iri, 0), tuple(dict.fromkeys(values)),
                                    tuple(dict.fromkeys(names)))
    return records


def type_mask(types: Iterable[str]) -> int:
    """The bit mask of kg classes named by local name (`Person`), CURIE (`kg:Person`) or IRI."""
    mask = 0
    for name in types:
        local = name.removeprefix(KG).removeprefix("kg:")
        if local not in TYPE_BITS:
            raise ValueError(f"unknown type {name!r}; known: {', '.join(TYPE_ORDER)}")
        mask |= TYPE_BITS[local]
    return mask


def type_names(mask: int) -> list[str]:
    """The kg classes (local names, most specific first) of a `TYPE_BITS` mask."""
    return [name for name in TYPE_ORDER if mask & TYPE_BITS[name]]


def popularity(mentions: int) -> float:
    """log(1 + mentions): how often the news name an entity, on a scale that grows slowly."""
    return math.log1p(max(mentions, 0))



__all__ = ["INDEXED_PREDICATES", "TYPE_BITS", "TYPE_ORDER", "EntityRecord", "fold", "fts_term", "graph_records",
           "name_tokens", "popularity", "readings", "type_mask", "type_names", "typed_subjects"]
