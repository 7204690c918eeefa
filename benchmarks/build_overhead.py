"""What `kg build` costs on top of bare Stanza, whole process, and what a second worker buys.

    python benchmarks/build_overhead.py [--articles 200] [--repeat 5] [--threads 2] [--work DIR]

Every variant is a fresh subprocess on the same JSON Lines corpus (synthetic articles from
benchmarks/synthetic.py, or `--corpus FILE`), so each figure includes interpreter start,
imports and model load, as a user sees them:

* bare:  python + stanza.Pipeline(tokenize,mwt,ner) with the same shipped models, one call per
         article text (the way Stanza's documentation calls it), nothing written.
* bare batched: the same, but `Pipeline.bulk_process` on 16 texts at a time, every processor
         batched across articles: the fastest Stanza goes on these texts. kg batches the
         same way but runs the tagger in float64 so that batching changes no output (see
         kg.nlp.pipeline.annotate_many), so this is a floor kg's NLP stage does not reach by design.
* bare lean: one call per text, the models loaded without the optimizers Stanza's trainers
         build even for inference, as kg loads them: kg's overhead without its load-time head start.
* kg:    `kg build CORPUS --store <fresh>`: ingest, normalization, NLP, confidences, linking,
         fact extraction, RDF, writes to a new Oxigraph store.
* kg -w1, kg -w2: the same with `--workers 1` / `--workers 2`, when kg has that option.

Variants are interleaved (A B C D, A B C D, ...) so a slow spell of the machine hits all of
them; medians are reported, of wall time and of CPU time (user + system of the process tree),
and the fastest run (a busy machine only ever slows a run down), with the CPU seconds the rest
of the machine used meanwhile. Torch threads are pinned as kg pins them: KG_THREADS for
kg, torch.set_num_threads with the same value for bare Stanza; the `--workers` variants run
without KG_THREADS, so kg shares the cores out between its workers itself (cores // workers).
Target (issue 6): kg/bare <= 1.15x.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import KG, Run, kg_env, kg_supports, run  # noqa: E402  (sibling scripts)
from synthetic import articles, write  # noqa: E402

TARGET = 1.15


def bare(corpus: Path, threads: int, batch: int = 0, lean: bool = False) -> None:
    """The baseline process: bare Stanza over every text of `corpus`; prints the token count.

    `batch` > 0: `bulk_process` on that many texts at a time instead of one call per text.
    `lean`: load the models without the optimizers Stanza's trainers build even for
    inference, as kg does since afe7b20 (that saves kg about 1 s of load, which plain bare
    Stanza still pays; this variant shows kg's overhead without that head start).
    """
    import contextlib

    import stanza
    import torch

    from kg.nlp.models import from_environment  # only locates the model files: json, os, pathlib

    torch.set_num_threads(threads)
    loading = contextlib.nullcontext()
    if lean:
        from kg.nlp.stanza_compat import without_optimizers  # exactly how kg loads

        loading = without_optimizers()
    with loading:
        nlp = stanza.Pipeline(lang="ar", processors="tokenize,mwt,ner", download_method=None, use_gpu=False,
                              logging_level="WARN", **from_environment().pipeline_kwargs)
    with corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    if batch:
        docs = [d for i in range(0, len(texts), batch) for d in nlp.bulk_process(texts[i:i + batch])]
    else:
        docs = [nlp(text) for text in texts]
    print(f"{sum(len(s.tokens) for d in docs for s in d.sentences)} tokens")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="synthetic articles (3-4 seed sentences each)")
    parser.add_argument("--corpus", type=Path, default=None, help="use this .jsonl corpus instead")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2, help="torch threads (KG_THREADS) for every variant")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder for the stores (default: temp)")
    parser.add_argument("--kg", default=KG[0], help="kg executable (default: this venv's)")
    parser.add_argument("--bare", type=Path, default=None, help=argparse.SUPPRESS)  # the baseline process
    parser.add_argument("--bare-batch", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--bare-lean", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        bare(args.bare, args.threads, args.bare_batch, args.bare_lean)
        return
    KG[:] = [args.kg]

    work = Path(tempfile.mkdtemp(prefix="kg-overhead-", dir=args.work))
    try:
        corpus = args.corpus or work / "corpus.jsonl"
        if args.corpus is None:
            write(corpus, articles(args.articles))
        variants: dict[str, list[str]] = {
            "bare Stanza": [sys.executable, __file__, "--bare", str(corpus), "--threads", str(args.threads)],
            "bare Stanza batched": [sys.executable, __file__, "--bare", str(corpus), "--threads", str(args.threads),
                                    "--bare-batch", "16"],
            "bare Stanza lean": [sys.executable, __file__, "--bare", str(corpus), "--threads", str(args.threads),
                                 "--bare-lean"],
            "kg build": [*KG, "build", str(corpus), "-q"],
        }
        if kg_supports(["build"], "--workers"):
            variants["kg build --workers 1"] = [*KG, "build", str(corpus), "-q", "--workers", "1"]
            variants["kg build --workers 2"] = [*KG, "build", str(corpus), "-q", "--workers", "2"]
        else:
            print("skipped: kg build has no --workers option yet (1 vs 2 workers not measured)")
        env = kg_env(args.threads)
        env_workers = {k: v for k, v in env.items() if k != "KG_THREADS"}
        runs: dict[str, list[Run]] = {name: [] for name in variants}
        tokens: dict[str, int] = {}
        for rep in range(args.repeat):
            for name, cmd in variants.items():
                store = work / "store"
                shutil.rmtree(store, ignore_errors=True)
                full = [*cmd, "--store", str(store)] if cmd[:1] == KG else cmd
                r = run(full, env=env_workers if "--workers" in cmd else env, sample=True)
                runs[name].append(r)
                if " tokens" in r.stdout:
                    tokens[name] = int(r.stdout.split(" tokens")[0].rsplit(" ", 1)[-1])
                print(f"rep {rep + 1} {name}: {r.seconds:.2f} s, {r.cpu_s:.1f} CPU-s, other load "
                      f"{r.other_cpu_s:.1f} CPU-s", flush=True)
        report(runs, tokens, corpus, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(runs: dict[str, list[Run]], tokens: dict[str, int], corpus: Path, args: argparse.Namespace) -> None:
    n = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
    base = statistics.median(r.seconds for r in runs["bare Stanza"])
    print(f"\n{n} articles, {tokens.get('kg build', 0):,} tokens (kg's count; bare Stanza "
          f"{tokens.get('bare Stanza', 0):,}); threads {args.threads}; {args.repeat} interleaved repeats, medians; "
          f"{time.strftime('%Y-%m-%d')}")
    cpu_base = statistics.median(r.cpu_s for r in runs["bare Stanza"])
    print(f"{'variant':<22}{'wall s':>8}{'tokens/s':>10}{'ratio':>7}{'CPU s':>8}{'ratio':>7}{'min wall s':>11}"
          f"{'peak RSS MiB':>14}{'other CPU-s':>13}")
    for name, rs in runs.items():
        s = statistics.median(r.seconds for r in rs)
        cpu = statistics.median(r.cpu_s for r in rs)
        tok = tokens.get(name, tokens.get("kg build", 0))
        rss = max(r.tree_rss_mib for r in rs)
        other = statistics.median(r.other_cpu_s for r in rs)
        print(f"{name:<22}{s:>8.2f}{tok / s:>10,.0f}{s / base:>6.2f}x{cpu:>8.1f}{cpu / cpu_base:>6.2f}x"
              f"{min(r.seconds for r in rs):>11.2f}{rss:>14,.0f}{other:>13.1f}")
    ratio = statistics.median(r.seconds for r in runs["kg build"]) / base
    cpu_ratio = statistics.median(r.cpu_s for r in runs["kg build"]) / cpu_base
    verdict = "met" if ratio <= TARGET else "MISSED"
    print(f"overhead kg build / bare Stanza: {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU (target <= {TARGET}x: {verdict})")
    batched = statistics.median(r.seconds for r in runs["bare Stanza batched"])
    print(f"kg build / bare Stanza batched: {ratio * base / batched:.2f}x wall; "
          f"bare batched / bare: {batched / base:.2f}x")
    lean = statistics.median(r.seconds for r in runs["bare Stanza lean"])
    print(f"kg build / bare Stanza lean (loaded without optimizers, as kg loads): {ratio * base / lean:.2f}x wall")
    if "kg build --workers 2" in runs:
        w1 = statistics.median(r.seconds for r in runs["kg build --workers 1"])
        w2 = statistics.median(r.seconds for r in runs["kg build --workers 2"])
        print(f"speed-up --workers 2 over --workers 1: {w1 / w2:.2f}x")


if __name__ == "__main__":
    main()
