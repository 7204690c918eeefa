"""Who a role phrase names at a meeting: the host ("كان في استقباله X"), the head of a
delegation ("برئاسة X"), the inviter ("تلبية لدعوة من X"), the caller ("اتصالا هاتفيا من X"),
and who is named but takes no part: a companion of the actor's own side ("بمعية X"، "برفقة X"،
"بحضور X") or the sender of a message conveyed ("نقل تحيات الملك X"). The phrases and
their roles are the corpus lexicon's (`kg.extract.lexicon.meetings`); `kg.extract.meeting_parties`
reads the rest of the clause.
"""

from __future__ import annotations

from kg.extract import meeting_greeting as greeting
from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.lexicon import meetings as lexicon
from kg.extract.officials import Officials
from kg.extract.text import DocView, Tok

#: Words that introduce the other side (مع، بين، ب، من) and a place (في، إلى، لدى).
PARTNER = vocab.keys(("مع", "بين", "ب", "من"))
PLACE_PREP = vocab.keys(("في", "إلى", "الى", "لدى", "داخل"))
#: A message and its sender: "نقل تحيات الملك X إلى الرئيس Y"، "سلمه رسالة من X": the sender
#: of the greetings or letter is not at the meeting; the recipient (after إلى or ل) is.
_MESSAGE_NOUNS = vocab.keys(("تحيات", "تحية", "رسالة", "رسالته", "رسالتها", "برقية", "تهاني", "تمنيات", "خطاب"))
_TO = vocab.keys(("إلى", "الى", "لدى"))
#: Roles whose mention takes part. A companion ("بمعية X"، "يرافقه X") belongs to the actor's
#: own delegation: not another party, and listing him would make the record over-broad.
_PARTY_ROLES = ("host", "leader", "inviter", "partner")
_COMPANION_CUES = sorted(lexicon.by_role("companion"), key=lambda c: -len(c.words))
_ROLE_CUES = sorted((c for c in lexicon.LEXICON if c.role in _PARTY_ROLES),
                    key=lambda c: -len(c.words))


def cue_at(view: DocView, t: int, last: int, cues: list[lexicon.Cue] | tuple[lexicon.Cue, ...]) -> \
        tuple[lexicon.Cue, int] | None:
    """The longest lexicon cue that starts at token t and ends by `last`: (cue, its length)."""
    for cue in cues:
        words = cue.words
        if t + len(words) - 1 <= last and all(view.tokens[t + i].is_(w) for i, w in enumerate(words)):
            return cue, len(words)
    return None


def role_mentions(view: DocView, off: Officials, first: int, last: int, trigger: int) -> list[Ref]:
    """Participants named by a role cue of the lexicon: the host (كان في استقباله X), the head of
    a delegation (برئاسة X), the inviter (تلبية لدعوة من X), a companion (بمعية X), the caller
    (اتصالا هاتفيا من X). The first person or official within a few words after the cue.

    Before the event's first trigger, "برئاسة X" heads a delegation only right after a
    delegation noun ("وفد … برئاسة X زار"); otherwise it describes who chairs the subject
    ("رحب حزب … برئاسة X بزيارة …"), who is not at the event."""
    out: list[Ref] = []
    t = first
    while t <= last:
        found = cue_at(view, t, last, _ROLE_CUES)
        if found is None:
            t += 1
            continue
        cue, n = found
        if cue.role == "leader" and t < trigger and not any(
                view.tokens[j].is_(vocab.DELEGATION) for j in range(max(first, t - 5), t)):
            t += n
            continue
        ref = first_party_after(view, off, t + n, min(last, t + n + 8))
        if ref is not None:
            out.append(ref)
        if cue.role == "host" and view.tokens[t + n - 1].is_(greeting.BARE):  # "في استقبال GUEST … HOST"
            host = greeting.host_after_guest(view, off, t + n, last)
            if host is not None:
                out.append(host)
        t += n
    return out



def message_zone(view: DocView, first: int, last: int) -> set[int]:
    """Tokens that name the sender of a message conveyed at the meeting: from a message noun
    ("تحيات"، "رسالة") to the recipient's إلى/ل, a comma, or twenty words on (a sender may have a long title)."""
    zone: set[int] = set()
    toks = view.tokens
    for t in range(first, last + 1):
        if not toks[t].is_(_MESSAGE_NOUNS) or t in view.token_mention:
            continue
        j = t + 1
        while j <= min(last, t + 20):
            tok = toks[j]
            if tok.is_(_TO) or tok.key in ("،", ",") or (j not in view.token_mention and tok.key.startswith("ل")
                                                         and j - 1 not in view.token_mention):
                break
            zone.add(j)
            j += 1
    return zone


