"""Groups of states as one side of a treaty: "القوى الكبرى"، "مجموعة 5+1"، "الدول الست الكبرى".

News often names one side of a treaty as a group of states, not as states: "الاتفاق بين إيران
والقوى العالمية الست"، "الاتفاق الذي توصلت إليه مجموعة (5+1) وإيران". No NER model or knowledge
base holds these phrases as names, yet a reader sees a party, and a treaty of one named state
without it is one-sided. The phrase has a small grammar: a collective head noun (القوى، الدول،
دول، مجموعة، السداسية) and at least one word that makes it a group of states (rank: الكبرى،
العظمى، العالمية، الدولية; a count: الست، الخمس; or the formula 5+1, "خمسة زائد واحد"). A head
alone ("الدول"، "مجموعة الشركات") is not a party. Evidence (raw news corpus, after بين/مع in a
treaty clause): القوى العالمية الست 16, القوى الكبرى 17, الدول الكبرى 8, الدول الست الكبرى 6,
القوى الست الدولية 5, مجموعة الدول الست 4, القوى الدولية الست 4, القوى العظمى 6, مجموعة 5+1 12
(with brackets or quotes), السداسية الدولية 2, دول 5+1 3; anywhere: الدول (الخمس) (ال)دائمة العضوية 37.

`group_at` reads such a phrase at a token and gives it as an organization the article names (the
words as written, clitics and quotes dropped), the way `DocView.local_org` keys a body the KB
lacks, so the same phrase twice is one party.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView

#: Collective heads: "القوى"، "الدول"، "دول"، "مجموعة"، "السداسية" (the six, as a noun).
_HEADS = vocab.keys(("القوى", "الدول", "دول", "مجموعة", "المجموعة", "السداسية"))
#: Words that make the head a group of states: rank, reach, count, permanence in the Security
#: Council ("الدول الخمس الدائمة العضوية": raw corpus 37 with دائمة/الدائمة العضوية).
_GROUP_WORDS = vocab.keys(("الكبرى", "العظمى", "العالمية", "الدولية", "الكبار", "الست", "الستة", "الخمس",
                           "الخمسة", "السداسية", "الدائمة", "دائمة", "العضوية"))
#: After مجموعة: "مجموعة الدول الست"، "مجموعة دول 5+1".
_INNER_HEADS = vocab.keys(("الدول", "دول"))
#: The 5+1 formula in words: "مجموعة خمسة زائد واحد".
_FORMULA_WORDS = vocab.keys(("خمسة", "زائد", "واحد", "خمس"))
_BRACKETS = frozenset('"\'«»“”()[]')
#: Words that end the group's name at most this many tokens after its head.
_MAX_WORDS = 6


def _formula(view: DocView, t: int, stop: int) -> int:
    """Tokens of the 5+1 formula from t (digits, +, the words, brackets around): how many."""
    toks = view.tokens
    j = t
    seen_plus = False
    while j <= stop and j - t < _MAX_WORDS:
        tok = toks[j]
        if tok.text.replace("+", "").isdigit() or tok.text == "+" or tok.is_(_FORMULA_WORDS) or tok.text in _BRACKETS:
            seen_plus = seen_plus or "+" in tok.text or tok.key == "زائد"
            j += 1
            continue
        break
    while j > t and toks[j - 1].text in _BRACKETS and toks[j - 1].text not in ")»”":
        j -= 1  # an opening quote that belongs to the next word
    return j - t if seen_plus else 0


def group_at(view: DocView, t: int, stop: int) -> tuple[Ref, int] | None:
    """The group of states named at token t (up to `stop`, not a mention) and the token after
    it, or None."""
    toks = view.tokens
    if t > stop or t in view.token_mention or not toks[t].is_(_HEADS):
        return None
    j = t + 1
    grouped = toks[t].is_(vocab.keys(("السداسية",))) and j <= stop and toks[j].is_(_GROUP_WORDS)
    while j <= stop and j - t < _MAX_WORDS and j not in view.token_mention:
        if toks[j].is_(_GROUP_WORDS) and not toks[j].key.startswith("و"):
            grouped, j = True, j + 1
        elif toks[j].is_(_INNER_HEADS) and j == t + 1 and toks[t].is_(vocab.keys(("مجموعة", "المجموعة"))):
            j += 1
        elif n := _formula(view, j, stop):
            grouped, j = True, j + n
        else:
            break
    if not grouped:
        return None
    return _ref(view, t, j - 1), j


def _ref(view: DocView, a: int, b: int) -> Ref:
    """The group spanning tokens a..b as a local organization labelled as written."""
    head = view.tokens[a]
    text = view.span_text(a, b)
    bare = next((f for f in head.forms if f != head.key and f in _HEADS), head.key)
    cut = len(head.key) - len(bare)  # a proclitic on the head: "والقوى" → "القوى"
    label = text[cut:] if not (head.key.startswith("لل") and bare.startswith("ال")) else "ا" + text[1:]
    label = " ".join("".join(ch for ch in label if ch not in _BRACKETS).split())
    return view.local_org(label, text)
