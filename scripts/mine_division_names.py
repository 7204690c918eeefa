"""Build `kg/link/lexicons/division_names.tsv`: first-level divisions of Arab states whose source name
already carries its administrative noun, definite (Saudi Arabia's Eastern Province is `المنطقة الشرقية`
in states.csv's `native` column), with the count of raw news paragraphs that write it (dev lines left out).

`home_regions.tsv` (`scripts/mine_home_regions.py`) pairs a noun with a bare `native` name ("منطقة" +
"تبوك"); a `native` that is "ال" + noun + adjective makes no such pair ("منطقة المنطقة الشرقية"), so the
division had no name. Here the `native` itself is the name when: its state is one of the Arab states of
`mine_home_regions.NOUNS`, its first word is "ال" + a noun of `kg.link.kb.build.divisions.NOUN_TYPES` that
names the row's type, the raw news writes it in at least `MIN_PARAGRAPHS` paragraphs (such a name is also a
common phrase, "the eastern region", so a rare one is no evidence), and the paragraphs that write it are not
set in another state more often than in its own (the vote of `mine_home_regions`).

    PYTHONPATH=. python scripts/mine_division_names.py

then rebuild the KB (`kg kb build`); `kg/link/kb/build/divisions.py` names the division with each row.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable

import raw_corpus  # scripts/raw_corpus.py, beside this script
from mine_home_regions import NOUNS, OTHER_VOTES, STATES, place_states, states_named

from kg.extract.agencies import _loose
from kg.link.kb.build.divisions import NOUN_TYPES, OWN_NAMES

#: Paragraphs a name must be written in.
MIN_PARAGRAPHS = 20


def candidates() -> dict[str, dict[str, str]]:
    """The `native` name → its states.csv row, for rows whose native name is "ال" + a noun of their type."""
    out: dict[str, dict[str, str]] = {}
    with STATES.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = (row["native"] or "").strip()
            first = name.split(" ", 1)[0]
            noun = first[2:] if first.startswith("ال") else ""
            if row["country_code"] in NOUNS and " " in name and \
                    (row["type"] or "").strip().lower() in NOUN_TYPES.get(noun, ()):
                out[name] = row
    return out


def paragraph_votes(writes: dict[str, Callable[[str], object]]) -> tuple[Counter, dict[str, Counter]]:
    """For each name, the raw paragraphs that write it (`writes[name](line)` true) and the states those paragraphs
    name (`mine_home_regions.states_named`), counted."""
    places = place_states()
    longest = max(len(k) for k in places)
    counts: Counter = Counter()
    votes: dict[str, Counter] = {}
    for _, _, line in raw_corpus.lines():
        named = None
        for name, written in writes.items():
            if written(line):
                counts[name] += 1
                named = states_named(line, places, longest) if named is None else named
                votes.setdefault(name, Counter()).update(named)
    return counts, votes


def main() -> None:
    found = candidates()
    patterns = {name: re.compile(rf"(?<!\w)[وف]?[بل]?{_loose(name)}(?!\w)") for name in found}
    counts, votes = paragraph_votes({name: pattern.search for name, pattern in patterns.items()})
    rows = []
    for name, row in sorted(found.items(), key=lambda kv: kv[1]["iso3166_2"]):
        own = f"country:{row['country_code']}"
        tally = votes.get(name, Counter())
        if counts[name] < MIN_PARAGRAPHS or any(n >= OTHER_VOTES and n > 2 * tally[own]
                                                for state, n in tally.items() if state != own):
            print(f"left out: {name} ({row['iso3166_2']}): {counts[name]} paragraphs, {dict(tally.most_common(3))}")
            continue
        rows.append(f"{own}\t{row['iso3166_2']}\t{name}\t{counts[name]}")
    header = [line for line in OWN_NAMES.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    OWN_NAMES.write_text("\n".join([*header, "country\tiso3166_2\tname\tparagraphs", *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} division names written to {OWN_NAMES}")


if __name__ == "__main__":
    main()
