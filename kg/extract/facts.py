"""The facts extracted from one linked article: posts, meetings, treaties, statements.

Frozen records, like `kg.types`: the RDF stage and the tests read them, nothing mutates
them. Every fact keeps the sentence index (or indices) that state it, so each triple it
becomes can be traced back to its evidence; and every reference to an entity keeps the
mention that names it (None when the entity is only implied, e.g. by a nisba adjective
"الروسي" → Russia, which is not a mention of its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.types import Entity

#: Meeting statuses (kg:MeetingStatus individuals); "reported" = mentioned, stage not stated; "not-held" =
#: negated, denied or refused ("لم يلتق"، "نفى أن يكون التقى").
MEETING_STATUSES = ("held", "planned", "reported", "postponed", "cancelled", "not-held")
#: Meeting kinds, as `kg:meetingKind` values ("signing": the signers of a treaty met to sign it).
MEETING_KINDS = ("meeting", "talks", "summit", "visit", "reception", "call", "signing")
#: Treaty statuses (kg:TreatyStatus individuals), most advanced first for merging.
TREATY_STATUSES = ("terminated", "ratified", "signed", "to-be-signed", "negotiating", "proposed", "mentioned")


@dataclass(frozen=True)
class Ref:
    """An entity a fact points at; `mention` is the index of the mention naming it (or None)."""

    entity: Entity
    mention: int | None = None
    text: str = ""  # the words in the article that name or imply it ("الروسي", "وإيران")

    @property
    def key(self) -> str:
        return self.entity.key

    @property
    def kb_id(self) -> str | None:
        return self.entity.kb_id


@dataclass(frozen=True)
class When:
    """A date as written, resolved when the publication date allows it.

    `iso` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" by `precision` ("day", "month", "year"), or
    None when the expression cannot be pinned down ("الأسبوع المقبل" without a publication
    date, or a week) — then only `text` is kept.
    """

    text: str
    iso: str | None = None
    precision: str | None = None
    start: int = 0
    end: int = 0

    @property
    def value(self) -> str:
        """ISO when resolved, else the text: what a user wants to see."""
        return self.iso or self.text


@dataclass(frozen=True)
class Post:
    """Person `person` holds the post `role` (+ `portfolio`) of `of` (country or organization).

    `role` is a language-neutral code from `kg.extract.vocab.ROLES` ("president",
    "minister", "spokesperson" …), `portfolio` the ministry's field ("foreign", "defence")
    when there is one; `title_text` is the title exactly as written.
    """

    person: Ref
    role: str
    title_text: str
    of: Ref | None
    evidence: int
    portfolio: str | None = None
    start: int = 0  # offsets of the title phrase in the article text
    end: int = 0
    #: where `of` comes from: "text" (the title names it), "kb" (the person's KB term of office),
    #: "article" (the one holder of that post the article qualifies), "person" (the KB person's
    #: country, for national posts); with how sure that is and why, in words.
    of_source: str = "text"
    of_confidence: float | None = None
    of_evidence: str | None = None
    #: False: the article says the person held the post before ("الرئيس السابق X", "أمير البلد
    #: حينها X"; `kg.extract.former_posts`), not that he holds it now.
    current: bool = True
    #: the body `of` is a unit of ("قسم المياه [بالمندوبية الجهوية للفلاحة]": `kg.extract.unit_parents`)
    of_parent: Ref | None = None

    @property
    def title(self) -> str:
        """The role with its portfolio, e.g. "minister:foreign"."""
        return f"{self.role}:{self.portfolio}" if self.portfolio else self.role


@dataclass(frozen=True)
class Meeting:
    """A meeting, talks, summit, visit, reception or phone call between `participants`.

    `key` identifies the event across articles (same participants, same day or month,
    same mode: in person or by phone); `evidence` lists every sentence that reports it.
    """

    participants: tuple[Ref, ...]
    kind: str
    status: str
    cameo: str
    evidence: tuple[int, ...]
    key: str
    place: Ref | None = None
    date: When | None = None
    trigger: str = ""  # the word(s) that announced it, as written


@dataclass(frozen=True)
class Treaty:
    """A treaty, agreement or memorandum between `parties`, with what the article says of it."""

    parties: tuple[Ref, ...]
    status: str
    label: str  # as written: "اتفاقية شراكة استراتيجية شاملة"
    evidence: tuple[int, ...]
    key: str
    topic: str = "general"  # "strategic-partnership", "free-trade", "peace" … (see vocab)
    memorandum: bool = False  # a memorandum of understanding, not a binding treaty
    date: When | None = None  # signing date
    place: Ref | None = None  # signing place
    duration_years: int | None = None
    article_count: int | None = None
    areas: tuple[str, ...] = ()  # "defence", "trade", "energy" … (vocab.AREAS codes)


@dataclass(frozen=True)
class Statement:
    """`speaker` said `quote` (character span `start`..`end` of the article), maybe via `outlet`."""

    speaker: Ref
    quote: str
    start: int
    end: int
    evidence: int
    verb: str = ""  # the reporting verb as written ("قال", "أكدت")
    outlet: Ref | None = None  # agency or outlet that carried it, when named by a mention
    outlet_text: str | None = None  # the attribution as written ("وكالة الأنباء الروسية تاس")


@dataclass(frozen=True)
class Facts:
    """Everything `kg.extract.extract_facts` found in one article."""

    posts: tuple[Post, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    treaties: tuple[Treaty, ...] = ()
    statements: tuple[Statement, ...] = ()
    #: (name, value) of what `kg.extractors` plugins provide, in the order they ran.
    extra: tuple[tuple[str, Any], ...] = ()

    def __len__(self) -> int:
        return len(self.posts) + len(self.meetings) + len(self.treaties) + len(self.statements)
