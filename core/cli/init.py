"""`groupops init`: ask for the platforms and the token (checked through the configured
adapter and base URL: init_platforms.py), find the chats the bot is in, write settings.toml
and .secrets.toml (mode 0600, the token never echoed) and create the database.
`--non-interactive` for scripts."""

from __future__ import annotations

import getpass
import re
import sys
import warnings
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from ..errors import MissingExtra, SettingsError
from ..logging import setup_logging
from ..onboarding.admin_chat import pick_admin_chat
from ..onboarding.chat_ids import ChatNotPlaced, chat_ref
from ..onboarding.example import example_settings
from ..onboarding.language import UnknownLanguage, chosen_locale, environment_locale, menu
from ..onboarding.plan import Plan
from ..onboarding.steps import Answers
from ..onboarding.wechat import ADAPTER_QUESTION, BRIDGES
from ..onboarding.writer import write_files
from ..registry import load_adapter
from ..settings import load_settings
from ..settings.schema import LoggingSettings
from ..storage.database import open_database, redact_url
from .common import EXIT_SETTINGS, catalog_locale, fail, run_async
from .init_platforms import gather

# what brings the bot into a chat it can be found in, by platform
BRING_THE_BOT = {
    "telegram": "add the bot to a group and send a message there",
    "wechat": "invite the bot's WeChat account into a group",
    "matrix": "invite the bot to the room",
}
KEY = re.compile(r"[A-Za-z0-9_-]+")
warnings.filterwarnings("ignore", category=getpass.GetPassWarning)  # a token piped on stdin


def check_names(community: str, timezone: str) -> None:
    if not KEY.fullmatch(community):
        fail(f"--community {community!r}: use letters, digits, '_' and '-'", EXIT_SETTINGS)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        fail(f"--timezone {timezone!r} is not a time zone (e.g. Asia/Shanghai, UTC)", 2)


async def create_database(plan: Plan, folder: Path) -> None:
    database = await open_database(plan.database_url, base_dir=folder)
    await database.close()


