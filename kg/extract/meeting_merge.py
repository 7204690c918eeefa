"""When two meeting records are one event: the identity key, and the merges that use it.

An event's identity (`meeting_key`) is its participants, its day (or month) and its mode, so
the same talks told in two articles become one node. Inside one article, the same event is
often told twice (a lead sentence, then the details), each telling with some of the
participants: `merge_told_twice` joins such records before `merge_same_key` folds records of
one key. Both keep the most telling status, the most specific kind, and every evidence sentence.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.facts import Meeting, Ref, When
from kg.extract.lexicon import meetings as lexicon
from kg.extract.text import DocView

_STATUS_RANK = {"not-held": 6, "cancelled": 5, "postponed": 4, "held": 3, "planned": 2, "reported": 1}


def meeting_key(participants: list[Ref] | tuple[Ref, ...], kind: str, when: When | None, view: DocView) -> str:
    """Identity of an event across articles: participants, day (or month), in person or by phone.

    Without a date the publication month stands in (the same talks reported over a few days
    merge, a summit years apart does not); without either, the event stays local to its
    article rather than risk merging two different ones.
    """
    if when is not None and when.iso and when.precision == "day":
        day = when.iso
    elif when is not None and when.iso:
        day = when.iso[:7]
    elif view.doc.published is not None:
        day = view.doc.published.isoformat()[:7]
    else:
        day = f"article:{view.doc.id}"
    mode = "call" if kind == "call" else "in-person"
    return "|".join(["meeting", ",".join(sorted({p.key for p in participants})), day, mode])


def merge_told_twice(events: list[Meeting], view: DocView, split: dict[int, int]) -> list[Meeting]:
    """The same event told twice in one article: one's participants within the other's (or
    two shared persons), same mode (in person / phone), no conflicting day. The later
    telling joins the earlier one, which keeps the larger participant set."""
    out: list[Meeting] = []
    origin: list[int | None] = []  # the split clause of each record kept
    for e in events:
        keys = {p.key for p in e.participants}
        for i, old in enumerate(out):
            if (origin[i] is not None and origin[i] == split.get(id(e))) or -1 in (origin[i], split.get(id(e))):
                continue  # "يلتقي خلالها X وY": two records of one clause, kept apart
            old_keys = {p.key for p in old.participants}
            same_mode = (old.kind == "call") == (e.kind == "call") or _call_told_again(old, e)
            days = {w.iso for w in (old.date, e.date) if w is not None and w.iso}
            persons = {p.key for p in (*old.participants, *e.participants) if p.entity.kind == "Person"}
            shared_persons = len(keys & old_keys & persons)
            if not same_mode or len(days) > 1 or not (keys <= old_keys or old_keys <= keys or shared_persons >= 2):
                continue
            if len(keys & old_keys) < min(2, len(keys), len(old_keys)):
                continue
            union = old.participants + tuple(p for p in e.participants if p.key not in old_keys)
            if len(union) > max(len(keys), len(old_keys)) and not shared_persons >= 2:
                union = old.participants if len(old_keys) >= len(keys) else e.participants
            joined = _joined(old, e)
            out[i] = replace(joined, participants=union, key=meeting_key(list(union), joined.kind, joined.date, view))
            break
        else:
            out.append(e)
            origin.append(split.get(id(e)))
    return out


def _call_told_again(old: Meeting, e: Meeting) -> bool:
    """A phone call, then talks with no place of their own in the next sentence ("أجرى X اتصالا هاتفيا مع Y
    …. وأكد X خلال محادثته مع Y …"): the talks are the call's, one event."""
    call, talks = (old, e) if old.kind == "call" else (e, old)
    return call.kind == "call" and talks.kind == "talks" and talks.place is None and all(
        0 <= s - max(call.evidence) <= 1 for s in talks.evidence)


def merge_same_key(events: list[Meeting]) -> list[Meeting]:
    """One Meeting per identity key: evidence joined, the most telling status, kind, place, date."""
    merged: dict[str, Meeting] = {}
    for e in events:
        old = merged.get(e.key)
        if old is None:
            merged[e.key] = e
            continue
        merged[e.key] = _joined(old, e)
    return list(merged.values())


def _joined(old: Meeting, e: Meeting) -> Meeting:
    """`old` with `e` folded in (participants and key left to the caller): the most specific
    kind, the most telling status and its CAMEO code, every evidence sentence, the first place
    and date either gives, both triggers."""
    kind = min(old.kind, e.kind, key=vocab.KIND_PRIORITY.index)
    status = max(old.status, e.status, key=_STATUS_RANK.__getitem__)
    cameo = vocab.CAMEO["planned"] if status == "planned" else lexicon.EVENT_KINDS[kind].cameo
    return replace(old, kind=kind, status=status, cameo=cameo, evidence=tuple(sorted({*old.evidence, *e.evidence})),
                   place=old.place or e.place, date=old.date or e.date,
                   trigger=old.trigger if old.trigger == e.trigger else f"{old.trigger} {e.trigger}")
