"""Build the shipped KB from the raw files in `kb-sources/` (plus CLDR city names).

    python -m kg.link.kb.build /work/shared/data/kb-sources kg/link/kb/data/kb.jsonl.gz

Only facts are taken from the sources, and each one is recorded with its file, row, field
and licence. Nothing is guessed: where sources disagree the decision is an explicit,
documented table entry below (the build fails on any disagreement it has no entry for),
and values that fail a consistency check are dropped, not repaired from memory.
Rule-made forms (nisba inflections, spelling variants) are listed with their base form
and rule. The output is byte-for-byte deterministic for the same inputs.

Why each rule exists is explained where it is defined; `data/README.md` summarises them.
The modules follow the build's order: `sources` and `decisions` (tables), `helpers`,
`drafts` (mutable entries), `readers`, then `countries`, `nisba`, `cities`,
`organizations`, `curated`, and `assemble` (`build_kb`, the command line).
"""

from kg.link.kb.build.assemble import build_kb, default_output, main
from kg.link.kb.build.countries import kunya_variant
from kg.link.kb.build.curated import CURATED_DIR, CURATED_FILES, _check_unique_qids, _curated
from kg.link.kb.build.drafts import Summary
from kg.link.kb.build.helpers import first_letter_ok, spelling_variants, untagged_arabic
from kg.link.kb.build.nisba import inflect_nisba, nisba_from_name
from kg.link.kb.build.sources import BuildError

__all__ = [
    "CURATED_DIR",
    "CURATED_FILES",
    "BuildError",
    "Summary",
    "_check_unique_qids",
    "_curated",
    "build_kb",
    "default_output",
    "first_letter_ok",
    "inflect_nisba",
    "kunya_variant",
    "main",
    "nisba_from_name",
    "spelling_variants",
    "untagged_arabic",
]
