"""Treebank data for Stanza's POS tagger and dependency parser: UD_Arabic-PUD plus PADT in UD v1.

Two sources, one label set. PUD (CC BY-SA) is UD v2 already. The PADT part (CC BY-NC-SA) is
the v1 release of PADT's dev and test splits (PADT's own training split cannot be had here), so
its labels are brought to v2 first (`v1_to_v2`), following the UD v2 migration guidelines
(universaldependencies.org/v2/summary.html): `dobj` → `obj`, `*pass` → `*:pass`, `mwe` → `fixed`,
`name` → `flat`, `foreign` → `flat:foreign`, `neg` → `advmod`, `remnant` → `orphan`,
`CONJ` → `CCONJ` (`SCONJ` when it attaches as `mark`), and a nominal `nmod` whose head is a
predicate (verb, adjective, adverb) → `obl`, the one v2 split that needs the tree to decide.

All forms and lemmas get the pipeline's normalization (PADT v1 is fully vocalized, PUD is not),
so the models see the words exactly as `kg.nlp.pipeline` hands them over. XPOS is dropped:
the two treebanks use unrelated XPOS tag sets and nothing downstream reads it.

Splits are by document, deterministic: PUD by the position of a document's first sentence
(the same 800/100/100 order the tokenizer's split uses), PADT by a hash of its source-file id.
The NC part is left out entirely with `commercial_safe`, like the SaudiNewsNet word vectors.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.nlp.normalize import normalize_token

#: UD v1 relation → UD v2 relation (subtypes in v1 are kept: `advmod:emph` stays).
V1_DEPRELS = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "mwe": "fixed",
    "name": "flat",
    "foreign": "flat:foreign",
    "neg": "advmod",
    "remnant": "orphan",
}
#: Heads whose nominal `nmod` dependents UD v2 calls `obl`.
PREDICATE_UPOS = frozenset({"VERB", "ADJ", "ADV", "AUX"})

SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class TreeSentence:
    """One sentence: an id, its document id, and its word rows (10 CoNLL-U columns each)."""

    sent_id: str
    doc_id: str
    words: tuple[tuple[str, ...], ...]

    def conllu(self) -> str:
        text = " ".join(w[1] for w in self.words)
        lines = [f"# sent_id = {self.sent_id}", f"# text = {text}"]
        lines += ["\t".join(w) for w in self.words]
        return "\n".join(lines) + "\n"


def read_conllu(lines: Iterable[str], doc_key) -> list[TreeSentence]:
    """Sentences of a CoNLL-U stream; `doc_key(comments, sent_id)` names each one's document.

    Multi-word-token ranges and empty nodes are skipped: both treebanks have none here, and
    the tagger and parser train on syntactic words.
    """
    out: list[TreeSentence] = []
    comments: dict[str, str] = {}
    words: list[tuple[str, ...]] = []
    for raw in [*lines, ""]:
        line = raw.rstrip("\n")
        if not line.strip():
            if words:
                sid = comments.get("sent_id", f"s{len(out) + 1}")
                out.append(TreeSentence(sid, doc_key(comments, sid), tuple(words)))
            comments, words = {}, []
        elif line.startswith("#"):
            body = line[1:].strip()  # PADT v1 writes `# sent_id s-p1`, without `=`
            key, _, value = body.partition("=") if "=" in body else body.partition(" ")
            comments[key.strip()] = value.strip()
        else:
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                words.append(tuple(cols))
    return out


def _norm(form: str) -> str:
    return normalize_token(form) or form


def v1_to_v2(words: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A UD v1 sentence's rows with UD v2 labels (see the module docstring)."""
    upos = []
    for w in words:
        tag = w[3]
        if tag == "CONJ":
            tag = "SCONJ" if w[7] == "mark" else "CCONJ"
        upos.append(tag)
    out = []
    for w, tag in zip(words, upos, strict=True):
        rel = w[7]
        base, _, sub = rel.partition(":")
        rel = V1_DEPRELS.get(rel, V1_DEPRELS.get(base, base) + (":" + sub if sub else ""))
        head = int(w[6]) if w[6].isdigit() else 0
        if rel == "nmod" and head and upos[head - 1] in PREDICATE_UPOS:
            rel = "obl"
        out.append((w[0], w[1], w[2], tag, w[4], w[5], w[6], rel, w[8], w[9]))
    return tuple(out)


