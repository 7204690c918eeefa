"""A signing body the NER did not find, read in a treaty's party slot: "مع مؤسسة تسيير لتمويل القروض".

Funds, banks, universities and companies sign memoranda, and news names them by a
head noun and what follows it: a name ("شركة أكمي"، "جامعة الملك فيصل"), adjectives ("البريد
التونسي"، "الصندوق الليبي للتنمية") or a genitive with ل ("مؤسسة تسيير لتمويل القروض الصغرى").
Where the NER leaves such a phrase out, the party slot (the subject of a signing verb, the
complement of بين/مع, a و-joined item) holds no mention and the treaty loses a side. `body_at`
reads the phrase there, the same way `treaty_groups.group_at` reads a group of states: a head
from `_HEADS`, then up to five words that continue a name, as a local organization labelled as
written. A bare definite head ("والبنك") is an earlier body (`treaty_anaphora`), not this; a
phrase holding an organization the NER found is left to that mention.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView
from kg.link.normalize import clitic_splits

#: Heads of signing bodies (indefinite, as the first word of a name, or definite before an adjective).
#: Not وزارة/حكومة: a state's body stands for its state (`Parties.chain`: "وزارة الصحة في مصر").
_HEADS = frozenset(h for w in ("شركة", "مؤسسة", "هيئة", "جامعة", "أكاديمية", "صندوق", "بنك", "مصرف",
                               "معهد", "جمعية", "غرفة", "وكالة", "كلية", "بلدية", "البريد", "مستشفى")
                   for h in vocab.keys((w, "ال" + w if not w.startswith("ال") else w)))
#: Words that end a body's name: prepositions, times, signing and treaty words are checked by the caller.
_STOP = vocab.keys(("في", "على", "مع", "بين", "من", "عن", "إلى", "الى", "حول", "بشأن", "التي", "الذي", "أن",
                    "إن", "بعد", "قبل", "خلال", "منذ", "لدى", "عبر")) | vocab.TODAY | vocab.YESTERDAY \
    | frozenset(vocab.WEEKDAYS)
_MAX = 5
_QUOTES = frozenset('"«»“”')


def _bare(key: str) -> str | None:
    for _, rest in clitic_splits(key, article=False):
        if rest in _HEADS:
            return rest
    return None


head_of = _bare  # the head noun a word is, clitics stripped ("وشركة" → "شركة"), or None


def body_at(view: DocView, t: int, stop: int, stop_words: frozenset[str]) -> tuple[Ref, int] | None:
    """The body named at token t (not a mention) up to `stop`, and the token after it, or None.
    `stop_words` are the caller's (treaty nouns, signing verbs, prepositions)."""
    toks = view.tokens
    if t > stop or t in view.token_mention or (head := _bare(toks[t].key)) is None:
        return None
    j = t + 1
    while j <= stop and j - t <= _MAX:
        tok = toks[j]
        if j in view.token_mention:
            m = view.token_mention[j]
            if view.mentions[m].ner_type == "ORG":
                return None  # "شركة «نسما»": the name is the NER's mention
            j = view.mention_span[m][1] + 1
            continue
        if tok.text in _QUOTES:
            j += 1
            continue
        if tok.punct or tok.is_(_STOP) or tok.is_(stop_words) or tok.key.startswith("و") or not tok.key.isalpha():
            if not tok.key.isalpha() and tok.text.isascii() and tok.text.isalnum():
                j += 1  # a Latin name: "شركة Syniverse"
                continue
            break
        if head.startswith("ال") and j == t + 1 and not tok.key.startswith("ال"):
            break  # "البنك" then a word that is not its adjective: an anaphor, not a name
        j += 1
    while j - 1 > t and toks[j - 1].text in _QUOTES:
        j -= 1
    if j == t + 1:
        return None
    text = view.span_text(t, j - 1)
    cut = len(toks[t].key) - len(head)
    label = " ".join("".join(ch for ch in text[cut:] if ch not in _QUOTES).split())
    return view.local_org(label, text), j


def quoted_before(view: DocView, j: int, first: int) -> Ref | None:
    """A body named in quotes that ends at token j, right before a signing verb, the NER left
    out: "وكانت «فلان» قد وقعت اتفاقية شراكة مع …". Raw news writes companies this way ("«X» قد
    وقعت اتفاقا أوليا مع"، "و«Y» توقعان اتفاقية"; 20 lines with a quoted name before وقعت/أبرمت/
    توقع, about half of them a company that signs). One to four words, no mention inside, and
    the clause opens right before the opening quote (sentence start, و، كانت، أن), so an outlet
    quoted inside a clause ("قالت صحيفة «X»") is not read as a signer."""
    toks = view.tokens
    if j < first or toks[j].text not in _QUOTES:
        return None
    k = j - 1
    while k >= first and toks[k].text not in _QUOTES and j - k <= _MAX:
        if k in view.token_mention or not toks[k].key.isalnum():
            return None
        k -= 1
    if k < first or toks[k].text not in _QUOTES or k == j - 1 or j - k > _MAX:
        return None
    before = toks[k - 1] if k - 1 >= first else None
    if before is not None and not (before.key in ("و", "،", ",") or before.is_(_OPENERS)):
        return None
    text = view.span_text(k + 1, j - 1)
    return view.local_org(" ".join(text.split()), text)


_OPENERS = vocab.keys(("كانت", "وكانت", "أن", "إن", "بأن", "لكن", "ولكن"))
