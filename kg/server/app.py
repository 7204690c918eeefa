"""The standalone web app: the SPARQL endpoint, the dumps and a small home page.

`create_app` only wires blueprints together, so the same endpoint can be mounted in another
Flask app, and tests can build an app over any store.
"""

from __future__ import annotations

from flask import Flask, Response
from markupsafe import escape

from kg.server.dumps import dumps_blueprint
from kg.server.sparql import sparql_blueprint
from kg.store import formats
from kg.store.base import Store


def create_app(store: Store, *, title: str = "kg", federation: bool = False) -> Flask:
    """A Flask app serving `store` read-only: `/sparql`, `/dump.<fmt>[.gz]` and `/`.

    `federation` allows SPARQL SERVICE clauses (off: a public endpoint must not make requests for visitors).
    """
    app = Flask("kg.server")
    app.config["KG_TITLE"] = title
    app.extensions["kg.store"] = store
    app.register_blueprint(sparql_blueprint(store, title=title, federation=federation))
    app.register_blueprint(dumps_blueprint(store))

    @app.get("/")
    def index() -> Response:
        dumps = "\n".join(
            f'<li><a href="/dump.{name}">dump.{name}</a> (<a href="/dump.{name}.gz">.gz</a>) – '
            f"{escape(formats.FORMATS[name].media_type)}</li>"
            for name in formats.DUMPABLE
        )
        page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title></head>
<body>
<h1>{escape(title)}</h1>
<p>A knowledge graph of Arabic news.</p>
<ul>
<li><a href="/sparql">SPARQL endpoint</a> (SPARQL 1.1 Protocol, read-only; the default graph is
the union of all graphs)</li>
</ul>
<h2>Dumps</h2>
<ul>
{dumps}
</ul>
</body></html>
"""
        return Response(page, mimetype="text/html")

    return app
