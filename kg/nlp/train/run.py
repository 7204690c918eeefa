"""`kg models train`: rebuild the shipped Arabic tokenizer, MWT, NER, POS and parser models from ../shared/data.

Each step writes into a work folder and is skipped when its output is already there, so an
interrupted run resumes. Training itself is Stanza's own code, called as subprocesses with
pinned seeds and hyper-parameters.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kg.nlp.train import corpora, syntax, treebank, vectors

#: Stanza wants a resources.json even with download_method=None; naming the language in it keeps
#: Stanza from warning "unsupported language: ar" at every start (the models are given by path).
RESOURCES_JSON = '{"ar": {"lang_name": "Arabic"}}\n'

SHORTHAND = "ar_kg"
TREEBANK = "UD_Arabic-KG"


@dataclass(frozen=True)
class TrainConfig:
    data: Path                      # ../shared/data
    work: Path                      # scratch folder
    out: Path                       # where the shipped models go
    commercial_safe: bool = False   # leave out SaudiNewsNet (CC BY-NC-SA)
    model_name: str = "kg-ar-1"     # recorded in TRAINING.json and in the graphs' PROV
    seed: int = 1234
    tokenizer_steps: int = 3000
    mwt_epochs: int = 30
    vec_dim: int = 100
    vec_epochs: int = 5
    vec_min_count: int = 3
    vec_max_vocab: int = 100_000
    ner_steps: int = 8_000
    ner_eval_interval: int = 500
    # second phase: resume the first phase's best model (a new pass over reshuffled batches)
    ner2_steps: int = 3_000
    # POS tagger and dependency parser (`syntax-data`, `pos`, `depparse`): small networks and
    # short schedules, what ~40 min at nice 19 on 2 CPU cores shared with ~7 jobs allowed (about
    # 6 and 9 min of CPU); the shipped models are these schedules' best dev checkpoints
    # (tagger step 500, parser step 300). Longer schedules score better on the treebank but were
    # not shipped (`--pos-steps 3000 --depparse-steps 1700`: see MODEL_CARD.md).
    pos_steps: int = 500
    depparse_steps: int = 400
    threads: int = 2


def log(msg: str) -> None:
    print(f"[kg train {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def _run(args: list[str], env: dict[str, str], logfile: Path) -> None:
    log(f"$ {' '.join(args)}  (log: {logfile})")
    with open(logfile, "w") as out:
        proc = subprocess.run(args, env=env, stdout=out, stderr=subprocess.STDOUT)
    if proc.returncode:
        tail = logfile.read_text(errors="replace").splitlines()[-20:]
        raise SystemExit("training step failed:\n" + "\n".join(tail))


def _env(cfg: TrainConfig) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "UDBASE": str(cfg.work / "ud"), "DATA_ROOT": str(cfg.work / "data"),
        "OMP_NUM_THREADS": str(cfg.threads), "MKL_NUM_THREADS": str(cfg.threads),
        "PYTHONHASHSEED": "0", "HF_HUB_OFFLINE": "1",
    })
    return env


def step_treebank(cfg: TrainConfig) -> None:
    done = cfg.work / "data" / "mwt" / f"{SHORTHAND}-ud-train-in.conllu"
    if done.exists():
        return
    log("converting UD_Arabic-PUD (MWT ranges, Arabic punctuation, 5-sentence paragraphs)")
    treebank.write_splits(cfg.data / "ud-arabic-pud" / "ar_pud-ud-test.conllu",
                          cfg.work / "ud" / TREEBANK, SHORTHAND)
    env = _env(cfg)
    for mod in ("prepare_tokenizer_treebank", "prepare_mwt_treebank"):
        _run([sys.executable, "-m", f"stanza.utils.datasets.{mod}", TREEBANK], env,
             cfg.work / f"{mod}.log")


def step_tokenizer(cfg: TrainConfig) -> None:
    target = cfg.work / "models" / "tokenize" / f"{SHORTHAND}_tokenizer.pt"
    if target.exists():
        return
    _run([sys.executable, "-m", "stanza.utils.training.run_tokenizer", TREEBANK, "--no_charlm",
          "--save_dir", str(target.parent), "--save_name", target.name,
          "--steps", str(cfg.tokenizer_steps), "--eval_steps", "500", "--seed", str(cfg.seed)],
         _env(cfg), cfg.work / "tokenizer.log")


def step_mwt(cfg: TrainConfig) -> None:
    target = cfg.work / "models" / "mwt" / f"{SHORTHAND}_mwt_expander.pt"
    if target.exists():
        return
    _run([sys.executable, "-m", "stanza.utils.training.run_mwt", TREEBANK,
          "--save_dir", str(target.parent), "--save_name", target.name,
          "--num_epoch", str(cfg.mwt_epochs), "--seed", str(cfg.seed)],
         _env(cfg), cfg.work / "mwt.log")


def ner_data(cfg: TrainConfig) -> dict[str, list[corpora.Sentence]]:
    """Train/dev sets from the three corpora; every sentence that overlaps the test set dropped."""
    d = cfg.data
    news = corpora.newsfane_splits(d / "newsfane-gold" / "NewsFANE_Gold_2014_170K.txt")
    anercorp_test = corpora.read_conll(d / "newsfane-gold" / "test-anercorp-split.bio")
    aqmar = corpora.read_aqmar(d / "aqmar" / "articles")
    train = news["train"] + corpora.read_wojood(d / "wojood-sample" / "train.txt")
    dev = news["dev"] + corpora.read_wojood(d / "wojood-sample" / "val.txt")
    for name, sents in aqmar.items():
        if name in corpora.AQMAR_DEV:
            dev += sents
        elif name not in corpora.AQMAR_TEST:
            train += sents
    test = news["test"] + anercorp_test
    train, dropped_train = corpora.drop_overlaps(train, test)
    dev, dropped_dev = corpora.drop_overlaps(dev, test)
    log(f"NER data: train {len(train)} sentences, dev {len(dev)}; "
        f"dropped for test overlap: {dropped_train} train, {dropped_dev} dev")
    return {"train": train, "dev": dev}


def ner_tests(cfg: TrainConfig) -> dict[str, list[corpora.Sentence]]:
    """The held-out test sets besides the ANERcorp split (which ships as a file already)."""
    d = cfg.data
    aqmar = corpora.read_aqmar(d / "aqmar" / "articles")
    return {
        "test-newsfane-ours": corpora.newsfane_splits(d / "newsfane-gold" / "NewsFANE_Gold_2014_170K.txt")["test"],
        "test-aqmar": [s for name in sorted(corpora.AQMAR_TEST) for s in aqmar[name]],
        "test-wojood": corpora.read_wojood(d / "wojood-sample" / "test.txt"),
    }


def step_ner_data(cfg: TrainConfig) -> None:
    folder = cfg.work / "ner"
    if (folder / "train.json").exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    for split, sents in ner_data(cfg).items():
        doc = [[{"text": t, "ner": tag} for t, tag in s] for s in sents]
        (folder / f"{split}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    for name, sents in ner_tests(cfg).items():
        text = "\n\n".join("\n".join(f"{t} {tag}" for t, tag in s) for s in sents) + "\n"
        (folder / f"{name}.bio").write_text(text, encoding="utf-8")


def raw_files(cfg: TrainConfig) -> list[Path]:
    raw = cfg.data / "arabic-news-raw"
    files = [raw / "antcorpus.txt.gz"]
    if not cfg.commercial_safe:
        files.append(raw / "saudinewsnet.txt.gz")
    return files


def step_vectors(cfg: TrainConfig) -> None:
    target = cfg.work / "models" / "pretrain" / f"{SHORTHAND}.pt"
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    train = json.loads((cfg.work / "ner" / "train.json").read_text(encoding="utf-8"))
    extra = [[w["text"] for w in s] for s in train]
    corpus = vectors.RawCorpus(raw_files(cfg), extra)
    txt = cfg.work / "vectors.w2v.txt"
    log(f"word2vec on {[p.name for p in raw_files(cfg)]} + NER train text "
        f"(dim {cfg.vec_dim}, {cfg.vec_epochs} epochs, min_count {cfg.vec_min_count})")
    n = vectors.train_vectors(corpus, txt, dim=cfg.vec_dim, epochs=cfg.vec_epochs,
                              min_count=cfg.vec_min_count)
    log(f"{n} words; keeping the {cfg.vec_max_vocab} most frequent in the Stanza pretrain")
    vectors.to_stanza_pretrain(txt, target, cfg.vec_max_vocab)


def _ner_command(cfg: TrainConfig, target: Path, *options: str) -> list[str]:
    """Stanza's NER trainer on our data and vectors; `options` set the schedule."""
    return [sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train", "--shorthand", SHORTHAND,
            "--train_file", str(cfg.work / "ner" / "train.json"),
            "--eval_file", str(cfg.work / "ner" / "dev.json"),
            "--wordvec_pretrain_file", str(cfg.work / "models" / "pretrain" / f"{SHORTHAND}.pt"),
            *options, "--log_step", "100", "--seed", str(cfg.seed),
            "--save_dir", str(target.parent), "--save_name", target.name]


