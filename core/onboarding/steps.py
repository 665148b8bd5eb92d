"""The platform steps of `groupops init`: check the credentials through the configured adapter
(getMe for Telegram, the bridge's login for WeChat, whoami for Matrix) and find the chats to
run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..adapter import Adapter
from ..doctor.findings import Finding, blockers
from ..errors import GroupopsError, SettingsProblem, Unsupported
from ..redaction import register
from ..refs import Ref
from ..registry import load_adapter
from .plan import SeenChat
from .prompting import prompt

Echo = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Answers:
    """What the operator gave on the command line; prompts fill the gaps when interactive."""

    interactive: bool
    wait: float
    chats: tuple[str, ...] = ()


def build(name: str, options: dict[str, Any], secrets: dict[str, str]) -> Adapter:
    register(*secrets.values())
    table = {k: v for k, v in options.items() if k != "adapter"}
    return load_adapter(name).from_settings(table | secrets)


def show(findings: Sequence[Finding], echo: Echo) -> None:
    for finding in findings:
        for line in finding.lines():
            echo(line)


def options_refused(
    name: str, options: dict[str, Any], secrets: dict[str, str], echo: Echo
) -> bool:
    """Whether `check` would refuse these options (a token of the wrong shape): said before
    anything is dialled or written, as `check` would say it."""
    adapter = load_adapter(name)
    table = {k: v for k, v in options.items() if k != "adapter"}
    problems = adapter.option_problems(table | secrets)
    for problem in problems:
        echo(f"{adapter.platform}: {setting_problem(adapter.platform, problem)}")
    return bool(problems)


async def check_credentials(adapter: Adapter, echo: Echo) -> bool:
    """The adapter's own diagnosis with no chats: the token or the bridge login."""
    findings = await adapter.diagnose([])
    show(findings, echo)
    return not blockers(findings)


def choose(
    seen: list[SeenChat], answers: Answers, platform: str, echo: Echo, listed: bool = True
) -> list[SeenChat]:
    """The chats given with --chat (seen or not), else all seen, else what the operator picks.
    `listed`: whether `seen` is what the platform lists (else the chats given go unchecked)."""
    if answers.chats:
        wanted = [Ref(c) for c in answers.chats if Ref(c).platform == platform]
        by_ref = {chat.ref: chat for chat in seen}
        unseen = JOINING.get(platform, IN_A_GROUP).unseen
        for ref in wanted:
            if ref not in by_ref and listed:
                echo(f"note: {ref} {unseen}; written as given")
        return [by_ref.get(ref, SeenChat(ref, "")) for ref in wanted]
    if not answers.interactive or not seen:
        return seen
    for number, chat in enumerate(seen, 1):
        echo(f"  {number}) {chat.label()}")
    picked = prompt(
        "Chats for this community (numbers separated by commas, or 'all')", default="all"
    )
    if picked.strip().lower() == "all":
        return seen
    try:
        return [seen[int(part) - 1] for part in picked.replace(" ", "").split(",") if part]
    except (ValueError, IndexError):
        raise GroupopsError(f"{picked!r} is not a list of numbers from 1 to {len(seen)}") from None


@dataclass(frozen=True, slots=True)
class Joining:
    """How the bot comes into a chat on a platform, as init asks for it."""

    bring: str  # {bot}: the bot's name
    none_yet: str
    unseen: str = "was not seen in the bot's updates"  # a chat given with --chat


# a Telegram bot sees a group only once a message comes; a Matrix homeserver lists invites,
# a WeChat bridge the groups its account is in
JOINING = {
    "matrix": Joining(
        "Invite {bot} to your room (no message is needed there).",
        "No room seen yet. Press Enter to look again, or type 'skip'",
    ),
    "wechat": Joining(
        "Invite the bot's WeChat account ({bot}) into your group (no message is needed there).",
        "No group listed yet. Press Enter to look again, or type 'skip'",
        "is not among the groups the bridge lists for the bot's account",
    ),
}
IN_A_GROUP = Joining(
    "Add {bot} to your group and send any message there (a 'hello' will do).",
    "No group seen yet. Press Enter to look again, or type 'skip'",
)


