"""What a Telegram bot can and cannot do in each configured chat, and what that switches off:
privacy mode (getMe `can_read_all_group_messages`), admin status and rights (getChatMember of
the bot), basic groups that cannot restrict members."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from groupops.core.doctor.findings import Finding, Level
from groupops.core.errors import ActionError, Forbidden, TargetNotFound, TransientError
from groupops.core.refs import Ref

from .errors import ChatMoved, Undecodable
from .wire import chat_ref, local_int

Call = Callable[[str, dict[str, Any]], Awaitable[Any]]

ADMIN_FIX = (
    "in the group: Manage group > Administrators > Add admin > the bot, with Delete messages, "
    "Ban users, Invite users via link and Pin messages"
)
PRIVACY_OFF = (
    "moderation, check-in words, keyword replies and activity metrics see nothing but "
    "commands and replies to the bot"
)
PRIVACY_FIX = (
    "make the bot an admin here, or @BotFather > /setprivacy > Disable (then remove the bot "
    "from the group and add it again)"
)

# Bot API admin right -> (what the operator calls it, what is off without it, level)
RIGHTS: tuple[tuple[str, str, str, Level], ...] = (
    (
        "can_delete_messages",
        "Delete messages",
        "moderation cannot remove spam or rule-breaking messages (delete steps, locks)",
        Level.BLOCKER,
    ),
    (
        "can_restrict_members",
        "Ban users",
        "the escalation ladder's mute, kick and ban steps, flood mutes and lurker removal fail",
        Level.BLOCKER,
    ),
    (
        "can_invite_users",
        "Invite users via link",
        "referral campaigns get no named invite links; join requests cannot be approved",
        Level.WARNING,
    ),
    (
        "can_pin_messages",
        "Pin messages",
        "rules and announcements are posted but not pinned",
        Level.WARNING,
    ),
)


def bot_findings(me: Mapping[str, Any], driver: str) -> list[Finding]:
    name = f"@{me.get('username', me.get('id'))}"
    found = [Finding("telegram", Level.OK, f"{name} answers getMe (driver {driver})")]
    if me.get("can_read_all_group_messages"):
        found.append(Finding("telegram", Level.OK, "privacy mode is off: sees every message"))
    else:
        found.append(
            Finding(
                "telegram",
                Level.NOTE,
                "privacy mode is on (@BotFather /setprivacy): in groups where the bot is "
                "not an admin it sees only commands, replies to it and service messages",
            )
        )
    return found


def member_findings(
    subject: str, chat: Mapping[str, Any], member: Mapping[str, Any], reads_all: bool
) -> list[Finding]:
    status = member.get("status", "left")
    if status in ("left", "kicked"):
        return [
            Finding(
                subject,
                Level.BLOCKER,
                "the bot is not in this group",
                "everything",
                "add the bot to the group (`groupops init` lists the chats it sees)",
            )
        ]
    found: list[Finding] = []
    if status not in ("administrator", "creator"):
        found.append(
            Finding(
                subject,
                Level.BLOCKER,
                "the bot is a member, not an admin",
                "join and leave updates (welcomes, invite counting, the leave-rate KPI) and "
                "every moderation step",
                ADMIN_FIX,
            )
        )
        if not reads_all:
            found.append(
                Finding(
                    subject,
                    Level.BLOCKER,
                    "privacy mode hides members' messages",
                    PRIVACY_OFF,
                    PRIVACY_FIX,
                )
            )
        return found
    found.append(Finding(subject, Level.OK, "the bot is an admin: join and leave updates arrive"))
    for right, label, switches_off, level in RIGHTS:
        if status != "creator" and not member.get(right):
            found.append(
                Finding(
                    subject,
                    level,
                    f"the bot lacks the admin right {label!r} ({right})",
                    switches_off,
                    f"in the group: Administrators > the bot > allow {label!r}",
                )
            )
    if chat.get("type") == "group":
        found.append(
            Finding(
                subject,
                Level.WARNING,
                "a basic group, not a supergroup: Telegram restricts members only in supergroups",
                "mute steps and flood mutes",
                "upgrade it (e.g. Chat history for new members: Visible); the id changes and "
                "groupops follows it",
            )
        )
    return found


CHAT_FIX = (
    "add the bot to the group and check the id (`groupops init` lists the chats the bot sees, "
    "with their ids)"
)


def outdated_fix(driver: str) -> str:
    """What to do about a Bot API server whose answers lack fields the library needs."""
    fix = "upgrade the Bot API server (telegram-bot-api) to a current release"
    if driver == "aiogram":  # python-telegram-bot reads answers of older servers
        fix += ', or use the python-telegram-bot driver ([platforms.telegram] adapter = "ptb")'
    return fix


@dataclass(slots=True)
class ChatRead:
    """A configured chat as getChat and the bot's getChatMember show it, or what failed."""

    subject: str  # the chat as findings name it: its reference, and its title once known
    chat: Mapping[str, Any]
    member: Mapping[str, Any]
    problem: str = ""  # what failed, after "chat" ("" when both calls answered)
    moved: Finding | None = None  # the configured id names a group upgraded to a supergroup
    outdated: bool = False  # the library could not read an answer: the server is older
    foreign: str = ""  # the method answered in another shape than the Bot API's

    def fix(self, otherwise: str, driver: str) -> str:
        if self.foreign:
            return (
                "check [platforms.telegram] base_url (it should lead to a Bot API server that "
                f"serves {self.foreign})"
            )
        return outdated_fix(driver) if self.outdated else otherwise


