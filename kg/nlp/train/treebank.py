"""UD_Arabic-PUD converted into training data for Stanza's tokenizer and MWT expander.

PUD writes clitics as separate words joined by `SpaceAfter=No` and has no multi-word-token
ranges; news text writes them joined (`لأوباما`, `نشرتها`). Joined Arabic words become one
token with an MWT range. PUD uses Latin `, ; ?` and one sentence per document: every other
sentence gets Arabic punctuation and five sentences form one paragraph, otherwise the
tokenizer never splits `بوتين،` nor sentences inside a paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.nlp.normalize import normalize_token

_ARABIC = re.compile(r"^[\u0621-\u064A]+$")
_AR_PUNCT = {",": "،", ";": "؛", "?": "؟"}


def _read_conllu(path: Path) -> list[list[list[str]]]:
    sentences, current = [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                current.append(cols)
    if current:
        sentences.append(current)
    return sentences


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc


def _convert(words: list[list[str]], arabic_punct: bool) -> tuple[str, list[str]]:
    """One sentence → (text, CoNLL-U lines with MWT ranges)."""
    forms = []
    for cols in words:
        form = normalize_token(cols[1]) or cols[1]
        if arabic_punct and cols[3] == "PUNCT":
            form = _AR_PUNCT.get(form, form)
        forms.append(form)
    # group consecutive Arabic words joined without space into one orthographic token
    groups: list[list[int]] = []
    for i in range(len(words)):
        if (groups and not _space_after(words[groups[-1][-1]][9])
                and _ARABIC.match(forms[groups[-1][-1]]) and _ARABIC.match(forms[i])):
            groups[-1].append(i)
        else:
            groups.append([i])
    lines, text = [], []
    for g in groups:
        last = words[g[-1]]
        space = _space_after(last[9])
        token = "".join(forms[i] for i in g)
        text.append(token + (" " if space else ""))
        if len(g) > 1:
            misc = "_" if space else "SpaceAfter=No"
            lines.append(f"{g[0] + 1}-{g[-1] + 1}\t{token}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
        for i in g:
            cols = list(words[i])
            cols[1] = forms[i]
            cols[2] = normalize_token(cols[2]) or cols[2]
            misc = [m for m in cols[9].split("|") if m != "_" and not m.startswith(("SpaceAfter", "LId"))]
            if len(g) == 1 and not space:
                misc.append("SpaceAfter=No")
            cols[9] = "|".join(misc) or "_"
            cols[8] = "_"
            lines.append("\t".join(cols))
    return "".join(text).strip(), lines


def write_splits(pud: Path, out_dir: Path, shorthand: str, sizes=(800, 100, 100)) -> dict[str, Path]:
    """Write `<shorthand>-ud-{train,dev,test}.conllu`, split in sentence order."""
    sentences = _read_conllu(pud)
    out_dir.mkdir(parents=True, exist_ok=True)
    bounds = {"train": (0, sizes[0]), "dev": (sizes[0], sizes[0] + sizes[1]),
              "test": (sizes[0] + sizes[1], sum(sizes))}
    paths = {}
    for split, (a, b) in bounds.items():
        blocks = []
        for n, words in enumerate(sentences[a:b]):
            text, lines = _convert(words, arabic_punct=(n % 2 == 1))
            header = []
            if n % 5 == 0:
                header.append(f"# newdoc id = {split}-{n // 5}")
                header.append(f"# newpar id = {split}-{n // 5}")
            header += [f"# sent_id = {split}-{n}", f"# text = {text}"]
            blocks.append("\n".join(header + lines) + "\n")
        path = out_dir / f"{shorthand}-ud-{split}.conllu"
        path.write_text("\n".join(blocks) + "\n", encoding="utf-8")
        paths[split] = path
    return paths
