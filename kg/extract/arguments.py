"""The arguments of event predicates, read from the dependency parse: who met, called, visited, signed.

The surface rules (`kg.extract.meeting_parties`) read participants from their place around the
trigger, within a window; a parse reaches further: the subject of a verb eight words away, the
second conjunct of a coordinated subject, the `مع`-phrase after a long object, the agent of a
passive (`من قبل X`، `من جانب X`). This module reads, for each trigger word (a verb or a masdar)
in a parsed sentence:

* subject: its `nsubj`; a verb with none (a zero subject, "وبحث معه …") takes the previous
  sentence's actor (its parsed subject, else its first person);
* object: its `obj`, and the subject of a passive (`nsubj:pass`: the one received);
* with: an `obl`/`nmod` dependent whose preposition is `مع`;
* agent: an `obl`/`nmod` dependent introduced by `من قبل` / `من جانب`;

and for a masdar that is the object of a light verb ("أجرى X اتصالا مع Y"، "قام X بزيارة"), the
verb's subject and `مع`-phrase too; not the subject of a verb the masdar is the topic of ("قال X
حول زيارة وفد"), nor that of a verb whose event lists its parties after بين ("نظمت X اللقاء بين Y
وZ": X organised it). The retrained parser (UAS 75.7) hangs a بين-list's second member on the
trigger itself ("المحادثات بين X وممثلي …": a conjunct of المحادثات), and a list that names a
member after it ("ممثلي الدائنين، وهم X وY") as a clause of its own pronoun: both are read.

An argument gives an entity only when its head is a named
entity (PER, ORG, or LOC that is a country), or a title whose name (apposition, genitive, flat)
is a person: a place (a city, a region) is where an event happens, not a party to it.

An event kind is a declaration (`FRAMES`: kind → trigger words, taken from the lexicons the
surface rules read, and the roles whose heads take part), not code: a new kind is a row.
Which sentences are parsed at all is `event_sentences`: the ones with a trigger word, so a
build pays for the parser only where an extractor reads it (`kg build --parse events`).

The meeting extractor uses the arguments to ADD a participant its surface rules missed, never
to remove one (`parsed_parties`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kg.extract import vocab
from kg.extract.facts import MEETING_KINDS, Ref
from kg.extract.lexicon import meetings as meeting_lexicon
from kg.extract.text import DocView
from kg.link.normalize import clitic_splits, match_key
from kg.types import AnnotatedDocument, Token, Word


def _by_kind(*tables: Mapping[str, str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for table in tables:
        for key, kind in table.items():
            out.setdefault(kind, set()).add(key)
    return {k: frozenset(v) for k, v in out.items()}


@dataclass(frozen=True)
class Frame:
    """An event kind's predicate: the words that state it (match keys), the roles whose heads
    are its participants (`subject`, `object`, `with`, `agent`) and the prepositions that
    introduce the `with` role (keys)."""

    kind: str
    triggers: frozenset[str]
    roles: tuple[str, ...]
    partners: frozenset[str] = vocab.keys(("مع",))


_MEETING_WORDS = _by_kind(vocab.MEETING_VERBS_PAST, vocab.MEETING_VERBS_PRESENT, vocab.MEETING_NOUNS,
                          meeting_lexicon.VERBS, meeting_lexicon.PRONOUN_VERBS, meeting_lexicon.WE_VERBS)
#: Signing: the verbs and masdars of the treaty lexicon's signed / to-be-signed cues.
_SIGNING_WORDS = vocab.TREATY_CUES["signed"] | vocab.TREATY_CUES["to-be-signed"]

#: The event kinds whose arguments are read, declared: kind → trigger words, roles.
#: "التقى بـX"، "اجتمع بـX"، "اتصل بـX": ب introduces the partner of meeting and call verbs;
#: "محادثات بين X وY": بين, of every meeting noun.
_PARTNERS = {"meeting": vocab.keys(("مع", "ب", "بين")), "call": vocab.keys(("مع", "ب", "بين"))}
FRAMES: dict[str, Frame] = {
    **{kind: Frame(kind, _MEETING_WORDS.get(kind, frozenset()), ("subject", "object", "with", "agent"),
                   _PARTNERS.get(kind, vocab.keys(("مع", "بين"))))
       for kind in MEETING_KINDS},
    # the object of "وقع" is the instrument, not a party
    "signing": Frame("signing", _SIGNING_WORDS, ("subject", "with", "agent")),
}
_TRIGGER_KIND: dict[str, str] = {}
for _frame in FRAMES.values():
    for _key in _frame.triggers:
        _TRIGGER_KIND.setdefault(_key, _frame.kind)

#: UD relations by role. `nsubj:pass`, the one received or visited, is read as the object.
_RELATIONS = {"subject": ("nsubj",), "object": ("obj", "iobj", "nsubj:pass")}
_OBLIQUE = ("obl", "obl:arg", "nmod", "advmod")
_AGENT_HEADS = vocab.keys(("قبل", "جانب"))
_FROM = vocab.keys(("من",))
_BETWEEN = vocab.keys(("بين",))
#: "قال X حول زيارة وفد …": a masdar that is a verb's topic, not its object; the verb's subject
#: speaks about the event and takes no part in it.
#: Raw news: "حول" + زيارة/لقاء/اجتماع/محادثات/مباحثات 16 paragraphs; عن/حيال/تجاه/إزاء + those 79
#: ("يغيب عن الاجتماع"، "تحدث عن زيارة").
_TOPIC = vocab.keys(("حول", "عن", "حيال", "تجاه", "إزاء"))
#: "بين اليونان وممثلي الدائنين، وهم X وY": the pronoun that opens a list naming a party.
#: Raw news: "بين …، وهم/وهما/وهي " 115 paragraphs.
_NAMELY = vocab.keys(("هم", "هما", "هي"))
#: A title's name hangs on it by these relations ("الرئيس [الأمريكي] X"، "وزير خارجية X").
_NAME_LINKS = ("appos", "flat", "flat:name", "nmod", "amod", "compound")
#: Argument heads that are entities of these kinds take part; places are settings.
_PARTY_KINDS = ("Person", "Organization", "Country")


@dataclass(frozen=True)
class Argument:
    """An entity that heads a role of a trigger; offsets are the trigger token's in the article."""

    sentence: int
    trigger_start: int
    trigger_end: int
    kind: str
    role: str
    ref: Ref


