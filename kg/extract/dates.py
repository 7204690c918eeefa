"""Dates as news writes them, resolved against the article's publication date.

News dates events relative to the day it is published: "اليوم الجمعة", "أمس", "الثلاثاء
الماضي", "الأسبوع المقبل", "في أكتوبر", "21 من يونيو الماضي", "عام 2008". With a
publication date these become ISO dates (day, month or year precision); without one, or
when the expression is too vague (a week), only the text is kept — a guessed date would
put the event on the wrong day in every timeline built from the graph.

`future` says which way an ambiguous expression points ("الجمعة" alone is the coming
Friday in "سيزور … الجمعة" and the last one in "زار … الجمعة").
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from kg.extract import vocab
from kg.extract.facts import When
from kg.extract.text import DocView, Tok

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d|21\d\d)$")
_DAY = re.compile(r"^([1-9]|[12]\d|3[01])$")
#: Words that may introduce a bare month name ("في أكتوبر"): without one, مارس or آب
#: alone are more often a verb or a noun than a month.
_MONTH_INTRO = vocab.keys(("في", "خلال", "منذ", "مطلع", "أواخر", "منتصف", "أوائل", "بداية", "نهاية", "شهر",
                           "حتى", "قبل", "بعد", "اواخر", "مستهل"))
_NEAR_WEEKDAY = 3  # "اليوم الجمعة" published on a Saturday still means Friday


@dataclass(frozen=True)
class Found:
    """A date expression and the tokens it covers."""

    when: When
    first: int
    last: int


def _num(tok: Tok) -> int | None:
    try:
        return int(tok.key)
    except ValueError:
        return None


def _nearest_weekday(anchor: date, weekday: int, direction: int) -> date:
    """The date with `weekday` nearest to `anchor`: on/before (-1), on/after (+1), or either (0)."""
    if direction < 0:
        return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    if direction > 0:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    return anchor - timedelta(days=back) if back <= ahead else anchor + timedelta(days=ahead)


def _month_year(published: date, month: int, direction: int) -> int:
    """The year of `month` closest to `published` in the given direction (past by default)."""
    if direction > 0:
        return published.year if month >= published.month else published.year + 1
    if direction < 0 or month <= published.month:
        return published.year if month <= published.month else published.year - 1
    return published.year - 1


def _shift_month(d: date, delta: int) -> tuple[int, int]:
    m = d.month - 1 + delta
    return d.year + m // 12, m % 12 + 1


def find_dates(view: DocView, first: int, last: int, *, future: bool = False) -> list[Found]:
    """Date expressions in tokens first..last, resolved when the article's date is known."""
    published = view.doc.published
    toks = view.tokens
    out: list[Found] = []
    t = first
    direction_default = 1 if future else -1
    while t <= last:
        if t in view.token_mention and view.mentions[view.token_mention[t]].ner_type != "MISC":
            t += 1  # "روسيا اليوم" is a channel, not a date
            continue
        found = _at(toks, t, last, published, direction_default)
        if found is None:
            t += 1
            continue
        iso, precision, end = found
        text = view.span_text(t, end)
        out.append(Found(When(text, iso, precision, toks[t].start, toks[end].end), t, end))
        t = end + 1
    return out


def _cue(toks: list[Tok], t: int, last: int) -> int:
    """+1 for المقبل-like, -1 for الماضي-like at token t, else 0."""
    if t > last or t >= len(toks):
        return 0
    if toks[t].is_(vocab.NEXT):
        return 1
    if toks[t].is_(vocab.PAST):
        return -1
    return 0


