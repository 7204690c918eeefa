"""The meeting lexicon (`meetings.tsv`) as the meeting extractor reads it: rows by role, and
the word sets derived from them. Data only — the phrases, their roles, kinds and corpus
counts live in the TSV; the kinds and their codes in `kinds.tsv`."""

from __future__ import annotations

from kg.extract.lexicon import Entry, EventKind, event_kinds, load

#: A phrase of the lexicon (role = `cls`, phrase = `form`).
Cue = Entry

_LEX = load("meetings")

#: The meeting kinds declared in kinds.tsv, by name.
EVENT_KINDS: dict[str, EventKind] = {k.name: k for k in event_kinds().values() if k.lexicon == "meetings"}
#: The roles a meeting phrase can play (kinds.tsv).
ROLES: tuple[str, ...] = tuple(dict.fromkeys(r for k in EVENT_KINDS.values() for r in k.roles))
#: Every curated row, in file order.
LEXICON: tuple[Cue, ...] = _LEX.entries


def by_role(role: str) -> tuple[Cue, ...]:
    return _LEX.rows(role)


#: Meeting verbs with an attached object pronoun → kind.
PRONOUN_VERBS: dict[str, str] = {k: c.kind or "meeting" for c in by_role("pronoun") for k in c.words[0]}

#: Support verbs of the lexicon: the verb of their phrase ("قام" of "قام بزيارة", "جمع" of
#: "الذي جمع"; a relative pronoun before the verb is the phrase's context, not the verb).
SUPPORT_WORDS: frozenset[str] = frozenset().union(*(
    c.words[1] if c.form.split()[0] in ("الذي", "التي") else c.words[0] for c in by_role("support")))

#: First person plural meeting verbs ("التقينا"، "نجتمع") → kind: they state the event and the
#: speaker's state takes part.
WE_VERBS: dict[str, str] = {k: c.kind for c in by_role("we") if c.kind for k in c.words[0]}
#: Every first person plural word of the lexicon: the speaker's side ("بلادنا"، "حكومتنا").
WE_WORDS: frozenset[str] = frozenset().union(*(c.words[0] for c in by_role("we")))

#: Verbs of the lexicon that state the event by themselves ("استضاف" → reception) → kind; a
#: form starting with ي/ت is the present. Their subject and object are the parties, both persons.
VERBS: dict[str, str] = {k: c.kind or "meeting" for c in by_role("verb") if len(c.words) == 1 for k in c.words[0]}
#: Phrases of the lexicon that state the event after their clause's verb ("حل X ضيفا على Y":
#: the verb حل opens the clause, its subject stands between): matched whole at their first word.
VERB_CUES: tuple[Cue, ...] = tuple(c for c in by_role("verb") if len(c.words) > 1)
#: The first word of every verb row: an event stated only by these needs two persons.
VERB_HEADS: frozenset[str] = frozenset().union(*(c.words[0] for c in by_role("verb")))
#: Support rows of a motion verb and its preposition ("متوجها إلى"، "توجه إلى"): they carry a visit
#: noun only ("متوجها إلى تونس في زيارة"); "متوجها إلى الدوحة للقاء X" tells a meeting still to come.
MOTION_SUPPORT: frozenset[str] = frozenset().union(*(
    c.words[0] for c in by_role("support") if len(c.words) == 2 and c.form.split()[1] in ("إلى", "الى")))
