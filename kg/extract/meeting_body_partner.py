"""A body met as a whole: the other side of one official's meeting is an organization, not a person.

`kg.extract.meeting_parties` reads the organizations and states of a clause only when it names no person,
so "يعقد الوزير X اجتماعا مع دول المنظمة Y"، "التقى السفير X مع مجموعة من أعضاء المجلس Y"، "اجتمع
الوزير X بممثلي الاتحاد العام" leave the one person alone and the event gets no record. Here the body named
right after the partner word, or as the meeting verb's object, through a group noun of its members
("دول"، "أعضاء"، "ممثلي"، "مسؤولي"، "قادة"، "مجموعة من"، "عدد من"), is that other side.

It applies only where the clause has one person and nothing else (a record with two sides is left as it
is), the partner phrase follows the trigger at once (past the subject's name and title, so "بحث X سبل
التعاون مع منظمة Y" — a topic — gives nothing), and the body is not the person's own (the body of his post:
"اجتمع رئيس المجلس مع أعضاء المجلس" is an internal meeting, no sides).

Raw corpus (../shared/data/arabic-news-raw, dev lines excluded; zcat | grep -cE): a meeting verb or noun
(التقى، اجتمع، لقاء، اجتماع، مباحثات، محادثات، استقبل …), at most eight words, then مع/ب and a group noun
(ممثلي، أعضاء، مسؤولي، قيادات، قادة، دول، مجموعة من، عدد من …): 107 paragraphs; the group noun as the
verb's object: 44.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.officials import Officials
from kg.extract.text import DocView

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

#: The kinds whose other side may be a body met as a whole (a visit's body is `meeting_bodies.visited_body`'s).
_KINDS = ("meeting", "talks", "reception")
_WITH = vocab.keys(("مع",))
#: Group nouns of a body's members, bare or with the ب of the partner ("بممثلي"، "بأعضاء").
_GROUP = vocab.keys(tuple(p + w for w in ("دول", "أعضاء", "اعضاء", "ممثلي", "ممثلين", "مسؤولي", "قادة",
                                          "قيادات", "رؤساء", "مندوبي", "نواب", "كبار", "وزراء")
                          for p in ("", "ب")))
#: Words that lead from a group noun to the body: "مجموعة من أعضاء"، "عدد من ممثلي"، "ممثلين عن".
_LINK = vocab.keys(("مجموعة", "بمجموعة", "عدد", "بعدد", "من", "عن", "جميع", "بجميع", "كافة", "بكافة",
                    "خارجية", "الخارجية"))
#: Between the trigger and the partner phrase: time words and adjectives of a meeting noun.
_BETWEEN = vocab.keys(("أمس", "امس", "اليوم", "مساء", "صباح", "ظهر", "عصر", "الخميس", "الجمعة", "السبت",
                       "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "مغلقا", "موسعا", "مطولا",
                       "تشاوريا", "تنسيقيا", "خاصا", "ثنائيا", "رسميا", "لقاء", "اجتماعا", "مباحثات",
                       "محادثات", "جلسة", "ثم"))
#: A subject before its verb ("X يلتقي مع …") stands at most this many tokens before it.
_SUBJECT_GAP = 2
#: How far after the trigger the partner phrase may start (past the subject's name and title).
_REACH = 12


def _own_body(off: Officials, view: DocView, person: Ref, body: Ref) -> bool:
    """`body` is the body of the person's post: its `of`, or a body named inside his title ("رئيس المجلس Y
    X … مع أعضاء المجلس Y")."""
    for m, title in off.title_of_mention.items():
        if view.ref(m).key != person.key:
            continue
        if title.of is not None and title.of.key == body.key:
            return True
        if any(view.ref(n).key == body.key for n in view.mentions_in(title.first, title.last)):
            return True
    return False


def _body_at(view: DocView, off: Officials, k: int, last: int, bare: bool) -> Ref | None:
    """The organization a partner phrase at k names, through group nouns and their links; with no group
    noun only when `bare` (after مع: "بممثلي الوزارة" is a group, "بوزارة الخارجية" may be the venue)."""
    start = k
    while k <= last and k - start < 5 and k not in view.token_mention and (
            view.tokens[k].is_(_GROUP) or view.tokens[k].is_(_LINK)):
        k += 1
    m = view.mention_at.get(k)
    if m is None or view.mention_span[m][0] != k or k in off.covered:
        return None
    ref = view.ref(m)
    if ref.entity.kind != "Organization":
        return None
    if k == start and not bare:
        return None
    return view.country_of(ref) or ref


def met_body(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
             participants: list[Ref]) -> Ref | None:
    """The body the clause's one person met as a whole, or None."""
    if len(participants) != 1 or participants[0].entity.kind != "Person":
        return None
    person = participants[0]
    at = [view.mention_span[m] for m in view.mentions_in(first, last) if view.ref(m).key == person.key]
    for tr in triggers:
        if tr.kind not in _KINDS:
            continue
        k = tr.tok + 1
        while k <= min(last, tr.tok + _REACH):
            tok = view.tokens[k]
            if k in view.token_mention and view.is_person(view.token_mention[k]):
                k = view.mention_span[view.token_mention[k]][1] + 1
            elif k in off.covered or tok.is_(vocab.HONORIFICS) or tok.is_(_BETWEEN) or tok.text in ("،", ","):
                k += 1
            else:
                break
        if k > last:
            continue
        tok = view.tokens[k]
        if k in view.token_mention:
            continue
        bare = tok.is_(_WITH)
        if bare:
            k += 1  # "مع دول المنظمة Y"، "مع المجلس Y"
        elif not (tok.is_(_GROUP) and (tok.key.startswith("ب") or not tr.noun)):
            continue  # "بممثلي الاتحاد"; a group noun with no ب only as the verb's object ("التقى X أعضاء …")
        verb = tr.verb if tr.verb >= 0 else tr.tok
        if not any(verb < a < k or 0 < verb - b <= _SUBJECT_GAP for a, b in at):
            continue  # the person is not the subject: "…تصريحات X …، وقد اجتمعت مع قيادات الوزارة"
        body = _body_at(view, off, k, last, bare)
        if body is not None and body.key != person.key and not _own_body(off, view, person, body):
            return body
    return None
