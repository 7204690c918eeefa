"""The search index finds entities however Arabic news spells their names, most mentioned first,
and stays in step with the graphs written, replaced and removed."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Literal, Namespace, URIRef

from kg.store.oxigraph import OxigraphStore
from kg.store.search_index import (
    INDEX_DIR,
    SearchIndex,
    SearchIndexError,
    kept_in_step,
    reindex,
)
from kg.store.search_records import graph_records

KG = Namespace("https://w3id.org/kg-ar/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
WD = Namespace("http://www.wikidata.org/entity/")
BASE = "https://kg.example.org/"


def entity(kind: str, key: str) -> URIRef:
    return URIRef(f"{BASE}entity/{kind.lower()}/{key}")


def article(article_id: str, *named: tuple[URIRef, str, str, list[str]], en: dict | None = None,
            qids: dict | None = None) -> list[tuple]:
    """An article graph's triples: each (entity, kg class, Arabic label, surface forms of its mentions)."""
    triples = []
    for n, (node, kind, label, surfaces) in enumerate(named):
        triples.append((node, RDF.type, KG[kind]))
        if kind in ("Official",):
            triples.append((node, RDF.type, KG.Person))
        if kind in ("City", "Country"):
            triples.append((node, RDF.type, KG.Place))
        triples.append((node, RDFS.label, Literal(label, lang="ar")))
        for m, surface in enumerate(surfaces):
            mention = URIRef(f"{BASE}article/{article_id}#m{n}_{m}")
            triples += [(mention, RDF.type, KG.Mention), (mention, NIF.anchorOf, Literal(surface)),
                        (mention, ITSRDF.taIdentRef, node)]
        if en and node in en:
            triples.append((node, RDFS.label, Literal(en[node], lang="en")))
        if qids and node in qids:
            triples.append((node, OWL.sameAs, WD[qids[node]]))
    return triples


UKRAINE = entity("Country", "ukraine")
KIEV = entity("City", "kiev")
MINISTER = entity("Official", "minister")
SALMA = entity("Person", "salma")
SALEM = entity("Person", "salem")
LEAGUE = entity("Organization", "league")
GRAPHS = {
    BASE + "graph/a1": article("a1", (UKRAINE, "Country", "أوكرانيا", ["أوكرانيا", "وأوكرانيا", "لأوكرانيا"]),
                               (KIEV, "City", "كييف", ["كييف"]),
                               (MINISTER, "Official", "حسن الصغير", ["حسن الصغير", "الصغير"]),
                               en={UKRAINE: "Ukraine"}, qids={UKRAINE: "Q212"}),
    BASE + "graph/a2": article("a2", (SALMA, "Person", "سلمى يوسف", ["سلمى يوسف"]),
                               (SALEM, "Person", "سالم يوسف", ["سالم يوسف", "سالم", "سالم"]),
                               (LEAGUE, "Organization", "جامعة الدول العربية", ["جامعة الدول العربية"])),
}


@pytest.fixture
def index():
    with SearchIndex(None) as idx:
        for graph, triples in GRAPHS.items():
            idx.write_graph(graph, triples)
        yield idx


def iris(hits) -> list[str]:
    return [str(h.iri) for h in hits]


@pytest.mark.parametrize("query", ["أوكرانيا", "اوكرانيا", "إوكرانيا", "آوكرانيا", "أُوكْرَانِيَا", "أوكـــرانيا"])
def test_hamza_forms_diacritics_and_tatweel_find_the_same_name(index, query):
    assert iris(index.search(query))[:1] == [str(UKRAINE)]


def test_alef_maqsura_and_taa_marbuta_are_folded_as_the_linker_folds_them(index):
    assert iris(index.search("سلمي"))[:1] == [str(SALMA)]  # ى written ي
    assert iris(index.search("جامعه الدول العربيه"))[:1] == [str(LEAGUE)]  # ة written ه


def test_a_query_with_clitics_finds_the_name_without_them(index):
    assert iris(index.search("وأوكرانيا"))[:1] == [str(UKRAINE)]
    assert iris(index.search("للجامعة"))[:1] == [str(LEAGUE)]  # ل + ال written لل


def test_prefixes_of_every_word_match(index):
    assert iris(index.search("أوكر")) == [str(UKRAINE)]
    assert iris(index.search("جام الدو")) == [str(LEAGUE)]
    assert iris(index.search("صغير")) == [str(MINISTER)]  # the article ال is indexed both ways


