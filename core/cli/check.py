"""`groupops check`: validate settings and rulesets; exit 2 naming each bad key path."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..chat_platforms import unserved_platforms
from ..counted import counted
from .advice import advice, secrets_in_file
from .capability_advice import capability_advice
from .common import load, settings_option


def summary(settings) -> str:
    chats = [chat for c in settings.communities.values() for chat in c.chats]
    platforms = sorted({chat.platform for chat in chats})
    where = f" on {', '.join(platforms)}" if platforms else ""
    return (
        f"{counted(len(settings.rulesets), 'ruleset')}, "
        f"{counted(len(settings.communities), 'community', 'communities')}, "
        f"{counted(len(chats), 'chat')}{where}"
    )


@click.command()
@settings_option
def check(settings_path: Path | None) -> None:
    """Validate the settings file, its rulesets and communities."""
    settings, path = load(settings_path, quiet=True)
    click.echo(f"{path}: OK ({summary(settings)})")
    env = os.environ.get("GROUPOPS_ENV", "default").lower()
    for problem in [*advice(settings, env), *secrets_in_file(path)]:  # valid, but unwise
        click.echo(f"warning: {problem}", err=True)
    for lacking in capability_advice(settings, env):  # the platform's, not the settings' fault
        click.echo(f"note: {lacking}", err=True)
    for chat_platform, communities in sorted(unserved_platforms(settings).items()):
        click.echo(
            f"note: no [platforms.{chat_platform}] configured; actions for the chats of "
            f"{', '.join(communities)} wait in the outbox",
            err=True,
        )
