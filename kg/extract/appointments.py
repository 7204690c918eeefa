"""Appointments: "باختيار الأمير X وليًا للعهد"، "وتعيينه نائبًا لرئيس الحكومة وزيرًا للمالية".

News reports a post by the act that gives it: a verbal noun of appointing (تعيين، اختيار، تكليف) with
the appointee named after it, or referred to by its pronoun suffix (تعيينه، تعيينها: the person named
last before it in the sentence), then the post in the accusative (وزيرًا، رئيسًا، نائبًا، وليًا …),
its complement in ل ("وزيرًا للداخلية" = "وزير الداخلية"), several of them joined by و or commas. The
appointee holds each of those posts from then on, as the article says; the post's country is filled
as for any title written without one (`kg.extract.post_of`).

Raw corpus (both files, `scripts/raw_corpus.py` lines): تعيين|اختيار|تكليف (with و/ب/ل, with or without
the pronoun) + at most five words + an accusative title head: 309 occurrences (219 with the name after
the noun, 88 with the pronoun); heads رئيسًا 85, مديرًا 48, وزيرًا 45, نائبًا 28, مستشارًا 28, وليًا 14.
Only the heads the title grammar parses in the accusative are read (وزيرًا، رئيسًا، سفيرًا، نائبًا + a
title, وليًا للعهد، وليًا لولي العهد).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.accusative_heads import NOT_YET, accusative_title
from kg.extract.holders import governed
from kg.extract.text import DocView
from kg.extract.titles import Title, parse_title
from kg.link.normalize import match_key

#: Verbal nouns of appointing, without clitics.
_NOUNS = frozenset(match_key(w) for w in ("تعيين", "اختيار", "تكليف"))
_CROWN = match_key("وليا")
_FOR_REIGN = match_key("للعهد")
_OF_HEIR = match_key("لولي")
_REIGN = match_key("العهد")


def appointed(view: DocView) -> list[tuple[Title, int]]:
    """(title, person mention) for every post an appointment in the article gives."""
    toks = view.tokens
    out: list[tuple[Title, int]] = []
    for t, tok in enumerate(toks):
        pronoun = _appointing(tok.key)
        if pronoun is None or t > 0 and toks[t - 1].is_(NOT_YET):
            continue  # "سيتم تعيين X": not held yet
        k = t + 1
        if pronoun:  # "وتعيينه": the person named last before it
            person = _antecedent(view, t)
        else:  # "باختيار الأمير X": the person named after it
            while k < len(toks) and k not in view.mention_at and toks[k].is_(vocab.HONORIFICS):
                k += 1
            m = view.mention_at.get(k)
            person = m if m is not None and view.is_person(m) else None
            if person is not None:
                k = view.mention_span[person][1] + 1
        if person is None:
            continue
        out.extend((title, person) for title in _accusative_titles(view, k))
    return out


def _appointing(key: str) -> bool | None:
    """None: not a verbal noun of appointing; else whether it carries a pronoun suffix (تعيينه)."""
    for stripped in _without_clitics(key):
        if stripped in _NOUNS:
            return False
        for suffix in ("ه", "ها"):
            if stripped.endswith(suffix) and stripped[:-len(suffix)] in _NOUNS:
                return True
    return None


def _without_clitics(key: str) -> list[str]:
    """The key without a leading و/ف and then ب/ل (each optional)."""
    out = [key]
    for k in list(out):
        if k[:1] in "وف":
            out.append(k[1:])
    for k in list(out):
        if k[:1] in "بل":
            out.append(k[1:])
    return out


def _antecedent(view: DocView, t: int) -> int | None:
    """The person mention that ends last before token t in t's sentence, not one with a preposition
    ("وشكر X للملك على تعيينه وزيرًا": X is the one appointed)."""
    sentence = view.tokens[t].sentence
    best: int | None = None
    for m, (first, last) in view.mention_span.items():
        if last < t and view.tokens[first].sentence == sentence and view.is_person(m) and not governed(view, m) \
                and (best is None or last > view.mention_span[best][1]):
            best = m
    return best


def _accusative_titles(view: DocView, k: int) -> list[Title]:
    """The accusative titles from token k on, joined by و or commas."""
    toks = view.tokens
    titles: list[Title] = []
    while k < len(toks):
        j = k
        while j < len(toks) and toks[j].key in ("،", ",", "و") and titles:
            j += 1
        title = named_accusative(view, j) or parse_title(view, j) or accusative_title(view, j)  # "مديرًا عامًا لـ…"
        if title is None or not _accusative(toks[j].key) or title.role not in vocab.ROLES:
            break
        titles.append(replace(title, plural=False))
        k = title.last + 1
    return titles


def named_accusative(view: DocView, j: int) -> Title | None:
    """An accusative post whose role its words name ("وليًا للعهد"، "رئيسًا للحكومة"، "نائبًا ثانيًا لرئيس …")."""
    return _crown_prince(view, j) or _head_of(view, j) or _with_ordinal(view, j)


def _accusative(key: str) -> bool:
    """A head in the accusative: "وزيرا"، "ورئيسا"، "نائبا" (the tanween is not in the key)."""
    return len(key) > 3 and key.endswith("ا")


def _with_ordinal(view: DocView, j: int) -> Title | None:
    """"نائبًا ثانيًا لرئيس الحكومة": a prefix, an ordinal in the accusative, then the title it is the
    deputy of."""
    toks = view.tokens
    if j + 2 >= len(toks) or toks[j + 1].key not in _ORDINALS:
        return None
    prefix = toks[j].which(vocab.TITLE_PREFIXES)
    inner = parse_title(view, j + 2) if prefix is not None else None
    role = vocab.PREFIXED_ROLES.get((prefix, inner.role)) if inner is not None else None
    if inner is None or role is None:
        return None
    return replace(inner, role=role, first=j, text=view.span_text(j, inner.last))


#: Ordinals in the accusative after a deputy's prefix ("نائبًا ثانيًا").
_ORDINALS = frozenset(match_key(w) for w in ("أولا", "اولا", "ثانيا", "ثالثا"))


#: Accusative heads with a complement in ل that the title grammar reads only in the genitive: "رئيسًا
#: للوزراء" = "رئيس الوزراء", "رئيسًا للجمهورية" = "رئيس الجمهورية".
_HEAD_OF = {tuple(match_key(w) for w in k.split()): role for k, role in (
    ("رئيسا للوزراء", "prime-minister"), ("رئيسا للحكومة", "prime-minister"),
    ("رئيسا لمجلس الوزراء", "prime-minister"), ("رئيسا للجمهورية", "president"), ("رئيسا للبلاد", "president"))}


def _head_of(view: DocView, j: int) -> Title | None:
    toks = view.tokens
    for words, role in _HEAD_OF.items():
        end = j + len(words)
        if end <= len(toks) and words[0] in _without_clitics(toks[j].key) \
                and tuple(tok.key for tok in toks[j + 1:end]) == words[1:]:
            return Title(role, j, end - 1, view.span_text(j, end - 1))
    return None


def _crown_prince(view: DocView, j: int) -> Title | None:
    """"وليًا للعهد" (crown prince), "وليًا لولي العهد" (deputy crown prince)."""
    toks = view.tokens
    if j + 1 >= len(toks) or _CROWN not in _without_clitics(toks[j].key):
        return None
    if toks[j + 1].key == _FOR_REIGN:
        return Title("crown-prince", j, j + 1, view.span_text(j, j + 1))
    if j + 2 < len(toks) and toks[j + 1].key == _OF_HEIR and toks[j + 2].key == _REIGN:
        return Title("deputy-crown-prince", j, j + 2, view.span_text(j, j + 2))
    return None
