"""Members a raid held, when it ends: a few are asked the captcha one by one, as any newcomer
is; more stay muted and get one message in their chat with one button, and whoever presses it
is asked then. Asking 2,000 raiders one by one was 2,000 questions at a group's 20 messages a
minute: 100 minutes of the bot's own flood, with members' replies queued behind it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..actions import Button, Mute, Priority
from ..engine import Context
from ..engine.routing import routed_data, split_route
from ..events import ButtonPressed
from ..refs import Ref
from ..segments import TN, T
from ..storage.models import AuditEntry

ASKED_ONE_BY_ONE = 3  # held members a chat is asked about one by one; more share one message
DATA = "captcha-raid"  # button data: "@{community}|captcha-raid"
HELD = "captcha.held"  # audit: muted when the raid ended, waiting to press
PASSED = "captcha.passed"

Ask = Callable[[Context, Ref, Ref, str, bool, Priority | None], None]


def by_chat(held: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    chats: dict[str, list[str]] = {}
    for chat, member in held:
        chats.setdefault(chat, []).append(member)
    return chats


def ask_held(ctx: Context, held: Iterable[tuple[str, str]], ask: Ask) -> None:
    """After the raid's holds still queued (their priority): a chat's few are asked, its many
    muted until they press the one button."""
    for chat, members in by_chat(held).items():
        if len(members) <= ASKED_ONE_BY_ONE:
            for member in members:
                ask(ctx, Ref(chat), Ref(member), "", False, Priority.RAID)
            continue
        for member in members:  # the raid's own hold ends with it
            muted = ctx.act(Mute(chat=Ref(chat), user=Ref(member), tag="captcha",
                                 priority=Priority.RAID))  # fmt: skip
            ctx.audit_of(muted, HELD, target=member, chat=chat)
        text = TN(
            "{n} newcomer who joined during the raid stays muted. If that is you, press the "
            "button to be let in.",
            "{n} newcomers who joined during the raid stay muted. If you are one of them, press "
            "the button to be let in.",
            len(members),
        )
        button = Button((T("Let me in"),), data=routed_data(ctx.community.name, DATA))
        ctx.send(text, chat=Ref(chat), buttons=(button,), tag="captcha", priority=Priority.RAID)


def is_press(event: ButtonPressed) -> bool:
    return split_route(event.data)[1] == DATA


async def still_held(event: ButtonPressed, ctx: Context) -> bool:
    """Whether the presser was held at a raid's end and has not passed since."""
    if event.chat is None:
        return False
    rows = AuditEntry.filter(community=ctx.community.name, chat=str(event.chat),
                             target=str(event.member))  # fmt: skip
    held = await rows.filter(action=HELD).order_by("-created_at").first()
    if held is None:
        return False
    return not await rows.filter(action=PASSED, created_at__gte=held.created_at).exists()
