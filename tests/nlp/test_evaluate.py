from kg.nlp.evaluate import score, spans


def test_spans_read_bio_iob2_and_bioes_alike():
    assert spans(["B-PER", "I-PER", "O", "B-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    assert spans(["B-PER", "E-PER", "O", "S-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    # an I- after O starts an entity (IOB1 habits in some corpora)
    assert spans(["O", "I-ORG", "I-ORG"]) == {(1, 3, "ORG")}
    # a type change inside a run splits it
    assert spans(["B-PER", "I-LOC"]) == {(0, 1, "PER"), (1, 2, "LOC")}


def test_scores_count_exact_span_and_type_only():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "E-PER", "O", "S-ORG"], ["S-ORG", "O", "O"]]
    s = score(gold, pred)
    assert (s["PER"].tp, s["PER"].fp, s["PER"].fn) == (1, 0, 0)
    assert (s["LOC"].tp, s["LOC"].fp, s["LOC"].fn) == (0, 0, 1)
    assert (s["ORG"].tp, s["ORG"].fp, s["ORG"].fn) == (0, 2, 1)  # wrong type, then wrong span
    micro = s["micro"]
    assert (micro.tp, micro.fp, micro.fn) == (1, 2, 2)
    assert round(micro.precision, 4) == 0.3333 and round(micro.recall, 4) == 0.3333
    assert set(s) >= {"PER", "ORG", "LOC", "MISC", "micro"}
    assert s["MISC"].as_dict() == {"tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
