"""The parse-based argument finder, on parse trees written by hand as CoNLL-U.

The shipped parser's output varies (LAS 56.5), so the finder is tested on trees we write
(read with Stanza's own CoNLL-U reader, as the pipeline would give them), with composed
sentences and composed names; one smoke test at the end runs the real models.
"""

from __future__ import annotations

import pytest
from extract_fixtures import linker

from kg.extract.arguments import FRAMES, Argument, Arguments, event_sentences, find_arguments, parsed_parties
from kg.extract.facts import Ref
from kg.extract.meetings import extract_meetings
from kg.extract.officials import extract_officials
from kg.extract.text import DocView
from kg.types import AnnotatedDocument, Document, Entity, Mention, Sentence, Token, Word


def conllu(*sentences: str) -> str:
    """Sentences as CoNLL-U: one 'ID FORM UPOS HEAD DEPREL' line per word ('1-2 FORM' for a
    multi-word token), fields filled out to ten columns."""
    out = []
    for sent in sentences:
        for line in sent.strip().splitlines():
            cols = line.split()
            if "-" in cols[0]:
                out.append("\t".join([cols[0], cols[1]] + ["_"] * 8))
            else:
                idx, form, upos, head, rel = cols
                out.append("\t".join([idx, form, form, upos, "_", "_", head, rel, "_", "_"]))
        out.append("")
    return "\n".join(out) + "\n"


def parsed(text_conllu: str, *spans: tuple[str, str], parse: bool = True):
    """A linked article from CoNLL-U trees (via stanza's reader) and NER spans (surface, type)."""
    from stanza.utils.conll import CoNLL

    doc = CoNLL.conll2doc(input_str=text_conllu)
    text, sentences, tokens = "", [], []
    for si, sent in enumerate(doc.sentences):
        if text:
            text += " "
        s_start = len(text)
        for tok in sent.tokens:
            if len(text) > s_start:
                text += " "
            start = len(text)
            text += tok.text
            words = tuple(Word(w.id, w.text, w.upos, w.head, w.deprel) for w in tok.words)
            tokens.append(Token(start, len(text), tok.text, tuple(w.text for w in tok.words), "O", si,
                                words if parse else ()))
        sentences.append(Sentence(si, s_start, len(text)))
    mentions, pos = [], 0
    for surface, ner in spans:
        start = text.index(surface, pos)
        si = next(s.index for s in sentences if s.start <= start < s.end)
        mentions.append(Mention(start, start + len(surface), surface, surface, ner, 0.95, si))
        pos = start + len(surface)
    tagged = tuple(t if not any(m.start <= t.start < m.end for m in mentions) else
                   Token(t.start, t.end, t.text, t.words, "S-X", t.sentence, t.parse) for t in tokens)
    ann = AnnotatedDocument(Document("t", text, "test"), tuple(sentences), tagged, tuple(mentions), "test")
    return linker().link(ann)


def args_of(linked) -> list[tuple[str, str, str]]:
    return [(a.kind, a.role, a.ref.entity.label) for a in find_arguments(DocView(linked)).items]


# "The Egyptian president سامي الحداد received the Russian foreign minister يوري فلانوف."
RECEPTION = conllu("""
1 استقبل VERB 0 root
2 الرئيس NOUN 1 nsubj
3 المصري ADJ 2 amod
4 سامي X 2 appos
5 الحداد X 4 flat
6 وزير NOUN 1 obj
7 الخارجية NOUN 6 nmod
8 الروسي ADJ 7 amod
9 يوري X 6 appos
10 فلانوف X 9 flat
11 . PUNCT 1 punct
""")


