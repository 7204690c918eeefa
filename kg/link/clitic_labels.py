"""A preposition or conjunction the tokenizer left on a one-word name is cut from its label.

Stanza's tokenizer does not always split the clitics ب، ل، و، ف، ك (and their pairs وب، ول، فل …)
from a name it does not know: `لواشنطن`, `بنيويورك`, `بالكونغرس` reach the linker as written and
neither link nor match the name. The evidence that the word is clitic + name, not a name of its own,
comes from data, never from a list of this article's names:

* the whole word is no knowledge-base name, and the gold NER corpora (`named_words.tsv`) tag it
  alone as a name less often than the rest (لبنان 125 times against بنان never: it keeps its ل;
  لواشنطن once against واشنطن 33 times);
* the rest is a knowledge-base name, or a word the gold NER corpora tag alone as a name at least
  `MIN_NAMED` times (واشنطن 33, نيويورك 25, الكونغرس 2), or the name the same article writes
  elsewhere without the clitic.

Only the label changes; the span keeps the clitic so offsets stay the tokenizer's. ل + ال (للكونغرس)
gives back its article (الكونغرس).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key, name_offset, restored_article
from kg.types import Mention

#: How often the gold NER corpora must tag the clitic-free word alone as a name.
MIN_NAMED = 2
#: The clitic-free rest must have at least this many letters (بالي is Bali, not ب + إلى).
MIN_REST = 4


def clitic_free_label(m: Mention, known: Callable[[str], bool], article_labels: Collection[str] = ()) -> Mention:
    """The mention with a clitic cut from its one-word label when the rest is a name (module docstring).

    `article_labels` are the match keys of the article's other mention labels."""
    label = m.label.strip()
    if " " in label or label != m.text.strip():
        return m  # several words, or the NLP stage already split the word
    named = lexicons().named_alone
    key = match_key(label)
    if known(label):
        return m
    for prefix, rest in clitic_splits(key, article=False)[1:]:
        if len(rest) < MIN_REST or named.get(key, 0) >= max(MIN_NAMED, named.get(rest, 0)):
            continue
        if known(rest) or named.get(rest, 0) >= MIN_NAMED or rest in article_labels:
            return replace(m, label=_cut(label, prefix))
    return m


def _cut(label: str, prefix: str) -> str:
    """The label without the characters of the clitic prefix (diacritics skipped); لل keeps ال."""
    return restored_article(prefix) + label[name_offset(label, prefix):]


__all__ = ["MIN_NAMED", "clitic_free_label"]