def test_english_names_are_searched_without_case(index):
    hit = index.search("ukr")[0]
    assert (str(hit.iri), hit.label, hit.label_en, hit.wikidata) == (
        str(UKRAINE), "أوكرانيا", "Ukraine", "http://www.wikidata.org/entity/Q212")


def test_the_most_mentioned_entity_comes_first_among_prefix_matches(index):
    hits = index.search("س")  # سالم (3 mentions) and سلمى (1 mention)
    assert iris(hits) == [str(SALEM), str(SALMA)]
    assert [h.mentions for h in hits] == [3, 1]


def test_an_exact_name_comes_before_more_mentioned_prefix_matches(index):
    index.write_graph(BASE + "graph/a3", article("a3", (entity("Person", "salemi"), "Person", "سالمين",
                                                        ["سالمين"] * 9)))
    assert iris(index.search("سالم"))[0] == str(SALEM)
    assert index.search("سالم")[0].tier == 0


def test_type_filter_includes_subclasses(index):
    assert str(MINISTER) in iris(index.search("حسن", types=["Person"]))
    assert iris(index.search("ك", types=["kg:Place"])) == [str(KIEV)]
    assert index.search("أوكرانيا", types=["Organization"]) == []
    with pytest.raises(ValueError, match="unknown type 'Animal'"):
        index.search("x", types=["Animal"])


def test_limit_and_offset_page_through_the_results(index):
    assert iris(index.search("س", limit=1)) == [str(SALEM)]
    assert iris(index.search("س", limit=1, offset=1)) == [str(SALMA)]


def test_empty_or_punctuation_queries_find_nothing(index):
    assert index.search("") == [] and index.search("  «»، ") == []


def test_fts_syntax_in_a_query_is_taken_as_text(index):
    assert iris(index.search('سالم" OR "*')) == []  # one word سالم" (with its quote): no name has it
    assert iris(index.search("سالم OR")) == []  # OR is a word here, not an operator
    assert index.search("NEAR(a b)") == []


def test_rewriting_a_graph_replaces_its_contribution(index):
    a2 = BASE + "graph/a2"
    index.write_graph(a2, article("a2", (SALMA, "Person", "سلمى يوسف", ["سلمى يوسف", "سلمى"])))
    assert index.search("سالم") == []
    assert index.search("سلمى")[0].mentions == 2


def test_an_entity_in_two_graphs_keeps_what_the_other_graph_says_when_one_goes(index):
    index.write_graph(BASE + "graph/a4", article("a4", (UKRAINE, "Country", "أوكرانيا", ["أوكرانيا"])))
    assert index.search("أوكرانيا")[0].mentions == 4
    index.remove_graphs([BASE + "graph/a1"])
    hit = index.search("أوكرانيا")[0]
    assert (hit.mentions, hit.label_en) == (1, None)  # the English name came with a1
    assert index.search("وأوكرانيا")[0].tier == 0  # the surface form of a4 remains … as a clitic reading
    index.remove_graphs([BASE + "graph/a4"])
    assert index.search("أوكرانيا") == [] and index.counts()["graphs"] == 1


def test_replaces_forgets_the_earlier_version_of_an_article(index):
    index.write_graph(BASE + "graph/a2-v2", article("a2", (SALMA, "Person", "سلمى يوسف", ["سلمى يوسف"])),
                      replaces=[BASE + "graph/a2"])
    assert index.search("سالم") == [] and index.search("سلمى")[0].mentions == 1


def test_the_label_most_graphs_give_is_shown(index):
    index.write_graph(BASE + "graph/a5", article("a5", (SALEM, "Person", "سالم", ["سالم"])))
    assert index.search("سالم")[0].label == "سالم يوسف"  # one graph each: the fuller name wins the tie
    index.write_graph(BASE + "graph/a6", article("a6", (SALEM, "Person", "سالم", ["سالم"])))
    assert index.search("سالم")[0].label == "سالم"


def test_records_count_mentions_and_collect_names_of_one_graph():
    records = graph_records(GRAPHS[BASE + "graph/a1"])
    ukraine = records[str(UKRAINE)]
    assert ukraine.mentions == 3
    assert set(ukraine.names) == {"أوكرانيا", "وأوكرانيا", "لأوكرانيا", "Ukraine"}
    assert ("wikidata", "http://www.wikidata.org/entity/Q212") in ukraine.values
    assert ("type", "Official") in records[str(MINISTER)].values