def step_ner(cfg: TrainConfig) -> None:
    target = cfg.work / "models" / "ner" / f"{SHORTHAND}_nertagger.pt"
    if target.exists():
        return
    _run(_ner_command(cfg, target, "--emb_finetune_known_only", "--max_steps", str(cfg.ner_steps),
                      "--eval_interval", str(cfg.ner_eval_interval)),
         _env(cfg), cfg.work / "ner.log")


def step_ner_second(cfg: TrainConfig) -> None:
    """Resume the best first-phase model with Stanza's own trainer and keep it only if dev improves.

    `--finetune` keeps the checkpoint's optimizer (SGD, lr 0.1). Stanza's `--second_optim`
    would be the natural next step, but in finetune mode it rebuilds the model without the
    word vectors (dev F1 fell to 0.26 when tried), so it is not used.
    """
    folder = cfg.work / "models" / "ner"
    target = folder / f"{SHORTHAND}_nertagger_phase2.pt"
    if target.exists():
        return
    _run(_ner_command(cfg, target, "--finetune", "--finetune_load_name", str(folder / f"{SHORTHAND}_nertagger.pt"),
                      "--max_steps", str(cfg.ner2_steps),
                      "--eval_interval", "250", "--max_steps_no_improve", "500"),
         _env(cfg), cfg.work / "ner_phase2.log")