@dataclass(frozen=True)
class Arguments:
    """Every argument the parse gives in an article, by sentence."""

    items: tuple[Argument, ...] = ()

    def within(self, start: int, end: int, kinds: Iterable[str] | None = None) -> list[Argument]:
        """The arguments of triggers between offsets start and end (a clause), of `kinds`."""
        wanted = None if kinds is None else set(kinds)
        return [a for a in self.items if start <= a.trigger_start < end and (wanted is None or a.kind in wanted)]


def _word_keys(text: str) -> tuple[str, ...]:
    key = match_key(text) or text
    return tuple(dict.fromkeys(rest for prefix, rest in clitic_splits(key, article=False)
                               if prefix in ("", "و", "ف") or len(rest) >= 3))


def _trigger_kind(word_text: str, token_text: str) -> str | None:
    for text in (word_text, token_text):
        for key in _word_keys(text):
            if key in _TRIGGER_KIND:
                return _TRIGGER_KIND[key]
    return None


def event_sentences(annotated: AnnotatedDocument) -> list[int]:
    """The sentences with an event trigger (a word of `FRAMES`): the ones worth parsing.

    Reads the NER pass's tokens and their words (clitics split off by Stanza's MWT), so it
    needs no parse itself; `kg.nlp.models.ModelSet.parse_sentences` takes it."""
    out: set[int] = set()
    for tok in annotated.tokens:
        if tok.sentence in out or tok.ner != "O":
            continue
        if any(_trigger_kind(w, tok.text) for w in (tok.words or (tok.text,))):
            out.add(tok.sentence)
    return sorted(out)


# --- reading the parse -----------------------------------------------------------------


@dataclass(frozen=True)
class _Node:
    word: Word
    token: Token


class _Tree:
    """One parsed sentence: words by index, their tokens, children by head."""

    def __init__(self, tokens: list[Token]):
        self.nodes: dict[int, _Node] = {w.index: _Node(w, t) for t in tokens for w in t.parse}
        self.children: dict[int, list[int]] = {}
        for i, n in sorted(self.nodes.items()):
            self.children.setdefault(n.word.head, []).append(i)

    def kids(self, i: int, relations: Iterable[str] | None = None) -> list[int]:
        rels = None if relations is None else tuple(relations)
        return [c for c in self.children.get(i, []) if rels is None or self.nodes[c].word.deprel in rels]

    def key_of(self, i: int) -> str:
        return match_key(self.nodes[i].word.text) or self.nodes[i].word.text

    def case_words(self, i: int) -> list[str]:
        """The keys of i's case-marking and fixed dependents (its prepositions), in order."""
        out = []
        for c in self.kids(i, ("case", "fixed", "mark")):
            out.append(self.key_of(c))
            out.extend(self.key_of(g) for g in self.kids(c, ("fixed",)))
        return out


