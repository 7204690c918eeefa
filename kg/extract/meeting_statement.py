"""The speaker of a statement noun set at his own meeting: "وجاء تصريح X عقب لقائه بـY"،
"وأشاد Z بتطمينات X لدى لقائه بـY".

`kg.extract.meeting_clauses.spoken_at` reads the speaker as the subject of a reporting verb
("وقال X عقب لقائه Y"). News also names him as the genitive of a statement noun (تصريح، تصريحات،
تطمينات، كلمة، تأكيد …) that a time word and the possessive meeting noun follow: the pronoun of
لقائه is that genitive, who took part; a person named before the statement noun (who praised or
relayed it) did not.

Raw corpus (../shared/data/arabic-news-raw, both corpora, zcat | grep -cE): a statement noun, at most
60 characters, then عقب/خلال/لدى/أثناء and لقائه/لقائها/اجتماعه/استقباله/مباحثاته/محادثاته with ب/مع:
7 paragraphs; 3 of them with the speaker as the noun's genitive ("وجاء تصريح الأمير X أثناء
استقباله …"، "وبتطمينات رئيس الجمهورية X لدى لقائه بـY"، "وجاءت تصريحات X … لدى لقائه …"), the others
after a subject ("وأدان X في تصريح صحفي عقب لقائه"), which `spoken_at` reads.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.meeting_roles import first_party_after
from kg.extract.officials import Officials
from kg.extract.text import DocView

#: Nouns of a statement whose genitive is its speaker.
STATEMENT_NOUNS = vocab.keys(("تصريح", "تصريحات", "تطمينات", "تأكيد", "تأكيدات", "كلمة", "حديث", "إشادة",
                              "تشديد"))
#: The time of speaking right before the meeting noun ("عقب لقائه"، "لدى لقائه").
_AT = vocab.keys(("عقب", "بعد", "إثر", "اثر", "خلال", "أثناء", "لدى", "عند", "قبيل", "ختام"))
#: The genitive (a title allowed before the name) starts this close after the statement noun.
_GENITIVE_REACH = 4


def statement_owner(view: DocView, off: Officials, first: int, noun: int) -> tuple[Ref, int] | None:
    """The speaker of the statement noun of clause first.. whose possessive meeting noun is at
    `noun`, and the statement noun's token: the first person named right after the last statement
    noun before the time word that precedes `noun`. None when the clause has no such noun."""
    toks = view.tokens
    if noun - 1 < first or not toks[noun - 1].is_(_AT) or noun - 1 in view.token_mention:
        return None
    for j in range(noun - 2, first - 1, -1):
        if toks[j].is_(STATEMENT_NOUNS) and j not in view.token_mention:
            owner = first_party_after(view, off, j + 1, min(noun - 2, j + _GENITIVE_REACH))
            if owner is None or owner.entity.kind != "Person":
                return None
            return owner, j
    return None


def before_statement(view: DocView, first: int, statement: int) -> set[str]:
    """Keys of the persons named in the clause before its statement noun (who praised or relayed it)."""
    return {view.ref(m).key for m in view.mentions_in(first, statement - 1) if view.is_person(m)}
