"""Views of the graph beyond one resource: a map, a timeline and a who-met-whom graph.

`reads` holds the SPARQL (and the page sections that need more than the generic Linked Data
read: statements with their quotes, events with the articles that report them); `routes` the
JSON endpoints `/api/map`, `/api/timeline` and `/api/graph` that `static/views.js` draws, on
entity pages and as result views of the query UI.
"""

from kg.server.explore.extras import page_extras
from kg.server.explore.reads import Available, Explorer, parse_wkt_point
from kg.server.explore.routes import explore_blueprint

__all__ = ["Available", "Explorer", "explore_blueprint", "page_extras", "parse_wkt_point"]