async def read_chat(call: Call, ref: Ref, bot_id: int) -> ChatRead:
    """One chat's failure is said for that chat; only a Bot API that cannot be reached at
    all (TransientError: network, 5xx) ends the whole diagnosis as unreachable. A group
    upgraded to a supergroup is read at its new id (its data followed it there, and the
    bot runs there), with a warning that the settings still name the old one."""
    try:
        return await _read_chat(call, ref, bot_id)
    except ChatMoved as exc:
        new = chat_ref(exc.new_chat_id)
        read = await _read_chat(call, new, bot_id)
        what = (
            f"became {new}: replace the id in chats (the group was upgraded to a supergroup; "
            "the bot follows it there, and its data went with it)"
        )
        read.moved = Finding(str(ref), Level.WARNING, what, fix=f'chats = ["{new}", …]')
        return read


async def _read_chat(call: Call, ref: Ref, bot_id: int) -> ChatRead:
    read = ChatRead(str(ref), {}, {})
    try:
        chat_id = local_int(ref)
    except TargetNotFound:  # not a number: no chat this id could name
        read.problem = (
            "id is not a number (a Telegram group's id is negative, -100… for a supergroup)"
        )
        return read
    method = "getChat"
    try:
        read.chat = await call(method, {"chat_id": chat_id})
        read.subject = f'{ref} "{read.chat.get("title", "")}"'
        method = "getChatMember"
        read.member = await call(method, {"chat_id": chat_id, "user_id": bot_id})
    except Undecodable as exc:  # getMe was read: this chat's answer lacks what is needed
        if not exc.missing:  # an HTML page, JSON without `ok`: no Bot API, old or new
            read.problem = f"not readable: the server's answer to {method} is not the Bot API"
            read.foreign = method
            return read
        read.problem = (
            f"not readable: the Bot API server's answer to {method} lacks fields this library "
            f"needs ({', '.join(exc.missing)}): the server is older than the library"
        )
        read.outdated = True
    except ChatMoved:
        raise  # `read_chat` reads the supergroup it became
    except TransientError:
        raise  # the Bot API itself cannot be reached: `unreachable` says it once
    except (TargetNotFound, Forbidden) as exc:
        read.problem = f"not reachable ({exc})"
    except ActionError as exc:
        read.problem = f"not readable: {method} failed ({exc})"
    return read


async def chat_findings(
    call: Call, ref: Ref, bot_id: int, reads_all: bool, driver: str = ""
) -> list[Finding]:
    read = await read_chat(call, ref, bot_id)
    moved = [read.moved] if read.moved else []
    if read.problem:
        problem, fix = f"chat {read.problem}", read.fix(CHAT_FIX, driver)
        return [
            *moved,
            Finding(read.subject, Level.BLOCKER, problem, "everything in this chat", fix),
        ]
    return [*moved, *member_findings(read.subject, read.chat, read.member, reads_all)]