@click.command("init")
@click.option(
    "--settings",
    "settings_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default="settings.toml",
    show_default=True,
    help="The settings file to write.",
)
@click.option("--non-interactive", is_flag=True, help="Ask nothing: take every answer from flags.")
@click.option(
    "--platform",
    "platforms",
    multiple=True,
    type=click.Choice(["telegram", "wechat", "matrix"]),
    help="A platform to set up (repeat for several; default: asked, or telegram).",
)
@click.option(
    "--driver",
    type=click.Choice(["aiogram", "ptb"]),
    default="aiogram",
    show_default=True,
    help="The Telegram library.",
)
@click.option(
    "--token",
    envvar="GROUPOPS_INIT_TOKEN",
    help="The bot token from @BotFather (env GROUPOPS_INIT_TOKEN keeps it out of "
    "the shell history).",
)
@click.option(
    "--base-url",
    envvar="GROUPOPS_INIT_BASE_URL",
    default=None,
    help="A Bot API server other than api.telegram.org (env GROUPOPS_INIT_BASE_URL).",
)
@click.option(
    "--chat",
    "chats",
    multiple=True,
    help="A chat to run (e.g. -1001234567890, wechat:123@chatroom or a Matrix room "
    "!AbCdEf123:example.org); repeatable. "
    "Default: the chats the bot has seen.",
)
@click.option(
    "--admin-chat",
    default=None,
    help="The admins' own chat, for spam reviews, alerts and reports (not one of the "
    "community's chats). Asked among the chats found when there are several.",
)
@click.option(
    "--wait",
    type=float,
    default=None,
    help="Seconds to wait for a first chat to show up (default: 60 when asking, else 0).",
)
@click.option("--community", default="main", show_default=True, help="The community's key.")
@click.option("--title", default="", help="The community's display name.")
@click.option("--timezone", default="UTC", show_default=True, help="The community clock.")
@click.option(
    "--locale",
    default=None,
    callback=catalog_locale,
    help="Language of the bot's messages, e.g. es (default: asked; without asking, the "
    "environment's language if groupops speaks it, else en).",
)
@click.option("--database", "database_url", default="sqlite://groupops.db", show_default=True)
@click.option(
    "--wechat-adapter",
    type=click.Choice(["wechaty", "onebot12"]),
    default=None,
    help="The WeChat bridge: a Wechaty puppet service or a OneBot 12 bridge (default: asked, "
    "or wechaty).",
)
@click.option(
    "--wechat-endpoint",
    default=None,
    help="Wechaty: host:port of the puppet service; OneBot: its ws:// URL.",
)
@click.option(
    "--wechat-token",
    envvar="GROUPOPS_INIT_WECHAT_TOKEN",
    default=None,
    help="The bridge's token (env GROUPOPS_INIT_WECHAT_TOKEN).",
)
@click.option(
    "--matrix-homeserver",
    default=None,
    help="Matrix: the homeserver's client-server API URL, e.g. https://matrix.example.org.",
)
@click.option("--matrix-user", default=None, help="Matrix: the bot's user id, @name:server.")
@click.option(
    "--matrix-token",
    envvar="GROUPOPS_INIT_MATRIX_TOKEN",
    default=None,
    help="Matrix: the bot's access token (env GROUPOPS_INIT_MATRIX_TOKEN).",
)
@click.option("--force", is_flag=True, help="Replace existing settings and secrets files.")
@click.option(
    "--example",
    is_flag=True,
    help="Only write the annotated example settings (the docs' `tech` ruleset), to try the "
    "preview and spam commands: no token, no chats.",
)
def init(settings_path: Path, non_interactive: bool, force: bool, example: bool, **o) -> None:
    """Set up groupops: check the bot token, find the chats, write the settings."""
    # init's own lines say what happened: no log lines among the questions (a migration, a
    # bridge's reconnect), only errors, with secrets masked
    setup_logging(LoggingSettings(level="ERROR"))
    try:
        set_up(settings_path, non_interactive, force, example, **o)
    except click.Abort:
        if non_interactive or sys.stdin.isatty():
            raise  # Ctrl-C at a prompt
        # answers piped in ran out (or none came): click would say only "Aborted!"
        fail(
            "init ran out of answers to read (no terminal to ask in): pass --non-interactive "
            "with the answers as options (groupops init --help), or --example",
            EXIT_SETTINGS,
        )


