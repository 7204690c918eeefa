"""A woman named by her family name after a feminine verb of saying is a PER mention: `وقالت الفلاني إن …`.

News names a woman official in full once, or never, and then by her family name alone, which is a masculine
nisba in form (الفلاني). The NER misses many of these words. The grammar says what they are: a feminine verb of
saying (قالت، أكدت، أوضحت …) takes a feminine subject, and a definite masculine word in -ي cannot be one unless it
is a woman's family name. Read on the raw news (`zcat ../shared/data/arabic-news-raw/*.txt.gz | grep -oE
"(قالت|أوضحت|…) ال[^ ]+ي [^ ]+"`): of the 60 words written there, 52 are family names (القرافي 12, العتيبي 8,
اللومي 7, الغامدي 6 …); the others are a body or company whose name goes on (`أعلنت السعودي الفرنسي كابيتال`), an
object (`أفادت الراقي وجلبت`), or a nisba of a place. Hence the word must be followed by the reported clause
(أن، إن، بأن، في) or by punctuation or the text's end, and no gazetteer name (a place, a nisba) may start on it.

After a masculine verb (`وأوضح الفلاني أن`) the word may also be a common noun (the lawyer, the residents, the club):
of 402 words written there before أن/إن, most are family names (العنزي 22, الزهراني 21 …), the others occupations,
groups and bodies (`COMMON_SPEAKERS`, read by hand); the reported clause must follow right after the name.
Probe: on about 1,500 raw paragraphs already tagged by the NER (scripts/probe_mentions.py samples) the rule adds
5 persons the NER missed, all family names (وأوضح العماري أن، قالت الزريبي إن).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.link.person_spans import honorific, title_head
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: Feminine perfect verbs of saying whose object is the reported clause (not دعت/أفادت, which take a person).
SAYING = frozenset(match_key(w) for w in (
    "قالت", "أكدت", "أوضحت", "أضافت", "بينت", "اعتبرت", "أشارت", "نفت", "لفتت", "شددت", "كشفت", "تابعت",
    "ذكرت", "صرحت", "رأت", "أبرزت", "أعربت", "لاحظت", "أفصحت",
))
#: Masculine perfect verbs of saying: a masculine subject may be a common noun in -ي (the lawyer, the residents).
SAYING_MASCULINE = frozenset(match_key(w) for w in (
    "قال", "أكد", "أوضح", "أضاف", "اعتبر", "أشار", "نفى", "لفت", "شدد", "كشف", "تابع", "ذكر", "صرح",
    "رأى", "أبرز",
))
#: Words that open the reported clause right after the speaker.
CLAUSE = frozenset(match_key(w) for w in ("أن", "إن", "بأن", "في"))
#: After a masculine verb only the reported clause itself (أن، إن، بأن) closes the name.
CLAUSE_STRICT = frozenset(match_key(w) for w in ("أن", "إن", "بأن"))
#: Definite -ي words that speak as a common noun: an occupation, a group or a body. Read by hand from the
#: 402 words written between a masculine verb of saying and أن/إن in the raw news (command in the module
#: docstring, `و?(قال|أوضح|…) ال…ي (أن|إن|بأن)`): الأهالي 7, المحامي 6, القاضي 5, الوالي 4, النادي 3, and once or
#: twice the rest; words of the same kind added by hand.
COMMON_SPEAKERS = frozenset(match_key(w) for w in (
    "الأهالي", "المحامي", "القاضي", "الوالي", "النادي", "الإعلامي", "الصحفي", "المفتي", "الدبلوماسي",
    "الشرطي", "الشاكي", "المدعي", "الجماعي", "الثنائي", "الراعي", "المغني", "الحضري", "الغربي", "القبلي",
    "الجبلي", "العسكري", "الأمني", "الرياضي", "الفني", "المهني", "الحقوقي", "الجامعي", "الإداري", "الأهلي",
    "الراوي", "الساعي", "المعني", "المحلي", "الدولي", "الإقليمي", "الوطني", "الحكومي", "الرسمي",
))
#: Confidence of a speaker found by this agreement: grammar, not the NER.
SPEAKER_CONFIDENCE = 0.6


def _saying(key: str, verbs: Collection[str]) -> bool:
    return key in verbs or (key[:1] in "وف" and key[1:] in verbs)


def _family_form(key: str) -> bool:
    """A definite masculine word in -ي (الفلاني), not -يي and at least three letters after the article."""
    return key.startswith("ال") and key.endswith("ي") and not key.endswith("يي") and len(key) >= 6 \
        and key.isalpha()


def speaker_mentions(mentions: list[Mention], doc: _Doc, blocked: Collection[int] = ()) -> list[Mention]:
    """The mentions with a PER mention for each uncovered family name after a feminine verb of saying.

    `blocked`: offsets where a gazetteer name starts (a place, a body, a nisba)."""
    toks = doc.toks
    lex = lexicons()
    covered = [any(m.start < t.end and t.start < m.end for m in mentions) for t in toks]
    out = list(mentions)
    for i in range(len(toks) - 1):
        j = i + 1
        tok = toks[j]
        feminine = _saying(toks[i].key, SAYING)
        if not (feminine or _saying(toks[i].key, SAYING_MASCULINE)) or covered[j] or tok.start in blocked \
                or not doc.spaced(toks[i].end, tok.start):
            continue
        key = tok.key
        if not _family_form(key) or key in lex.common_words or key in lex.title_words or honorific(key) \
                or title_head(key) is not None or key in COMMON_SPEAKERS:
            continue
        if feminine:
            closed = j + 1 >= len(toks) or not doc.spaced(tok.end, toks[j + 1].start) or toks[j + 1].key in CLAUSE
        else:
            closed = j + 1 < len(toks) and doc.spaced(tok.end, toks[j + 1].start) \
                and toks[j + 1].key in CLAUSE_STRICT
        if not closed:
            continue
        out.append(Mention(tok.start, tok.end, tok.text, tok.text, "PER", SPEAKER_CONFIDENCE,
                           doc.sentence(tok.start), source="pattern"))
        covered[j] = True
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["speaker_mentions"]
