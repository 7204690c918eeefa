"""Reports of one meeting in undated articles built together: one event, not one per article.

A meeting's identity (`meeting_merge.meeting_key`) is its participants, its day and its mode. When
neither the text nor the article's metadata gives a date, the key falls back to the article
(`article:<id>`): two undated reports would otherwise merge with every other meeting of the
same parties, years apart. Within one batch of files built together (one `kg build` run, one
burst of `kg watch`) two undated reports that name the same participants, the same place and
the same weekday ("اليوم الأحد في القاهرة" / "أمس الأحد … في القاهرة") are told as one event:
a batch is what a user collects around the same news, and weekday plus place plus the same
parties rarely coincide within it by chance. Each article keeps its own evidence.

Across batches nothing merges this way (the batch is part of the key), and a report with no
weekday or no place stays local to its article, as before.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref, When
from kg.link.normalize import match_key

#: The day field of `meeting_key` for an article without any date.
ARTICLE_SCOPE = "article:"


def weekday_of(when: When | None) -> int | None:
    """The weekday a date expression names (0 Monday … 6 Sunday), or None."""
    if when is None:
        return None
    for word in when.text.split():
        number = vocab.WEEKDAYS.get(match_key(word))
        if number is not None:
            return number
    return None


def batch_key(key: str, when: When | None, place: Ref | None, batch: str | None) -> str:
    """`key` with its article scope widened to the batch when the weekday and place allow it.

    `key` is a `meeting_key` ("meeting|participants|day|mode"); anything but an article-scoped
    key, or no `batch`, comes back unchanged."""
    fields = key.split("|")
    if batch is None or len(fields) != 4 or not fields[2].startswith(ARTICLE_SCOPE) or place is None:
        return key
    weekday = weekday_of(when)
    if weekday is None or when is None or when.iso is not None:
        return key
    fields[2] = f"batch:{batch}:weekday-{weekday}@{place.key}"
    return "|".join(fields)


__all__ = ["ARTICLE_SCOPE", "batch_key", "weekday_of"]
