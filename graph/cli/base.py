"""What every command shares: the error boundary, the output decorator, the parameter parser."""

from __future__ import annotations

import errno
import functools
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import click

from nato_graph.connection import Connection
from nato_graph.errors import NatoGraphError
from nato_graph.text import clip, escape_control, shown_path

if TYPE_CHECKING:
    from nato_graph.records import Result

FORMATS = ("table", "json", "csv")
F = TypeVar("F", bound=Callable[..., Any])

pass_db = click.make_pass_decorator(Connection)


class Terminated(SystemExit):
    """A polite kill (SIGTERM): the command ends as Ctrl-C ends it (the store is closed and its
    last user stops the server), with the signal's exit status; a long command may say what it
    left undone first, as `load` does."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)


def terminated(signum: int, frame: object) -> None:
    """The SIGTERM handler the command line installs."""
    raise Terminated(signum)


class StdoutError(NatoGraphError):
    """Standard output cannot be written (a full disk, a closed pipe, ``>&-``): what was to be
    printed is lost, and the command says so in one line on stderr."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"cannot write to standard output: {reason}")
        self.reason = reason


def _reason(exc: OSError) -> str:
    if exc.errno == errno.EBADF:
        return "it is closed"
    return exc.strerror or str(exc)


class _GuardedStdout:
    """``sys.stdout`` while a command runs: an OSError writing it (``> /dev/full``) is a
    :class:`StdoutError`, which the command line reports as one line, never a traceback from
    deep inside click's echo; a reader that has gone (EPIPE) ends the command quietly."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.failed = False

    def _guard(self, call: Callable[[], Any]) -> Any:
        try:
            return call()
        except OSError as exc:
            self.failed = True
            if exc.errno == errno.EPIPE:  # the reader stopped reading (`| head`): click ends
                raise  # the command quietly, as a shell's own tools end
            raise StdoutError(_reason(exc)) from None

    def write(self, text: Any) -> Any:
        return self._guard(lambda: self._stream.write(text))

    def flush(self) -> Any:
        return self._guard(self._stream.flush)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _ClosedStdout:
    """``sys.stdout`` when the command was started with it closed (``>&-``): Python makes it
    None, which click would write nothing to (and ``isatty()`` fails on); every write is a
    :class:`StdoutError` instead."""

    encoding = "utf-8"
    errors = "strict"
    failed = False

    def write(self, text: Any) -> int:
        if isinstance(text, bytes | bytearray):
            raise TypeError("a text stream")  # click asks whether it is a binary one
        if text:
            self.failed = True
            raise StdoutError("it is closed")
        return 0

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False


def _quiet_stdout(stream: Any) -> None:
    """After standard output failed: point its file at /dev/null, so that Python's own flush at
    exit adds no "Exception ignored" lines below the one error line. (A stream with no file,
    such as a test's, is left alone.)"""
    try:
        fd = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):
        return
    try:
        os.dup2(null, fd)
    except OSError:
        pass
    finally:
        os.close(null)


class _UsageLine(click.ClickException):
    """A usage error said in one line; its exit status stays click's for one (2)."""

    exit_code = 2


