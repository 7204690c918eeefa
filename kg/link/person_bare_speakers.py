"""A bare family name right after a verb of saying, closed by the reported clause or punctuation, is a PER mention:
`وقال فلانوف: …`، `وأضاف حداد أن …`، `وبين فلان، …`.

News names a speaker in full once, or never, and then by the family name alone; foreign, Maghrebi and Levantine
family names carry no article (Netanyahu's minister `يعلون`, a Tunisian minister `خلبوس`), so neither the definite
family-name rules (`kg.link.person_speakers`, `kg.link.person_family_names`) nor the lexicons of family names hold
most of them, and the NER misses many. The grammar tells: a perfect verb of saying (قال، أضاف، أوضح …, a conjunction
allowed) takes its subject right after it, and a subject of one undefined word closed at once by the reported
clause (أن، إن، بأن) or by punctuation is a name, unless the word is of another kind by its form.

Raw news (both corpora: a verb of saying + a word + `:`/`،`/`إن`/`أن`): 1,773 such words pass the form checks
below; of the 1,465 that no name list holds, the 150 most frequent were read by hand: family names but for the
preposition على written as علي after its verb (وأكد على، 171: told apart by its alef maqsura), سكان "residents" (19,
its definite form a common word), معلومات (3), لرويترز (3), places (موسكو، تونس: gazetteer names, blocked) and a few
companies (نتفليكس، داماك). The form checks: no article; no common word, title or honorific, in none of its
clitic readings; no attached pronoun or accusative ending (سموه، مراسلنا، قائلا), no sound plural of a participle, a
nisba or the pattern فاعلون (محللون، دبلوماسيون، ناشطون، معلومات; names in -ون stay: يعلون، هارون), no final ى
(تعالى); a word opening on the imperfect ي (يجب أن) only before punctuation (`وقال يعلون:`). The verb بيّن is
left out: written بين it is the preposition "between". A given name alone (`وقال سامي إن`) is left to the NER: it
names no one across articles.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key
from kg.link.person_spans import (
    PATTERN_CONFIDENCE,
    PREPOSITIONS,
    clause_opener,
    given_word,
    honorific,
    preposition_spelling,
    title_head,
)
from kg.link.person_speakers import CLAUSE_STRICT, SAYING, SAYING_MASCULINE
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: Endings of a word that is no bare family name: attached pronouns, the accusative, the feminine plural, alef
#: maqsura.
_NOT_NAME_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ا", "ات", "ى")
#: Masculine sound plural endings: a group speaks (محللون، ناشطون), but names end so too (يعلون، هارون، ياسين).
_PLURAL_ENDINGS = ("ون", "ين")


def _plural(key: str) -> bool:
    """A sound masculine plural of a participle (محللون، مسلحون، مراقبين), a nisba (دبلوماسيون) or the pattern
    فاعلون (ناشطون، نازحون): a group of speakers, no person's name."""
    if not key.endswith(_PLURAL_ENDINGS):
        return False
    stem = key[:-2]
    return key[0] == "م" or stem.endswith("ي") or (len(stem) == 4 and stem[1] == "ا") \
        or stem in lexicons().common_words or "ال" + stem in lexicons().common_words
#: Punctuation that closes the speaker's name before the reported words.
_CLOSING = frozenset(":،,؛")


def _said(key: str) -> bool:
    verbs = SAYING | SAYING_MASCULINE
    return key in verbs or (key[:1] in "وف" and key[1:] in verbs)


def _name_form(key: str, text: str, known: Callable[[str], bool]) -> bool:
    """An undefined word that may be a family name by its form (module docstring)."""
    lex = lexicons()
    if len(key) < 3 or not key.isalpha() or key.endswith(_NOT_NAME_ENDINGS) or _plural(key) \
            or preposition_spelling(key, text):
        return False
    for prefix, rest in clitic_splits(key, article=False):
        if prefix and len(rest) < 3:
            continue
        if (rest.startswith("ال") or rest in lex.common_words or "ال" + rest in lex.common_words
                or rest in lex.title_words or title_head(rest) is not None or honorific(rest)
                or rest in PREPOSITIONS or clause_opener(rest) or (prefix and known(rest))):
            return False
    return True


def bare_speaker_mentions(mentions: list[Mention], doc: _Doc, known: Callable[[str], bool],
                          blocked: Collection[int] = ()) -> list[Mention]:
    """The mentions with a PER mention for each uncovered bare family name after a verb of saying (module).

    `known(label)`: a knowledge-base name; `blocked`: offsets where a gazetteer name starts (a place, a body)."""
    toks = doc.toks
    covered = [any(m.start < t.end and t.start < m.end for m in mentions) for t in toks]
    # as for the other family-name rules, a word a person mention of the article holds is that person's already
    named = {match_key(w) for m in mentions if m.ner_type == "PER" for w in m.label.split()}
    out = list(mentions)
    for i in range(len(toks) - 1):
        j = i + 1
        tok = toks[j]
        if not _said(toks[i].key) or covered[j] or tok.start in blocked or not doc.spaced(toks[i].end, tok.start) \
                or tok.key in named or given_word(tok.key, tok.text) or not _name_form(tok.key, tok.text, known):
            continue
        after = doc.text[tok.end:toks[j + 1].start].strip() if j + 1 < len(toks) else ""
        punctuated = after[:1] in _CLOSING
        clause = j + 1 < len(toks) and doc.spaced(tok.end, toks[j + 1].start) and toks[j + 1].key in CLAUSE_STRICT
        if not (punctuated or (clause and tok.key[:1] != "ي")):
            continue
        out.append(Mention(tok.start, tok.end, tok.text, tok.text, "PER", PATTERN_CONFIDENCE,
                           doc.sentence(tok.start), source="pattern"))
        covered[j] = True
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["bare_speaker_mentions"]
