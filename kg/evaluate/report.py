"""What `kg evaluate` reports: ratios, per-item misses, the JSON object and the table.

The JSON object nests one object per fact kind; the figures the issue names are the paths
`entities.recall`, `entities.precision`, `entities.linking`, `officials.recall`,
`meetings.recall`, `meetings.precision`, `treaties.recall`, `treaties.precision`, and the same
names appear flat under `"scores"` (`report["scores"]["meetings.recall"]`). A ratio with
nothing to count (no tool meetings, say) is `null`. Per-item lists say what was missed
(`missed`: gold items not found, with the reason) and what the tool gave that matches nothing
(`unmatched`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: The headline figures, in the order the table and `scores` give them.
SCORE_NAMES = ("entities.recall", "entities.precision", "entities.linking", "officials.recall",
               "meetings.recall", "meetings.precision", "treaties.recall", "treaties.precision")


@dataclass(frozen=True)
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def as_dict(self) -> dict[str, Any]:
        return {"value": _rounded(self.value), "hits": self.hits, "total": self.total}

    def __str__(self) -> str:
        return "  n/a" if self.value is None else f"{self.value:5.2f}"


@dataclass(frozen=True)
class Item:
    """One gold item not found, or one tool item that matches nothing, and why."""

    doc: str
    id: str
    text: str
    reason: str = ""


@dataclass(frozen=True)
class EntityScore:
    recall: Ratio
    precision: Ratio
    linking: Ratio
    missed: tuple[Item, ...] = ()
    unmatched: tuple[Item, ...] = ()
    wrong_links: tuple[Item, ...] = ()


@dataclass(frozen=True)
class OfficialScore:
    recall: Ratio
    missed: tuple[Item, ...] = ()


@dataclass(frozen=True)
class EventScore:
    """Meetings or treaties: one-to-one matches, and secondary fields checked on the matched ones."""

    recall: Ratio
    precision: Ratio
    secondary: dict[str, Ratio] = field(default_factory=dict)
    matched: tuple[tuple[str, str, str], ...] = ()  # (doc, gold id, tool IRI)
    missed: tuple[Item, ...] = ()
    unmatched: tuple[Item, ...] = ()
    wrong_secondary: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Report:
    documents: int
    entities: EntityScore
    officials: OfficialScore
    meetings: EventScore
    treaties: EventScore
    warnings: tuple[str, ...] = ()

    def scores(self) -> dict[str, float | None]:
        """The headline figures by their dotted names."""
        out = {}
        for name in SCORE_NAMES:
            kind, measure = name.split(".")
            out[name] = getattr(getattr(self, kind), measure).value
        return out

    def as_dict(self) -> dict[str, Any]:
        def items(xs: tuple[Item, ...]) -> list[dict[str, str]]:
            return [asdict(x) for x in xs]

        def event(s: EventScore) -> dict[str, Any]:
            return {"recall": s.recall.value, "precision": s.precision.value,
                    "counts": {"recall": s.recall.as_dict(), "precision": s.precision.as_dict()},
                    "secondary": {k: v.as_dict() for k, v in s.secondary.items()},
                    "matched": [{"doc": d, "gold": g, "tool": t} for d, g, t in s.matched],
                    "missed": items(s.missed), "unmatched": items(s.unmatched),
                    "wrong_secondary": items(s.wrong_secondary)}

        e, o = self.entities, self.officials
        return {
            "scores": {k: _rounded(v) for k, v in self.scores().items()},
            "documents": self.documents,
            "entities": {"recall": e.recall.value, "precision": e.precision.value, "linking": e.linking.value,
                         "counts": {"recall": e.recall.as_dict(), "precision": e.precision.as_dict(),
                                    "linking": e.linking.as_dict()},
                         "missed": items(e.missed), "unmatched": items(e.unmatched),
                         "wrong_links": items(e.wrong_links)},
            "officials": {"recall": o.recall.value, "counts": {"recall": o.recall.as_dict()},
                          "missed": items(o.missed)},
            "meetings": event(self.meetings),
            "treaties": event(self.treaties),
            "warnings": list(self.warnings),
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def format_table(report: Report, details: bool = False) -> str:
    """The figures as a table for a terminal; `details` adds every miss, one per line."""
    rows = [("entities", report.entities.recall, report.entities.precision,
             f"linking {report.entities.linking} ({report.entities.linking.hits}/{report.entities.linking.total})"),
            ("officials", report.officials.recall, None, ""),
            ("meetings", report.meetings.recall, report.meetings.precision, _secondary(report.meetings)),
            ("treaties", report.treaties.recall, report.treaties.precision, _secondary(report.treaties))]
    lines = [f"{report.documents} documents scored",
             f"{'fact':<11}{'recall':>8}{'found':>10}{'precision':>11}{'right':>10}  other",
             "-" * 70]
    for name, recall, precision, other in rows:
        p = f"{precision!s:>11}{f'{precision.hits}/{precision.total}':>10}" if precision else f"{'–':>11}{'':>10}"
        lines.append(f"{name:<11}{recall!s:>8}{f'{recall.hits}/{recall.total}':>10}{p}  {other}".rstrip())
    for warning in report.warnings:
        lines.append(f"warning: {warning}")
    if details:
        sections = [("missed entity", report.entities.missed), ("unmatched tool entity", report.entities.unmatched),
                    ("wrong link", report.entities.wrong_links), ("missed official", report.officials.missed),
                    ("missed meeting", report.meetings.missed), ("unmatched tool meeting", report.meetings.unmatched),
                    ("missed treaty", report.treaties.missed), ("unmatched tool treaty", report.treaties.unmatched)]
        for title, items in sections:
            for x in items:
                lines.append(f"{title}: {x.doc} {x.id} {x.text}" + (f" — {x.reason}" if x.reason else ""))
    return "\n".join(lines)


def _secondary(score: EventScore) -> str:
    return "  ".join(f"{k} {v} ({v.hits}/{v.total})" for k, v in score.secondary.items() if v.total)
