"""Spelling checks (issue 18, item 3): a city's Arabic name from source data that the news
corpus does not attest is demoted from label to alias (`kg.link.kb.spelling` explains the
counts). Names from reviewed sources (CLDR exemplar cities, curated rows citing an Arabic
page) stay labels. Every counted name keeps its count in the entry (`name_counts`)."""

from __future__ import annotations

from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.spelling import ATTESTED_MIN, COUNTED_KINDS


def attest_names(drafts: list[EntryDraft], counts: dict[str, int], summary: Summary) -> int:
    """Record counts; demote unattested, unreviewed city labels to aliases. Returns how many."""
    if not counts:
        return 0
    demoted = 0
    for d in drafts:
        if d.kind not in COUNTED_KINDS:
            continue
        for text in (*d.labels_ar.values(), *d.aliases_ar.values()):
            if text in counts:
                d.name_counts[text] = counts[text]
        if d.kind != "City":
            continue  # persons' Arabic names all come from curated rows citing an Arabic page
        for key, text in list(d.labels_ar.items()):
            n = max(counts.get(text, 0), d.name_counts.get(text, 0))  # a town's own count (build/towns.py)
            if key in d.reviewed_ar or n >= ATTESTED_MIN:
                continue
            del d.labels_ar[key]
            d.aliases_ar[key] = text
            demoted += 1
            summary.dropped.append(f"city label {text} of {d.id}: {n}× in the news corpus (< {ATTESTED_MIN}) "
                                   "and not from a reviewed source: kept as an alias, not the label")
    return demoted
