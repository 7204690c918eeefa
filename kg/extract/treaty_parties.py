"""Who is party to a treaty: the roles of the signing clause, read off Arabic news syntax.

A treaty's parties are states and organizations. News names them in a few positions, and
only those are taken (a country elsewhere in the sentence is a place or a topic):

- the subject of a finite signing verb, after it ("وقعت مصر والإمارات …") or before it
  ("المملكة وناميبيا توقعان …"), with what is coordinated with it; an official there stands
  for his state or body (his title gives it: "وقع وزير الخارجية المصري …");
- the complement of بين/مع next to the treaty noun or the verb ("اتفاقية بين تونس والبنك
  العالمي"، "وقع العراق مع روسيا")، "البلدين/الجانبين" resolved to the article's main pair,
  "بينهما" to the pair just named;
- nisba adjectives on the treaty noun ("الاتفاق الروسي الإيراني");
- a zero or pronoun subject ("ووقعت اتفاقية مع …"، "ولديها اتفاقيات مع …") → the actor of the
  previous sentence; the first person plural ("وقعنا"، "اتفاقيتنا"، "بلادنا") → the
  speaker's country.

A place of signing ("في الرياض") and topics ("بشأن أوكرانيا") are not parties: a mention
after those prepositions is never taken.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import treaty_signers as signers
from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.nisba import nisbas_after
from kg.extract.speaker_side import nearest_speaker
from kg.extract.treaty_bodies import quoted_before
from kg.extract.treaty_chain import PartyChain
from kg.extract.treaty_described import described_only
from kg.extract.treaty_groups import group_at
from kg.extract.treaty_holder import speaking_state, with_named
from kg.extract.treaty_pair import (
    both,
    named_after,
    named_for,
    nearby_parties,
    own_body,
    own_states,
    with_after_area,
)
from kg.extract.treaty_reach import far_between
from kg.extract.treaty_side_nisba import side_at
from kg.extract.treaty_sides import (
    guessable,
    means_subject,
    possessed_signing,
    possessor,
)
from kg.extract.treaty_words import (
    ADVERBIAL,
    AGENT,
    BETWEEN_THEM,
    COMPARISON,
    EXCLUDE_BEFORE,
    FEMININE_DUAL,
    HAS_PRONOUN,
    NEGOTIATION_NOUNS,
    ON_BEHALF,
    ON_WORDS,
    PARTNER,
    RELATIVE,
    SIDE,
    SUPPORT_VERBS,
    WE,
)


class Parties(PartyChain):
    """Finds the parties of the treaties of one article (state shared across its sentences)."""

    def subject_after(self, verb: int, last: int, stop: int) -> list[Ref]:
        """The subject after a finite verb (VSO), with the states of titles in it."""
        refs, end = self.chain(verb + 1, last, stop)
        if not refs and (alias := signers.aliased_subject(self.view, verb + 1, stop, self.stop_words)) is not None:
            return [alias]  # "أبرمت كنفدرالية المواطنة التونسية (كونكت)، السبت، اتفاقية"
        return refs + signers.new_title_parties(refs, self._title_parties(verb + 1, max(verb + 1, end - 1)))

    def subject_after_object(self, verbs: list[int], trig_first: int, trig_last: int, last: int,
                             stop: int) -> list[Ref]:
        """VOS: a signing verb right before the treaty noun (its object, "على" between at most)
        has its subject after the noun's label ("ووقع على الاتفاقية كل من وزير الخارجية …"،
        "ووقع الاتفاقية كل من مصر والسودان"), or a passive its agent ("ووقعت الاتفاقية من قبل X")."""
        toks = self.view.tokens
        for v in verbs:
            if not v < trig_first or not all(toks[j].is_(ON_WORDS) or toks[j].is_(ADVERBIAL)
                                              for j in range(v + 1, trig_first)):
                continue
            k = trig_last + 1
            if k + 1 <= stop and toks[k].key == "من" and toks[k + 1].is_(AGENT):
                k += 2
            refs, end = self.chain(k, last, stop)
            if refs:
                return refs + signers.new_title_parties(refs, self._title_parties(k, max(k, end - 1)))
        return []

    def subject_before(self, verb: int, first: int) -> list[Ref]:
        """The subject right before a verb (SVO: "المملكة وناميبيا توقعان")."""
        view, toks = self.view, self.view.tokens
        j = verb - 1
        while j >= first and (toks[j].is_(ADVERBIAL) or j in self.off.covered or toks[j].is_(RELATIVE)):
            j -= 1
        j = signers.past_place(view, j, first)  # "الهيئة الملكية بينبع وقعت": the body, not its place
        if j < first or j not in view.token_mention:
            quoted = quoted_before(view, j, first)  # "وكانت «فلان» قد وقعت": a company the NER left out
            return [quoted] if quoted is not None else []
        out: list[Ref] = []
        while j >= first and j in view.token_mention:
            m = view.token_mention[j]
            a, _ = view.mention_span[m]
            if a < first:
                break
            prev = self._prev(a, first)
            if prev >= first and toks[prev].is_(EXCLUDE_BEFORE | PARTNER):
                break
            ref = self.party_of(m)
            if ref is not None:
                out.append(ref)
            joined = toks[a].key.startswith("و") or (a - 1 >= first and toks[a - 1].key == "و")
            if not joined and a - 1 >= first and a - 1 not in view.token_mention and toks[a - 1].key.startswith("و") \
                    and not toks[a - 1].is_(self.stop_words):
                joined, a = True, a - 1  # "المملكة وجمهورية ناميبيا": a head noun carries the و
            if not joined:
                break
            j = a - 1
            while j >= first and (toks[j].key == "و" or j in self.off.covered):
                j -= 1
        return out

    def _opens_clause(self, v: int, first: int) -> bool:
        """The verb heads its clause: only openers ("وقد"، "كما"، "أنها") before it."""
        toks = self.view.tokens
        return all(toks[j].is_(vocab.VERB_OPENERS) or toks[j].is_(vocab.COMPLEMENTIZERS) or toks[j].key in ("و", "ف")
                   or toks[j].is_(ADVERBIAL) for j in range(first, v))

    def actor(self, t: int, first: int) -> Ref | None:
        """The first state or body acting before token t's clause (which starts at `first`):
        in the same sentence before the clause, else in the sentence before (zero subject)."""
        view = self.view
        sentence = view.tokens[t].sentence
        spans = []
        sent = view.sentence_tokens(sentence)
        if sent and sent[0].index < first:
            spans.append((sent[0].index, first - 1))
        for s in (sentence - 1, sentence - 2):
            toks = view.sentence_tokens(s)
            if toks:
                spans.append((toks[0].index, toks[-1].index))
        for lo, hi in spans:
            for m in view.mentions_in(lo, hi):
                a, _ = view.mention_span[m]
                j = self._prev(a, lo)
                if j >= lo and view.tokens[j].is_(EXCLUDE_BEFORE):
                    continue
                ref = self.party_of(m)
                if ref is not None:
                    return ref
            for title in self.off.titles:
                if lo <= title.first <= hi and title.of is not None:
                    return self.view.country_of(title.of) or title.of
        return None

    def speaker(self, t: int) -> Ref | None:
        """The country of whoever speaks at token t: the nearest official before it (this
        sentence, then the three before), or the state of a title ("قال وزير الخارجية المصري")."""
        return nearest_speaker(self.view, self.off, t, sentences=4, party_of=self.party_of)

    # --- the parties of one treaty ----------------------------------------------------------

    def find(self, first: int, last: int, trig_first: int, trig_last: int, signing: list[int]) -> dict[str, Ref]:
        """States and organizations the clause first..last ties to the treaty noun at
        trig_first..trig_last; `signing` are the clause's signing-word tokens."""
        view, toks = self.view, self.view.tokens
        out: dict[str, Ref] = {}

        def add(ref: Ref | None) -> None:
            if ref is not None:
                out.setdefault(ref.key, ref)

        refs, _ = nisbas_after(view, trig_last + 1)  # "الاتفاق الروسي الإيراني"
        for ref in refs:
            add(ref)
        compare = next((t for t in range(trig_last + 1, last + 1) if toks[t].is_(COMPARISON)), last + 1)
        stop = compare - 1
        verbs = self._verbs(first, stop, trig_first, signing)
        # "الاتفاق الذي أبرمته X مع Y": a relative clause on the noun, its
        # verb's subject after it
        relative = [v for v in verbs if trig_last < v <= trig_last + 3 and toks[v - 1].is_(RELATIVE)]
        self.unnamed_side = False
        subject, zero = self._subject(first, last, stop, trig_first, trig_last, signing, verbs, relative)
        for ref in subject:
            add(ref)
        between = self._partners(first, last, stop, trig_first, trig_last, verbs, relative, out, add)
        for t in range(trig_first, min(stop, trig_last + 4) + 1):
            if toks[t].is_(BETWEEN_THEM):  # "بتوقيع اتفاق بينهما"
                pair = subject or self._listed_pair(t) or both(view, self.off, t)
                for ref in pair:
                    add(ref)
        if zero is not None and not subject and not between:  # "ووقعت اتفاقية مع …": the actor before
            add(self.actor(zero, first))
        self._implicit(first, last, stop, trig_first, trig_last, signing, verbs, subject, out, add)
        self._drop_naming_place(first, last, trig_last, out)
        return out

    def _drop_naming_place(self, first: int, last: int, trig_last: int, out: dict[str, Ref]) -> None:
        """"وقعوا اتفاقية جنيف": the city or place right after the treaty noun names it and signs
        nothing; neither it nor its state is a party unless another mention of the clause names that state
        ("وقعت مصر والسودان اتفاقية القاهرة")."""
        view = self.view
        naming = view.mention_at.get(trig_last + 1)
        if naming is None or view.ref(naming).entity.kind not in ("City", "Place"):
            return
        others = {ref.key for m in view.mentions_in(first, last) if m != naming
                  and (ref := self.party_of(m)) is not None}
        for ref in (view.ref(naming), self.party_of(naming)):
            if ref is not None and ref.key not in others:
                out.pop(ref.key, None)

    def _listed_pair(self, t: int) -> list[Ref]:
        """"بينهما" at t after a بين-list earlier in its sentence names that list's two ("بالتعاون بين
        جامعة X والمنظمة Y، تفعيلا لاتفاقية التعاون التي تم توقيعها بينهما"): the nearest such list."""
        toks = self.view.tokens
        sent = self.view.sentence_tokens(toks[t].sentence)
        for k in range(t - 1, sent[0].index - 1, -1):
            if toks[k].key.endswith("بين") and not toks[k].is_(BETWEEN_THEM):
                end = next((j for j in range(k + 1, t) if toks[j].punct), t) - 1
                listed = list(self.view.mentions_in(k + 1, end))
                refs = [r for r in map(self.party_of, listed) if r is not None]
                starts = [self.view.mention_span[m][0] for m in listed]
                if len(refs) == len(listed) == 2 and starts[0] == k + 1 and toks[starts[1]].key.startswith("و") \
                        and refs[0].key != refs[1].key:
                    return refs
                return []
        return []

    def _verbs(self, first: int, stop: int, trig_first: int, signing: list[int]) -> list[int]:
        """The clause's signing verbs (and light verbs: "وقام بتوقيع"; a support verb before a
        negotiation noun: "وتجري فرنسا والمغرب مفاوضات حول اتفاقية")."""
        toks = self.view.tokens
        verbs = [v for v in signing if (toks[v].is_(self.sign_verbs) or self.verb(v)) and first <= v <= stop] \
            + [v for v in signers.light_verb_nouns(self.view, signing) if first <= v <= stop]
        talks = next((n for n in range(max(first, trig_first - 3), trig_first) if toks[n].is_(NEGOTIATION_NOUNS)), None)
        if talks is not None:
            verbs = verbs + [v for v in range(first, talks) if toks[v].is_(SUPPORT_VERBS)][:1]
        return verbs

    def _subject(self, first: int, last: int, stop: int, trig_first: int, trig_last: int, signing: list[int],
                 verbs: list[int], relative: list[int]) -> tuple[list[Ref], int | None]:
        """Who signs: the subject of a signing verb (after or before it), of a possessed or verbal
        noun of signing, or the signers named after the object; and the first verb with no subject
        of its own that opens its clause (its actor is the one before), if any."""
        view = self.view
        subject: list[Ref] = []
        zero: int | None = None
        for v in verbs:
            found = self.subject_after(v, last, stop) if v < trig_first or v in relative else []
            if not found and v > trig_first and self._unnamed_next(v + 1, stop):
                self.unnamed_side = True  # "الاتفاق الذي أبرمته الدول الكبرى مع إيران"
            if not found:
                found = self.subject_before(v, first) or signers.fronted_subject(view, v, first, self.chain)
            if not found and self._opens_clause(v, first) and zero is None:
                zero = v
            subject += found
        if not subject and (own := possessed_signing(view, first, trig_first)) is not None:  # "عن توقيعها لاتفاقية"
            signer = possessor(view, own, self.party_of, EXCLUDE_BEFORE | PARTNER)
            subject, self.unnamed_side = ([signer], False) if signer else ([], True)  # "الشركات على توقيعها"
        if not subject and (a := means_subject(view, signing, first, self.off.covered, self.party_of)) is not None:
            subject = self.chain(a, last, stop)[0]  # "ساهمت جامعة X وجامعة Y …، وذلك بتوقيع اتفاقية مع Z"
        if not subject:  # "بعد توقيع المشرف على مركز X فلان اتفاقية"، "أعلنت وزارة العمل توقيع اتفاقية"
            subject = signers.masdar_agent(view, signing, trig_first, self.chain, self._title_parties) \
                or signers.governing_subject(view, signing, first, trig_first, self.party_of, self.off.covered)
        if not subject:  # "ووقع (على) الاتفاقية كل من X وY"، "ووقعت الاتفاقية من قبل X": the subject after the object
            subject = self.subject_after_object(verbs, trig_first, trig_last, last, stop)
        return subject, zero

    def _partners(self, first: int, last: int, stop: int, trig_first: int, trig_last: int, verbs: list[int],
                  relative: list[int], out: dict[str, Ref], add: Callable[[Ref | None], None]) -> bool:
        """The complements of بين / مع next to the verb or the treaty noun; whether one was بين."""
        view, toks = self.view, self.view.tokens
        between = False
        for t in range(first, stop + 1):
            if not toks[t].is_(PARTNER) or trig_first <= t <= trig_last:
                continue
            near = any(v < t < trig_first for v in verbs) or 0 < t - trig_last <= 6 or any(
                0 < t - v <= 16 and toks[t].key == "مع" and not any(toks[k].key in ("،", ",") for k in range(v, t))
                for v in relative) or with_after_area(view, t, trig_first, trig_last, verbs, PARTNER)
            if not near and not any(0 < t - v <= 2 for v in verbs):
                if trig_last < t and far_between(view, t, trig_last):  # "بروتوكول اتفاق يتعلق بـ… بين X وY"
                    found, _ = self.chain(t + 1, last, stop)
                    if len(found) >= 2:
                        between = True
                        for ref in found:
                            add(ref)
                continue
            nxt = t + 1
            between = between or toks[t].key == "بين"
            if nxt <= last and toks[nxt].is_(vocab.BOTH_PARTIES):
                for ref in both(view, self.off, nxt) if len(out) < 2 else ():
                    add(ref)
                continue
            if toks[t].key == "بين" and self._unnamed_next(nxt, stop) and not group_at(view, nxt, stop) \
                    and not self._bare_government(nxt, stop) \
                    and (k := named_after(view, nxt, stop)) is not None:  # "بين القوى الكبرى وإيران"
                for ref in self.chain(k, last, stop)[0]:
                    add(ref)
                self.unnamed_side = True
                continue
            found, end = self.chain(nxt, last, stop)
            if not found and toks[t].key == "مع" and self._bare_government(nxt, stop) \
                    and (state := self._state_of_list(list(out.values()))) is not None:
                found = [state]  # "أبرم الاتحاد العام التونسي للشغل اتفاقا مع الحكومة": its own state's
            for ref in found:
                add(ref)
            if toks[t].key == "بين" and len(found) == 1 and any(
                    k not in view.token_mention and toks[k].key.startswith("و") and toks[k].key.isalpha()
                    for k in range(nxt + 1, min(end + 1, stop + 1))):
                self.unnamed_side = True  # "بين إيران والسداسية الدولية": the other side is named, not an entity
            if not found and toks[t].key == "مع" and (titled := self._title_parties(nxt, nxt)):
                found = titled[:1]  # "توقيعه الإعلان مع الرئيس المصري": a title without a name, its state
                add(found[0])
            if not found and (toks[t].key == "مع" or not (nxt <= stop and toks[nxt].key.endswith(FEMININE_DUAL))) \
                    and self._unnamed_next(nxt, stop, construct=True):  # not "بين الحكومتين": the article's pair
                self.unnamed_side = True  # "وقعته طهران مع المجتمع الدولي"، "بين رجال الأعمال": no name
        return between

    def _implicit(self, first: int, last: int, stop: int, trig_first: int, trig_last: int, signing: list[int],
                  verbs: list[int], subject: list[Ref], out: dict[str, Ref],
                  add: Callable[[Ref | None], None]) -> None:
        """Parties the clause implies: each side signing "عن الجانب X", the speaker of a first person
        plural or of "بلادها", the body the speaker heads, the actor of "لديها", the officials who
        sign, and as a last resort the first بين/مع further on."""
        view, toks = self.view, self.view.tokens
        for t in range(first, stop):  # "ووقعها عن الجانب السعودي X، وعن الجانب المصري Y": each side
            if toks[t].is_(SIDE) and t > first and toks[t - 1].is_(ON_BEHALF) and t not in view.token_mention:
                refs, _ = nisbas_after(view, t + 1)
                m = view.mention_at.get(t + 1)
                for ref in refs or ([self.party_of(m)] if m is not None else []):
                    add(ref)
        # first person plural and pronoun possessors
        we = next((t for t in range(first, min(stop, trig_last + 3) + 1) if toks[t].is_(WE)), None)
        if we is not None:
            add(self.speaker(we))
        own = next((t for t in range(first, trig_first) if toks[t].is_(vocab.OWN_COUNTRY)), None)
        if own is not None:  # "قالت وزيرة الخارجية الأسترالية … إن بلادها ستوقع": Australia
            add(self.speaker(own))
        if not subject:  # "قال رئيس هيئة X إن الهيئة ستوقع …": the body the speaker heads
            for v in verbs:
                add(own_body(view, self.off, v, first))
        has = next((t for t in range(first, trig_first) if toks[t].is_(HAS_PRONOUN)), None)
        if has is not None and not subject:  # "ولديها اتفاقيات مع الصين"
            add(self.actor(has, first))
        if not out and verbs:  # "يجري الرئيس الإيراني … ويوقع معاهدة": the officials who sign (a verb:
            # "منذ التوقيع على الاتفاق" is a time, and the officials near it did not sign)
            for m in view.mentions_in(first, last):
                title = self.off.title_of_mention.get(m)
                if title is not None and title.of is not None:
                    add(view.country_of(title.of) or title.of)
        if not out and signing:  # nothing near the noun: the first بين/مع further on in the clause
            for t in range(trig_last + 1, stop + 1):
                if toks[t].is_(PARTNER):
                    found, _ = self.chain(t + 1, last, stop)
                    for ref in found:
                        add(ref)
                    if found:
                        break

    def complete(self, parties: dict[str, Ref], trig_first: int, first: int, signing: bool,
                 guess: bool = True, trig_last: int | None = None) -> dict[str, Ref]:
        """The parties with the side the clause leaves implicit: a one-party treaty ("الاتفاق مع
        روسيا") gets who speaks or acts; with `guess`, a signed one with none gets the article's
        two sides (not for "الاتفاقية", which refers back to a treaty already told of).

        Only a clause that signs ("وقع اتفاقا مع روسيا") gets the other side from who acts or
        speaks: of a treaty only spoken of ("قال الوزير إن الاتفاق النووي مع إيران …") the speaker
        is rarely a party (raw-news probe: 28 of 31 such guesses wrong), so it stays one-sided.

        A guess is weak evidence, so a guessed side must be a state or body the sentence or the
        one before names as an actor (not only as a place: "في بكين"), and never the state of the
        city that names the treaty ("اتفاق باريس"، "اتفاقية جنيف")."""
        out = dict(parties)
        if self.unnamed_side:
            return out  # the text names the other side without naming an entity: nothing to guess
        named = named_for(self.view, trig_last) if trig_last is not None else frozenset()
        near = nearby_parties(self.view, self.off, self.party_of, trig_first) - named
        if not out and signing and guess:  # "تم توقيع اتفاقية للتعاون": the sides the article is about
            for ref in self.counterparts(trig_first, first):
                if ref.key in near and guessable(self.view, ref):
                    out.setdefault(ref.key, ref)
                if len(out) == 2:
                    break
            if len(out) < 2:
                return {}  # one side guessed from nothing is no evidence: "وتوقيع اتفاقيات سلام"
        if len(out) == 1 and not signing and trig_last is not None \
                and with_named(self.view, trig_last, party := next(iter(out.values()))) \
                and (state := speaking_state(self.view, self.off, self.party_of, trig_first, party)) is not None:
            out[state.key] = state  # "أوضح مسؤول X أن الاتفاق مع Y …": the speaker's state
        if len(out) == 1 and signing:  # "وقع اتفاقا مع روسيا": the other side is who acts or speaks
            own = own_states(self.view, next(iter(out.values())))  # not "شركة روسنفت الروسية"'s Russia
            own |= described_only(self.view, self.off, self.party_of, trig_first)  # "الدور الروسي" (treaty_described)
            for ref in self.counterparts(trig_first, first):
                if ref.key not in out and ref.key not in own and ref.key in near and guessable(self.view, ref):
                    out[ref.key] = ref
                    break
        return out

    def _unnamed_next(self, t: int, stop: int, construct: bool = False) -> bool:
        """Token t (after adverbials) opens a definite noun phrase that names no entity ("الدول
        الكبرى"، "والسداسية الدولية"): a side of the treaty the text names without a name. With
        `construct`, also a construct phrase ending in a definite common noun ("رجال الأعمال")."""
        view, toks = self.view, self.view.tokens
        while t <= stop and toks[t].is_(ADVERBIAL):
            t += 1
        if t > stop or t in view.token_mention or toks[t].is_(self.stop_words) or toks[t].is_(vocab.BOTH_PARTIES) \
                or side_at(view, t, stop) is not None:  # "مع الجانب الياباني": a state, named by its side
            return False
        if any(f.startswith("ال") for f in toks[t].forms) and toks[t].key.isalpha():
            return True
        if not construct or t in self.off.covered:
            return False
        # a construct phrase ending in a definite common noun: "بين رجال الأعمال"، "مع ممثلي النقابات"
        nxt = t + 1
        return toks[t].key.isalpha() and nxt <= stop and nxt not in view.token_mention and toks[nxt].key.isalpha() \
            and any(f.startswith("ال") for f in toks[nxt].forms) and not toks[nxt].is_(vocab.BOTH_PARTIES) \
            and not toks[nxt].is_(self.stop_words) and group_at(view, t, stop) is None

    def counterparts(self, t: int, first: int) -> list[Ref]:
        """Who the other side of a one-party treaty at token t most likely is, best first: the
        official speaking, the actor before the clause (or in the sentence before), and the
        article's main pair."""
        out = [self.speaker(t), self.actor(t, first)]
        return [r for r in out if r is not None] + both(self.view, self.off, t)

