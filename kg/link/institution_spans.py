"""Institution mentions (rule 5 of `kg.link.mentions`): a head noun of organizations followed by a name, by
construct words closed by a nisba adjective, or a phrase the gold corpora tag as one organization
(`وزارة الخارجية الروسية`، `قناة الجزيرة`، `مجلس الأمن الدولي`) becomes an ORG mention. A bare head (الوزارة) or a
head with a common complement (مؤتمر صحفي) is not an entity. A head in construct with a field and the field's
adjective is one (`هيئة الطيران المدني`, `صندوق التنمية العقارية`), and so is a ministry with a field of the raw news
(`وزارة العمل`, `kg.link.ministries.ministry_end`), and a bank with its place and adjective (`بنك قطر الوطني`).
Split out of `kg.link.mentions`, which calls it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.body_grammar import adjectival, ends_field, lam_after, named_body_end, naming_close, nisba_body_end
from kg.link.conjoined import field_adjective, joined_field
from kg.link.gazetteer import GazetteerMatch
from kg.link.heads import DEFINITE_ONLY, PALACE, PLACE_NAMED_HEADS, head_of, readings
from kg.link.lexicons import lexicons
from kg.link.ministries import MINISTRY_KEY as MINISTRY
from kg.link.ministries import ministry_end
from kg.link.normalize import clitic_splits, match_key, name_offset, restored_article
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc


def opens_with_clitic(m: Mention, known: Callable[[str], bool]) -> bool:
    """The mention's first word reads as a conjunction or preposition on a word of its own
    (وخميس، بمجلس، والأحساء): a new phrase starts there, not the rest of a name."""
    if m.label != m.text:
        return True  # the NLP stage already split a clitic off
    lex = lexicons()
    for prefix, rest in clitic_splits(match_key(m.text.split()[0]), article=False)[1:]:
        if len(rest) < 3:
            continue
        if (prefix[:1] in "وف" or rest.startswith("ال") or rest in lex.common_words or rest in lex.given_names
                or head_of(rest) or known(rest)):
            return True
    return False


def field_fragment(m: Mention, doc: _Doc, known: Callable[[str], bool]) -> bool:
    """The mention is the tagger's one-word ORG fragment of a body's و-joined field (`للكهرباء | والغاز`: the NER
    tags الغاز alone), not a body of its own: one word, no KB name, written on a word that `kg.link.conjoined` reads
    as a field (و + a definite noun, no head, title or plural of persons or bodies). It then stops no ل-phrase, and
    the body's mention takes it in."""
    i = doc.first_tok(m.start)
    return (m.ner_type == "ORG" and i is not None and len(m.label.split()) == 1 and not known(m.label)
            and doc.at_end.get(m.end) == i and joined_field(doc.toks[i].key, head_of))


