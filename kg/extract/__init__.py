"""Facts from linked articles: officials and their posts, meetings, treaties, statements.

`extract_facts(linked, resources=)` runs every registered extractor (`kg.extract.registry`: kg's
own and `kg.extractors` plugins, in dependency order) over one `LinkedDocument` and returns a
`Facts` record; `kg.rdf.facts.facts_graph` turns it into triples for the article's named
graph. The extractors are rules over the NER's mentions, the knowledge base's countries
and nisba adjectives, and the closed vocabularies in `kg.extract.vocab` — no list of
people — so they apply to news about any country.
"""

from __future__ import annotations

from kg.extract.facts import Facts, Meeting, Post, Ref, Statement, Treaty, When
from kg.extract.registry import BUILTIN_EXTRACTORS, run_pipeline
from kg.extract.text import DocView
from kg.link.resources import Resources
from kg.types import LinkedDocument


def extract_facts(linked: LinkedDocument, *, resources: Resources | None = None) -> Facts:
    """All facts one linked article states, each with its evidence sentence(s).

    `resources`: the process's KB and gazetteer (default: `Resources.default()`)."""
    results = run_pipeline(DocView(linked, resources=resources))
    officials = results.get("officials")
    return Facts(
        posts=tuple(officials.posts) + tuple(officials.former) if officials is not None else (),
        meetings=tuple(results.get("meetings", ())),
        treaties=tuple(results.get("treaties", ())),
        statements=tuple(results.get("statements", ())),
        extra=tuple((name, value) for name, value in results.items() if name not in BUILTIN_EXTRACTORS),
    )


__all__ = ["Facts", "Meeting", "Post", "Ref", "Statement", "Treaty", "When", "extract_facts"]
