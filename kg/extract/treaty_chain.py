"""Treaty parties as mentions: what a mention stands for, and a list of them joined by و.

A party is a state or an organization. An official stands for his state or body (his title gives
it), a capital for its state, a government body the KB does not know for the state whose body it
is ("الحكومة الأردنية"), and a list ("وقعت مصر والإمارات وحكومة مالي") runs over و, head nouns,
titles, groups ("القوى العالمية الست") and bodies named before, up to the clause's end.
`kg.extract.treaty_parties` reads the clause roles (subject, بين/مع-phrases) with these.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import treaty_signers as signers
from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.home_country import in_dateline
from kg.extract.officials import Officials
from kg.extract.text import DocView
from kg.extract.treaty_anaphora import body_antecedent
from kg.extract.treaty_bodies import body_at
from kg.extract.treaty_groups import group_at
from kg.extract.treaty_pair import (
    both,
    located_in,
    person_countries,
    state_after_body,
    state_in_name,
)
from kg.extract.treaty_side_nisba import side_at
from kg.extract.treaty_sides import (
    counterpart_at,
    merged_states,
)
from kg.extract.treaty_words import (
    ADVERBIAL,
    BARE_GOVERNMENT,
    EXCLUDE_BEFORE,
    NATIONAL_BODIES,
    ON_WORDS,
    PARTNER,
    PARTY_KINDS,
    PLACE_PREP,
    SKIP_IN_LABEL,
    STATE_BODIES,
)

#: What may follow a bare "الحكومة" that ends its list item: a topic or a time, not a qualifier
#: ("الحكومة الشرعية"، "الحكومة السابقة" name which government, and stay unread).
_AFTER_BARE = vocab.keys(("حول", "بشأن", "بخصوص", "على", "في", "يقضي", "تقضي", "من", "منذ", "خلال"))


class PartyChain:
    """What the mentions of one article stand for as treaty parties, and lists of them joined by و."""

    def __init__(self, view: DocView, off: Officials, sign_verbs: frozenset[str], nouns: frozenset[str],
                 verb: Callable[[int], bool] = lambda t: False) -> None:
        self.view = view
        self.off = off
        self.sign_verbs = sign_verbs
        #: Signing verbs only their context tells ("أن توقع"، "عقدت اتفاقية"): kg.extract.treaty_verbs.
        self.verb = verb
        #: Words a subject cannot start with: treaty nouns, prepositions, signing words.
        self.nouns = nouns
        self.stop_words = nouns | sign_verbs | EXCLUDE_BEFORE | PARTNER | ON_WORDS
        self.people = person_countries(view, off)
        #: The clause last read by `find` names a side without an entity ("الدول الكبرى").
        self.unnamed_side = False

    # --- what a mention stands for ---------------------------------------------------------

    def party_of(self, m: int) -> Ref | None:
        """The state or body mention m stands for as a party (an official: his country)."""
        view = self.view
        if view.is_person(m):
            title = self.off.title_of_mention.get(m)
            if title is not None and title.of is not None:
                return view.country_of(title.of) or title.of
            return self.people.get(view.ref(m).key)
        a, b = view.mention_span[m]
        if view.mentions[m].ner_type == "PER" or view.tokens[a].is_(self.nouns):
            return None  # a treaty noun the NER took for a name ("بروتوكولا"، "اتفاقية باريس") is no party
        ref = view.ref(m)
        if ref.entity.kind not in PARTY_KINDS:
            return None
        if ref.entity.kind == "Organization" and in_dateline(view, m):
            return None  # "واس- نيويورك: …": the agency carrying the news signs nothing in it
        if all(view.tokens[t].is_(STATE_BODIES) for t in range(a, b + 1)) and (n := state_after_body(view, b)):
            return n  # "وحكومة جمهورية | ساحل العاج": the NER cut the state's name off its body
        if ref.entity.kind == "Organization" and view.kb_entry(ref) is None:
            a, b = view.mention_span[m]  # "الحكومة الأردنية": the state whose body it is
            if view.tokens[a].is_(STATE_BODIES):
                for t in range(a + 1, b + 1):
                    if (nis := view.nisba(t)) is not None and nis[0].entity.kind == "Country":
                        return nis[0]
                if (state := state_in_name(view, a, b)) is not None:
                    return state  # "حكومة الجمهورية البرتغالية"، "حكومة الصين الشعبية"
        elif ref.entity.kind == "Organization" and view.tokens[view.mention_span[m][0]].is_(STATE_BODIES):
            # the same body as a KB institution (الحكومة الأردنية, org:JO-GOVERNMENT): its state
            return view.country_of(ref) or ref
        if ref.entity.kind == "City":
            return view.country_of(ref)  # "بين موسكو وطهران": the capitals stand for the states
        if ref.entity.kind == "Place":
            return view.country_of(ref) or ref  # a place the KB lacks: as the NER saw it
        return ref

    def _title_parties(self, first: int, last: int) -> list[Ref]:
        """States of the titles that start in tokens first..last ("وزيرا خارجية السعودية وإيران")."""
        out = []
        for title in self.off.titles:
            if first <= title.first <= last and title.of is not None:
                for of in (title.of, *title.also_of):
                    out.append(self.view.country_of(of) or of)
        return out

    def _skippable(self, t: int) -> bool:
        tok = self.view.tokens[t]
        return (t in self.off.covered or tok.is_(vocab.HONORIFICS) or tok.is_(ADVERBIAL)
                or tok.key in SKIP_IN_LABEL)

    def _prev(self, a: int, first: int) -> int:
        """The token before a, skipping the title and honorifics that introduce a name."""
        j = a - 1
        while j >= first and (j in self.off.covered or self.view.tokens[j].is_(vocab.HONORIFICS)
                              or self.view.tokens[j].key in SKIP_IN_LABEL or self.view.tokens[j].key in ("،", ",")):
            j -= 1
        return j

    def chain(self, start: int, last: int, stop: int) -> tuple[list[Ref], int]:
        """Mentions from token `start` joined by و (and titles standing for states), up to `stop`:
        the refs and the token after the chain."""
        view, toks = self.view, self.view.tokens
        out: list[Ref] = []
        t = start
        first_item = True
        lead = 0  # "وقعت شركة «نسما» …": a head noun or two before the name
        joined = False  # "… وحكومة مالي": a head noun with و before the next name
        government = False  # "بين الحكومة والاتحاد العام التونسي للشغل": the state comes from the list
        while t <= min(last, stop):
            if out and (h := signers.title_holder(view, t, self.off.covered)) is not None and (
                    ref := self.party_of(h)) is not None and not signers.new_title_parties(out[-1:], [ref]):
                t = view.mention_span[h][1] + 1  # "المدير العام لشركة X، فلان": the holder of the body just read
                continue
            if t in view.mention_at:
                m = view.mention_at[t]
                a, b = view.mention_span[m]
                if not first_item and not (joined or toks[a].key.startswith("و") or toks[a - 1].key in ("و",)
                                           or (a - 1 in self.off.covered and self._and_before_title(a))) \
                        or not first_item and lead and signers.own_head(view, m):  # "… وتأسيس شركة ذات …"
                    break
                lead, joined = 0, False
                ref = self.party_of(m)
                if len(two := merged_states(view, m, STATE_BODIES)) == 2:  # "حكومة تونس والمملكة المغربية"
                    out.append(two[0])
                    ref = two[1]
                t = b + 1
                if ref is not None and (where := located_in(view, t, min(last, stop))) is not None:
                    if ref.entity.kind == "Organization" and toks[a].is_(STATE_BODIES) and (
                            where[0].entity.kind == "Country"
                            or where[0].entity.kind == "Place" and toks[a].is_(NATIONAL_BODIES)):
                        ref = where[0]  # "وزارة العدل بالجمهورية البرتغالية": the state whose body it is
                    t = where[1]  # "الهيئة … في السعودية، ووكالة …": the list goes on after the place
                    if t < min(last, stop) and toks[t].text in ("،", ",") and toks[t + 1].text.startswith("و"):
                        t += 1
                if ref is not None:
                    out.append(ref)
                elif not view.is_person(m):
                    break
                first_item = False
                continue
            if (first_item or joined or toks[t].key.startswith("و")) and (
                    (g := group_at(view, t, min(last, stop)))  # "بين إيران والقوى العالمية الست": a group
                    or (g := (body_antecedent(view, t, min(last, stop)), t + 1))[0]  # "والبنك": named before
                    or (g := body_at(view, t, min(last, stop), self.stop_words))  # "مع مؤسسة تسيير"
                    or (g := counterpart_at(view, t, min(last, stop), self.party_of))  # "ونظيره في فنزويلا"
                    or (g := side_at(view, t, min(last, stop)))):  # "مع الجانب الياباني" (kg.extract.treaty_side_nisba)
                out.append(g[0])
                first_item, lead, joined, t = False, 0, False, g[1]
                continue
            if (first_item or joined or toks[t].key.startswith("و")) and self._bare_government(t, min(last, stop)):
                government, first_item, lead, joined = True, False, 0, False
                t += 1
                continue
            if first_item and toks[t].is_(vocab.BOTH_PARTIES):  # "ووقع البلدان …"
                out.extend(both(view, self.off, t))
                first_item = False
                t += 1
                continue
            if first_item and lead and (n := view.nisba(t)) is not None and toks[t - 1].is_(STATE_BODIES):
                out.append(n[0])  # "وصادق البرلمان الروسي": the body's state
                first_item, lead = False, 0
                t += n[1]
                continue
            if toks[t].key == "و" or self._skippable(t) or (
                    first_item and toks[t].key == "كل" and t + 1 <= last and toks[t + 1].key == "من"):
                joined = joined or (not first_item and toks[t].key.startswith("و"))  # "ودولة جنوب السودان"
                t += 2 if toks[t].key == "كل" else 1  # "وقعت كل من الجزائر وروسيا"
                continue
            if (n := view.nisba(t)) is not None and not first_item:
                t += n[1]
                continue
            if 0 < lead < 4 and toks[t].is_(PLACE_PREP) and toks[t - lead].is_(STATE_BODIES):
                lead += 1  # "بين وزارة الصحة في المملكة …": the body's country follows في
                t += 1
                continue
            if lead < (3 if lead and toks[t - lead].is_(STATE_BODIES) else 2) and toks[t].key.isalpha() \
                    and not toks[t].is_(self.stop_words) and (first_item or lead or toks[t].key.startswith("و")):
                joined = joined or not first_item
                lead += 1
                t += 1
                continue
            break
        if government and out and (state := self._state_of_list(out)) is not None \
                and state.key not in {r.key for r in out}:
            out.insert(0, state)
        return out, (t if out else start)

    def _bare_government(self, t: int, stop: int) -> bool:
        """Token t is "الحكومة" with no state named or implied after it (no mention, nisba or
        name right after: "الحكومة التونسية"، "الحكومة الشرعية" are read elsewhere or not at all)."""
        view = self.view
        if not view.tokens[t].is_(BARE_GOVERNMENT) or t in view.token_mention:
            return False
        nxt = t + 1
        if nxt > stop or view.tokens[nxt].punct:
            return True
        tok = view.tokens[nxt]
        return view.nisba(nxt) is None and (tok.key.startswith("و") or tok.is_(_AFTER_BARE) or tok.is_(self.stop_words))

    def _state_of_list(self, refs: list[Ref]) -> Ref | None:
        """The state a bare "الحكومة" governs: the one a body beside it in the list belongs to (its
        KB country, or a country nisba inside its name: "الاتحاد العام التونسي للشغل"). A nisba that
        ends the name marks a foreign body ("الهلال الإماراتي" beside Aden's utility), not the state
        whose government signs with it."""
        view = self.view
        for ref in refs:
            if ref.entity.kind != "Organization":
                continue
            if (country := view.country_of(ref)) is not None and country.entity.kind == "Country":
                return country
            if ref.mention is not None:
                a, b = view.mention_span[ref.mention]
                for t in range(a, b + 1):
                    if (nis := view.nisba(t)) is not None and nis[0].entity.kind == "Country" and t + nis[1] <= b:
                        return nis[0]
        return None

    def _and_before_title(self, a: int) -> bool:
        j = a - 1
        while j - 1 in self.off.covered:
            j -= 1
        return self.view.tokens[j].key.startswith("و")


__all__ = ["PartyChain"]