class _Reader:
    """Entities that head arguments, with the article's mentions as the view sees them."""

    def __init__(self, view: DocView):
        self.view = view
        self.starts = [t.start for t in view.tokens]

    def ref_at(self, token: Token) -> Ref | None:
        """The party entity of the mention covering the token, if any."""
        t = bisect.bisect_right(self.starts, token.start) - 1
        # the view's token containing the start, or the next one within the token (a clitic ahead)
        for cand in (t, t + 1):
            if 0 <= cand < len(self.view.tokens) and self.view.tokens[cand].start < token.end \
                    and token.start < self.view.tokens[cand].end and cand in self.view.token_mention:
                m = self.view.token_mention[cand]
                if self.view.mentions[m].ner_type not in ("PER", "ORG", "LOC"):
                    return None
                ref = self.view.ref(m)
                return ref if ref.entity.kind in _PARTY_KINDS else None
        return None

    def heads(self, tree: _Tree, i: int, depth: int = 0) -> list[Ref]:
        """The entities word i (an argument's head) stands for: its own mention's, else a title's
        person found among its name links; conjuncts ("X وY") too."""
        node = tree.nodes[i]
        out: list[Ref] = []
        own = self.ref_at(node.token)
        if own is not None:
            out.append(own)
        elif node.word.upos in ("NOUN", "PROPN", "X") and depth < 2:
            for c in tree.kids(i, _NAME_LINKS):
                if tree.case_words(c):
                    continue  # "في الرياض": a prepositional phrase, not the name
                found = [r for r in self.heads(tree, c, depth + 1) if r.entity.kind == "Person"]
                if found:
                    out.append(found[0])
                    break
        if not out and depth == 0:
            for c in _namely(tree, i):
                out.extend(self.heads(tree, c, depth + 1))
        for c in tree.kids(i, ("conj",)):
            out.extend(self.heads(tree, c, depth))
        return out


def _namely(tree: _Tree, i: int) -> list[int]:
    """The list that names word i right after its phrase ("ممثلي الدائنين، وهم X وY": X), as the
    parser hangs it: the subject or conjunct of the pronoun, or the word the pronoun is subject of."""
    end = max(_descendants(tree, i))
    j = end + 1
    while j in tree.nodes and tree.nodes[j].word.upos in ("PUNCT", "CCONJ"):
        j += 1
    if j not in tree.nodes or tree.nodes[j].word.upos != "PRON" or tree.key_of(j) not in _NAMELY:
        return []
    named = tree.kids(j, ("nsubj", "conj", "appos"))
    if tree.nodes[j].word.deprel == "nsubj" and tree.nodes[j].word.head:
        named.append(tree.nodes[j].word.head)
    return [c for c in named if c != i and not tree.case_words(c) and tree.nodes[c].word.upos != "VERB"]


def _descendants(tree: _Tree, i: int) -> list[int]:
    out, todo = [i], [i]
    while todo:
        for c in tree.kids(todo.pop()):
            out.append(c)
            todo.append(c)
    return out


def _role_heads(tree: _Tree, i: int, partners: frozenset[str]) -> dict[str, list[int]]:
    """Word i's arguments by role: the head words of its subject, object, partner (a phrase
    introduced by one of `partners`: مع …) and agent phrases."""
    out: dict[str, list[int]] = {role: tree.kids(i, rels) for role, rels in _RELATIONS.items()}
    out["with"], out["agent"], out["between"] = [], [], []
    for c in _obliques(tree, i):
        cases = tree.case_words(c)
        if any(k in partners for k in cases):
            out["with"].append(c)
            if any(k in _BETWEEN for k in cases):
                out["between"].append(c)
        elif tree.key_of(c) in _AGENT_HEADS and any(k in _FROM for k in cases):
            out["agent"].extend(tree.kids(c, ("nmod",)))  # من قبل X: X hangs on قبل
        elif any(k in _AGENT_HEADS for k in cases) and any(k in _FROM for k in cases):
            out["agent"].append(c)  # من قبل as one compound preposition
    return out


def _obliques(tree: _Tree, i: int, depth: int = 2) -> list[int]:
    """Word i's prepositional dependents, and those of its nominal dependents (the parser often
    hangs "مع X" on the word before: "اتصالا هاتفيا مع X"), not crossing into another clause."""
    out = []
    for c in tree.kids(i):
        rel, upos = tree.nodes[c].word.deprel, tree.nodes[c].word.upos
        if rel in _OBLIQUE:
            out.append(c)
        if depth > 1 and upos != "VERB" and rel in ("obj", "nmod", "amod", "obl", "obl:arg"):
            out.extend(x for x in _obliques(tree, c, depth - 1) if x not in out)
    return out


