"""A spokesman's body written in ب: "الناطق الإعلامي بشرطة منطقة القصيم الرائد X"، "المتحدث الرسمي بأمانة …".

`kg.extract.body_titles` reads a spokesman of a body the NER leaves untagged when the body comes in ل or after
باسم ("المتحدث الرسمي لشرطة …"، "المتحدث باسم القوات المسلحة"). Saudi and Gulf outlets as often write the body
in ب after the spokesman's adjective. Raw corpus (both files): 267 lines with "(المتحدث|الناطق)
(الرسمي|الإعلامي|الأمني) ب" + شرطة|أمانة|إدارة|المديرية|وزارة|هيئة|جامعة …, against 540 with the same in ل.
What he says is in ب too ("الناطق الإعلامي بشرطة المنطقة بأنه …" has its body; "أفاد المتحدث الرسمي بأن …"
none): those words never open a body.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.generic_bodies import named_body
from kg.extract.text import DocView

#: Words in ب after a spokesman's adjective that say what he said, not whom he speaks for.
NOT_A_BODY = vocab.keys(("بأن", "بان", "بأنه", "بانه", "بأنها", "بانها", "بأنهم", "بما", "بعد", "بين", "بها",
                         "به", "بهذا", "بهذه", "بذلك", "بالقول", "بقوله"))


def in_bi(tok) -> bool:
    """The token is a word in ب as the tokenizer split it ("بشرطة"، "بالأمانة"), not a word of its own
    that begins with the letter, nor one of `NOT_A_BODY`."""
    return tok.key[:1] == "ب" and len(tok.key) > 3 and any(f != tok.key for f in tok.forms) \
        and not tok.is_(NOT_A_BODY)


def body_in_bi(view: DocView, first: int, last: int) -> Ref:
    """The body first..last names in ب: its mention, the one body of a generic noun the paragraph names
    ("المتحدث الإعلامي بالأمانة"), else the words without the ب ("بشرطة منطقة القصيم" → "شرطة منطقة القصيم")."""
    m = view.mention_at.get(first)
    if m is not None and view.mention_span[m][1] == last and not view.is_person(m):
        return view.ref(m)
    if first == last and (named := named_body(view, first)) is not None:
        return named
    text = view.span_text(first, last)
    return view.local_org(text[1:], text)
