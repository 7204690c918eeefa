"""Speed of the shipped NLP pipeline: model load time and tokens per second (run on demand).

    python benchmarks/nlp_speed.py [--threads 2] [--repeat 3]

The baseline, measured in the same run, is bare Stanza on the same normalized texts with
the same models: the ratio shows what kg's offset mapping and confidences cost on top.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--models", type=Path, default=None, help="model folder (default: the shipped one)")
    args = parser.parse_args()

    import stanza
    import torch

    from kg.nlp.models import shipped
    from kg.nlp.normalize import normalize
    from kg.nlp.pipeline import ArabicPipeline
    from kg.types import Document

    torch.set_num_threads(args.threads)
    docs = [Document(p.stem, p.read_text(encoding="utf-8"), str(p)) for p in sorted((ROOT / "seeds").glob("*.txt"))]

    models = shipped(args.models) if args.models else shipped()
    t0 = time.perf_counter()
    nlp = ArabicPipeline(models, threads=args.threads)
    load_s = time.perf_counter() - t0
    bare = stanza.Pipeline(lang="ar", processors="tokenize,mwt,ner", download_method=None, use_gpu=False,
                           logging_level="WARN", **models.pipeline_kwargs)
    texts = [normalize(d.text, line_paragraphs=True).text for d in docs]
    nlp.annotate(docs[0])  # warm-up
    bare(texts[0])

    kg_times, bare_times, tokens = [], [], 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        tokens = sum(len(nlp.annotate(d).tokens) for d in docs)
        kg_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        for text in texts:
            bare(text)
        bare_times.append(time.perf_counter() - t)
    kg_s, bare_s = statistics.median(kg_times), statistics.median(bare_times)
    print(f"threads {args.threads}; {len(docs)} seed articles, {tokens} tokens, {args.repeat} repeats (medians)")
    print(f"model load: {load_s:.2f} s")
    print(f"kg pipeline: {tokens / kg_s:,.0f} tokens/s ({kg_s:.2f} s)")
    print(f"bare Stanza: {tokens / bare_s:,.0f} tokens/s ({bare_s:.2f} s)")
    print(f"overhead ratio kg/bare: {kg_s / bare_s:.2f}x")


if __name__ == "__main__":
    main()