def institutions(ner: list[Mention], doc: _Doc, hits: Sequence[GazetteerMatch],
                  names: Sequence[GazetteerMatch], known: Callable[[str], bool]) -> list[Mention]:
    """ORG mentions for head noun + name, head + construct words + nisba, or a gold ORG phrase."""
    toks = doc.toks
    lex = lexicons()
    # definite singular nisbas only: شركة صينية is "a Chinese company", a description, and
    # البلجيكيين "the Belgians" are people
    nisba_end = {doc.at_start[h.start]: doc.at_end[h.end] for h in hits
                 if adjectival(h) and h.start in doc.at_start and h.end in doc.at_end
                 and match_key(h.name).startswith("ال") and not match_key(h.name).endswith(("ين", "ون"))}
    mention_at = {}
    for m in ner:
        i = doc.first_tok(m.start)
        if i is not None and toks[i].start == m.start:
            mention_at[i] = m
    named = {doc.first_tok(m.start) for m in ner if m.ner_type in ("ORG", "PER") and not field_fragment(m, doc, known)}
    # a known organization after its class noun (وكالة إرنا) is linked as itself, not swallowed
    known_orgs = {i for i, m in mention_at.items() if m.ner_type != "LOC" and (known(m.label) or known(m.text))}
    place_at = {doc.at_start[h.start]: h for h in names
                if h.kind in ("Country", "City") and h.start in doc.at_start}
    out = list(ner)
    i = 0
    while i < len(toks):
        head = head_of(toks[i].text)
        inside = next((m for m in out if m.start <= toks[i].start < m.end), None)
        if head is not None and inside is not None:
            # the NER's institution without its nisba (وزارة الخارجية | الروسية): take the nisba in
            last = doc.at_end.get(inside.end)
            if (inside.ner_type in ("ORG", "LOC") and inside.start == toks[i].start and last is not None
                    and last + 1 in nisba_end and doc.spaced(inside.end, toks[last + 1].start)):
                stop = toks[nisba_end[last + 1]].end
                out = [m for m in out if m is not inside] + [replace(
                    inside, end=stop, text=doc.text[inside.start:stop],
                    label=inside.label + doc.text[inside.end:stop], ner_type="ORG")]
            i += 1
            continue
        if head is None or any(h.start <= toks[i].start < h.end for h in names):
            i += 1  # a knowledge-base name covers the head: the linker adds it whole
            continue
        end = None if i + 1 in known_orgs and i + 1 not in place_at else \
            _institution_end(i, head, toks, doc, nisba_end, mention_at, place_at, lex, known, named)
        if end is None:
            i += 1
            continue
        start, stop = toks[i].start, toks[end].end
        over = [m for m in out if m.start < stop and start < m.end]
        if any(m.start < start or m.end > stop for m in over):
            i += 1
            continue  # a mention crosses the phrase's edge: leave both as they are
        prefix = next((p for p, r in clitic_splits(toks[i].key, article=False)
                       if (r[2:] if r.startswith("ال") else r) == head), "")
        label = restored_article(prefix) + doc.text[start + name_offset(toks[i].text, prefix):stop]
        confidence = max((m.confidence for m in over), default=1.0)
        out = [m for m in out if m not in over]
        out.append(Mention(start, stop, doc.text[start:stop], label, "ORG", confidence,
                           doc.sentence(start), source="pattern"))
        i = end + 1
    return out


#: `حركة` is also "movement, traffic": حركة الرياح السطحية، حركة النقل الخارجية (raw news, 110 and 20 times) are none.
MOVEMENT = frozenset({match_key("حركة")})
#: `ب` + the article's own region or governorate: the body of that division, a word of its name as the extractors
#: read it.
OWN_DIVISION = frozenset(match_key(w) for w in ("بالمنطقة", "بالمحافظة"))
#: Bank heads and the adjectives that close a bank's name after its place besides the naming ones (raw news: `(بنك|مصرف)
#: X` + الإسلامي 29، الأول 9، التجاري 7: بنك دبي الإسلامي، بنك أبوظبي التجاري، بنك الخليج الأول).
BANKS = frozenset(match_key(w) for w in ("بنك", "مصرف"))
BANK_ADJECTIVES = frozenset(match_key(w) for w in ("الإسلامي", "التجاري", "الأول"))