def test_subject_and_object_are_the_persons_their_titles_name():
    linked = parsed(RECEPTION, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert args_of(linked) == [("reception", "subject", "سامي الحداد"), ("reception", "object", "يوري فلانوف")]


# "And فلانوف discussed, during the session held in the capital yesterday, with جان دوبوا the relations."
WITH_FAR = conllu("""
1-2 وبحث
1 و CCONJ 2 cc
2 بحث VERB 0 root
3 فلانوف X 2 nsubj
4 خلال ADP 5 case
5 الجلسة NOUN 2 obl
6 التي PRON 7 nsubj
7 عقدت VERB 5 acl
8 في ADP 9 case
9 العاصمة NOUN 7 obl
10 أمس NOUN 7 obl
11 مع ADP 13 case
12 الوزير NOUN 13 nmod
13 جان X 2 obl
14 دوبوا X 13 flat
15 العلاقات NOUN 2 obj
16 . PUNCT 2 punct
""")


def test_a_mac_phrase_far_from_its_verb_is_a_party():
    linked = parsed(WITH_FAR, ("فلانوف", "PER"), ("جان دوبوا", "PER"))
    found = args_of(linked)
    assert ("talks", "subject", "فلانوف") in found
    assert ("talks", "with", "جان دوبوا") in found
    assert all(label != "العلاقات" for _, _, label in found)


# "The delegation was received by سامي الحداد." (passive, agent with من قبل)
PASSIVE = conllu("""
1 استقبل VERB 0 root
2 الوفد NOUN 1 nsubj:pass
3 من ADP 4 case
4 قبل NOUN 1 obl
5 سامي X 4 nmod
6 الحداد X 5 flat
7 . PUNCT 1 punct
""")
# the same, with من قبل parsed as one compound preposition
PASSIVE_FIXED = conllu("""
1 استقبل VERB 0 root
2 الوفد NOUN 1 nsubj:pass
3 من ADP 5 case
4 قبل ADP 3 fixed
5 سامي X 1 obl
6 الحداد X 5 flat
7 . PUNCT 1 punct
""")


@pytest.mark.parametrize("tree", [PASSIVE, PASSIVE_FIXED], ids=["qibal-as-noun", "compound-preposition"])
def test_the_agent_of_a_passive_is_a_party(tree):
    linked = parsed(tree, ("سامي الحداد", "PER"))
    assert ("reception", "agent", "سامي الحداد") in args_of(linked)


# "The Russian minister arrived in Cairo. And he visited Egypt and discussed …" : a zero subject
ZERO = conllu("""
1 وصل VERB 0 root
2 الوزير NOUN 1 nsubj
3 يوري X 2 appos
4 فلانوف X 3 flat
5 القاهرة NOUN 1 obl
6 . PUNCT 1 punct
""", """
1-2 والتقى
1 و CCONJ 2 cc
2 التقى VERB 0 root
3 سامي X 2 obj
4 الحداد X 3 flat
5 . PUNCT 2 punct
""")


def test_a_zero_subject_is_the_previous_sentences_actor():
    linked = parsed(ZERO, ("يوري فلانوف", "PER"), ("القاهرة", "LOC"), ("سامي الحداد", "PER"))
    found = args_of(linked)
    assert ("meeting", "subject", "يوري فلانوف") in found
    assert ("meeting", "object", "سامي الحداد") in found


def test_a_zero_subject_falls_back_to_the_first_person_of_an_unparsed_sentence():
    linked = parsed(ZERO, ("يوري فلانوف", "PER"), ("القاهرة", "LOC"), ("سامي الحداد", "PER"))
    ann = linked.annotated
    unparsed = tuple(t if t.sentence == 1 else Token(t.start, t.end, t.text, t.words, t.ner, t.sentence)
                     for t in ann.tokens)
    linked = linker().link(AnnotatedDocument(ann.document, ann.sentences, unparsed, ann.mentions, "test"))
    assert ("meeting", "subject", "يوري فلانوف") in args_of(linked)


# "فلانوف visited Cairo and سامي الحداد": a city is the setting, a conjunct person a party
VISIT = conllu("""
1 زار VERB 0 root
2 فلانوف X 1 nsubj
3 القاهرة NOUN 1 obj
4-5 وسامي
4 و CCONJ 5 cc
5 سامي X 3 conj
6 الحداد X 5 flat
7 . PUNCT 1 punct
""")


def test_a_city_is_not_a_party_but_its_conjunct_person_is():
    linked = parsed(VISIT, ("فلانوف", "PER"), ("القاهرة", "LOC"), ("سامي الحداد", "PER"))
    found = args_of(linked)
    assert ("visit", "subject", "فلانوف") in found
    assert ("visit", "object", "سامي الحداد") in found
    assert all(label != "القاهرة" for _, _, label in found)


# "سامي الحداد made a phone call with فلانوف": the masdar's light verb carries the subject
LIGHT_VERB = conllu("""
1 أجرى VERB 0 root
2 سامي X 1 nsubj
3 الحداد X 2 flat
4 اتصالا NOUN 1 obj
5 هاتفيا ADJ 4 amod
6 مع ADP 7 case
7 فلانوف X 4 nmod
8 . PUNCT 1 punct
""")


def test_a_masdar_takes_the_subject_of_its_light_verb():
    linked = parsed(LIGHT_VERB, ("سامي الحداد", "PER"), ("فلانوف", "PER"))
    found = args_of(linked)
    assert ("call", "subject", "سامي الحداد") in found
    assert ("call", "with", "فلانوف") in found


# "The signing took place" — no trigger-less sentence is read; a sentence without parse gives nothing
def test_sentences_without_a_parse_give_no_arguments():
    linked = parsed(RECEPTION, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"), parse=False)
    assert find_arguments(DocView(linked)) == Arguments()


def test_only_sentences_with_an_event_trigger_are_chosen_for_parsing():
    # "فلانوف said the weather is fine. سامي الحداد received فلانوف."
    text = conllu("1 قال VERB 0 root\n2 فلانوف X 1 nsubj\n3 . PUNCT 1 punct",
                  "1 استقبل VERB 0 root\n2 سامي X 1 nsubj\n3 فلانوف X 1 obj\n4 . PUNCT 1 punct",
                  "1-2 وتوقيع\n1 و CCONJ 2 cc\n2 توقيع NOUN 0 root\n3 الاتفاقية NOUN 2 nmod\n4 . PUNCT 2 punct")
    linked = parsed(text, ("فلانوف", "PER"), ("سامي", "PER"), ("فلانوف", "PER"), parse=False)
    assert event_sentences(linked.annotated) == [1, 2]


def test_every_meeting_kind_and_signing_is_a_declared_frame():
    assert {"meeting", "talks", "summit", "visit", "reception", "call", "signing"} <= set(FRAMES)
    assert all(frame.triggers and frame.roles for frame in FRAMES.values())
    assert "object" not in FRAMES["signing"].roles  # one signs an agreement, not a party


def test_parsed_parties_add_only_what_the_record_lacks():
    linked = parsed(RECEPTION, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    view = DocView(linked)
    found = find_arguments(view)
    have = [found.items[0].ref]
    added = parsed_parties(found, view, 0, len(view.tokens) - 1, ["reception"], have)
    assert [r.entity.label for r in added] == ["يوري فلانوف"]
    assert parsed_parties(found, view, 0, len(view.tokens) - 1, ["call"], have) == []


def test_the_meeting_extractor_adds_a_parsed_party_and_keeps_its_own():
    linked = parsed(RECEPTION, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    view = DocView(linked)
    off = extract_officials(view)
    plain = extract_meetings(view, off)
    assert plain, "the surface rules find this reception"
    extra = Ref(Entity("Organization:وفد مركب", "Organization", "وفد مركب"), None, "")
    arguments = Arguments((Argument(0, 0, len("استقبل"), "reception", "object", extra),))
    with_parse = extract_meetings(view, off, arguments)
    before = {p.key for p in plain[0].participants}
    after = {p.key for p in with_parse[0].participants}
    assert before < after
    assert after - before == {extra.key}


@pytest.mark.stanza
def test_smoke_selective_parse_end_to_end():
    """The real models: only the trigger sentence is parsed, NER unchanged, facts extracted."""
    from kg.build.pipelines import PipelineFactory
    from kg.extract import extract_facts

    try:
        events, plain = PipelineFactory("events")(), PipelineFactory("off")()
    except FileNotFoundError as exc:
        pytest.skip(f"no Stanza models: {exc}")
    # "The weather was fine in the capital. The Egyptian president سامي الحداد received the
    # Russian foreign minister يوري فلانوف in Cairo yesterday."
    doc = Document("t", "كان الطقس جميلا في العاصمة. استقبل الرئيس المصري سامي الحداد وزير الخارجية "
                        "الروسي يوري فلانوف في القاهرة أمس.", "test")
    a, b = events.annotate(doc), plain.annotate(doc)
    assert [t.ner for t in a.tokens] == [t.ner for t in b.tokens]
    assert a.mentions == b.mentions
    assert not any(t.parse for t in a.tokens if t.sentence == 0)
    assert all(t.parse for t in a.tokens if t.sentence == 1)
    linked = linker().link(a)
    find_arguments(DocView(linked))  # whatever the model's tree, reading it must not fail
    assert extract_facts(linked).meetings


# "فلانوف met سامي الحداد" with the partner after ب ("التقى بـX"), and talks "between X and Y"
BI = conllu("""
1 التقى VERB 0 root
2 فلانوف X 1 nsubj
3-4 بسامي
3 ب ADP 4 case
4 سامي X 1 obl
5 الحداد X 4 flat
6 . PUNCT 1 punct
""")
BAYNA = conllu("""
1 جرت VERB 0 root
2 محادثات NOUN 1 nsubj
3 بين ADP 4 case
4 فلانوف X 2 nmod
5-6 وسامي
5 و CCONJ 6 cc
6 سامي X 4 conj
7 الحداد X 6 flat
8 . PUNCT 1 punct
""")


def test_the_partner_of_a_meeting_verb_may_follow_bi():
    linked = parsed(BI, ("فلانوف", "PER"), ("سامي الحداد", "PER"))
    assert ("meeting", "with", "سامي الحداد") in args_of(linked)


def test_talks_between_two_persons_have_both_as_partners():
    linked = parsed(BAYNA, ("فلانوف", "PER"), ("سامي الحداد", "PER"))
    found = args_of(linked)
    assert ("talks", "with", "فلانوف") in found
    assert ("talks", "with", "سامي الحداد") in found


def test_bi_does_not_introduce_a_partner_of_a_visit():
    visit = BI.replace("التقى", "زار")
    linked = parsed(visit, ("فلانوف", "PER"), ("سامي الحداد", "PER"))
    assert all(role != "with" for _, role, _ in args_of(linked))


# "And about the visit of a delegation of فلانوف, سامي الحداد said: …": the speaker talks about
# the visit (its topic, after حول), he takes no part in it
TOPIC = conllu("""
1 و CCONJ 0 root
2 حول ADP 3 case
3 زيارة NOUN 7 obl
4 وفد NOUN 3 nmod
5 من ADP 6 case
6 فلانوف X 4 nmod
7 قال VERB 1 parataxis
8 سامي X 7 nsubj
9 الحداد X 8 flat
10 . PUNCT 1 punct
""")


def test_the_speaker_about_a_visit_is_not_its_party():
    linked = parsed(TOPIC, ("فلانوف", "PER"), ("سامي الحداد", "PER"))
    assert all(label != "سامي الحداد" for _, _, label in args_of(linked))


def test_the_subject_of_a_topic_verb_is_still_read_for_a_light_verb():
    linked = parsed(TOPIC.replace("حول", "ب"), ("فلانوف", "PER"), ("سامي الحداد", "PER"))
    assert ("visit", "subject", "سامي الحداد") in args_of(linked)


# "سامي الحداد organised the meeting between فلانوف and دوبوا": the parties are listed after بين
# (hung on the verb, as the parser does); the organiser is not one of them
ORGANISED = conllu("""
1 نظم VERB 0 root
2 سامي X 1 nsubj
3 الحداد X 2 flat
4 اللقاء NOUN 1 obj
5 بين ADP 6 case
6 فلانوف X 1 obl
7 و CCONJ 8 cc
8 دوبوا X 6 conj
9 . PUNCT 1 punct
""")


def test_the_organiser_of_a_meeting_between_listed_parties_is_not_a_party():
    linked = parsed(ORGANISED, ("سامي الحداد", "PER"), ("فلانوف", "PER"), ("دوبوا", "PER"))
    assert {label for _, _, label in args_of(linked)} == {"فلانوف", "دوبوا"}


# "محادثات بين فلانوف وسامي الحداد" with the second member hung on the trigger, not on the first
BAYNA_STRAY = BAYNA.replace("\t4\tconj", "\t2\tconj")


def test_the_second_member_after_bayna_is_a_party_when_hung_on_the_trigger():
    linked = parsed(BAYNA_STRAY, ("فلانوف", "PER"), ("سامي الحداد", "PER"))
    assert ("talks", "with", "سامي الحداد") in args_of(linked)


# "talks between فلانوف and the creditors' representatives, namely دوبوا and سامي الحداد"
NAMELY = conllu("""
1 جرت VERB 0 root
2 محادثات NOUN 1 nsubj
3 بين ADP 4 case
4 فلانوف X 2 nmod
5-6 وممثلي
5 و CCONJ 2 cc
6 ممثلي NOUN 2 conj
7 الدائنين NOUN 6 nmod
8 ، PUNCT 7 punct
9-10 وهم
9 و CCONJ 1 cc
10 هم PRON 1 conj
11 دوبوا X 10 nsubj
12 و CCONJ 13 cc
13 سامي X 11 conj
14 الحداد X 13 flat
15 . PUNCT 1 punct
""")


def test_a_list_after_wa_hum_names_the_party_before_it():
    linked = parsed(NAMELY, ("فلانوف", "PER"), ("دوبوا", "PER"), ("سامي الحداد", "PER"))
    assert {label for _, _, label in args_of(linked)} == {"فلانوف", "سامي الحداد", "دوبوا"}
