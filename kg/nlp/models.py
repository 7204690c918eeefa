"""Where the Stanza models come from: the ones shipped in this package, or Stanford's.

The shipped set loads with no network at all. The POS tagger and dependency parser are
behind a switch (`KG_SYNTAX=1`, or `syntax=True`): no extractor reads the parse yet, so a
build does not pay for it by default. Stanford's official models are an explicit
choice (`KG_MODELS=stanford`, resources in `KG_STANZA_RESOURCES`), fetched beforehand with
`kg models download` by users who have a connection.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

SHIPPED_DIR = Path(__file__).parent / "models" / "ar"
DEFAULT_STANFORD_DIR = Path.home() / ".cache" / "kg" / "stanza_resources"


@dataclass(frozen=True)
class ModelSet:
    """Everything `stanza.Pipeline` needs, as explicit arguments."""

    name: str
    kwargs: tuple[tuple[str, object], ...]
    syntax: bool = False  # also run the POS tagger and the dependency parser

    @property
    def processors(self) -> str:
        # lemma: Stanza's parser requires one; the identity lemmatizer is what it was trained on
        return "tokenize,mwt,pos,lemma,depparse,ner" if self.syntax else "tokenize,mwt,ner"

    @property
    def pipeline_kwargs(self) -> dict:
        return dict(self.kwargs)


SYNTAX_FILES = ("pos.pt", "depparse.pt")


def shipped(model_dir: Path = SHIPPED_DIR, *, syntax: bool = False) -> ModelSet:
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
    return ModelSet(version, tuple(kwargs.items()), syntax)


def stanford(resources_dir: Path = DEFAULT_STANFORD_DIR, *, syntax: bool = False) -> ModelSet:
    if not (resources_dir / "resources.json").exists():
        raise FileNotFoundError(
            f"no Stanford Stanza models in {resources_dir}: run `kg models download` "
            "(needs a connection) or unset KG_MODELS to use the shipped models")
    return ModelSet("stanford-stanza-ar", (("dir", str(resources_dir)),), syntax)


def syntax_enabled() -> bool:
    """`KG_SYNTAX=1` turns the tagger and parser on; off by default."""
    value = os.environ.get("KG_SYNTAX", "0").strip().lower()
    if value not in ("", "0", "1", "false", "true", "no", "yes", "off", "on"):
        raise ValueError(f"KG_SYNTAX must be 0 or 1, not {value!r}")
    return value in ("1", "true", "yes", "on")


def from_environment(*, syntax: bool | None = None) -> ModelSet:
    """`KG_MODELS=shipped` (default) or `stanford`; `KG_MODEL_DIR` / `KG_STANZA_RESOURCES` move them.

    `KG_SYNTAX=1` (or `syntax=True`) adds the POS tagger and dependency parser.
    """
    choice = os.environ.get("KG_MODELS", "shipped")
    syntax = syntax_enabled() if syntax is None else syntax
    if choice == "stanford":
        return stanford(Path(os.environ.get("KG_STANZA_RESOURCES", DEFAULT_STANFORD_DIR)), syntax=syntax)
    if choice != "shipped":
        raise ValueError(f"KG_MODELS must be 'shipped' or 'stanford', not {choice!r}")
    return shipped(Path(os.environ.get("KG_MODEL_DIR", SHIPPED_DIR)), syntax=syntax)


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