async def find_chats(adapter: Adapter, answers: Answers, bot: str, echo: Echo) -> list[SeenChat]:
    asking = answers.interactive and not answers.chats
    joining = JOINING.get(adapter.platform, IN_A_GROUP)
    # a group the bot already heard from needs no instructions
    try:
        seen = await adapter.discover_chats(QUICK_LOOK if asking else answers.wait)
    except Unsupported:  # a bridge that cannot list its groups: nothing to look again for
        echo(f"note: {UNLISTED}")
        return choose([], answers, adapter.platform, echo, listed=False)
    if asking and not seen:
        echo(joining.bring.format(bot=bot))
        seen = await adapter.discover_chats(answers.wait)
    while answers.interactive and not answers.chats and not seen:
        again = prompt(joining.none_yet, default="", show_default=False)
        if again.strip().lower() == "skip":
            break
        seen = await adapter.discover_chats(answers.wait)
    if seen and (answers.chats or not answers.interactive):
        echo(f"seen {len(seen)} chat(s):")
        for chat in seen:
            echo(f"  {chat.label()}")
    return choose(seen, answers, adapter.platform, echo)


UNLISTED = (
    "the bridge cannot list the groups its account is in (no get_group_list): the chats "
    "given with --chat are written unchecked; without them, add a room's id to `chats` in "
    "settings.toml"
)
QUICK_LOOK = 1.0  # seconds: what the bot has heard already, before asking for a message


def bot_name(findings_text: str) -> str:
    return next((w for w in findings_text.split() if w.startswith("@")), "the bot")


async def telegram_step(
    driver: str, token: str, base_url: str, answers: Answers, echo: Echo
) -> tuple[dict[str, Any], list[SeenChat]] | None:
    options: dict[str, Any] = {"adapter": driver, "mode": "polling"}
    if base_url:
        options["base_url"] = base_url
    if options_refused(driver, options, {"token": token}, echo):
        return None
    adapter = build(driver, options, {"token": token})
    lines: list[str] = []

    def remember(line: str) -> None:
        lines.append(line)
        echo(line)

    if not await check_credentials(adapter, remember):
        return None
    chats = await find_chats(adapter, answers, bot_name(" ".join(lines)), echo)
    return options, chats


class Refused(GroupopsError):
    """A platform step that cannot go on: the one line init ends with, nothing written."""


def setting_problem(platform: str, problem: SettingsProblem) -> str:
    """A problem with a platform's option named by its full key, as `check` and the docs
    name it: `platforms.matrix.homeserver: …`."""
    return str(SettingsProblem(f"platforms.{platform}.{problem.path}".rstrip("."), problem.message))


def matrix_setting_problem(key: str, value: str) -> str | None:
    """What `check` would say of one Matrix setting (the URL, the user id) as it is typed,
    before the token is asked for."""
    found = [p for p in load_adapter("matrix").option_problems({key: value}) if p.path == key]
    return setting_problem("matrix", found[0]) if found else None


async def matrix_step(
    homeserver: str, user_id: str, token: str, answers: Answers, echo: Echo
) -> tuple[dict[str, Any], dict[str, str], list[SeenChat]]:
    """The token checked against the homeserver (whoami, as `groupops run` checks it at
    start), then the rooms the bot is in or invited to."""
    options: dict[str, Any] = {"adapter": "matrix", "homeserver": homeserver,
                               "user_id": user_id}  # fmt: skip
    secrets = {"access_token": token}
    register(token)  # masked from here on, in a refusal's words too
    adapter = load_adapter("matrix")
    problems = adapter.option_problems({"homeserver": homeserver, "user_id": user_id} | secrets)
    if problems:
        said = "; ".join(setting_problem("matrix", p) for p in problems)
        raise Refused(f"matrix: {said}; nothing written")
    built = build("matrix", options, secrets)
    findings = await built.diagnose([])
    if refused := blockers(findings):  # the one line says it: no doctor block above it
        raise Refused(f"matrix: {refused[0].what}; nothing written")
    show(findings, echo)
    return options, secrets, await find_chats(built, answers, user_id, echo)
