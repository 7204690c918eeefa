"""A throw-away Virtuoso server for tests: its own database in a tmp dir, on free 127.0.0.1 ports.

The Debian package `virtuoso-opensource` (7.2.x) provides `virtuoso-t` (the server) and `isql-vt`
(its SQL client). The fixture never touches a system service or /var/lib/virtuoso*: it writes a
minimal virtuoso.ini of its own, starts `virtuoso-t +foreground`, waits until both the SQL and
the HTTP listeners answer, grants SPARQL Update to the anonymous `SPARQL` user (so the plain
`/sparql` endpoint accepts writes, as a local deployment would configure it) and kills the
server at the end of the session. Tests are skipped, with the reason, when the binaries are
missing (`.ci/run` installs them).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

VIRTUOSO = "virtuoso-t"
ISQL = "isql-vt"
#: The admin account of a fresh database (only reachable on 127.0.0.1, for the session).
DBA_USER = "dba"
DBA_PASSWORD = "dba"
START_TIMEOUT = 60.0

_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {dir}
VADInstallDir = {dir}/vad
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 4
; Below kg's page size on purpose: dumps must cope (Virtuoso's default is 10000).
MaxSortedTopRows = 2500

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}/vsp
MaxClientConnections = 10
ServerThreads = 10
EnabledDavVSP = 0
Charset = UTF-8
EnabledGzipContent = 1

[SPARQL]
; Small on purpose: dumps must page past it, and plain queries must refuse a cut result.
ResultSetMaxRows = 3000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 400
"""


@dataclass
class VirtuosoServer:
    """A running test Virtuoso."""

    http_port: int
    sql_port: int
    directory: Path
    process: subprocess.Popen[bytes]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def endpoint(self) -> str:
        """The SPARQL endpoint (query and, after the grant, update)."""
        return f"{self.base}/sparql"

    @property
    def location(self) -> str:
        """The kg store location of this server."""
        return f"sparql+{self.endpoint}"

    def isql(self, sql: str) -> str:
        """Run SQL statements as dba; raises with Virtuoso's output if one fails."""
        done = subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql_port}", DBA_USER, DBA_PASSWORD, "VERBOSE=OFF", "BANNER=OFF",
             f"EXEC={sql}"],
            capture_output=True, text=True, timeout=60, check=False,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql-vt failed ({done.returncode}): {done.stdout}{done.stderr}")
        return done.stdout

    def log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.directory / "virtuoso.log").read_text(encoding="utf-8", errors="replace")
        return ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


def virtuoso_available() -> str | None:
    """None if the binaries are installed, else why the tests are skipped."""
    missing = [b for b in (VIRTUOSO, ISQL) if shutil.which(b) is None]
    if missing:
        return (f"Virtuoso is not installed ({', '.join(missing)} not on PATH); "
                "apt-get install virtuoso-opensource (as .ci/run does)")
    return None


@contextlib.contextmanager
def run_virtuoso(directory: Path) -> Iterator[VirtuosoServer]:
    """Start a Virtuoso with its database in `directory`; stop it (and only it) afterwards."""
    directory.mkdir(parents=True, exist_ok=True)
    for sub in ("vad", "vsp"):
        (directory / sub).mkdir(exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    while http_port == sql_port:
        http_port = _free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(_INI.format(dir=directory, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    out = open(directory / "stdout.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [VIRTUOSO, "+foreground", "+configfile", str(ini)],
        cwd=directory, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    server = VirtuosoServer(http_port, sql_port, directory, proc)
    try:
        probe = server.endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        deadline = time.monotonic() + START_TIMEOUT
        while not _answers(probe):
            if proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {proc.returncode}:\n{server.log()[-3000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"virtuoso-t did not answer within {START_TIMEOUT:g} s:\n{server.log()[-3000:]}")
            time.sleep(0.3)
        # Writes through the public endpoint, as a local deployment enables them.
        server.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
        yield server
    finally:
        with contextlib.suppress(ProcessLookupError):
            proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        out.close()


@pytest.fixture(scope="session", name="virtuoso")
def virtuoso_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """A Virtuoso server for the whole session (skips when Virtuoso is not installed)."""
    reason = virtuoso_available()
    if reason:
        pytest.skip(reason)
    with run_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


if __name__ == "__main__":  # a manual try-out: python tests/store/virtuoso_server.py
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, run_virtuoso(Path(tmp)) as srv:
        print(f"Virtuoso at {srv.endpoint} (SQL {srv.sql_port}); Ctrl-C stops it", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while srv.process.poll() is None:
                time.sleep(1)
    os._exit(0)
