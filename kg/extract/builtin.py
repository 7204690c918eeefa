"""kg's own fact extractors as registry entries: officials first, the event extractors on top of it.

Each wraps its module's `extract_*` function; `kg.extract.registry` registers them by name
(`kg.extract.builtin:OFFICIALS` …), the way a plugin's entry point names its `Extractor`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.extract import arguments
from kg.extract.meetings import extract_meetings
from kg.extract.officials import extract_officials
from kg.extract.registry import Extractor
from kg.extract.statements import extract_statements
from kg.extract.text import DocView
from kg.extract.treaties import extract_treaties


def _officials(view: DocView, inputs: Mapping[str, Any]) -> dict[str, Any]:
    return {"officials": extract_officials(view)}


def _meetings(view: DocView, inputs: Mapping[str, Any]) -> dict[str, Any]:
    return {"meetings": extract_meetings(view, inputs["officials"], inputs.get("arguments"),
                                         inputs.get("treaties", ()))}


def _treaties(view: DocView, inputs: Mapping[str, Any]) -> dict[str, Any]:
    return {"treaties": extract_treaties(view, inputs["officials"])}


def _statements(view: DocView, inputs: Mapping[str, Any]) -> dict[str, Any]:
    return {"statements": extract_statements(view, inputs["officials"])}


#: Posts, plus the titles and counterpart links the others read (`kg.extract.officials.Officials`).
OFFICIALS = Extractor("officials", provides=("officials",), run=_officials)
#: The arguments of event predicates in the parsed sentences (`kg.extract.arguments`; none
#: without a parse): meetings add the parties the parse names and the surface rules missed.
ARGUMENTS = Extractor("arguments", provides=("arguments",), run=arguments.run)
TREATIES = Extractor("treaties", provides=("treaties",), requires=("officials",), run=_treaties)
#: Meetings read the treaties: a treaty signed in person is also a meeting of its signers.
MEETINGS = Extractor("meetings", provides=("meetings",), requires=("officials", "arguments", "treaties"),
                     run=_meetings)
STATEMENTS = Extractor("statements", provides=("statements",), requires=("officials",), run=_statements)
