"""Reading a gold file: references, head nouns, and one clear line for a bad file."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate.gold import GoldError, head_nouns, parse_gold


def test_head_nouns_come_from_the_first_word_of_the_post_without_its_article():
    assert head_nouns("وزير الخارجية الروسي") == {"وزير"}
    assert head_nouns("المندوب الدائم لروسيا") == {"مندوب"}
    assert head_nouns("الأمير") == {"امير"}
    assert head_nouns("الناطق باسم الخارجية") == {"متحدث", "ناطق"}
    assert head_nouns("المرشد الأعلى") == {"قائد", "زعيم", "مرشد"}
    assert head_nouns("ولي العهد") == {"ولي"}  # outside the README's list: its own head
    assert head_nouns("الأمين العام") == {"امين"}


def test_the_document_id_is_the_file_name_without_txt_and_meta_keys_are_no_documents():
    g = parse_gold({"_meta": {}, "cross_document": {}, "x1.txt": {"entities": []}, "y2": {}})
    assert [d.id for d in g.documents] == ["x1", "y2"]


@pytest.mark.parametrize(("data", "says"), [
    ([], "expected a JSON object"),
    ({"_meta": {}}, "no documents"),
    ({"a.txt": []}, "'a.txt' is not an object"),
    ({"a.txt": {"entities": {}}}, "'entities' must be a list"),
    ({"a.txt": {"entities": [{"key": "k"}]}}, "a.txt entities[0]: field 'canonical_ar'"),
    ({"a.txt": {"meetings": [{"id": "M1", "participants": [3]}]}}, "'participants' must be a list of strings"),
    ({"a.txt": {"meetings": [{"id": "M1", "participants": [], "date": "3 May"}]}}, "must be ISO"),
    ({"a.txt": {"treaties": [{"id": "T1", "parties": [], "required": "yes"}]}}, "'required' must be true or false"),
])
def test_a_malformed_gold_raises_one_line_naming_the_place(data, says):
    with pytest.raises(GoldError) as info:
        parse_gold(data, "g.json")
    message = str(info.value)
    assert says in message and message.startswith("g.json") and "\n" not in message


@pytest.mark.parametrize("content", ["{not json", json.dumps({"a.txt": {"officials": [{"role_ar": "وزير"}]}})])
def test_kg_evaluate_reports_a_bad_gold_file_in_one_line_without_a_traceback(tmp_path, content):
    bad = tmp_path / "gold.json"
    bad.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(bad), "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {bad}"), result.output
    assert "Traceback" not in result.output


def test_kg_evaluate_wants_articles_or_a_store_not_both(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold)])
    assert result.exit_code == 2 and "PATHS" in result.output
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), str(tmp_path), "--store", "x"])
    assert result.exit_code == 2
