import socket
import subprocess
import sys

import pytest

from kg.nlp import models


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_download_without_a_connection_fails_with_one_clear_line(tmp_path):
    # a loopback port nobody listens on stands for "no connection"; no real network is touched
    url = f"http://127.0.0.1:{_closed_port()}/resources"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "models", "download", "--dir", str(tmp_path),
                           "--resources-url", url], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: cannot download Stanford's Stanza models")


def test_stanford_choice_without_resources_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MODELS", "stanford")
    monkeypatch.setenv("KG_STANZA_RESOURCES", str(tmp_path))
    with pytest.raises(FileNotFoundError, match="kg models download"):
        models.from_environment()


def test_shipped_models_are_complete_and_small():
    shipped = models.shipped(syntax=True)
    total = sum(p.stat().st_size for p in models.SHIPPED_DIR.iterdir())
    # 35 MB for tokenizer, MWT, vectors and NER, about 10 MB for the tagger and parser
    assert total <= 48 * 1024 * 1024
    assert shipped.pipeline_kwargs["ner_model_path"].endswith("ner.pt")
    assert shipped.pipeline_kwargs["depparse_model_path"].endswith("depparse.pt")