def step_syntax_data(cfg: TrainConfig) -> None:
    folder = cfg.work / "syntax"
    if (folder / f"{SHORTHAND}.train.conllu").exists():
        return
    counts = syntax.write_splits(cfg.data, folder, SHORTHAND, commercial_safe=cfg.commercial_safe)
    log(f"syntax data (PUD{'' if cfg.commercial_safe else ' + PADT v1 → v2'}): {counts} sentences")


def _syntax_files(cfg: TrainConfig, model: str, variant: str = "") -> list[str]:
    folder = cfg.work / "syntax"
    return ["--train_file", str(folder / f"{SHORTHAND}.train{variant}.conllu"),
            "--eval_file", str(folder / f"{SHORTHAND}.dev{variant}.conllu"),
            "--output_file", str(folder / f"{SHORTHAND}.dev.{model}.conllu"),
            "--wordvec_pretrain_file", str(cfg.work / "models" / "pretrain" / f"{SHORTHAND}.pt"),
            "--shorthand", SHORTHAND, "--seed", str(cfg.seed)]


def _shipped_pretrain(cfg: TrainConfig) -> None:
    """The tagger and parser reuse the NER's word vectors; take the shipped ones if none were trained.

    The shipped file stores fp16 (`_to_fp16`); Stanza's trainers need the fp32 they wrote.
    """
    import torch

    target = cfg.work / "models" / "pretrain" / f"{SHORTHAND}.pt"
    if not target.exists():
        if cfg.commercial_safe:  # the shipped vectors include SaudiNewsNet (CC BY-NC-SA)
            raise SystemExit(f"no commercial-safe word vectors in {target.parent}: run the `vectors` step first")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = torch.load(cfg.out / "pretrain.pt", map_location="cpu", weights_only=False)
        data["emb"] = data["emb"].float()
        torch.save(data, target)


