"""The meeting-event lexicon as data: event kinds (with CAMEO and PLOVER codes) and the
multi-word cues of Arabic news that open an event or name one of its participants.

An event kind is a declaration, not code: `EVENT_KINDS` gives each kind its codes and
labels, and `LEXICON` lists the phrases that mark it, each with the role it plays:

* ``trigger``  — the phrase states the event by itself ("عقد جلسة مباحثات");
* ``support``  — a verb that carries the tense of a meeting noun after it ("قام بزيارة": the
  phrase is counted, its first word is matched);
* ``host``     — the mention after it hosts the event ("كان في استقباله X");
* ``leader``   — the mention after it heads a delegation that takes part ("برئاسة X");
* ``inviter``  — the mention after it invited the visitor and takes part ("تلبية لدعوة من X");
* ``companion``— the mention after it accompanies the actor ("بمعية X"، "يرافقه X");
* ``partner``  — the mention after it is the other side ("هاتفيا من X" for a call received);
* ``occasion`` — the meeting noun after it is the setting, not the event ("على هامش القمة");
* ``pronoun``  — a meeting verb whose attached object is the actor told before ("واستقبله
  الملك": the visitor of the previous sentence).

`count` is the number of paragraphs of the raw news corpora (SaudiNewsNet + ANT, 205,333
paragraphs) that contain the phrase, as words after normalization; it is the evidence the
phrase was curated from, rebuilt with

    python scripts/mine_meeting_phrases.py ../shared/data/arabic-news-raw/saudinewsnet.txt.gz \
        ../shared/data/arabic-news-raw/antcorpus.txt.gz --count

A trailing ``*`` on a word admits its possessive forms (استقباله، استقبالهم). Another
event kind (a protest, sanctions) adds its kind and its phrases here; the extractor reads
roles, not phrases.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.vocab import keys, with_suffixes


@dataclass(frozen=True)
class EventKind:
    """One kind of event: its codes (CAMEO as used by GDELT; PLOVER event type and mode)."""

    name: str
    cameo: str
    plover: str
    label_ar: str
    label_en: str


EVENT_KINDS: dict[str, EventKind] = {k.name: k for k in (
    EventKind("meeting", "040", "CONSULT", "لقاء", "meeting"),
    EventKind("talks", "046", "CONSULT", "محادثات", "talks"),
    EventKind("summit", "040", "CONSULT:multilateral", "قمة", "summit"),
    EventKind("visit", "042", "CONSULT:visit", "زيارة", "visit"),
    EventKind("reception", "043", "CONSULT:host", "استقبال", "reception"),
    EventKind("call", "041", "CONSULT:phone", "اتصال هاتفي", "phone call"),
)}


@dataclass(frozen=True)
class Cue:
    """A phrase of the lexicon: the words as written, the event kind it marks (None: any),
    the role the phrase plays, and its corpus count (paragraphs)."""

    phrase: str
    kind: str | None
    role: str
    count: int

    @property
    def words(self) -> tuple[frozenset[str], ...]:
        """Per word, the keys it matches (with possessive suffixes where marked *)."""
        return _word_keys(self.phrase)


def _word_keys(phrase: str) -> tuple[frozenset[str], ...]:
    out = []
    for w in phrase.split():
        out.append(with_suffixes((w[:-1],)) if w.endswith("*") else keys((w,)))
    return tuple(out)


ROLES = ("trigger", "support", "host", "leader", "inviter", "companion", "partner", "occasion", "pronoun")

#: The curated lexicon (counts from `scripts/mine_meeting_phrases.py --count`; ranked
#: candidates in `scripts/data/meeting_phrases.tsv`).
LEXICON: tuple[Cue, ...] = (
    # support verbs: "قام X بزيارة"، "سيقوم بزيارة"، "تلقى … اتصالا"
    Cue("قام بزيارة", "visit", "support", 33),
    Cue("قامت بزيارة", "visit", "support", 10),
    Cue("يقوم بزيارة", "visit", "support", 21),
    Cue("تقوم بزيارة", "visit", "support", 1),
    Cue("أدى زيارة", "visit", "support", 7),
    Cue("يؤدي زيارة", "visit", "support", 25),
    Cue("تؤدي زيارة", "visit", "support", 1),
    Cue("يؤديها", "visit", "support", 48),  # "زيارة رسمية يؤديها X إلى تونس"
    Cue("أداها", "visit", "support", 49),
    Cue("يجريها", None, "support", 33),
    Cue("أجراها", None, "support", 173),
    Cue("الذي جمع", None, "support", 68),  # "اللقاء الذي جمع الرئيسين X وY"
    Cue("التي جمعت", None, "support", 132),
    Cue("التي جمعته", None, "support", 11),  # "المحادثة التي جمعته برئيس الجمهورية"
    Cue("الذي جمعه", None, "support", 13),
    Cue("الذي جمعهما", None, "support", 25),
    # triggers of more than one word
    Cue("عقد جلسة مباحثات", "talks", "trigger", 11),
    Cue("جلسة مباحثات", "talks", "trigger", 30),
    Cue("جلسة محادثات", "talks", "trigger", 1),
    Cue("جولة مباحثات", "talks", "trigger", 4),
    Cue("جولة محادثات", "talks", "trigger", 2),
    Cue("كان في استقبال*", "reception", "host", 277),
    Cue("كانت في استقبال*", "reception", "host", 1),
    Cue("في استقبال*", "reception", "host", 410),
    Cue("في وداع*", "reception", "host", 77),
    # participants named by a role word
    Cue("برئاسة", None, "leader", 771),
    Cue("يرأسه", None, "leader", 48),
    Cue("يرأسها", None, "leader", 55),
    Cue("على رأسه*", None, "leader", 568),
    Cue("يتقدمه*", None, "leader", 97),
    Cue("تلبية لدعوة من", "visit", "inviter", 27),
    Cue("تلبية لدعوة", "visit", "inviter", 56),
    Cue("بدعوة من", "visit", "inviter", 67),
    Cue("بدعوة", "visit", "inviter", 123),
    Cue("بمعية", None, "companion", 40),
    Cue("في معية", None, "companion", 26),
    Cue("برفقة", None, "companion", 295),
    Cue("يرافقه", None, "companion", 150),
    Cue("ترافقه", None, "companion", 16),
    Cue("يرافقها", None, "companion", 47),
    Cue("رفقة", None, "companion", 158),
    Cue("مرفوقا", None, "companion", 25),
    Cue("مرفوقة", None, "companion", 18),
    Cue("هاتفيا من", "call", "partner", 21),
    Cue("اتصالا من", "call", "partner", 25),
    Cue("اتصالا هاتفيا من", "call", "partner", 18),
    # a meeting verb with its object attached: the object is the actor told before
    Cue("استقبله", "reception", "pronoun", 19),
    Cue("استقبلها", "reception", "pronoun", 6),
    Cue("استقبلهم", "reception", "pronoun", 8),
    Cue("يستقبله", "reception", "pronoun", 5),
    Cue("التقاه", "meeting", "pronoun", 8),
    Cue("التقاهم", "meeting", "pronoun", 4),
    Cue("التقاهما", "meeting", "pronoun", 1),
    Cue("يلتقيه", "meeting", "pronoun", 1),
    # the setting of another event, not an event of its own
    Cue("على هامش", None, "occasion", 604),
)


def by_role(role: str) -> tuple[Cue, ...]:
    return tuple(c for c in LEXICON if c.role == role)


#: Meeting verbs with an attached object pronoun → kind.
PRONOUN_VERBS: dict[str, str] = {k: c.kind or "meeting" for c in by_role("pronoun") for k in c.words[0]}


#: Support verbs of the lexicon: the verb of their phrase ("قام" of "قام بزيارة", "جمع" of
#: "الذي جمع"; a relative pronoun before the verb is the phrase's context, not the verb).
SUPPORT_WORDS: frozenset[str] = frozenset().union(*(
    c.words[1] if c.phrase.split()[0] in ("الذي", "التي") else c.words[0] for c in by_role("support")))