class NatoGraphGroup(click.Group):
    """Turns library errors into one clear line and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            # a subcommand's bad option or argument: one line, as every error (click prints the
            # usage, a hint and the error on three), with where to see how to call it
            if exc.ctx is None:
                raise
            said = " ".join(exc.format_message().split())  # click lists choices on lines
            raise _UsageLine(
                f"{said} (`{exc.ctx.command_path} --help` shows how to call it)"
            ) from None
        except NatoGraphError as exc:
            # messages quote names, paths and server replies: never let them drive the terminal
            # (a file name that is not UTF-8 shows its bytes: d/\xfd.md)
            said = str(exc) if exc.redacted else redact(ctx, str(exc))
            raise click.ClickException(shown_path(said, keep="\n")) from None

    def main(self, *args: Any, **kwargs: Any) -> Any:
        given = sys.stdout
        guarded = _ClosedStdout() if given is None else _GuardedStdout(given)
        sys.stdout = guarded  # type: ignore[assignment]
        try:
            return super().main(*args, **kwargs)
        except NatoGraphError as exc:  # raised while closing the store
            click.echo("Error: " + escape_control(str(exc), keep="\n"), err=True)
            sys.exit(1)
        finally:
            sys.stdout = given
            if guarded.failed and given is not None:
                _quiet_stdout(given)


# ctx.meta key: the warnings every command prints first (a load stopped part-way), which the
# answers also carry as notes for Python and saved views; the CLI does not print them twice
WARNED = "nato_graph.warned"


def unsaid(notes: Iterable[str]) -> list[str]:
    """``notes`` without those this command has already printed as warnings."""
    ctx = click.get_current_context(silent=True)
    warned = ctx.meta.get(WARNED, frozenset()) if ctx is not None else frozenset()
    return [n for n in notes if n not in warned]


def redact(ctx: click.Context, text: str) -> str:
    db = ctx.find_object(Connection)
    return db.settings.redact(text) if db else text


class JsonValueError(ValueError):
    """A value that is JSON but one a parameter cannot take: a key given twice in one map
    (JSON parsers keep one of them, silently), or NaN or an infinity inside a list or map
    (which JSON does not have)."""


def parse_value(text: str) -> Any:
    """A command-line parameter value: JSON when it parses, else the string itself.

    >>> parse_value("2010"), parse_value('["MD", "ICI"]'), parse_value("Israel")
    (2010, ['MD', 'ICI'], 'Israel')

    ``NaN`` and ``Infinity`` alone are words, kept as text; within a list or map, or a key
    given twice in a map, the value is a :class:`JsonValueError`:

    >>> parse_value("NaN"), parse_value("[NaN")
    ('NaN', '[NaN')
    >>> parse_value('{"k": 1, "k": 2}')
    Traceback (most recent call last):
    ...
    nato_graph.cli.base.JsonValueError: the key "k" is given twice in one map; give it once
    """
    try:
        return json.loads(text, parse_constant=_not_json, object_pairs_hook=_one_each)
    except (_Constant, JsonValueError) as exc:
        if isinstance(exc, _Constant) and text.strip() == exc.name:
            return text  # the word alone
        try:  # refused only where the whole is JSON: "[NaN" is text, not a list
            json.loads(text, parse_constant=lambda _: None)
        except ValueError:
            return text
        if isinstance(exc, JsonValueError):
            raise
        raise JsonValueError(
            f"{exc.name} is not a JSON number (JSON has no NaN or infinities); write a number, "
            f'null, or "{exc.name}" for the text'
        ) from None
    except ValueError:
        return text


class _Constant(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _one_each(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object's pairs as a dict; a key given twice is a JsonValueError."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise JsonValueError(
                f"the key {clip(escape_control(json.dumps(key, ensure_ascii=False)), 60)} is "
                "given twice in one map; give it once"
            )
        out[key] = value
    return out


class ParamError(click.BadParameter):
    """A ``--param`` value the command cannot take: one line naming the parameter, with click's
    usage-error exit code (2), not click's usage block above it (the usage says nothing about
    which parameter is at fault)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, param_hint="--param")

    def show(self, file: Any = None) -> None:
        click.echo(f"Error: {self.format_message()}", file=file, err=file is None)


