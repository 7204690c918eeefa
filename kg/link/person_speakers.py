"""A woman named by her family name after a feminine verb of saying is a PER mention: `وقالت الفلاني إن …`.

News names a woman official in full once, or never, and then by her family name alone, which is a masculine
nisba in form (الفلاني). The NER misses many of these words. The grammar says what they are: a feminine verb of
saying (قالت، أكدت، أوضحت …) takes a feminine subject, and a definite masculine word in -ي cannot be one unless it
is a woman's family name. Read on the raw news (`zcat ../shared/data/arabic-news-raw/*.txt.gz | grep -oE
"(قالت|أوضحت|…) ال[^ ]+ي [^ ]+"`): of the 60 words written there, 52 are family names (القرافي 12, العتيبي 8,
اللومي 7, الغامدي 6 …); the others are a body or company whose name goes on (`أعلنت السعودي الفرنسي كابيتال`), an
object (`أفادت الراقي وجلبت`), or a nisba of a place. Hence the word must be followed by the reported clause
(أن، إن، بأن، في) or by punctuation or the text's end, and no gazetteer name (a place, a nisba) may start on it.
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
#: Words that open the reported clause right after the speaker.
CLAUSE = frozenset(match_key(w) for w in ("أن", "إن", "بأن", "في"))
#: Confidence of a speaker found by this agreement: grammar, not the NER.
SPEAKER_CONFIDENCE = 0.6


def _saying(key: str) -> bool:
    return key in SAYING or (key[:1] in "وف" and key[1:] in SAYING)


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
        if not _saying(toks[i].key) or covered[j] or tok.start in blocked or not doc.spaced(toks[i].end, tok.start):
            continue
        key = tok.key
        if not _family_form(key) or key in lex.common_words or key in lex.title_words or honorific(key) \
                or title_head(key) is not None:
            continue
        closed = j + 1 >= len(toks) or not doc.spaced(tok.end, toks[j + 1].start) or toks[j + 1].key in CLAUSE
        if not closed:
            continue
        out.append(Mention(tok.start, tok.end, tok.text, tok.text, "PER", SPEAKER_CONFIDENCE,
                           doc.sentence(tok.start), source="pattern"))
        covered[j] = True
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["speaker_mentions"]
