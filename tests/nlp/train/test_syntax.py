"""PUD + PADT (UD v1) → tagger/parser training data: v1 labels become v2, splits follow documents."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kg.nlp.train import syntax

# A sentence composed for this test, annotated in UD v1 the way PADT v1 writes it (vocalized
# forms, `# sent_id` without `=`, XPOS and glosses): "The president did not receive the
# delegation in the palace, because the meeting was cancelled."
V1_SNIPPET = """\
# sent_id s-p7
# orig_file_sentence XIN_ARB_20030101.0001#7
1\tلَم\tلَم\tPART\tF---------\t_\t2\tneg\t_\tGloss=not
2\tيَستَقبِل\tاِستَقبَل\tVERB\tVIJA-3MS--\tAspect=Imp\t0\troot\t_\t_
3\tاَلرَّئِيسُ\tرَئِيس\tNOUN\tN------S1D\tCase=Nom\t2\tnsubj\t_\t_
4\tاَلوَفدَ\tوَفد\tNOUN\tN------S4D\tCase=Acc\t2\tdobj\t_\t_
5\tفِي\tفِي\tADP\tP---------\t_\t6\tcase\t_\t_
6\tاَلقَصرِ\tقَصر\tNOUN\tN------S2D\tCase=Gen\t2\tnmod\t_\t_
7\tوَ\tوَ\tCONJ\tC---------\t_\t8\tcc\t_\t_
8\tلِأَنَّ\tلِأَنَّ\tCONJ\tC---------\t_\t10\tmark\t_\t_
9\tاَلاِجتِمَاعَ\tاِجتِمَاع\tNOUN\tN------S4D\tCase=Acc\t10\tnsubjpass\t_\t_
10\tأُلغِيَ\tأَلغَى\tVERB\tVP-P-3MS--\tVoice=Pass\t2\tadvcl\t_\t_
11\tاَلقِمَّةِ\tقِمَّة\tNOUN\tN------S2D\tCase=Gen\t9\tnmod\t_\t_
12\tاَلأَمِيرِكِيَّةِ\tأَمِيرِكِيّ\tX\tU---------\t_\t11\tname\t_\t_
13\t.\t.\tPUNCT\tG---------\t_\t2\tpunct\t_\t_

"""


def _converted() -> dict[int, tuple[str, ...]]:
    [sentence] = syntax.read_conllu(V1_SNIPPET.splitlines(), syntax._padt_doc)
    return {int(w[0]): w for w in syntax.clean(syntax.v1_to_v2(sentence.words))}


def test_v1_relations_are_renamed_to_their_v2_names():
    words = _converted()
    assert words[4][7] == "obj"            # dobj
    assert words[9][7] == "nsubj:pass"     # nsubjpass
    assert words[1][7] == "advmod"         # neg
    assert words[12][7] == "flat"          # name


def test_nominal_modifier_of_a_verb_becomes_obl_but_of_a_noun_stays_nmod():
    words = _converted()
    assert words[6][7] == "obl"    # في القصر under the verb
    assert words[11][7] == "nmod"  # under the noun الاجتماع


def test_conj_becomes_cconj_or_sconj_by_its_relation():
    words = _converted()
    assert words[7][3] == "CCONJ"
    assert words[8][3] == "SCONJ"


def test_forms_and_lemmas_lose_their_vowels_and_xpos_and_glosses_are_dropped():
    words = _converted()
    assert words[3][1:3] == ("الرئيس", "رئيس")
    assert words[10][1] == "الغي"  # hamza-alef normalized as in the pipeline
    assert all(w[4] == "_" and w[9] == "_" for w in words.values())
    assert [w[6] for w in words.values()] == ["2", "0", "2", "2", "6", "2", "8", "10", "10", "2", "9", "11", "2"]


def test_padt_sentence_ids_and_documents_come_from_its_comments():
    [sentence] = syntax.read_conllu(V1_SNIPPET.splitlines(), syntax._padt_doc)
    assert sentence.sent_id == "s-p7"
    assert sentence.doc_id == "XIN_ARB_20030101.0001"


def test_every_sentence_of_a_padt_document_lands_in_the_same_split(tmp_path):
    text = "".join(V1_SNIPPET.replace("s-p7", f"s-p{i}").replace("0001#7", f"{doc:04d}#{i}")
                    for doc in range(40) for i in range(3))
    path = tmp_path / "padt.conllu.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(text)
    splits = syntax.padt_splits([path])
    docs = {split: {s.doc_id for s in sents} for split, sents in splits.items()}
    assert not (docs["train"] & docs["dev"]) and not (docs["train"] & docs["test"]) and not (docs["dev"] & docs["test"])
    assert sum(len(s) for s in splits.values()) == 120
    assert docs["test"] and docs["train"]
    assert syntax.padt_splits([path]) == splits  # deterministic


def test_identity_lemma_copy_repeats_the_form(tmp_path):
    src, dst = tmp_path / "a.conllu", tmp_path / "b.conllu"
    src.write_text("".join(s.conllu() + "\n" for s in syntax.read_conllu(V1_SNIPPET.splitlines(), syntax._padt_doc)),
                   encoding="utf-8")
    syntax.with_identity_lemmas(src, dst)
    rows = [line.split("\t") for line in dst.read_text(encoding="utf-8").splitlines() if "\t" in line]
    assert rows and all(r[1] == r[2] for r in rows)


def test_commercial_safe_data_leaves_padt_out(tmp_path):
    shared = Path(__file__).resolve().parents[4] / "shared" / "data"
    if not (shared / "ud-arabic-pud").is_dir():
        pytest.skip(f"{shared / 'ud-arabic-pud'} not found")
    counts = syntax.write_splits(shared, tmp_path, "ar_kg", commercial_safe=True)
    assert "test-padt" not in counts
    assert "padt-" not in (tmp_path / "ar_kg.train.conllu").read_text(encoding="utf-8")
    assert counts["train"] + counts["dev"] + counts["test"] == 1000
