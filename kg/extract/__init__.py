"""Facts from linked articles: officials and their posts, meetings, treaties, statements.

`extract_facts(linked, resources=)` runs every extractor over one `LinkedDocument` and returns a
`Facts` record; `kg.rdf.facts.facts_graph` turns it into triples for the article's named
graph. The extractors are rules over the NER's mentions, the knowledge base's countries
and nisba adjectives, and the closed vocabularies in `kg.extract.vocab` — no list of
people — so they apply to news about any country.
"""

from __future__ import annotations

from kg.extract.facts import Facts, Meeting, Post, Ref, Statement, Treaty, When
from kg.extract.meetings import extract_meetings
from kg.extract.officials import extract_officials
from kg.extract.statements import extract_statements
from kg.extract.text import DocView
from kg.extract.treaties import extract_treaties
from kg.link.resources import Resources
from kg.types import LinkedDocument


def extract_facts(linked: LinkedDocument, *, resources: Resources | None = None) -> Facts:
    """All facts one linked article states, each with its evidence sentence(s).

    `resources`: the process's KB and gazetteer (default: `Resources.default()`)."""
    view = DocView(linked, resources=resources)
    officials = extract_officials(view)
    return Facts(
        posts=tuple(officials.posts),
        meetings=tuple(extract_meetings(view, officials)),
        treaties=tuple(extract_treaties(view, officials)),
        statements=tuple(extract_statements(view, officials)),
    )


__all__ = ["Facts", "Meeting", "Post", "Ref", "Statement", "Treaty", "When", "extract_facts"]
