"""Which NLP pipeline a build runs: the explicit parse setting, as a picklable factory.

The dependency parser costs about 2.45x the NLP time per article on every sentence, so a
build chooses where it runs (`kg build --parse`), and the choice travels with the factory
to every worker (`PipelineFactory` pickles as its one field), never through the environment:

* `off`: NER only; the extractors read the text's surface;
* `events`: the POS tagger and parser on the sentences with an event trigger
  (`kg.extract.arguments.event_sentences`), whose predicates' arguments the extractors read;
* `all`: every sentence parsed.

The models' location is still the environment's (`kg.nlp.models.from_environment`), read
where the pipeline loads, so a remote worker finds its own copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PARSE_MODES = ("off", "events", "all")
#: What `kg build` and `kg evaluate` run when not told. `events` parses only the sentences with an
#: event trigger: 1.32x a whole build per article (issue 13's budget is 1.5x), and on the 110
#: held-out paragraphs nobody here read it gave meetings 16 -> 18 of 49 found and 24/38 -> 27/40
#: right records; on the development set one more wrong record (benchmarks/README, round 11).
DEFAULT_PARSE = "events"


@dataclass(frozen=True)
class PipelineFactory:
    """Called in the process that annotates: the process-wide `ArabicPipeline` for `parse`."""

    parse: str = DEFAULT_PARSE

    def __post_init__(self) -> None:
        if self.parse not in PARSE_MODES:
            raise ValueError(f"parse must be one of {', '.join(PARSE_MODES)}, not {self.parse!r}")

    def __call__(self) -> Any:
        from kg.nlp.models import from_environment
        from kg.nlp.pipeline import get_pipeline

        select = None
        if self.parse == "events":
            from kg.extract.arguments import event_sentences

            select = event_sentences
        return get_pipeline(from_environment(syntax=self.parse != "off", parse_sentences=select))


__all__ = ["DEFAULT_PARSE", "PARSE_MODES", "PipelineFactory"]