def set_up(settings_path: Path, non_interactive: bool, force: bool, example: bool, **o) -> None:
    if example:
        write_example(settings_path, force)
        return
    interactive = not non_interactive
    secrets_path = settings_path.parent / ".secrets.toml"
    existing = [p for p in (settings_path, secrets_path) if p.exists()]
    if existing and not force:
        # the secrets file is always the one beside the settings: another name is not enough
        elsewhere = "in another folder" if existing[0] == secrets_path else "with another path"
        fail(
            f"{existing[0]} exists: init writes a new one (pass --force to replace it, or "
            f"--settings {elsewhere})",
            EXIT_SETTINGS,
        )
    if not o["platforms"]:
        answer = (
            "telegram"
            if not interactive
            else click.prompt(
                "Platforms (telegram, wechat, matrix, or several: telegram,matrix)",
                default="telegram",
            )
        )
        o["platforms"] = tuple(p.strip() for p in answer.split(",") if p.strip())
    if unknown := set(o["platforms"]) - {"telegram", "wechat", "matrix"}:
        fail(f"unknown platform {sorted(unknown)[0]!r} (expected telegram, wechat or matrix)", 2)
    check_names(o["community"], o["timezone"])
    try:  # a chat on no platform being set up is refused now, not dropped from the settings
        o["chats"] = tuple(chat_ref(chat, o["platforms"]) for chat in o["chats"])
        if o["admin_chat"] is not None:
            o["admin_chat"] = chat_ref(o["admin_chat"], o["platforms"])
            if o["admin_chat"] in o["chats"]:
                fail(f"error: --admin-chat {o['admin_chat']} is also given with --chat: the "
                     "admins' own chat is none of the community's", EXIT_SETTINGS)  # fmt: skip
    except ChatNotPlaced as exc:
        fail(str(exc), EXIT_SETTINGS)
    if "wechat" in o["platforms"] and o["wechat_adapter"] is None:
        o["wechat_adapter"] = (
            click.prompt(ADAPTER_QUESTION, type=click.Choice(list(BRIDGES)), default="wechaty")
            if interactive
            else "wechaty"
        )
    # a missing extra is told before a token is asked for or a platform is dialled
    chosen = {"telegram": o["driver"], "wechat": o["wechat_adapter"], "matrix": "matrix"}
    for platform in o["platforms"]:
        try:
            load_adapter(chosen[platform])
        except MissingExtra as exc:
            if chosen[platform] != "wechaty":
                raise
            # the other WeChat bridge runs on core alone
            fail(f"{exc}; or --wechat-adapter onebot12, which needs no extra", EXIT_SETTINGS)
    wait = o["wait"] if o["wait"] is not None else (60.0 if interactive else 0.0)
    answers = Answers(interactive, wait, tuple(o["chats"]))
    plan = Plan(
        database_url=o["database_url"],
        community=o["community"],
        title=o["title"],
        timezone=o["timezone"],
        locale=o["locale"] or environment_locale(),
    )
    run_async(gather(plan, o, answers))
    pick_admin_chat(plan, o["admin_chat"], interactive, click.echo)
    if not plan.title:
        default = next((c.title for c in plan.chats if c.title), plan.community)
        plan.title = (
            click.prompt("Community name, as the bot says it", default=default)
            if interactive
            else default
        )
    if interactive and o["locale"] is None:
        plan.locale = ask_language(plan.locale)
    for path in write_files(plan, settings_path):
        click.echo(f"wrote {path}" + (" (mode 0600)" if path.name == ".secrets.toml" else ""))
    try:
        load_settings(settings_path)  # what we wrote must pass `groupops check`
    except SettingsError as exc:
        fail(str(exc), EXIT_SETTINGS)
    run_async(create_database(plan, settings_path.resolve().parent))
    click.echo(f"database {redact_url(plan.database_url)}: ready")
    if not plan.chats:
        # a plain `groupops init` would refuse: the files are there now
        hints = "; ".join(BRING_THE_BOT[platform] for platform in o["platforms"])
        click.echo(
            f"no chats yet: {hints}, then run `groupops init --force` "
            "(or add its id to `chats` in settings.toml)"
        )
    click.echo("next: `groupops doctor` (what the bot can do in each chat), then `groupops run`")


def language_answer(answer: str) -> str:
    try:
        return chosen_locale(answer)
    except UnknownLanguage as exc:
        raise click.UsageError(str(exc)) from None  # click says it and asks again


def ask_language(default: str) -> str:
    """The language the bot greets, warns and answers the members in."""
    click.echo(f"Languages: {menu()}")
    return click.prompt(
        "Language of the bot's messages to the members",
        default=default,
        value_proc=language_answer,
    )


def write_example(settings_path: Path, force: bool) -> None:
    text = example_settings()
    if text is None:
        fail("this installation carries no example settings (built without settings.toml)", 1)
    if settings_path.exists() and not force:
        fail(f"{settings_path} exists (pass --force to replace it, or --settings)", EXIT_SETTINGS)
    settings_path.write_text(text, encoding="utf-8")
    click.echo(f"wrote {settings_path}: the example (ruleset tech, community devs)")
    click.echo(
        f"try: echo 'Earn $500 a day, DM me' | groupops moderate --settings {settings_path} "
        "--ruleset tech --explain -"
    )
