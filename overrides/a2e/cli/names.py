"""Mistyped or missing command names: "did you mean" for sections and operations.

click offers close matches only among commands registered up front (and only since 8.4);
the sections and operations here are built on demand from the command table.
"""

from __future__ import annotations

import difflib

import click

from a2e.defaults import CLOSE_MATCH, CLOSE_MATCHES_SHOWN


def close_names(name: str, known: list[str]) -> list[str]:
    """The known names a mistyped `name` most likely meant: close to the whole name or to its
    first word (`strt` -> `start-...`), or holding it (`swap` -> `face-swap`); best first."""

    def likeness(candidate: str) -> float:
        return max(
            difflib.SequenceMatcher(None, name, part).ratio()
            for part in (candidate, candidate.split("-")[0])
        )

    scored = [(likeness(k), k) for k in known]
    found = [(s, k) for s, k in scored if s >= CLOSE_MATCH or (name and name in k)]
    # sorted() is stable: equally close names keep the table's order.
    return [k for _, k in sorted(found, key=lambda pair: -pair[0])][:CLOSE_MATCHES_SHOWN]


class MissingCommand(click.UsageError):
    """A group given no command at all: its help page answers (on stderr, with exit code 2)."""


class SuggestingGroup(click.Group):
    """A group whose unknown command is a usage error naming the likely ones."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # click 8.1 prints the help on stdout with exit code 0, 8.2 squeezes it into an error.
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            raise MissingCommand("Missing command.", ctx)
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        # A name like an option is left to click, which parses it again (`--help` there).
        known = name.startswith("-") or ctx.resilient_parsing or self.get_command(ctx, name)
        if not known:
            raise click.UsageError(f"No such command {name!r}.{_offer(name, ctx, self)}", ctx)
        return super().resolve_command(ctx, args)


def _offer(name: str, ctx: click.Context, group: click.Group) -> str:
    found = close_names(name, group.list_commands(ctx))
    return f" Did you mean {' or '.join(repr(n) for n in found)}?" if found else ""