#: "On the occasion of": what follows names what is celebrated or marked, not who meets ("استقبل X
#: أهالي المنطقة المبايعين بمناسبة صدور الأمر الملكي باختيار الأمير Y وليا للعهد"). Raw corpus: of 18
#: sentences with استقبل/التقى/اجتمع and بمناسبة/لمناسبة within 25 words after it, none takes up the
#: meeting's object again after the occasion phrase; 3 name persons in it (appointments), none a party.
_OCCASION = vocab.keys(("بمناسبة", "لمناسبة", "وبمناسبة"))
#: A death: "هاتف X السفير Y لتعزيته بوفاة شقيقه Z"، "استقبل المعزين في وفاة الأميرة Z": the first person after it is
#: the deceased. Raw corpus (zcat | grep -oE): استقبل/التقى/زار/تلقى/اتصال/هاتف, then at most 150 characters, then
#: بوفاة/في وفاة/لوفاة: 8 paragraphs name a person after it, each the deceased, none a party.
_DEATH = vocab.keys(("بوفاة", "لوفاة", "وفاة"))
#: The deceased is named within this many tokens after the death word ("بوفاة شقيقه منير"، "في وفاة الأميرة X").
_DEATH_REACH = 4


#: The late one: "تعازيه لأبناء الفقيد الشيخ X، … عبر اتصال هاتفي تلقاه Y": the person named right after it (past
#: honorifics) is the deceased. Raw corpus: 102 paragraphs with a meeting or call word name someone after
#: الفقيد/الفقيدة/المرحوم/المرحومة/المغفور له. Not الراحل, which news also writes of historical leaders who met.
_LATE = vocab.keys(("الفقيد", "الفقيدة", "المرحوم", "المرحومة", "لفقيد", "للفقيد", "للمرحوم"))


def _conjoined(tok: Tok) -> bool:
    """The word opens with the conjunction و ("ورئيسا"، "وتعيينه"), not a title that starts with it (وزير)."""
    return tok.key.startswith("و") and tok.key not in vocab.SINGLE_HEADS


def _deceased(view: DocView, first: int, last: int) -> set[int]:
    """The first token of each person named right after a death word (`_DEATH`): the deceased."""
    cues = [t for t in range(first, last + 1) if t not in view.token_mention and view.tokens[t].is_(_DEATH)]
    found = (next((j for j in range(t + 1, min(last, t + _DEATH_REACH) + 1)
                   if j in view.mention_at and view.is_person(view.mention_at[j])), None) for t in cues)
    late = set()
    for t in range(first, last):
        if t in view.token_mention or not view.tokens[t].is_(_LATE):
            continue
        j = t + 1
        while j <= last and j not in view.mention_at and view.tokens[j].is_(vocab.HONORIFICS):
            j += 1  # "الفقيد الشيخ X"
        if j <= last and j in view.mention_at and view.is_person(view.mention_at[j]):
            late.add(j)
    return {j for j in found if j is not None} | late


def occasion_zone(view: DocView, off: Officials, first: int, last: int) -> set[int]:
    """The deceased of a death ("بوفاة شقيقه Z", `_deceased`) and the tokens of an occasion phrase ("بمناسبة …"):
    from the cue to the clause's end, or to a comma
    followed by a name or a title with no و (the object taken up again after a parenthetical occasion:
    "استقبل X، بمناسبة زيارته، وزير الخارجية Y"; "…، وتعيينه وزيرا"، "…، ورئيسا لمجلس" go on with it)."""
    toks = view.tokens
    zone = _deceased(view, first, last)
    titles = {title.first for title in off.titles}
    for t in range(first, last + 1):
        if not toks[t].is_(_OCCASION) or t in view.token_mention:
            continue
        j = t + 1
        while j <= last:
            if toks[j].key in ("،", ",") and j + 1 <= last and not _conjoined(toks[j + 1]) and (
                    j + 1 in view.mention_at or j + 1 in titles or toks[j + 1].is_(vocab.HONORIFICS)):
                break
            zone.add(j)
            j += 1
        break
    return zone


