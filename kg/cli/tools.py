"""`kg evaluate`, `kg kb …` and `kg models …`: measuring the facts, building the KB, training the models."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.build.pipelines import PARSE_MODES
from kg.cli.app import main


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--gold", "gold_path", required=True, type=click.Path(path_type=Path),
              help="Gold annotations in the format of ../shared/data/dev-news-gold/gold.json.")
@click.option("--store", "store_location", default=None,
              help="Score this store as it is, instead of building PATHS into a temporary one.")
@click.option("--json", "json_out", default=None, metavar="OUT",
              help="Write the figures and per-item misses as JSON to OUT ('-': stdout).")
@click.option("--details", is_flag=True, help="List every miss under the table.")
@click.option("--quiet", "-q", is_flag=True, help="No build progress bar.")
@click.option("--parse", type=click.Choice(PARSE_MODES), default=None,
              help="Where the parser runs in the build (as kg build --parse; default: kg build's).")
def evaluate(paths: tuple[Path, ...], gold_path: Path, store_location: str | None, json_out: str | None,
             details: bool, quiet: bool, parse: str | None) -> None:
    """Score facts against a gold file: build PATHS into a temporary store (or take --store),
    run queries/entities.rq, officials.rq, meetings.rq, treaties.rq and compare per article.

    The rules are those of ../shared/data/dev-news-gold/README.md ("Scoring (strict)"). The JSON
    has the figures under "scores" by dotted name (entities.recall … treaties.precision), and one
    object per fact kind with the counts, the missed gold items and the unmatched tool items.
    """
    from kg.evaluate.gold import GoldError
    from kg.evaluate.report import format_table
    from kg.evaluate.run import EvaluateError, load_gold
    from kg.evaluate.run import evaluate as run_evaluate

    if bool(paths) == bool(store_location):
        raise click.UsageError("give the articles to build (PATHS) or an existing --store, not both")
    try:
        gold = load_gold(gold_path)
        report = run_evaluate(gold, paths=paths, store_location=store_location, progress=not quiet, parse=parse,
                              on_error=lambda message: click.echo(f"error: {message}", err=True))
    except (GoldError, EvaluateError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_table(report, details=details))
    if json_out:
        text = json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n"
        if json_out == "-":
            click.echo(text, nl=False)
        else:
            try:
                Path(json_out).write_text(text, encoding="utf-8")
            except OSError as exc:
                raise click.ClickException(f"cannot write {json_out}: {exc.strerror or exc}") from exc


@main.group()
def kb() -> None:
    """The knowledge base used for linking (countries, cities, nisba adjectives)."""


@kb.command("build")
@click.option("--sources", type=click.Path(exists=True, path_type=Path),
              default=Path("../shared/data/kb-sources"), show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Default: the package's shipped knowledge base.")
def kb_build(sources: Path, out: Path | None) -> None:
    """Rebuild the knowledge base from its sources (deterministic)."""
    from kg.link.kb import shipped_kb_path
    from kg.link.kb.build import build_kb
    from kg.link.kb.build.sources import BuildError

    try:
        summary = build_kb(sources, out or shipped_kb_path())
    except BuildError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(summary)


@kb.command("audit")
@click.option("--sources", type=click.Path(path_type=Path), default=Path("../shared/data/kb-sources"),
              show_default=True)
@click.option("--kb-file", type=click.Path(exists=True, path_type=Path), default=None,
              help="Default: the package's shipped knowledge base.")
def kb_audit(sources: Path, kb_file: Path | None) -> None:
    """List single-source QIDs, disagreements, type violations and unattested spellings;
    exit 1 on any type violation (issue 18)."""
    from kg.link.kb import read_kb, shipped_kb_path
    from kg.link.kb.audit import audit

    if not (sources / "dr5hn-countries-states-cities" / "cities_extract.tsv").exists():
        raise click.ClickException(
            f"{sources}: not a kb-sources folder (no dr5hn-countries-states-cities/cities_extract.tsv)")
    report = audit(read_kb(kb_file or shipped_kb_path()), sources)
    click.echo(report.render(), nl=False)
    if report.type_violations:
        raise SystemExit(1)


@main.group()
def models() -> None:
    """Train, evaluate and fetch the Stanza models."""


@models.command("train")
@click.option("--data", type=click.Path(exists=True, path_type=Path), default=Path("../shared/data"), show_default=True)
@click.option("--work", type=click.Path(path_type=Path), default=Path("build/train"), show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Default: the package's shipped model folder.")
@click.option("--commercial-safe", is_flag=True,
              help="Leave out the CC BY-NC-SA data: SaudiNewsNet (word vectors) and PADT (tagger, parser).")
@click.option("--ner-steps", type=int, default=None)
@click.option("--pos-steps", type=int, default=None, help="POS tagger schedule (default: TRAINING.json's).")
@click.option("--depparse-steps", type=int, default=None, help="Dependency parser schedule (default: TRAINING.json's).")
@click.option("--threads", type=int, default=2, show_default=True)
@click.option("--step", "steps", multiple=True,
              help="Run only these steps (treebank tokenizer mwt ner-data vectors ner ner-second syntax-data "
                   "pos depparse ship ship-syntax).")
def models_train(data: Path, work: Path, out: Path | None, commercial_safe: bool, ner_steps: int | None,
                 pos_steps: int | None, depparse_steps: int | None, threads: int, steps: tuple[str, ...]) -> None:
    """Rebuild the shipped models from the corpora (about 1.5 h on 2 cores)."""
    from kg.nlp.models import SHIPPED_DIR
    from kg.nlp.train.run import TrainConfig, train

    given = {"ner_steps": ner_steps, "pos_steps": pos_steps, "depparse_steps": depparse_steps}
    kwargs: dict = {k: v for k, v in given.items() if v}
    if commercial_safe:
        kwargs["model_name"] = "kg-ar-1-commercial-safe"
    cfg = TrainConfig(data=data.resolve(), work=work.resolve(), out=(out or SHIPPED_DIR).resolve(),
                      commercial_safe=commercial_safe, threads=threads, **kwargs)
    train(cfg, list(steps) or None)


@models.command("evaluate")
@click.option("--ner-test", "ner_tests", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A `token TAG` file (BIO/IOB2), blank line between sentences. Repeatable.")
@click.option("--treebank-test", type=click.Path(exists=True, path_type=Path), default=None,
              help="A CoNLL-U file: score tokenization and MWT on its raw text.")
@click.option("--syntax-test", "syntax_tests", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A CoNLL-U file: score the POS tagger and parser (UPOS, UFeats, UAS, LAS) on its words. Repeatable.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per test file.")
def models_evaluate(ner_tests: tuple[Path, ...], treebank_test: Path | None, syntax_tests: tuple[Path, ...],
                    as_json: bool) -> None:
    """Score the pipeline users get on held-out data."""
    from kg.nlp.evaluate import evaluate_ner, evaluate_syntax, evaluate_tokenizer, format_table
    from kg.nlp.models import from_environment
    from kg.nlp.pipeline import get_pipeline

    if not ner_tests and not treebank_test and not syntax_tests:
        raise click.UsageError("give --ner-test FILE, --treebank-test FILE and/or --syntax-test FILE")
    for path in ner_tests:
        scores = evaluate_ner(get_pipeline(), path)
        if as_json:
            click.echo(json.dumps({k: v.as_dict() for k, v in scores.items()}))
        else:
            click.echo(f"{path}\n{format_table(scores)}\n")
    if treebank_test:
        result = evaluate_tokenizer(from_environment(), treebank_test)
        click.echo(json.dumps(result) if as_json else
                   f"{treebank_test}\n" + "  ".join(f"{k} F1 {v:.2f}" for k, v in result.items()))
    for path in syntax_tests:
        try:  # the parser is scored whatever `kg build --parse` says
            result = evaluate_syntax(from_environment(syntax=True), path)
        except FileNotFoundError as exc:
            raise click.ClickException(f"{path}: {exc}") from exc
        click.echo(json.dumps(result) if as_json else
                   f"{path}\n" + "  ".join(f"{k} {v}" for k, v in result.items()))


@models.command("download")
@click.option("--dir", "resources_dir", type=click.Path(path_type=Path), default=None,
              help="Default: ~/.cache/kg/stanza_resources (use with KG_MODELS=stanford).")
@click.option("--resources-url", default=None, hidden=True)
def models_download(resources_dir: Path | None, resources_url: str | None) -> None:
    """Fetch Stanford's official Arabic models (needs a connection)."""
    from kg.nlp.models import DEFAULT_STANFORD_DIR, download_stanford

    target = resources_dir or DEFAULT_STANFORD_DIR
    try:
        download_stanford(target, resources_url)
    except ConnectionError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Stanford's Arabic models are in {target}; use them with KG_MODELS=stanford "
               f"KG_STANZA_RESOURCES={target}")