def _stray_conjuncts(tree: _Tree, i: int, between: list[int]) -> list[int]:
    """The second member of "T بين X وY" when the parser hung Y on the trigger T (a conjunct of
    T after X, right after a و, with no preposition) instead of on X."""
    if not between:
        return []
    first = min(between)
    return [c for c in tree.kids(i, ("conj",)) if c > first and c not in between
            and tree.nodes[c].word.upos in ("NOUN", "PROPN", "X") and not tree.case_words(c)
            and c - 1 in tree.nodes and tree.nodes[c - 1].word.upos == "CCONJ"]


def _sentence_trees(annotated: AnnotatedDocument) -> dict[int, _Tree]:
    by_sentence: dict[int, list[Token]] = {}
    for tok in annotated.tokens:
        if tok.parse:
            by_sentence.setdefault(tok.sentence, []).append(tok)
    return {s: _Tree(toks) for s, toks in by_sentence.items()}


def _actor(reader: _Reader, trees: dict[int, _Tree], s: int) -> Ref | None:
    """Sentence s's actor: its root verb's parsed subject when parsed, else its first person."""
    tree = trees.get(s)
    if tree is not None:
        for root in tree.kids(0):
            for subj in tree.kids(root, ("nsubj",)):
                persons = [r for r in reader.heads(tree, subj) if r.entity.kind == "Person"]
                if persons:
                    return persons[0]
    view = reader.view
    for tok in view.sentence_tokens(s):
        m = view.mention_at.get(tok.index)
        if m is not None and view.is_person(m):
            return view.ref(m)
    return None


def find_arguments(view: DocView) -> Arguments:
    """The arguments of every trigger word in the article's parsed sentences (none unparsed)."""
    trees = _sentence_trees(view.linked.annotated)
    if not trees:
        return Arguments()
    reader = _Reader(view)
    items: list[Argument] = []
    for s, tree in sorted(trees.items()):
        for i, node in sorted(tree.nodes.items()):
            if reader.ref_at(node.token) is not None:
                continue  # part of a name
            kind = _trigger_kind(node.word.text, node.token.text)
            if kind is None:
                continue
            frame = FRAMES[kind]
            roles = _role_heads(tree, i, frame.partners)
            head = node.word.head
            if node.word.upos == "NOUN" and node.word.deprel in ("obj", "obl", "obl:arg") and head \
                    and tree.nodes[head].word.upos == "VERB" and not any(k in _TOPIC for k in tree.case_words(i)):
                carrier = _role_heads(tree, head, frame.partners)  # "أجرى X اتصالا مع Y": the light verb's subject
                if not (roles["between"] or carrier["between"]):
                    # "نظمت X اللقاء بين Y وZ": the parties are listed; the verb's subject organised it
                    roles["subject"] = roles["subject"] + carrier["subject"]
                roles["with"] = roles["with"] + carrier["with"]
            roles["with"] = roles["with"] + _stray_conjuncts(tree, i, roles["between"])
            found: list[tuple[str, Ref]] = []
            for role in frame.roles:
                for h in roles.get(role, []):
                    found.extend((role, ref) for ref in reader.heads(tree, h))
            if "subject" in frame.roles and _zero_subject(tree, i, roles) and s - 1 >= 0:
                prior = _actor(reader, trees, s - 1)
                if prior is not None:
                    found.insert(0, ("subject", prior))
            seen: set[str] = set()
            for role, ref in found:
                if ref.key not in seen:
                    seen.add(ref.key)
                    items.append(Argument(s, node.token.start, node.token.end, kind, role, ref))
    return Arguments(tuple(items))


def _zero_subject(tree: _Tree, i: int, roles: dict[str, list[int]]) -> bool:
    """A verb with no subject in the parse, and no noun right after it that the parser left
    unattached as one (VSO order: the subject follows the verb)."""
    node = tree.nodes[i].word
    if node.upos != "VERB" or roles["subject"] or tree.kids(i, ("nsubj:pass", "csubj", "expl")):
        return False
    after = tree.nodes.get(i + 1)
    return after is None or after.word.upos not in ("NOUN", "PROPN") or after.word.deprel == "obj"


def parsed_parties(arguments: Arguments | None, view: DocView, first: int, last: int,
                   kinds: Iterable[str], have: Iterable[Ref]) -> list[Ref]:
    """Parties the parse gives the triggers of tokens first..last (one clause) that `have` lacks."""
    if not arguments or not arguments.items:
        return []
    keys = {r.key for r in have}
    out: list[Ref] = []
    for arg in arguments.within(view.tokens[first].start, view.tokens[last].end, kinds):
        if arg.ref.key not in keys:
            keys.add(arg.ref.key)
            out.append(arg.ref)
    return out


def run(view: DocView, inputs: Mapping[str, Any]) -> dict[str, Any]:
    """The registry's entry: `arguments` for the article."""
    return {"arguments": find_arguments(view)}