def _params(pairs: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """The ``--param`` pairs parsed, each checked by ``checks.sendable``."""
    from nato_graph.queries.checks import MAX_PARAM_DEPTH, ParameterError, sendable

    params: dict[str, Any] = {}
    first: dict[str, str] = {}  # each parameter's text as given
    for name, text in pairs:
        if name in params:  # not the last one silently
            raise ParamError(
                f"parameter {clip(escape_control(name), 80)} given twice "
                f"({clip(escape_control(repr(first[name])), 40)} and "
                f"{clip(escape_control(repr(text)), 40)}); give it once"
            )
        first[name] = text
        try:
            params[name] = sendable(name, parse_value(text))
        except ParameterError as exc:
            raise ParamError(str(exc)) from None
        except JsonValueError as exc:
            raise ParamError(f"parameter {clip(escape_control(name), 80)}: {exc}") from None
        except RecursionError:  # JSON nested past Python's own limit
            raise ParamError(
                f"parameter {escape_control(name)}: nested more than {MAX_PARAM_DEPTH} lists "
                "or maps deep"
            ) from None
    return params


# The declared types a quoted value is refused for, and the values that are of each
# (a whole number is no bool, though Python's bool is an int).
_TYPED: dict[str, Callable[[Any], bool]] = {
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
}


def refuse_quoted(name: str, params: dict[str, Any]) -> None:
    """A value given in quotes (``--param limit '"5"'``, JSON's string "5") for a parameter the
    question ``name`` declares a whole number, a number or true/false (``// param: limit
    integer``) is a CatalogueError naming the parameter and what it takes: the question would
    read the text as the number (analyst audit 21). ``parse_value`` reads a value that is JSON
    as JSON, so text here that is JSON again was quoted on the command line; other text
    (``abc``) is left to the question, which refuses it as typed."""
    from nato_graph.queries.catalogue import CatalogueError, get

    for param in get(name).params:
        value = params.get(param.name)
        if param.type not in _TYPED or not isinstance(value, str):
            continue
        try:
            inner = json.loads(value, parse_constant=_not_json)
        except (ValueError, _Constant):
            continue
        hint = f"; give {value.strip()} without the quotes" if _TYPED[param.type](inner) else ""
        raise CatalogueError(
            # the question's own words for what it takes (queries/catalogue.py)
            f"{name}: parameter {param.name!r} expects {param._expects()}, got the text "
            f"{clip(escape_control(json.dumps(value, ensure_ascii=False)), 80)} (in quotes, so "
            f"text, not a number or true/false){hint}"
        )


def _not_json(name: str) -> Any:
    """json.loads accepts NaN and Infinity, which are not JSON: see parse_value."""
    raise _Constant(name)


PARAM_HELP = "A query parameter; VALUE is parsed as JSON when it parses, else kept as a string."
# what `query run` and `view query` add: a question's parameters are typed
QUESTION_PARAM_HELP = (
    " A value in quotes is text ('\"5\"'), refused where the question takes a whole number or "
    "true/false."
)


def param_option(help: str = PARAM_HELP + " Repeatable.") -> Callable[[F], F]:
    """Repeatable ``--param NAME VALUE``; the command gets ``params``, a dict of parsed values."""
    return click.option(
        "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE", help=help,
        callback=lambda _ctx, _param, pairs: _params(pairs),
    )  # fmt: skip


@dataclass
class Then:
    """A Result to print and what to do once it is printed (``query run --view`` draws it): a
    failure there is an error after the answer, not instead of it."""

    result: Result
    after: Callable[[], None]


def _terminal_width(width: int) -> int | None:
    """How wide a table's lines may be: the terminal's width (or ``COLUMNS`` where it is set),
    None when the table goes to a file or a pipe, or ``--width 0`` asked for no wrapping."""
    if width == 0:
        return None
    if os.environ.get("COLUMNS", "").isdigit() or (sys.stdout is not None and sys.stdout.isatty()):
        return shutil.get_terminal_size().columns
    return None


def output_options(
    *, params: bool = True, param_help: str = PARAM_HELP + " Repeatable."
) -> Callable[[Callable[..., Result | Then | None]], Callable[..., None]]:
    """The one output decorator: ``--format`` (table on a terminal, JSON when piped), ``--width``
    (how wide a table cell may be before it wraps) and, with ``params``, ``--param`` (see
    param_option; ``param_help`` its help). The command gets ``fmt`` and returns the Result
    to print (or a ``Then``: the Result, and what to do after printing it), or None when it has
    printed what it had to say."""

    def decorate(command: Callable[..., Result | Then | None]) -> Callable[..., None]:
        @functools.wraps(command)
        def wrapper(*args: Any, fmt: str | None, width: int, **kwargs: Any) -> None:
            fmt = fmt or ("table" if sys.stdout is not None and sys.stdout.isatty() else "json")
            returned = command(*args, fmt=fmt, **kwargs)
            result = returned.result if isinstance(returned, Then) else returned
            if result is not None:
                from nato_graph.output import render

                click.echo(render(result, fmt, width or None, _terminal_width(width)))
            if isinstance(returned, Then):
                returned.after()

        inner = param_option(param_help)(wrapper) if params else wrapper
        inner = click.option(
            "--width", type=click.IntRange(min=0), default=60, show_default=True,
            help="Table cells longer than this wrap onto more lines, and on a terminal the table "
            "fits its width (COLUMNS), each row a record where its columns cannot; 0 = never.",
        )(inner)  # fmt: skip
        return click.option(
            "--format", "fmt", type=click.Choice(FORMATS), default=None,
            help="Output format  [default: table on a terminal, json when piped]",
        )(inner)  # fmt: skip

    return decorate