async def diagnose(call: Call, chats: Sequence[Ref], driver: str) -> list[Finding]:
    try:
        me = await call("getMe", {})
    except ActionError as exc:
        return [unreachable(exc)]
    found = bot_findings(me, driver)
    reads_all = bool(me.get("can_read_all_group_messages"))
    for ref in chats:
        try:
            found += await chat_findings(call, ref, int(me["id"]), reads_all, driver)
        except TransientError as exc:  # once, not per chat: the rest would fail alike
            return [*found, failed_after_getme(ref, exc)]
    return found


def failed_after_getme(ref: Ref, exc: TransientError) -> Finding:
    """A 5xx or a dropped connection on a chat just after getMe answered: the server is
    reached (no network to check), and it is busy or serves no such method."""
    return Finding(
        "telegram",
        Level.BLOCKER,
        f"the Bot API answered getMe, then failed reading chat {ref} ({exc})",
        "everything on Telegram",
        "run doctor again shortly (the server may be busy); if it keeps failing, check "
        "[platforms.telegram] base_url: it should lead to a Bot API server",
    )


ADMIN_CHAT_OFF = "review requests, moderation alerts, member reports and digests sent to it"


async def posting_findings(call: Call, chats: Sequence[Ref], driver: str = "") -> list[Finding]:
    """Whether the bot can post in each admin chat (it need not be an admin there)."""
    if not chats:
        return []
    try:
        bot_id = int((await call("getMe", {}))["id"])
    except ActionError:
        return []  # `diagnose` has said why already
    found: list[Finding] = []
    for ref in chats:
        read = await read_chat(call, ref, bot_id)
        if read.moved:
            found.append(read.moved)
        if read.problem:
            problem = f"admin chat {read.problem}"
            fix = read.fix("add the bot to it and check the id", driver)
            found.append(Finding(read.subject, Level.BLOCKER, problem, ADMIN_CHAT_OFF, fix))
            continue
        status = read.member.get("status", "left")
        if status in ("left", "kicked"):
            problem = "the bot is not in this admin chat"
        elif status == "restricted" and not read.member.get("can_send_messages", True):
            problem = "the bot may not send messages in this admin chat"
        else:
            found.append(Finding(read.subject, Level.OK, "the bot can post in this admin chat"))
            continue
        fix = "add the bot to the admin chat (it needs no admin rights there)"
        found.append(Finding(read.subject, Level.BLOCKER, problem, ADMIN_CHAT_OFF, fix))
    return found


def unreachable(exc: Exception) -> Finding:
    """getMe failed (or the library refused while opening): the token refused, the API not
    reached, or some other answer, each said as what it is."""
    refused = isinstance(exc, Forbidden) or "token" in str(exc).lower()
    answered = isinstance(exc, ActionError) and not isinstance(exc, TransientError)
    if refused:
        problem, fix = (  # a wrong base_url's 404 reads as a refused token to the libraries
            f"Telegram refused the bot token ({exc})",
            "copy the token from @BotFather into .secrets.toml; if it is right, check "
            "[platforms.telegram] base_url (it should end before /bot)",
        )
    elif answered:
        problem, fix = (
            f"the Bot API answered getMe with an error ({exc})",
            "check [platforms.telegram] base_url (it should lead to a Bot API server)",
        )
    elif isinstance(exc, Undecodable):  # something answered, not as the Bot API: no network
        problem, fix = (  # to check (an emulator, a web server, a base_url ending in /bot)
            f"the server answers getMe, but not as the Bot API does ({exc})",
            "check [platforms.telegram] base_url: it should lead to a Bot API server and end "
            "before /bot",
        )
    else:
        problem, fix = (
            f"Bot API unreachable ({exc})",
            "check the network and [platforms.telegram] base_url",
        )
    return Finding("telegram", Level.BLOCKER, problem, "everything on Telegram", fix)