def step_pos(cfg: TrainConfig) -> None:
    """Stanza's tagger (UPOS + UFeats; XPOS is dropped in the data), smaller than its defaults.

    Batches of 32 sentences instead of 250: about 24 passes over the 2,000 training sentences
    in 1,500 steps, at a CPU cost per step that fits the 25-minute budget.
    """
    target = cfg.work / "models" / "pos" / f"{SHORTHAND}_tagger.pt"
    if target.exists():
        return
    _shipped_pretrain(cfg)
    _run([sys.executable, "-m", "stanza.models.tagger", "--mode", "train", *_syntax_files(cfg, "pos"),
          "--hidden_dim", "128", "--char_hidden_dim", "128", "--deep_biaff_hidden_dim", "128",
          "--composite_deep_biaff_hidden_dim", "64", "--word_emb_dim", "50", "--batch_size", "32",
          "--max_steps", str(cfg.pos_steps), "--eval_interval", "100", "--log_step", "50",
          "--save_dir", str(target.parent), "--save_name", target.name],
         _env(cfg), cfg.work / "pos.log")


def step_depparse(cfg: TrainConfig) -> None:
    """Stanza's biaffine parser on gold tags, two 160-wide layers instead of three of 400.

    Trained on lemma = form (`syntax.with_identity_lemmas`): the pipeline has no lemmatizer.
    """
    target = cfg.work / "models" / "depparse" / f"{SHORTHAND}_parser.pt"
    if target.exists():
        return
    _shipped_pretrain(cfg)
    folder = cfg.work / "syntax"
    for split in ("train", "dev"):
        syntax.with_identity_lemmas(folder / f"{SHORTHAND}.{split}.conllu",
                                    folder / f"{SHORTHAND}.{split}.nolemma.conllu")
    _run([sys.executable, "-m", "stanza.models.parser", "--mode", "train", "--lang", "ar",
          *_syntax_files(cfg, "depparse", ".nolemma"),
          "--hidden_dim", "160", "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "128",
          "--num_layers", "2", "--word_emb_dim", "50", "--batch_size", "2000",
          "--max_steps", str(cfg.depparse_steps), "--eval_interval", "100", "--log_step", "50",
          "--save_dir", str(target.parent), "--save_name", target.name],
         _env(cfg), cfg.work / "depparse.log")


def best_dev(log: Path) -> float:
    scores = [float(m) for m in re.findall(r"dev_score = ([0-9.]+)", log.read_text())]
    return max(scores) if scores else 0.0


def chosen_ner(cfg: TrainConfig) -> Path:
    """The NER model with the better dev score (never the test score) of the two phases."""
    folder = cfg.work / "models" / "ner"
    phase1, phase2 = folder / f"{SHORTHAND}_nertagger.pt", folder / f"{SHORTHAND}_nertagger_phase2.pt"
    if phase2.exists() and best_dev(cfg.work / "ner_phase2.log") > best_dev(cfg.work / "ner.log"):
        return phase2
    return phase1


def _to_fp16(src: Path, dst: Path) -> None:
    """Store float tensors as fp16: Stanza copies them into fp32 parameters when loading."""
    import torch

    def conv(obj):
        if isinstance(obj, torch.Tensor) and obj.is_floating_point():
            return obj.half()
        if isinstance(obj, dict):
            return {k: conv(v) for k, v in obj.items()}
        return obj

    data = torch.load(src, map_location="cpu", weights_only=False)
    torch.save(conv(data), dst)


