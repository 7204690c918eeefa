"""`kg status`: what the store holds (`Store.stats`), as aligned lines of text."""

from __future__ import annotations

from kg.store.articles import StoreStats


def format_status(stats: StoreStats) -> str:
    """`kg status` as aligned lines of text."""

    def tally(counts: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in counts.items()) or "-"

    rows = [
        ("store", f"{stats.location} ({stats.backend})"),
        ("articles", str(stats.articles)),
        ("mentions", str(stats.mentions)),
        ("entities", tally(stats.entities)),
        ("graphs", str(stats.graphs)),
        ("quads", str(stats.quads)),
        ("last build", stats.last_build or "-"),
        ("kg versions", tally(stats.tools)),
        ("models", tally(stats.models)),
        *((key.replace("_", " "), str(value)) for key, value in stats.details.items()),
    ]
    width = max(len(key) for key, _ in rows)
    return "\n".join(f"{key:<{width}}  {value}" for key, value in rows)


__all__ = ["format_status"]