def test_rebuild_from_a_store_gives_what_incremental_writes_gave(index):
    store = OxigraphStore()
    for graph, triples in GRAPHS.items():
        store.replace_graph(graph, triples)
    with SearchIndex(None) as rebuilt:
        assert rebuilt.rebuild(store) == 2
        for query in ("س", "أوكرانيا", "ukr", "حسن", "الدول"):
            assert rebuilt.search(query) == index.search(query)
        assert rebuilt.counts() == index.counts()


def test_a_folder_store_keeps_its_index_in_a_subfolder_that_a_load_does_not_remove(tmp_path):
    path = tmp_path / "store"
    data = tmp_path / "more.nt"
    data.write_text(f'<{KIEV}> <{RDFS.label}> "Kyiv"@en .\n', encoding="utf-8")
    with OxigraphStore(path) as store:
        for graph, triples in GRAPHS.items():
            store.replace_graph(graph, triples)
        assert reindex(store) == {"entities": 6, "names": 11, "graphs": 2}
        store.load(data, graph=BASE + "graph/extra")
        assert (path / INDEX_DIR / "index.sqlite").is_file()
        reindex(store)
    with OxigraphStore(path, read_only=True) as reader:
        found = SearchIndex.for_store(reader, read_only=True)
        assert found is not None
        with found:
            assert found.search("kyiv")[0].label == "كييف"


def test_kept_in_step_indexes_a_store_that_had_no_index_yet(tmp_path):
    with OxigraphStore(tmp_path / "store") as store:
        for graph, triples in GRAPHS.items():
            store.replace_graph(graph, triples)
        with kept_in_step(store) as index:
            assert index is not None and index.counts()["graphs"] == 2
            index.remove_graphs([BASE + "graph/a1"])
        with kept_in_step(store) as index:  # not rebuilt: it has graphs
            assert index is not None and index.counts()["graphs"] == 1


def test_in_memory_stores_have_no_index_file(tmp_path):
    store = OxigraphStore()
    with kept_in_step(store) as index:
        assert index is None
    assert reindex(store) is None


def test_a_missing_index_opened_read_only_is_one_clear_error(tmp_path):
    with pytest.raises(SearchIndexError, match="no search index here .*kg search-index"):
        SearchIndex(tmp_path / "none.sqlite", read_only=True)


def test_a_reader_sees_what_a_writer_commits(tmp_path):
    path = tmp_path / "index.sqlite"
    with SearchIndex(path) as writer:
        writer.write_graph(BASE + "graph/a2", GRAPHS[BASE + "graph/a2"])
        with SearchIndex(path, read_only=True) as reader:
            assert iris(reader.search("سالم")) == [str(SALEM)]
            writer.write_graph(BASE + "graph/a1", GRAPHS[BASE + "graph/a1"])
            assert iris(reader.search("كييف")) == [str(KIEV)]


def test_rebuild_indexes_the_default_graph_too(tmp_path):
    data = tmp_path / "plain.nt"  # a Turtle/N-Triples dump loaded without --graph lands in the default graph
    data.write_text(f'<{KIEV}> <{RDF.type}> <{KG.City}> .\n<{KIEV}> <{RDFS.label}> "كييف"@ar .\n', encoding="utf-8")
    store = OxigraphStore()
    store.load(data)
    with SearchIndex(None) as index:
        assert index.rebuild(store) == 1
        assert iris(index.search("كييف")) == [str(KIEV)]


def test_an_index_marked_stale_is_made_again_by_the_next_writer(tmp_path):
    from kg.store.search_index import mark_stale

    with OxigraphStore(tmp_path / "store") as store:
        store.replace_graph(BASE + "graph/a2", GRAPHS[BASE + "graph/a2"])
        reindex(store)
        mark_stale(store)  # `kg load` starts …
        store.replace_graph(BASE + "graph/a1", GRAPHS[BASE + "graph/a1"])  # … loads, and is killed before reindex
        with kept_in_step(store) as index:
            assert index is not None and not index.is_stale()
            assert iris(index.search("كييف")) == [str(KIEV)]