def _institution_end(i, head, toks, doc, nisba_end, mention_at, place_at, lex, known, named) -> int | None:
    """The last token of the institution whose head is token i, or None if it names none."""
    def joined(a: int) -> bool:
        return a < len(toks) and doc.spaced(toks[a - 1].end, toks[a].start)

    def after_nisba(a: int) -> int:
        return nisba_end[a] if joined(a) and a in nisba_end else a - 1

    def after_place(a: int) -> int:
        """After a place's name: its nisba, or the naming adjectives that close a bank's or a university's name
        (بنك قطر الوطني، مصرف ليبيا المركزي، بنك دبي الإسلامي: `kg.link.body_grammar.naming_close`)."""
        end = after_nisba(a)
        while end - a < 1 and joined(end + 1) and (naming_close(toks[end + 1].key)
                                                  or (head in BANKS and toks[end + 1].key in BANK_ADJECTIVES)):
            end += 1
        return end

    j = i + 1
    if not joined(j):
        return None
    # head + name: an ORG/MISC mention, or after some heads a place (a mention or a known one).
    # Only a head in construct (indefinite, وزارة X) takes a name, and not one after a preposition
    # (البلدية بوزارة الشؤون البلدية)
    construct = not any(r.startswith("ال") for r in readings(toks[i].text) if head_of(r))
    if head in DEFINITE_ONLY:  # إدارة النادي، الإدارة الأمريكية: a body's management, no body (kg.link.heads)
        return None if construct else named_body_end(toks, j, joined, named)
    m = mention_at.get(j)
    if m is not None and (not construct or opens_with_clitic(m, known)):
        return None
    palace = head == PALACE and m is not None and " " not in m.text.strip()
    if m is not None and (m.ner_type in ("ORG", "MISC") or head in PLACE_NAMED_HEADS or palace) \
            and m.ner_type != "PER" and (head in PLACE_NAMED_HEADS or palace or j not in place_at):
        last = max(k for k in range(j, len(toks)) if toks[k].end <= m.end)
        return after_place(last + 1) if m.ner_type == "LOC" else after_nisba(last + 1)
    if construct and m is not None and m.ner_type == "LOC" and j not in place_at:
        return _place_field(head, max(k for k in range(j, len(toks)) if toks[k].end <= m.end), toks, joined, named)
    if j in place_at and (construct or j not in nisba_end):  # اللجنة السعودية: the nisba
        if (head not in PLACE_NAMED_HEADS and head != PALACE) or not construct:
            h = place_at[j]
            return _place_field(head, doc.at_end[h.end], toks, joined, named) if construct and h.end in doc.at_end \
                else None
        h = place_at[j]
        return after_place(doc.at_end[h.end] + 1) if h.end in doc.at_end else None
    if not construct and (end := named_body_end(toks, j, joined, named)) is not None:
        return end  # الهيئة العامة للإحصاء (kg.link.body_grammar)
    # head + construct words (definite, no name) + a nisba or "international"
    fields = []
    while joined(j) and len(fields) < 3 and j not in nisba_end and j not in mention_at:
        key = toks[j].key
        if not key.startswith("ال") or len(key) < 4 or ends_field(key, fields):
            break
        fields.append(key)
        j += 1
    if joined(j) and j in nisba_end:  # and more nisbas, adjectives, a field (kg.link.body_grammar)
        return nisba_body_end(toks, nisba_end[j], joined, nisba_end, named, not fields, head_of)
    if fields and joined(j) and ends_field(toks[j].key, fields, titles=False):
        return lam_after(toks, j, joined, named, head_of)  # مجلس الأمن الدولي، شركة المياه الوطنية
    if head == MINISTRY and construct and fields and (end := ministry_end(i, toks, joined)) is not None:
        return end  # وزارة العمل: a ministry by its field, which the tagger drops (kg.link.ministries)
    if construct and head not in MOVEMENT and len(fields) >= 2 and field_adjective(fields[1]):
        # head + field + its adjective (هيئة الطيران المدني، صندوق التنمية العقارية، مجلس الضمان الصحي): raw news
        # writes an indefinite head + definite noun + definite -ي/-ية adjective 9,800 times, nearly all a body's name
        end = i + 2 + (len(fields) > 2 and field_adjective(fields[2]))
        # the region's or governorate's own council (مجلس التنمية السياحية بالمنطقة: 116 of the phrase's 222 raw uses)
        return end + 1 if joined(end + 1) and toks[end + 1].key in OWN_DIVISION else end
    for n in range(len(fields), 0, -1):  # a phrase the gold corpora tag as one organization
        if lex.org_phrases.get(("ال" + head, *fields[:n]), 0) + lex.org_phrases.get((head, *fields[:n]), 0) >= 2:
            return i + n
    return None


#: Heads whose place + ل-phrase is an owner's or a recipient's, no name (حكومة مصر للتحالف، جيش الدولة لمواجهة), and
#: a conference, an event named after its venue: the place is the entity (مؤتمر جنيف للسلام).
NO_PLACE_FIELD = frozenset(match_key(w) for w in ("حكومة", "رئاسة", "جيش", "قصر", "مؤتمر"))


def _place_field(head: str, last: int, toks, joined, named) -> int | None:
    """After an indefinite head and a place ending at token `last`: the last token of a ل-phrase of a field that
    opens with لل and no title or body (`منظمة فلانة للتعاون`، `شركة فلانة للتنمية`، `كلية فلانة للاقتصاد`), or None.
    A place after the head stays a place (مؤتمر جنيف), but a definite field after it makes head, place and field
    one body's name: the raw news writes an institution head + one indefinite word + a ل-phrase 2,445 times, a
    body's name nearly whenever the ل-word is definite (مؤسسة دبي للمهرجانات، شركة جدة للتنمية، غرفة جدة للمعارض،
    بورصة شنغهاي للذهب، كلية لندن للاقتصاد; `وكالة رويترز للأنباء` 23)."""
    if head in NO_PLACE_FIELD or not joined(last + 1) or not toks[last + 1].key.startswith("لل"):
        return None
    end = lam_after(toks, last, joined, named, head_of)
    return end if end > last else None


__all__ = ["institutions", "opens_with_clitic"]
