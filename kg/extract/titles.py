"""Title phrases: head, portfolio, qualifier → `Title` (role, portfolio, what it is a post of).

A title is parsed without its holder: "وزير الخارجية الروسي"، "رئيسة وزراء إيطاليا"، "المتحدث باسم
وزارة الخارجية الصينية"، "المبعوث الخاص للأمين العام للأمم المتحدة" (a title inside a title gives
the outer one its body: the UN's envoy, not its Secretary-General)، "خادم الحرمين الشريفين" (a
title that names its country). `kg.extract.officials` binds titles to names.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract import body_posts, division_deixis, vocab
from kg.extract.armed_forces import ARMED_ROLES, forces_of
from kg.extract.body_post_reading import member_body, past_nationality, teamless
from kg.extract.facts import Ref
from kg.extract.nisba import body_anaphor, qualifier
from kg.extract.served import OFFICE, court_end
from kg.extract.text import DocView
from kg.extract.title_fields import field_words
from kg.extract.title_institutions import institution_at, mention_continues, person_at
from kg.link.normalize import match_key

_AND = "و"


@dataclass(frozen=True)
class _Phrases:
    """A phrase table (word keys → code) with what `match_phrase` needs precomputed."""

    table: dict[tuple[str, ...], str]
    longest: int
    first_words: frozenset[str]  # most tokens start no phrase: one set lookup rules them out

    @classmethod
    def of(cls, table: dict[tuple[str, ...], str]) -> _Phrases:
        return cls(table, max(len(p) for p in table), frozenset(p[0] for p in table))


HEADS = _Phrases.of(vocab.HEAD_PHRASES)
PORTFOLIOS = _Phrases.of(vocab.PORTFOLIO_PHRASES)
@dataclass(frozen=True)
class Title:
    """A title phrase: tokens first..last, its role, portfolio and what it is a post of."""

    role: str
    first: int
    last: int
    text: str
    of: Ref | None = None
    portfolio: str | None = None
    body: str | None = None  # a spokesperson's body when no mention names it: "ministry" …
    plural: bool = False
    current: bool = True
    inner: Title | None = None  # a title inside this one ("المتحدث باسم [الرئيس التركي]")
    also_of: tuple[Ref, ...] = ()  # more countries of a plural title ("وزيري الخارجية الأمريكي والروسي")
    deictic: str | None = None  # "المملكة"، "البلاد": the country is the article's kingdom, country …
    #: "أمير البلد حينها X": in post at the story's time (a party of its events), no longer now
    then: bool = False



#: "المتحدث باسم الدفاع المدني": civil defence, a body of its own, not the defence ministry (raw corpus, both
#: files: "باسم الدفاع المدني" 20 lines, "الدفاع المدني" 1,900 or so).
_CIVIL = vocab.keys(("المدني",))


def _civil(view: DocView, j: int) -> bool:
    return j < len(view.tokens) and view.tokens[j].is_(_CIVIL)


def match_phrase(view: DocView, t: int, phrases: _Phrases) -> tuple[str, int] | None:
    """The longest phrase of `phrases` at token t (clitics allowed on its first word)."""
    toks = view.tokens
    if t >= len(toks):
        return None
    forms = [form for form in toks[t].forms if form in phrases.first_words]
    if not forms:
        return None
    for n in range(min(phrases.longest, len(toks) - t), 0, -1):
        rest = tuple(tok.key for tok in toks[t + 1:t + n])
        for form in forms:
            code = phrases.table.get((form, *rest))
            if code is not None:
                return code, n
    return None


def _region(view: DocView, i: int) -> tuple[Ref, int] | None:
    """The division an emir's or governor's title names after its administrative noun at token i, and the
    token after it: the place named after the noun, or the KB's division named noun + name, one mention from
    the noun on ("أمير [منطقة الرياض]": `kg.link.kb.build.divisions`; raw news: "أمير منطقة" 1,244 lines)."""
    region = qualifier(view, i + 1)
    if region is not None:
        return region[0], i + 1 + region[1]
    whole = qualifier(view, i)
    if whole is not None and whole[0].entity.kind == "Place":
        return whole[0], i + whole[1]
    return None


def _bare_division(view: DocView, t: int, head: int, i: int, n_head: int) -> tuple[Ref, int] | None:
    """A governor's division by its bare noun (`kg.extract.division_deixis`): "أمير المنطقة" and
    "محافظ المحافظة" (the noun at i), or "المحافظ" right before a name (an honorific may stand
    between); the division and the token after the title."""
    toks = view.tokens
    if i < len(toks) and i not in view.token_mention and (noun := toks[i].which(division_deixis.BARE_NOUNS)) \
            and not (i + 1 < len(toks) and toks[i + 1].is_(division_deixis.COMPASS)):
        division = division_deixis.named_division(view, noun, t)
        return (division, i + 1) if division is not None else None
    if n_head == 1 and toks[head].is_(division_deixis.GOVERNOR_HEAD) and (
            person_at(view, i) or i + 1 < len(toks) and toks[i].is_(vocab.HONORIFICS) and person_at(view, i + 1)):
        division = division_deixis.named_division(view, "محافظة", t)
        return (division, i) if division is not None else None
    return None


def parse_title(view: DocView, t: int, depth: int = 0) -> Title | None:
    """A title phrase starting at token t, or None (`depth`: how deep a nested title this is)."""
    toks = view.tokens
    if t >= len(toks) or toks[t].punct:
        return None
    if t > 0 and toks[t - 1].is_(vocab.NAMED_AFTER):
        return None  # "مستشفى الملك فهد": a name, not a king
    i = t
    prefix = toks[i].which(vocab.TITLE_PREFIXES)
    if prefix is not None and _inside_name(view, t):
        return None  # "الأمير سامي بن خالد بن [مساعد] أمير منطقة نجران": the name's last word, not "assistant"
    if prefix is not None:
        i += 1
        while i < len(toks) and i < t + 3 and toks[i].is_(vocab.ORDINALS):
            i += 1  # "النائب الثاني لرئيس مجلس الوزراء"
    assisted = prefix == "deputy" and i < len(toks) and toks[i].which(vocab.TITLE_PREFIXES) == "assistant"
    i += assisted  # "نائب مساعد وزير الدفاع": the deputy of an assistant (`kg.extract.deputy_posts`)
    head = match_phrase(view, i, HEADS)
    if head is None:
        return None
    role, n = head
    n_head = n
    plural = n == 1 and toks[i].is_(vocab.PLURAL_HEADS) or (
        n > 1 and " ".join(tok.key for tok in toks[i:i + n]) in vocab.PLURAL_HEADS) or (
        prefix is not None and toks[t].is_(vocab.PLURAL_PREFIXES))
    portfolio = body = None
    of: Ref | None = _title_country(view, i, n)
    head_start = i
    i += n
    named_field = False
    also: list[Ref] = []
    inner: Title | None = None
    serves = False

    if role == "undersecretary" and toks[i - 1].key.startswith("ال"):
        pass  # "وكيل الوزارة للتعليم": the undersecretary's sector, not the ministry's field
    elif role in ("minister", "minister-of-state", "secretary-of-state", "undersecretary") and i < len(toks):
        found = match_phrase(view, i, PORTFOLIOS)
        if found is not None and _definite(toks[i - 1]) and not _definite(toks[i]):
            found = None  # "فند الوزير صحة ما نقله"، "الوزير نقل تحياته": a definite head takes no construct
        if found is not None:
            portfolio, n = found
            i += n
        field_end = field_words(view, i, bare=portfolio is None)  # "وزير الشؤون الاجتماعية": a field
        named_field, i = field_end > i, field_end  # we have no code for
        while named_field and i < len(toks) and toks[i].key[:1] == _AND and (m := view.mention_at.get(i)) is not None \
                and not view.is_person(m):
            i = view.mention_span[m][1] + 1  # "وزير الشؤون المغاربية والاتحاد الأفريقي": the field goes on
        if portfolio is None and not named_field and depth < 2 and (attached := _attached(view, i, depth)):
            inner, portfolio, of, i = attached, attached.portfolio, attached.of, attached.last + 1
    elif role == "spokesperson":
        links = 0
        while i < len(toks) and links < 2 and toks[i].is_(vocab.SPOKES_LINKS):
            i += 1
            links += 1
        if not links:
            return None
        if i + 1 < len(toks) and toks[i].key == _IN and toks[i + 1].which(vocab.BODIES):
            i += 1  # "المتحدث الأمني في وزارة الداخلية"
        found_body = toks[i].which(vocab.BODIES) if i < len(toks) else None
        body = found_body[0] if found_body else None
        institution = institution_at(view, i) if body is not None else None
        if body is not None:
            i += 1
            if body == "ministry":
                found = match_phrase(view, i, PORTFOLIOS)
                if found is not None:
                    portfolio, n = found
                    i += n
                elif institution is None and toks[i - 1].key.startswith("ال") and \
                        (named := _ministry_before(view, t)) is not None:
                    of, portfolio = named  # "باسم الوزارة": the ministry the article named before
                elif institution is None:
                    i = field_words(view, i, bare=True)  # "باسم وزارة الخدمة المدنية": a field we have no code for
            if institution is not None:  # "وزارة الخارجية الروسية", one KB name: its country
                of, i = institution
        elif depth < 2 and (speaks_for := parse_title(view, i, depth + 1)) is not None \
                and speaks_for.role == "minister" and speaks_for.portfolio is not None and not speaks_for.plural:
            inner, portfolio, of, body = speaks_for, speaks_for.portfolio, speaks_for.of, "ministry"
            i = speaks_for.last + 1  # "المتحدث باسم وزير الخارجية X": the minister's spokesman, X
        elif i < len(toks) and (found := match_phrase(view, i, PORTFOLIOS)) and not _civil(view, i + found[1]):
            portfolio, n = found  # "باسم الخارجية الأمريكية": the ministry, by its field
            body = "ministry"
            i += n
        elif i < len(toks) and (m := view.mention_at.get(i)) is not None and not view.is_person(m) \
                and toks[i].key[:1] == "ب" and links and toks[i - 1].key != "باسم":
            of = view.ref(m)  # "الناطق الإعلامي بشرطة المنطقة": the body, in ب
            i = view.mention_span[m][1] + 1
    elif role == "chancellor" and view.nisba(i) is None:
        role = "adviser"  # المستشار الدبلوماسي للكرملين: an adviser, not a head of government
    if role == "adviser" and (court := court_end(view, i)) is not None:
        body, i = "court", court  # "المستشار بالديوان الملكي"، "مستشار في الديوان الأميري"

    if role in _MAYORS and (i >= len(toks) or (found := _mayor_of(view, i)) is None):
        return None  # "أمين الصندوق"، "أمين سر"، "أمين معلوف"، "عمدة العائلة": no city after it, no mayor
    if role in _MAYORS:
        of, i = found
    if (member := member_body(view, role, i)) is not None:
        of, i = member  # "عضو في المجلس البلدي X"
    i = past_nationality(view, role, i)  # "المدرب الروماني X": the coach's nationality, not his post's country
    bare_in = role in body_posts.BARE_DEFINITE and toks[head_start].key[:1] in "لب" and prefix is None
    if role == "emir" and i + 1 < len(toks) and toks[i].is_(vocab.REGION_LINKS):
        region = _region(view, i)
        if region is not None:  # "أمير منطقة الرياض": the region's governor
            role, of, i = "region-emir", *region
    if role == "governor" and of is None and i + 1 < len(toks) and toks[i].is_(vocab.REGION_LINKS):
        region = _region(view, i)
        if region is not None:  # "محافظ محافظة الجبيل": the province after its noun (raw corpus: saudinewsnet 52 lines)
            of, i = region
    if role in ("emir", "governor") and of is None and (bare := _bare_division(view, t, head_start, i, n_head)):
        role, of, i = ("region-emir" if role == "emir" else role), *bare  # "أمير المنطقة"، "المحافظ X"
    if of is None and role in vocab.NESTING_ROLES and depth < 2:
        nested = _nested_title(view, i, depth, adjective=role in _ADJECTIVE_ROLES)
        if nested is not None:  # "المبعوث الخاص للأمين العام للأمم المتحدة": the UN's envoy
            inner = nested
            of, i = nested.of, nested.last + 1
            serves = of is None  # "مدير مكتب جلالة الملك": the office of a title without its country
    if of is None and role == "envoy" and i < len(toks) and toks[i].key in _INTERNATIONAL \
            and i not in view.token_mention and (un := view.kb.get("org:UN")) is not None:
        of, i = view.kb_ref(un, toks[i].text), i + 1  # "المبعوث الدولي X": the UN's envoy
    if of is None and role in ARMED_ROLES and (forces := forces_of(view, i)) is not None:
        of, i = forces  # "القائد الأعلى للقوات المسلحة بدولة X"
    if of is None and i + 1 < len(toks) and toks[i].is_(_LEGITIMATE) and (q1 := qualifier(view, i + 1)):
        of, i = q1[0], i + 1 + q1[1]  # "الرئيس الشرعي اليمني X"
    if of is None and (inside := mention_continues(view, i, t)) is not None:
        of, i = inside  # "رئيس [الحكومة الإسرائيلية]": the title's last word opens a KB institution
    elif of is None and 0 < i < len(toks) and (m := view.token_mention.get(i)) is not None \
            and view.token_mention.get(i - 1) == m and not view.is_person(m):
        i = view.mention_span[m][1] + 1  # "المتحدث باسم [وزارة الخدمة المدنية]": the rest of the body's name
        if role in _OWN_BODY_HEADS and view.ref(m).entity.kind == "Organization":
            of = view.ref(m)  # "رئيس [البرلمان العربي]": that body's head, no state's speaker
    q = qualifier(view, i) if of is None and not serves else None
    if q is not None and role in vocab.NATIONAL_ROLES and _visit_destination(view, t, i):
        q = None  # "زيارة [X] ولي ولي العهد وزير الدفاع للأردن": where the visit goes, not a post's country
    j = i  # "المستشار الدبلوماسي للكرملين"، "المدير الفني الجديد لنادي X"، "الرئيس التنفيذي المغادر لباركليز",
    while q is None and of is None and j < i + 2 and j + 1 < len(toks) and _adjective(view, j) and (
            role in _ADJECTIVE_ROLES or toks[j].is_(vocab.FILLERS)) \
            and not (role == "coach" and toks[j].is_(_THE_TEAM)):  # "الرئيس الحالي للنادي": any title
        j += 1
        if (q2 := qualifier(view, j, allow_city=False)) is not None and (
                j == i + 1 and role in _ADJECTIVE_ROLES or toks[j].key[:1] == "ل"):  # not "الفني الجديد التونسي"
            q = (q2[0], q2[1] + j - i)
    if q is None and of is None and i < len(toks) and toks[i].is_(vocab.COUNTRY_LINKS):
        q2 = view.nisba(i + 1)  # "رئيس الجمهورية الإيرانية"
        if q2 is not None:
            q = (q2[0], q2[1] + 1)
    if q is None and of is None and plural and i < len(toks) and toks[i].is_(vocab.BOTH_PARTIES):
        i += 1  # "وزيرا خارجية البلدين X وY": each name's own country, found later
    if q is None and of is None and role in vocab.NATIONAL_ROLES and i + 1 < len(toks) \
            and toks[i].key == _IN and (m := view.mention_at.get(i + 1)) is not None \
            and view.ref(m).entity.kind == "Country":
        q = (view.ref(m), view.mention_span[m][1] - i + 1)  # "وزير الداخلية في الإمارات"
    if q is None and of is None and body is None and (anaphor := body_anaphor(view, i)) is not None:
        q = anaphor  # "الأمين العام للمنظمة": the one body named before by that noun
    deictic, deictic_word = False, None
    if q is None and of is None and i < len(toks) and toks[i].is_(_DEICTIC) and i not in view.token_mention:
        deictic, deictic_word, i = True, toks[i].which({k: k for k in _DEICTIC}), i + 1
        # "وزير خارجية المملكة"، "أمير البلاد": the country, named elsewhere in the article
    if q is not None:
        of, n = q
        if prefix is not None and portfolio is not None and of.entity.kind != "Country" and toks[i].key[:1] == "ل":
            of = None  # "نائب مساعد وزير الدفاع للشرق الأوسط": a minister's aide's region is his sector
        i += n
        if plural:  # "الأمريكي والروسي": the other holders' countries
            while i < len(toks):  # "الأمريكي والروسي"، "السعودية وإيران"
                more = view.nisba(i) or qualifier(view, i, allow_city=False)
                if more is None or not toks[i].key.startswith(_AND):
                    break
                also.append(more[0])
                i += more[1]

    if role == "chancellor" and of is None:
        role = "adviser"
    definite = any(f.startswith("ال") for tok in toks[head_start:head_start + n_head] for f in tok.forms)
    if of is None and body is None and portfolio is None and not definite and not named_field and not deictic and \
            not serves and (role in vocab.NEEDS_QUALIFIER or role in ("president", "minister", "head", "supreme-leader")
                            or role in body_posts.BARE_DEFINITE):
        return None  # رئيس، وزير، قائد، مدير alone, indefinite: common nouns, not a post
    executive = role == "head" and n_head > 1  # "الرئيس التنفيذي": its body may follow past words the NER leaves
    if role in vocab.NEEDS_QUALIFIER and of is None and body is None and role != "leader" and not deictic \
            and not executive and not serves:
        return None
    if role == "governor" and toks[head_start].is_(_WALI):
        role = "wali"  # "والي سوسة": the Maghreb's governor, by the head noun its news writes
    elif role == "governor" and toks[head_start].is_(_HAKIM):
        role = "hakim"  # "حاكم منطقة تل سامر"، "حاكم مصرف لبنان"
    if bare_in and of is None:
        return None  # "دورة تدريبية للمدرب X": a course's trainer, no body's coach
    if of is None and teamless(view, role):
        return None  # "الدورة التي قدمها المدرب X": no team, no match in the text
    if role == "ambassador" and of is None and person_at(view, i):
        return None  # "السفير أحمد …": a rank of address, not a post
    if role == "president" and of is not None and of.entity.kind not in ("Country", "City"):
        role = "head"  # رئيس + an organization: its head, not a head of state
    if role == "emir" and of is None and not deictic:
        return None  # "الأمير" before a name is an honorific (prince), not a post
    if role == "spokesperson" and of is None and body is None:
        return None
    if prefix is not None:
        role = vocab.PREFIXED_ROLES.get(("assistant", role), "aide") if assisted else role
        combined = vocab.PREFIXED_ROLES.get((prefix, role))
        if combined is None and prefix == "assistant":
            combined = "aide"
        if combined is None:
            return None  # نائب + a title we have no role for: not guessed
        role = combined
    last = i - 1
    current = True
    j = i
    then = False
    while j < len(toks) and j < i + 3 and (toks[j].is_(vocab.FILLERS) or toks[j].is_(vocab.NOT_CURRENT)
                                          or toks[j].is_(THEN)):
        if toks[j].is_(vocab.NOT_CURRENT):
            current = False  # "الرئيس السابق": held before (`kg.extract.former_posts`), "المنتخب": not yet
        then = then or toks[j].is_(THEN)  # "أمير البلد حينها": in post in the story, not now
        j += 1
    return Title(role, t, last, view.span_text(t, last), of, portfolio, body, plural, current, inner, tuple(also),
                 deictic_word, then)


#: Heads whose title's last word opens a body the NER takes whole, with no state in it: the post is
#: that body's ("رئيس [البرلمان العربي]" 21 raw-corpus lines, "رئيس [البرلمان الأوروبي]" 14), not a
#: state's speaker that `kg.extract.post_of` would give the paragraph's country.
_OWN_BODY_HEADS = frozenset({"speaker-of-parliament"})


def _title_country(view: DocView, i: int, n: int) -> Ref | None:
    """The country a title names by itself ("خادم الحرمين الشريفين" → Saudi Arabia)."""
    rest = tuple(tok.key for tok in view.tokens[i + 1:i + n])
    for form in view.tokens[i].forms:
        kb_id = vocab.TITLE_COUNTRY.get((form, *rest))
        if kb_id is not None and (entry := view.kb.get(kb_id)) is not None:
            return view.kb_ref(entry, view.span_text(i, i + n - 1))
    return None


def _nested_title(view: DocView, i: int, depth: int, *, adjective: bool = False) -> Title | None:
    """A title inside a title ("مبعوث [الخاص] للأمين العام للأمم المتحدة"، "سفير خادم الحرمين
    الشريفين"): the inner title. Only a title that names its `of` counts: the outer office is of
    that body, never the inner office-holder's person. `adjective`: one adjective of the outer
    title may stand before it ("المستشار الدبلوماسي لرئيس الوزراء الإيطالي"، "المبعوث الشخصي لملك
    المغرب": the adviser's and the envoy's, not the prime minister's or the king's)."""
    toks = view.tokens
    j = i
    while j < len(toks) and j < i + 2 and toks[j].is_(vocab.FILLERS):
        j += 1
    if adjective and j == i and j + 1 < len(toks) and _adjective(view, j) and toks[j + 1].key[:1] == "ل":
        j += 1
    if j + 1 < len(toks) and toks[j].key == _IN and toks[j + 1].is_(OFFICE):
        j += 1  # "المستشار في مكتب وزير الدفاع"
    office = j < len(toks) and toks[j].is_(OFFICE) and j not in view.token_mention  # "مدير مكتب الرئيس"
    j += office
    addressed = j
    while j < len(toks) and j < addressed + 3 and toks[j].is_(vocab.ADDRESS_FORMS) and j not in view.token_mention:
        j += 1  # "مبعوث جلالة الملك"، "مدير مكتب معالي الوزير"
    addressed = j > addressed
    inner = parse_title(view, j, depth + 1)
    if inner is None or inner.plural or (inner.of is None and not (office or addressed)):
        return None
    head = match_phrase(view, j, HEADS)
    if addressed and head is not None and inner.last > j + head[1] - 1 and toks[j + head[1]].key[:1] == "ل" \
            and not toks[j + head[1]].key.startswith("ال"):
        # "مبعوث جلالة الملك للمملكة العربية السعودية": the posting is the envoy's, not the king's country
        inner = replace(inner, last=j + head[1] - 1, text=view.span_text(j, j + head[1] - 1), of=None)
    return inner


def _mayor_of(view: DocView, i: int) -> tuple[Ref, int] | None:
    """The city or region of a mayor's title at token i ("جدة"، "منطقة الرياض"، "محافظة الطائف"), and
    the token after it; None when no city or region stands there."""
    toks = view.tokens
    if toks[i].is_(vocab.REGION_LINKS):
        found = _region(view, i) if i + 1 < len(toks) else None
    else:
        q = qualifier(view, i)
        found = (q[0], i + q[1]) if q is not None else None
    if found is None or found[0].entity.kind not in ("City", "Place"):
        return None
    return found


def _attached(view: DocView, i: int, depth: int) -> Title | None:
    """"كاتب الدولة لدى وزير الخارجية"، "وزير الدولة لدى وزير الخارجية": the minister the post is
    attached to (its portfolio and country are the post's; the name after is the attached one's)."""
    toks = view.tokens
    if i + 1 >= len(toks) or toks[i].key != _AT:
        return None
    minister = parse_title(view, i + 1, depth + 1)
    if minister is None or minister.role != "minister" or minister.portfolio is None or minister.plural:
        return None
    return minister


def _inside_name(view: DocView, t: int) -> bool:
    """Token t is a word of a person's name after its first ("بن مساعد"، "بن نائب"): no title prefix."""
    m = view.token_mention.get(t)
    return m is not None and view.is_person(m) and view.mention_span[m][0] < t


_IN = "في"
_AT = match_key("لدى")
#: Time adverbs after a title that set its holder in the story's past: "أمير البلد حينها الشيخ X"، "وزير
#: الخارجية آنذاك X" (raw corpus, both files: 12 lines with one of them between a title and an honorific).
THEN = vocab.keys(("حينها", "حينذاك", "آنذاك", "انذاك", "وقتها", "وقتذاك", "وقتئذ", "حينئذ", "يومها", "يومئذ"))
#: A title's country written as "the kingdom / the country" (المملكة، البلاد، للمملكة): which one
#: the title does not say; the knowledge base or the article's one country gives it.
_DEICTIC = vocab.keys(("المملكة", "البلاد", "الدولة", "السلطنة", "الإمارة", "الجمهورية"))


def _visit_destination(view: DocView, t: int, i: int) -> bool:
    """The qualifier at token i is ل + a place after a visit noun before the title at t: "زيارة
    الأمير … وزير الدفاع للأردن" names the visit's destination."""
    toks = view.tokens
    m = view.mention_at.get(i)
    if m is None or toks[i].key[:1] != "ل" or match_key(view.mentions[m].label)[:1] == "ل" \
            or view.ref(m).entity.kind not in ("Country", "City"):
        return False
    sentence = toks[t].sentence
    return any(toks[j].sentence == sentence and vocab.MEETING_NOUNS.get(toks[j].key) == "visit"
               for j in range(max(0, t - 15), t))


#: "المبعوث الدولي": in Arabic news the UN's envoy (raw corpus, both files: 56 paragraphs with
#: "المبعوث الدولي", naming the UN envoys to Syria and Yemen).
_INTERNATIONAL = vocab.keys(("الدولي",))
#: "الرئيس الشرعي": the legitimate (recognised) holder; raw corpus: 35 after a title.
_LEGITIMATE = vocab.keys(("الشرعي", "الشرعية"))
#: "والي" and "الوالي": the head noun of a governor in Maghreb news (a Role of its own, `wali`).
_WALI = vocab.keys(("والي", "الوالي", "ووالي"))
#: "حاكم": a governor or ruler by the head noun its news writes (a Role of its own, `hakim`).
_HAKIM = vocab.keys(("حاكم", "الحاكم", "وحاكم"))
#: "مدرب الفريق الروماني": the nisba after "the team" is the coach's (`kg.extract.body_titles`), not the team's.
_THE_TEAM = vocab.keys(("الفريق",))
#: Mayors, by either head noun: "أمين جدة" (`mayor`), "عمدة لندن" (`city-mayor`); only with a city or region after.
_MAYORS = frozenset({"mayor", "city-mayor"})
#: Roles that may take one descriptive adjective before their qualifier.
_ADJECTIVE_ROLES = frozenset({"adviser", "chancellor", "envoy", "leader", "director", "head", "negotiator",
                              "commissioner", "senior-adviser", "chief-aide", "chief-negotiator", "chief-economist",
                              "coach"})



def _ministry_before(view: DocView, t: int) -> tuple[Ref, str | None] | None:
    """The last ministry named before token t that stands for a country ("وزارة الخارجية
    المصرية"), with its portfolio: what "الوزارة" refers back to."""
    for m in sorted((m for m, span in view.mention_span.items() if span[1] < t),
                    key=lambda m: -view.mention_span[m][0]):
        first, last = view.mention_span[m]
        if view.tokens[first].which(vocab.BODIES) != ("ministry", "وزارة"):
            continue
        country = view.country_of(view.ref(m))
        if country is None:  # a ministry the KB lacks: the nisba in its name
            country = next((q[0] for j in range(first + 1, last + 1) if (q := view.nisba(j)) is not None), None)
        if country is None or country.entity.kind != "Country":
            return None
        found = match_phrase(view, first + 1, PORTFOLIOS)
        return country, found[0] if found is not None and first + found[1] <= last else None
    return None


def _definite(tok) -> bool:
    """The token carries the article (also after a clitic: "والوزير"، "للوزير")."""
    return any(f.startswith("ال") for f in tok.forms)


def _adjective(view: DocView, t: int) -> bool:
    """A definite adjective that only describes the title ("الدبلوماسي", "الأعلى")."""
    tok = view.tokens[t]
    return (tok.key.startswith("ال") and t not in view.token_mention and view.nisba(t) is None
            and not tok.is_(vocab.NOT_CURRENT) and not tok.is_(vocab.SINGLE_HEADS)
            and not tok.is_(vocab.HONORIFICS))
