"""The `kg` command group and what its commands share: store options, one-line errors.

As in datasette, serving is the default verb: `kg data/kg` is `kg serve --store data/kg`.
The commands live beside this module, one module per kind of work; `kg.cli` imports them
so that they register on `main`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg import __version__

DEFAULT_STORE = os.environ.get("KG_STORE", "data/kg")
DEFAULT_BASE = os.environ.get("KG_BASE_IRI", "https://kg.example.org/")

store_option = click.option("--store", "store_location", default=DEFAULT_STORE, show_default=True,
                            help="Store location: a folder (embedded Oxigraph). Env: KG_STORE.")


class DefaultServeGroup(click.Group):
    """Unknown first arguments are taken as a store to serve; every error is one line."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["serve", "--store", *args]
        return super().parse_args(ctx, args)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Click's main, with usage errors on one line and bad paths or values never a traceback.

        OSError and ValueError that no command turned into a message of its own are still a
        bad path or value the user gave (a full disk, a folder that vanished): the message is
        enough, the traceback helps nobody.
        """
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx is not None else "kg"
            _fail(f"{exc.format_message()} (see `{command} --help`)", exc.exit_code)
        except click.ClickException as exc:
            _fail(exc.format_message(), exc.exit_code)
        except click.Abort:
            _fail("aborted", 1)
        except BrokenPipeError:  # `kg dump | head`: the reader has what it wanted
            sys.stderr.close()
            sys.exit(1)
        except Exception as exc:
            from kg.store.base import StoreError

            if not isinstance(exc, OSError | ValueError | StoreError):
                raise  # a bug: its traceback is what a bug report needs
            _fail(_one_line(exc), 1)
        sys.exit(code if isinstance(code, int) else 0)


def _fail(message: str, code: int) -> None:
    click.echo(f"Error: {' '.join(message.split())}", err=True)
    sys.exit(code)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _check_iri(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An absolute IRI, as Oxigraph reads it (a graph name given on the command line)."""
    if value is None:
        return None
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not an IRI ({exc})") from None
    if ":" not in value:
        raise click.BadParameter(f"{value!r} is not an absolute IRI")
    return value


def _check_base(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from kg.rdf.iris import Iris

    try:
        Iris(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@click.group(cls=DefaultServeGroup)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build and serve a knowledge graph of Arabic news."""


def _shown(location: str) -> str:
    """The location as printed: a password in a store URL never reaches the terminal or a page."""
    from kg.store.registry import redact_location

    return redact_location(location)


def _open(location: str, read_only: bool = False, *, create: bool = False):
    """Open the store; only commands that bring data in (`create`) may make a new one."""
    from kg.store.registry import open_store, parse_location

    try:
        if not read_only and not create:
            scheme, rest = parse_location(location)
            if scheme == "oxigraph" and not (Path(rest) / "CURRENT").is_file():
                raise FileNotFoundError(f"no Oxigraph store at {rest} (kg build or kg load makes one)")
        return open_store(location, read_only=read_only)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot open store {_shown(location)}: {_one_line(exc)}") from exc