def _at(toks: list[Tok], t: int, last: int, published: date | None,
        direction: int) -> tuple[str | None, str | None, int] | None:
    """(iso, precision, last token) of a date expression starting at token t."""
    tok = toks[t]
    nxt = toks[t + 1] if t + 1 <= last and t + 1 < len(toks) else None

    def weekday_after(i: int) -> int | None:
        return toks[i].which(vocab.WEEKDAYS) if i <= last and i < len(toks) else None  # type: ignore[return-value]

    def day(offset: int, end: int) -> tuple[str | None, str | None, int]:
        wd = weekday_after(end + 1)
        if wd is not None:
            end += 1
        if published is None:
            return None, None, end
        target = published + timedelta(days=offset)
        if wd is not None and offset == 0 and target.weekday() != wd:
            near = _nearest_weekday(published, wd, 0)
            target = near if abs((near - published).days) <= _NEAR_WEEKDAY else target
        return target.isoformat(), "day", end

    if tok.is_(vocab.TODAY) and not (t > 0 and toks[t - 1].key in ("حتى", "منذ")):
        return day(0, t)
    if tok.is_(vocab.DAY_BEFORE) and nxt is not None and nxt.is_(vocab.YESTERDAY):
        return day(-2, t + 1)
    if tok.is_(vocab.YESTERDAY):
        return day(-1, t)
    if tok.is_(vocab.TOMORROW):
        return day(1, t)

    # a weekday, maybe after يوم/مساء/صباح and before الماضي/المقبل
    i = t + 1 if tok.is_(vocab.DAY_WORD) and weekday_after(t + 1) is not None else t
    wd = weekday_after(i)
    if wd is not None:
        cue = _cue(toks, i + 1, last)
        end = i + (1 if cue else 0)
        if published is None:
            return None, None, end
        if cue:
            target = _nearest_weekday(published + timedelta(days=cue), wd, cue)
        else:
            target = _nearest_weekday(published, wd, direction)
        return target.isoformat(), "day", end

    # هذا الأسبوع / هذا العام
    if tok.is_(vocab.THIS) and nxt is not None and tok.key in ("هذا", "هذه"):
        if nxt.is_(vocab.WEEK):
            return None, None, t + 1
        if nxt.is_(vocab.MONTH) and published is not None:
            return f"{published.year:04d}-{published.month:02d}", "month", t + 1
        if nxt.is_(vocab.YEAR) and published is not None:
            return f"{published.year:04d}", "year", t + 1
    # الأسبوع/الشهر/العام + الماضي/المقبل/الجاري
    for unit in (vocab.WEEK, vocab.MONTH, vocab.YEAR):
        if tok.is_(unit) and nxt is not None:
            cue = _cue(toks, t + 1, last)
            this = nxt.is_(vocab.THIS)
            if unit is vocab.YEAR and _YEAR.match(nxt.key):
                return nxt.key, "year", t + 1  # "عام 2008"
            if not cue and not this:
                return None
            if published is None or unit is vocab.WEEK:
                return None, None, t + 1
            if unit is vocab.MONTH:
                y, m = _shift_month(published, cue)
                return f"{y:04d}-{m:02d}", "month", t + 1
            return f"{published.year + cue:04d}", "year", t + 1

    # [day] [من] month [year] [الماضي/المقبل]
    d = _num(tok) if _DAY.match(tok.key) else None
    i = t
    if d is not None:
        i = t + 1
        if i <= last and toks[i].key == "من":
            i += 1
    month = toks[i].which(vocab.MONTHS) if i <= last and i < len(toks) else None  # type: ignore[assignment]
    if month is None and i + 1 <= last and i + 1 < len(toks):
        two = vocab.MONTHS.get(f"{toks[i].key} {toks[i + 1].key}")  # "كانون الثاني"
        if two is not None:
            month, i = two, i + 1
    if month is None:
        if _YEAR.match(tok.key) and t > 0 and toks[t - 1].key in ("في", "عام", "العام", "سنة", "منذ"):
            return tok.key, "year", t
        return None
    end = i
    year = None
    if end + 1 <= last and end + 1 < len(toks) and _YEAR.match(toks[end + 1].key):
        year, end = int(toks[end + 1].key), end + 1
    cue = _cue(toks, end + 1, last)
    if cue:
        end += 1
    if d is None and year is None and not cue and not (t > 0 and toks[t - 1].is_(_MONTH_INTRO)):
        return None  # a bare month-like word (مارس، آب، ماي) is too often something else
    if year is None:
        if published is None:
            return None, None, end
        year = _month_year(published, month, cue or direction)  # type: ignore[arg-type]
    if d is not None:
        if d > monthrange(year, month)[1]:  # type: ignore[arg-type]
            return None
        return f"{year:04d}-{month:02d}-{d:02d}", "day", end
    return f"{year:04d}-{month:02d}", "month", end


def nearest(found: list[Found], t: int) -> Found | None:
    """The expression closest to token t, preferring one after it on ties."""
    if not found:
        return None
    return min(found, key=lambda f: (min(abs(f.first - t), abs(f.last - t)), f.first < t))
