"""Accusative posts the title grammar does not read: "مديرًا عامًا للخطوط التونسية"، "واليًا على سوسة"، "رئيسًا
تنفيذيًا للشركة"، "كاتبًا عامًا بالخطوط".

`kg.extract.titles` reads a head in the nominative or genitive (and وزيرًا، رئيسًا، سفيرًا as duals); a post given
to someone ("عيّن X مديرًا عامًا لـ…"، "وتعيينه واليًا على …"، "X، الذي يعمل مستشارًا لـ…") is in the accusative,
with accusative adjectives and its body in ل/ب (a mention, else `kg.extract.body_titles.body_words`) or, for a
wali or governor, its place after على. Used by `kg.extract.appointments` and `kg.extract.accusative_posts`.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.body_titles import body_words
from kg.extract.text import DocView
from kg.extract.titles import Title
from kg.link.normalize import match_key

#: Accusative heads the title grammar reads only in the nominative or genitive, by role. Raw corpus (both files),
#: lines after an appointing word: مديرا 48, مستشارا 28, واليا 9, محافظا 8, رئيسا تنفيذيا 6, قائدا 4, مندوبا 3.
_HEADS = {**dict.fromkeys(vocab.keys(("مديرا", "مديرة")), "director"),
          **dict.fromkeys(vocab.keys(("واليا",)), "wali"),
          **dict.fromkeys(vocab.keys(("محافظا",)), "governor"),
          **dict.fromkeys(vocab.keys(("مستشارا", "مستشارة")), "adviser"),
          **dict.fromkeys(vocab.keys(("قائدا",)), "leader"),
          **dict.fromkeys(vocab.keys(("مندوبا",)), "representative"),
          **dict.fromkeys(vocab.keys(("رئيسا", "رئيسة")), "head")}
#: "أمينًا عامًا"، "رئيسًا مديرًا عامًا" (the Maghreb's PDG): two- and three-word heads.
_PHRASES = {tuple(match_key(w) for w in k.split()): role for k, role in (
    ("أمينا عاما", "secretary-general"), ("أمينة عامة", "secretary-general"),
    ("رئيسا مديرا عاما", "head"), ("رئيسة مديرة عامة", "head"),
    ("رئيسا تنفيذيا", "head"), ("رئيسة تنفيذية", "head"),
    # the Maghreb's "كاتب عام" (secretary-general of a body): raw corpus, "كاتبا عاما|عامّا" 4 lines
    ("كاتبا عاما", "secretary-general"), ("كاتبة عامة", "secretary-general"))}
#: Accusative adjectives of the head, the title's own ("مديرًا عامًا"، "مديرًا جهويًا"، "مديرًا فنيًا جديدًا").
_ADJECTIVES = vocab.keys(("عاما", "عامة", "تنفيذيا", "تنفيذية", "جهويا", "جهوية", "إقليميا", "اقليميا",
                          "إقليمية", "فنيا", "فنية", "جديدا", "جديدة"))
#: "واليًا على سوسة"، "محافظًا على البنك المركزي" (the Maghreb's wali and a bank's governor take على).
_ON = vocab.keys(("على",))
#: "سيتم تعيين"، "يعتزم تعيين"، "اقتراح تعيين": not held yet (raw corpus, both files: 15 lines; "قد عيّن" is held).
NOT_YET = vocab.keys(("سيتم", "سوف", "يعتزم", "تعتزم", "ينوي", "تنوي", "يرجح", "اقترح", "اقتراح", "يقترح"))
#: "مديرًا لأحد الأقسام": no body named.
_SOME = vocab.keys(("أحد", "إحدى", "احد", "احدى", "بعض"))


def accusative_title(view: DocView, j: int) -> Title | None:
    """The accusative post at token j that the title grammar does not read: "مديرًا عامًا للخطوط التونسية"،
    "واليًا على سوسة"، "رئيسًا تنفيذيًا للشركة"; None when no body or place follows the head."""
    toks = view.tokens
    if j >= len(toks):
        return None
    role, k = None, j
    for words, r in _PHRASES.items():
        if tuple(tok.key for tok in toks[j:j + len(words)]) == words or (
                toks[j].key[:1] == "و" and toks[j].key[1:] == words[0]
                and tuple(tok.key for tok in toks[j + 1:j + len(words)]) == words[1:]):
            role, k = r, j + len(words)
            break
    if role is None:
        role = toks[j].which(_HEADS)
        k = j + 1
    if role is None:
        return None
    while k < len(toks) and k < j + 4 and toks[k].is_(_ADJECTIVES):
        k += 1
    if k >= len(toks):
        return None
    if role in ("wali", "governor") and toks[k].is_(_ON):
        m = view.mention_at.get(k + 1)
        if m is None or view.is_person(m):
            return None
        last = view.mention_span[m][1]
        return Title(role, j, last, view.span_text(j, last), view.ref(m))
    if toks[k].key[:1] not in "لب" or toks[k].is_(_SOME):
        return None  # "مديرًا لأحد الأقسام": no body named
    m = view.mention_at.get(k)
    if m is not None and not view.is_person(m):
        last = view.mention_span[m][1]
        return Title(role, j, last, view.span_text(j, last), view.ref(m))
    found = body_words(view, k)
    if found is None:
        return None
    of, end = found
    return Title(role, j, end - 1, view.span_text(j, end - 1), of)
