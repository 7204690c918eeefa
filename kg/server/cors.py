"""CORS response headers for the configured origins, as one pure function.

Both the Flask app's after-request hook (`kg.server.app`) and the SPARQL fast path
(`kg.server.sparql_fast`), which answers without Flask, add exactly these headers.
"""

from __future__ import annotations

from kg.server.config import ServerConfig

#: Response headers a cross-origin script may read.
EXPOSED = "ETag, Last-Modified, Content-Disposition, Location, Retry-After, X-KG-Max-Results"


def cors_headers(cfg: ServerConfig, origin: str | None, method: str) -> list[tuple[str, str]]:
    """The CORS headers for a request from `origin` (none unless `cfg.cors` allows it).

    The caller also adds `Origin` to `Vary` on every response, whatever this returns: a cache
    must not hand one origin's answer to another.
    """
    if not origin or not cfg.cors:
        return []
    if "*" in cfg.cors:
        headers = [("Access-Control-Allow-Origin", "*")]
    elif origin in cfg.cors:
        headers = [("Access-Control-Allow-Origin", origin)]
    else:
        return []
    headers.append(("Access-Control-Expose-Headers", EXPOSED))
    if method == "OPTIONS":
        headers += [
            ("Access-Control-Allow-Methods",
             "GET, HEAD, POST, OPTIONS" + (", PUT, DELETE" if cfg.enable_update else "")),
            ("Access-Control-Allow-Headers", "Accept, Content-Type" + (", Authorization" if cfg.enable_update else "")),
            ("Access-Control-Max-Age", "600"),
        ]
    return headers