def clean(words: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Normalized forms and lemmas, no XPOS, no enhanced deps, no MISC (glosses, LIds)."""
    return tuple((w[0], _norm(w[1]), _norm(w[2]), w[3], "_", w[5], w[6], w[7], "_", "_") for w in words)


def _pud_doc(comments: dict[str, str], sid: str) -> str:
    return sid[:6]  # n01001011 → n01001: news/wiki, language, document


def _padt_doc(comments: dict[str, str], sid: str) -> str:
    return comments.get("orig_file_sentence", sid).split("#")[0]  # AFP_ARB_20000715.0011#1


def pud_splits(path: Path, sizes: tuple[int, int] = (800, 900)) -> dict[str, list[TreeSentence]]:
    """PUD by document: a document goes where its first sentence falls in the 800/100/100 order."""
    sents = read_conllu(Path(path).read_text(encoding="utf-8").splitlines(), _pud_doc)
    first: dict[str, int] = {}
    for i, s in enumerate(sents):
        first.setdefault(s.doc_id, i)
    out: dict[str, list[TreeSentence]] = {k: [] for k in SPLITS}
    for s in sents:
        i = first[s.doc_id]
        split = "train" if i < sizes[0] else "dev" if i < sizes[1] else "test"
        out[split].append(TreeSentence(s.sent_id, s.doc_id, clean(s.words)))
    return out


def padt_split_of(doc_id: str) -> str:
    """A PADT source file's split from a hash of its id: 1 in 10 test, 1 in 10 dev."""
    digit = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 10
    return "test" if digit == 0 else "dev" if digit == 1 else "train"


def padt_splits(paths: Iterable[Path]) -> dict[str, list[TreeSentence]]:
    out: dict[str, list[TreeSentence]] = {k: [] for k in SPLITS}
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            sents = read_conllu(f, _padt_doc)
        for s in sents:
            out[padt_split_of(s.doc_id)].append(
                TreeSentence(f"padt-{Path(path).name.split('.')[0]}-{s.sent_id}", s.doc_id, clean(v1_to_v2(s.words))))
    return out


def padt_files(data: Path) -> list[Path]:
    folder = data / "ud-arabic-padt-v1"
    return [folder / "ar-padt-ud1-dev.conllu.gz", folder / "ar-padt-ud1-test.conllu.gz"]


def write_splits(data: Path, out_dir: Path, shorthand: str, *, commercial_safe: bool) -> dict[str, int]:
    """Write `<shorthand>.{train,dev,test}.conllu` and per-source test files; returns sentence counts.

    `test-pud` and `test-padt` let the model card report each source on its own.
    """
    parts = {"pud": pud_splits(data / "ud-arabic-pud" / "ar_pud-ud-test.conllu")}
    if not commercial_safe:
        parts["padt"] = padt_splits(padt_files(data))
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for split in SPLITS:
        sents = [s for part in parts.values() for s in part[split]]
        (out_dir / f"{shorthand}.{split}.conllu").write_text(
            "\n".join(s.conllu() for s in sents) + "\n", encoding="utf-8")
        counts[split] = len(sents)
    for name, part in parts.items():
        (out_dir / f"{shorthand}.test-{name}.conllu").write_text(
            "\n".join(s.conllu() for s in part["test"]) + "\n", encoding="utf-8")
        counts[f"test-{name}"] = len(part["test"])
    return counts


def with_identity_lemmas(src: Path, dst: Path) -> None:
    """A copy of a CoNLL-U file whose LEMMA column repeats the FORM.

    Stanza's parser embeds the lemma of every word. The pipeline ships no lemmatizer and runs
    Stanza's identity lemmatizer (`lemma_use_identity`) instead, so the parser is trained on
    exactly what it will see: lemma = form.
    """
    out = []
    for line in Path(src).read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10:
            cols[2] = cols[1]
            line = "\t".join(cols)
        out.append(line)
    Path(dst).write_text("\n".join(out) + "\n", encoding="utf-8")
