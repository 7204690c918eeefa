"""A local HTTP server for the feed tests (127.0.0.1 only): serves given paths and records each request."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Site:
    """What the server serves: path → (status, content type, body); and what it was asked for."""

    pages: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    requests: list[tuple[float, str, str, dict[str, str]]] = field(default_factory=list)  # (time, path, UA, headers)
    etag: str | None = None  # served with every 200; a matching If-None-Match gets a 304

    def asked(self, path: str) -> int:
        return sum(1 for _, p, _, _ in self.requests if p == path)


def serve(site: Site):
    """Start a server for `site`; returns (base URL, stop function)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site.requests.append((time.monotonic(), self.path, self.headers.get("User-Agent", ""),
                                  dict(self.headers)))
            if site.etag and self.headers.get("If-None-Match") == site.etag:
                self.send_response(304)
                self.end_headers()
                return
            status, ctype, body = site.pages.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if site.etag and status == 200:
                self.send_header("ETag", site.etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return f"http://127.0.0.1:{server.server_port}", stop
