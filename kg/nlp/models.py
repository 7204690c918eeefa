"""Where the Stanza models come from: the ones shipped in this package, or Stanford's.

The shipped set loads with no network at all. The POS tagger and dependency parser are an
explicit setting of the `ModelSet` (`syntax=True`, with `parse_sentences` choosing which
sentences they read), passed down by whoever builds the pipeline (`kg build --parse`), never
read from the environment: parsing every sentence costs about 2.45x the build time per
article, so kg parses only the sentences an extractor reads the parse of. Stanford's official
models are an explicit choice (`KG_MODELS=stanford`, resources in `KG_STANZA_RESOURCES`),
fetched beforehand with `kg models download` by users who have a connection.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.types import AnnotatedDocument

#: Which sentences of an article the parser reads: a function of the article as the NER pass
#: annotated it (no parse yet) → sentence indices. It must be picklable (a module-level
#: function) for remote build workers.
SentenceSelector = Callable[["AnnotatedDocument"], Iterable[int]]

SHIPPED_DIR = Path(__file__).parent / "models" / "ar"
DEFAULT_STANFORD_DIR = Path.home() / ".cache" / "kg" / "stanza_resources"


@dataclass(frozen=True)
class ModelSet:
    """Everything `stanza.Pipeline` needs, as explicit arguments."""

    name: str
    kwargs: tuple[tuple[str, object], ...]
    syntax: bool = False  # also run the POS tagger and the dependency parser
    #: with `syntax`: the sentences to parse (None: every sentence)
    parse_sentences: SentenceSelector | None = None

    @property
    def processors(self) -> str:
        # lemma: Stanza's parser requires one; the identity lemmatizer is what it was trained on
        return "tokenize,mwt,pos,lemma,depparse,ner" if self.syntax else "tokenize,mwt,ner"

    @property
    def pipeline_kwargs(self) -> dict:
        return dict(self.kwargs)


SYNTAX_FILES = ("pos.pt", "depparse.pt")


def shipped(model_dir: Path = SHIPPED_DIR, *, syntax: bool = False,
            parse_sentences: SentenceSelector | None = None) -> ModelSet:
    needed = ("tokenizer.pt", "mwt.pt", "ner.pt", "pretrain.pt", "resources.json") + (SYNTAX_FILES if syntax else ())
    missing = [f for f in needed if not (model_dir / f).exists()]
    if missing:
        raise FileNotFoundError(f"shipped models incomplete in {model_dir}: missing {', '.join(missing)}")
    version = "kg-ar"
    meta = model_dir / "TRAINING.json"
    if meta.exists():
        version = json.loads(meta.read_text()).get("model_name", version)
    kwargs = {
        # Stanza insists on a resources.json even with download_method=None: ours names only the
        # language. allow_unknown_language keeps model folders trained before that (`{}`) loading.
        "dir": str(model_dir),
        "allow_unknown_language": True,
        "tokenize_model_path": str(model_dir / "tokenizer.pt"),
        "mwt_model_path": str(model_dir / "mwt.pt"),
        "ner_model_path": str(model_dir / "ner.pt"),
        "ner_pretrain_path": str(model_dir / "pretrain.pt"),
    }
    if syntax:
        kwargs.update({
            "pos_model_path": str(model_dir / "pos.pt"),
            "pos_pretrain_path": str(model_dir / "pretrain.pt"),
            "lemma_use_identity": True,
            "depparse_model_path": str(model_dir / "depparse.pt"),
            "depparse_pretrain_path": str(model_dir / "pretrain.pt"),
        })
    return ModelSet(version, tuple(kwargs.items()), syntax, parse_sentences if syntax else None)


def stanford(resources_dir: Path = DEFAULT_STANFORD_DIR, *, syntax: bool = False,
             parse_sentences: SentenceSelector | None = None) -> ModelSet:
    if not (resources_dir / "resources.json").exists():
        raise FileNotFoundError(
            f"no Stanford Stanza models in {resources_dir}: run `kg models download` "
            "(needs a connection) or unset KG_MODELS to use the shipped models")
    return ModelSet("stanford-stanza-ar", (("dir", str(resources_dir)),), syntax,
                    parse_sentences if syntax else None)


def from_environment(*, syntax: bool = False, parse_sentences: SentenceSelector | None = None) -> ModelSet:
    """`KG_MODELS=shipped` (default) or `stanford`; `KG_MODEL_DIR` / `KG_STANZA_RESOURCES` move them.

    The environment says where the models are, not what runs: `syntax=True` adds the POS
    tagger and dependency parser, on the sentences `parse_sentences` picks (default: all).
    """
    choice = os.environ.get("KG_MODELS", "shipped")
    if choice == "stanford":
        return stanford(Path(os.environ.get("KG_STANZA_RESOURCES", DEFAULT_STANFORD_DIR)), syntax=syntax,
                        parse_sentences=parse_sentences)
    if choice != "shipped":
        raise ValueError(f"KG_MODELS must be 'shipped' or 'stanford', not {choice!r}")
    return shipped(Path(os.environ.get("KG_MODEL_DIR", SHIPPED_DIR)), syntax=syntax, parse_sentences=parse_sentences)


def download_stanford(resources_dir: Path = DEFAULT_STANFORD_DIR,
                      resources_url: str | None = None) -> None:
    """Fetch Stanford's Arabic tokenize/mwt/ner models. Raises ConnectionError with one clear line."""
    import stanza

    kwargs = {"resources_url": resources_url} if resources_url else {}
    try:
        stanza.download("ar", model_dir=str(resources_dir), processors="tokenize,mwt,ner",
                        logging_level="WARN", **kwargs)
    except Exception as exc:  # stanza raises requests/OSError/its own errors; all mean "no models"
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConnectionError(
            f"cannot download Stanford's Stanza models (no connection to the model hub?): {reason}"
        ) from exc