SYNTAX_MODELS = (("pos", f"{SHORTHAND}_tagger.pt", "pos.pt"), ("depparse", f"{SHORTHAND}_parser.pt", "depparse.pt"))
SYNTAX_META = ("pos_steps", "depparse_steps")


def step_ship(cfg: TrainConfig) -> None:
    cfg.out.mkdir(parents=True, exist_ok=True)
    m = cfg.work / "models"
    for src, name in [(m / "tokenize" / f"{SHORTHAND}_tokenizer.pt", "tokenizer.pt"),
                      (m / "mwt" / f"{SHORTHAND}_mwt_expander.pt", "mwt.pt"),
                      (m / "pretrain" / f"{SHORTHAND}.pt", "pretrain.pt"),
                      (chosen_ner(cfg), "ner.pt")]:
        _to_fp16(src, cfg.out / name)
        log(f"shipped {cfg.out / name} ({(cfg.out / name).stat().st_size / 1e6:.1f} MB)")
    (cfg.out / "resources.json").write_text(RESOURCES_JSON)
    meta = {k: v for k, v in cfg.__dict__.items()
            if k not in ("data", "work", "out", "threads") + SYNTAX_META}
    meta["ner_phase"] = 2 if chosen_ner(cfg).name.endswith("phase2.pt") else 1
    meta["ner_dev_f1"] = {"phase1": best_dev(cfg.work / "ner.log")}
    if (cfg.work / "ner_phase2.log").exists():
        meta["ner_dev_f1"]["phase2"] = best_dev(cfg.work / "ner_phase2.log")
    (cfg.out / "TRAINING.json").write_text(json.dumps(meta, indent=2) + "\n")
    if all((m / d / f).exists() for d, f, _ in SYNTAX_MODELS):
        step_ship_syntax(cfg)


def step_ship_syntax(cfg: TrainConfig) -> None:
    """Ship pos.pt and depparse.pt (fp16) and add their schedule and dev scores to TRAINING.json.

    A step of its own so the tagger and parser can be rebuilt without the other models.
    """
    m = cfg.work / "models"
    for folder, src, name in SYNTAX_MODELS:
        _to_fp16(m / folder / src, cfg.out / name)
        log(f"shipped {cfg.out / name} ({(cfg.out / name).stat().st_size / 1e6:.1f} MB)")
    meta_file = cfg.out / "TRAINING.json"
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    meta.update({k: getattr(cfg, k) for k in SYNTAX_META})
    meta["syntax_data"] = "UD_Arabic-PUD" + ("" if cfg.commercial_safe else " + PADT dev/test (UD v1 -> v2)")
    meta["syntax_dev"] = {"pos_alltags": best_dev(cfg.work / "pos.log"),
                          "depparse_las": best_dev(cfg.work / "depparse.log")}
    meta_file.write_text(json.dumps(meta, indent=2) + "\n")


STEPS = {
    "treebank": step_treebank, "tokenizer": step_tokenizer, "mwt": step_mwt,
    "ner-data": step_ner_data, "vectors": step_vectors, "ner": step_ner, "ner-second": step_ner_second,
    "syntax-data": step_syntax_data, "pos": step_pos, "depparse": step_depparse,
    "ship": step_ship, "ship-syntax": step_ship_syntax,
}


def train(cfg: TrainConfig, steps: list[str] | None = None) -> None:
    t0 = time.time()
    for name in steps or [s for s in STEPS if s != "ship-syntax"]:  # `ship` ships the syntax models too
        log(f"step {name}")
        STEPS[name](cfg)
    log(f"done in {(time.time() - t0) / 60:.1f} min")


def clean(cfg: TrainConfig) -> None:
    shutil.rmtree(cfg.work, ignore_errors=True)