#: "بحضور X، ومدير Y، والمشرف على Z د. W": everything an attendance cue lists up to its comma or the
#: clause's end is attendees, however long the titles between the names (1383 raw-corpus uses, lexicon).
_ATTENDANCE = vocab.keys(("بحضور", "وبحضور"))


def attendance_zone(view: DocView, first: int, last: int) -> set[int]:
    """Tokens from an attendance cue ("بحضور") to the next comma or the clause's end: the persons and
    unnamed officials there attend; they are not parties (a title's body or state neither)."""
    zone: set[int] = set()
    for t in range(first, last + 1):
        if view.tokens[t].is_(_ATTENDANCE) and t not in view.token_mention:
            j = t + 1
            while j <= last and view.tokens[j].key not in ("،", ","):
                zone.add(j)
                j += 1
    return zone


def companion_starts(view: DocView, first: int, last: int) -> set[int]:
    """Start tokens of the persons a companion cue introduces ("بمعية وزير الخارجية X")."""
    out: set[int] = set()
    t = first
    while t <= last:
        found = cue_at(view, t, last, _COMPANION_CUES)
        if found is None:
            t += 1
            continue
        for j in range(t + found[1], min(last, t + found[1] + 8) + 1):
            m = view.mention_at.get(j)
            if m is not None and view.is_person(m):
                out.add(j)
                out |= _coordinated_after(view, view.mention_span[m][1] + 1, last)
                break
        t += found[1]
    return out


def _coordinated_after(view: DocView, t: int, last: int) -> set[int]:
    """Start tokens of the persons joined by و to the one ending before t ("برفقة X ووزير المالية
    Y"، "بحضور X وY"، "يرافقه X، ومدير المعهد بجاكرتا Y"), up to a word that is neither name nor title.
    A comma goes on only before the conjunction و (not before a title that starts with it: "X، وزير …"
    is X's post); a body or place named inside a title ("بجاكرتا") is passed over."""
    out: set[int] = set()
    toks = view.tokens
    while t <= last:
        if toks[t].key in ("،", ",") and t + 1 <= last and _conjoined(toks[t + 1]):
            t += 1
        if not toks[t].key.startswith("و"):  # "ووزير المالية Y"، "وY"
            break
        j = t
        while j <= min(last, t + 10) and not (
                toks[j].is_(PARTNER) or toks[j].is_(PLACE_PREP) or toks[j].key in ("،", ",")):
            m = view.mention_at.get(j)
            if m is not None and view.is_person(m):
                break
            j = view.mention_span[m][1] + 1 if m is not None else j + 1
        m = view.mention_at.get(j)
        if m is None or not view.is_person(m):
            break
        out.add(j)
        t = view.mention_span[m][1] + 1
    return out


def speaking_side(view: DocView, off: Officials, a: int, b: int) -> Ref | None:
    """Who a reporting clause a..b has speak, as a side of the meeting he says he held ("وأشار
    وزير الخارجية الفلاني إلى أنه أجرى لقاء مع X"): as `first_party_after`, except that a body
    stays itself ("وقالت الوزارة إنه …": the pronoun is someone the body speaks of, not its state)."""
    found = first_party_after(view, off, a, b)
    if found is None or found.entity.kind != "Country":
        return found
    first = next((t for t in range(a, b + 1) if t in view.mention_at or any(x.first == t for x in off.titles)), None)
    m = view.mention_at.get(first) if first is not None else None
    body = m is not None and view.ref(m).entity.kind == "Organization" and not any(x.first == first for x in off.titles)
    return view.ref(m) if body else found


def first_party_after(view: DocView, off: Officials, a: int, b: int) -> Ref | None:
    """The first person (or unnamed official: his holder or country) starting in tokens a..b."""
    named = {id(x) for x in off.title_of_mention.values()}
    titles = {title.first: title for title in off.titles if id(title) not in named and title.of is not None}
    for t in range(a, b + 1):
        m = view.mention_at.get(t)
        if m is not None and view.is_person(m):
            return view.ref(m)
        if t in titles:
            return off.holder(titles[t]) or titles[t].of
        if m is not None and view.ref(m).entity.kind in ("Country", "Organization") and t not in off.covered:
            return view.country_of(view.ref(m)) or view.ref(m)
    return None
