"""The query UI at `/`: YASGUI (vendored, no CDN) with kg's example queries one click away.

The examples are the `*.rq` files of the `queries/` folder, read on every request so an edited
or added query shows up without a restart; each file's first comment line is its title. The
page's Content-Security-Policy allows scripts, styles and requests to this server only, so
the editor cannot load anything from elsewhere even if a YASGUI default tried to.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, Response, current_app, render_template, request

from kg.server.linked_data import resolve_base
from kg.store import formats

#: The YASGUI release vendored under static/vendor/yasgui (scripts/vendor-yasgui.sh).
YASGUI_VERSION = "4.6.2"

UI_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'self'"
)


def queries_dir() -> Path:
    """Where the example queries are: $KG_QUERIES_DIR, else the source checkout, else ./queries.

    Like ontology/, queries/ sits at the repository root, outside the package.
    """
    env = os.environ.get("KG_QUERIES_DIR")
    candidates = [Path(env)] if env else []
    candidates += [Path(__file__).resolve().parents[2] / "queries", Path.cwd() / "queries"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


@dataclass(frozen=True)
class Example:
    """One example query: the file name, its first comment line, the next comment line, the text."""

    name: str
    title: str
    subtitle: str
    query: str


def _comment_lines(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if not line.lstrip().startswith("#"):
            break
        lines.append(line.lstrip().lstrip("#").strip())
    return [line for line in lines if line]


def load_examples(folder: Path) -> list[Example]:
    """The `*.rq` files in `folder`, by name; unreadable files are skipped."""
    examples = []
    for path in sorted(folder.glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        comments = _comment_lines(text)
        title = comments[0] if comments else path.stem
        subtitle = comments[1] if len(comments) > 1 else ""
        examples.append(Example(path.stem, title, subtitle, text))
    return examples


def ui_blueprint(
    *,
    base: str | None = None,
    endpoint: str = "/sparql",
    queries: Path | None = None,
    title: str | None = None,
    name: str = "ui",
) -> Blueprint:
    """A Blueprint serving the query UI at `/` and its assets under `/assets/`.

    `endpoint` is the SPARQL endpoint's path on this server; `base` the IRI base whose IRIs the
    results link to this server's Linked Data pages; `queries` the examples folder.
    """
    resolved_base = resolve_base(base)
    bp = Blueprint(
        name, __name__, template_folder="templates", static_folder="static", static_url_path="/assets"
    )

    @bp.get("/")
    def index() -> Response:
        folder = queries if queries is not None else queries_dir()
        examples = load_examples(folder) if folder.is_dir() else []
        root = request.script_root
        config = {
            "endpoint": root + endpoint,
            "base": resolved_base,
            "examples": [e.__dict__ for e in examples],
            "defaultQuery": examples[0].query if examples else "SELECT * WHERE { ?s ?p ?o } LIMIT 10",
        }
        html = render_template(
            "ui.html",
            site_title=title or current_app.config.get("KG_TITLE", "kg"),
            examples=examples,
            config=config,
            endpoint=root + endpoint,
            dumps=[(n, formats.FORMATS[n].media_type) for n in formats.DUMPABLE],
            base=resolved_base,
            yasgui_version=YASGUI_VERSION,
        )
        response = Response(html, mimetype="text/html")
        response.headers["Content-Security-Policy"] = UI_CSP
        return response

    return bp


__all__ = ["Example", "load_examples", "queries_dir", "ui_blueprint"]
