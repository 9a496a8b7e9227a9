"""The root of the `a2e` command: its options, its own commands, the sections of the API, and
the one place that turns every outcome into an exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib.util import find_spec
from typing import Any

import click

from a2e import A2EError, ConfigurationError, TaskFailed, TaskTimeout

from . import exits
from .names import MissingCommand, SuggestingGroup
from .output import one_line, say
from .settings import Settings, root_options
from .table import sections

COMPLETE_VARIABLE = "_A2E_COMPLETE"
SHELLS = ("bash", "zsh", "fish")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + "..."


class Root(SuggestingGroup):
    """`a2e`: its own commands first, then one group per section of the API."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self.commands, *sections()]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        section = sections().get(cmd_name)
        if section is None:
            return None
        from .operations import Section

        return Section(cmd_name, section)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        own = [(name, command.get_short_help_str(60)) for name, command in self.commands.items()]
        with formatter.section("Commands"):
            formatter.write_dl(own)
        api = [
            (name, _short(section["description"] or section["tag"], 45))
            for name, section in sections().items()
        ]
        with formatter.section("Sections of the API (a2e <section> --help lists its operations)"):
            formatter.write_dl(api)


@click.group(
    cls=Root,
    params=root_options(),
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="a2e's options may also follow the command (a2e face-swap get-face-swap-task --id ID "
    "--base-url URL). Exit codes: 0 success, 1 A2E refused or could not be reached (or a local file or "
    "stdout could not be written), 2 bad usage or configuration (nothing was sent), 3 a task "
    "failed, 4 a wait timed out, 130 interrupted.",
)
@click.version_option(package_name="a2e", prog_name="a2e")
@click.pass_context
def root(
    ctx: click.Context,
    region: str | None,
    base_url: str | None,
    language: str | None,
    headers: dict[str, str],
) -> None:
    """Every operation of A2E's API from the shell.

    The key comes from A2E_API_KEY; A2E_BASE_URL chooses another server and A2E_LOG=info (or
    debug) logs each request without the key. Answers are JSON on stdout; messages and
    progress go to stderr.

    \b
    a2e face-swap start-face-swap-task --name demo --face-url URL --video-url URL --wait
    a2e wait face_swap TASK_ID...
    a2e upload face.jpg
    """
    ctx.obj = Settings(region=region, base_url=base_url, language=language, headers=headers)


@root.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
def mock(arguments: tuple[str, ...]) -> None:
    """Serve the mock A2E API on 127.0.0.1 (the same as a2e-mock; a2e mock --help)."""
    if find_spec("uvicorn") is None or find_spec("openapi_core") is None:
        raise exits.Exit(exits.USAGE, "the mock server needs its extra: pip install 'a2e[mock]'")
    from a2e.mock.__main__ import main

    main(list(arguments))


@root.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
@click.pass_obj
def doctor(settings: Settings, arguments: tuple[str, ...]) -> int:
    """Check the key and the server, and where A2E's answers differ from the spec (a2e doctor --help)."""
    from a2e.doctor import main

    return main(
        list(arguments),
        base_url=settings.base_url,
        region=settings.region,
        language=settings.language,
        headers=settings.headers,
    )


@root.command()
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the shell completion script for bash, zsh or fish.

    \b
    bash: eval "$(a2e completion bash)"       (in ~/.bashrc)
    zsh:  eval "$(a2e completion zsh)"        (in ~/.zshrc)
    fish: a2e completion fish > ~/.config/fish/completions/a2e.fish
    """
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    assert completer is not None  # the choice only offers shells click supports
    click.echo(completer(root, {}, "a2e", COMPLETE_VARIABLE).source())


def _register() -> None:
    from .batch import batch
    from .files import download, upload
    from .waiting import wait

    for command in (wait, upload, download):
        command.params += root_options(after=True)
    for command in (wait, upload, download, batch):
        root.add_command(command)


_register()


def _usage_line(error: click.UsageError) -> str:
    where = error.ctx.command_path if error.ctx is not None else "a2e"
    return f"{where}: {one_line(error.format_message())} (see {where} --help)"


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code."""
    try:
        result: Any = root.main(
            args=list(argv) if argv is not None else None,
            prog_name="a2e",
            complete_var=COMPLETE_VARIABLE,
            standalone_mode=False,
        )
        return result if isinstance(result, int) else exits.OK
    except MissingCommand as error:
        assert error.ctx is not None  # raised by the group given no command
        sys.stderr.write(error.ctx.get_help() + "\n")
        return exits.USAGE
    except click.UsageError as error:
        sys.stderr.write(_usage_line(error) + "\n")
        return exits.USAGE
    except click.ClickException as error:
        say(error.format_message())
        return exits.USAGE
    except exits.Exit as error:
        if error.message:
            say(error.message)
        return error.code
    except TaskFailed as error:
        say(str(error))
        return exits.TASK_FAILED
    except TaskTimeout as error:
        say(str(error))
        return exits.TIMED_OUT
    except ConfigurationError as error:
        # Input the SDK cannot use (an id such as "..", a device to upload): nothing was sent.
        say(f"error: {error}")
        return exits.USAGE
    except A2EError as error:
        say(f"error: {error}")
        return exits.API_ERROR
    except (click.Abort, KeyboardInterrupt):
        say("interrupted")
        return exits.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`a2e ... | head`); say nothing more to it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return exits.API_ERROR
    except OSError as error:
        # A local file (A2E's failures arrive as A2EError, stdout's through output.write).
        where = f"{error.filename}: " if error.filename else ""
        say(f"{where}{error.strerror or error}")
        return exits.IO_ERROR
