"""Entry confirmations that do not flood the group (a giveaway's entries, a group-buy's joins).

A campaign announced to thousands draws dozens of entries in a minute; a message for each
would hold the group's outbox (about 20 messages a minute on Telegram) for minutes, with every
answer and announcement queued behind it. So the first entry in a quiet period is confirmed at
once and opens a window (`confirm_window`, 60 s by default); entries within it are marked
unconfirmed on their own row and told in one message when it ends, which opens the next
window. A window that gathered nobody closes. The names come from the entry rows, so a restart
in the middle of a window still confirms everyone; the window's end is a scheduled job. What
the one message says is the kind's (its `Confirmation`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from ..actions import Priority
from ..durations import parse_duration
from ..engine import Context
from ..privacy import is_forgotten
from ..refs import Ref
from ..segments import TN
from .kinds import Content, arm
from .store import GONE, Campaign, Entry, save, save_entry

WINDOW = "60s"  # `confirm_window` of a campaign made before it was a setting of its kind
# entry data: entered inside a window, not yet told; the name they entered under (the job has
# no event to read it from), dropped once told
UNCONFIRMED = "unconfirmed"
OPEN_UNTIL = "confirm_until"  # campaign state: the end of the open window (ISO), if any
ARMED = "confirm_armed"  # campaign state: the open window's job is scheduled
NAMED = 3  # names a gathered confirmation spells out; the rest are counted


def named_list(names: list[str]) -> tuple[Any, ...]:
    """The names a gathered confirmation spells out, and the rest counted as the list's last
    item: rendered as the reader's language joins a list ("Ann, Bo, and 5 others", "Ann、Bo和
    另外 5 人", Arabic with و), never with a Latin comma in every language."""
    if len(names) <= NAMED:
        return tuple(names)
    rest = len(names) - NAMED
    return (*names[:NAMED], TN("{n} other", "{n} others", rest))


@dataclass(frozen=True, slots=True)
class Confirmation:
    """How a kind tells the entries a window gathered."""

    status: str  # the entries told: those still of this status (not forfeited since)
    # the one message: the campaign and the names told, oldest first (all of them: the text
    # spells out the first NAMED and counts the rest)
    text: Callable[[Campaign, list[str]], Content]


def window_of(campaign: Campaign) -> timedelta:
    return parse_duration(str(campaign.config.get("confirm_window") or WINDOW))


def gathering(ctx: Context, campaign: Campaign) -> bool:
    """A window is open: a new entry waits for its end rather than being told at once."""
    until = campaign.state.get(OPEN_UNTIL)
    return until is not None and ctx.now < datetime.fromisoformat(until)


def unconfirmed(campaign: Campaign, *statuses: str) -> list[Entry]:
    """Entries gathered and not yet told, oldest first."""
    gathered = [e for e in campaign.entries.values() if e.data.get(UNCONFIRMED)]
    gathered = [e for e in gathered if not statuses or e.status in statuses]
    return sorted(gathered, key=lambda entry: (entry.created_at, entry.member))


def open_window(ctx: Context, campaign: Campaign) -> None:
    """Start a window now (after a confirmation); none when `confirm_window` is 0. Its job is
    armed by the first entry it gathers: a window nobody enters costs nothing."""
    window = window_of(campaign)
    campaign.state.pop(ARMED, None)
    if window <= timedelta(0):
        campaign.state.pop(OPEN_UNTIL, None)
    else:
        campaign.state[OPEN_UNTIL] = (ctx.now + window).isoformat()
    save(ctx, campaign)


def gather(ctx: Context, campaign: Campaign, entry: Entry, name: str) -> None:
    """Hold `entry` (of a member called `name`) for the confirmation at the window's end."""
    told = name or Ref(entry.member).local_id
    save_entry(ctx, campaign, replace(entry, data={**entry.data, UNCONFIRMED: told}))
    if not campaign.state.get(ARMED):
        until = datetime.fromisoformat(campaign.state[OPEN_UNTIL])
        arm(ctx, campaign, "confirm", until, again=True)
        campaign.state[ARMED] = True
        save(ctx, campaign)


def enter(
    ctx: Context,
    campaign: Campaign,
    entry: Entry,
    name: str,
    text: Callable[[Campaign, list[str]], Content],
) -> None:
    """Save a new entry: in a quiet period it is told at once (`text` of its name) and opens a
    window; inside an open window it is gathered for the window's one message."""
    if gathering(ctx, campaign):
        gather(ctx, campaign, entry, name)
        return
    save_entry(ctx, campaign, entry)
    ctx.reply(text(campaign, [name]))
    open_window(ctx, campaign)  # those who follow soon are told together


def confirm_gathered(
    ctx: Context, campaign: Campaign, told: Confirmation, *, priority: Priority | None = None
) -> bool:
    """Tell every chat, in one message, the entries gathered (those still of `told.status`)
    and mark them told; whether there were any."""
    gathered = unconfirmed(campaign)
    for entry in gathered:
        data = {k: v for k, v in entry.data.items() if k != UNCONFIRMED}
        save_entry(ctx, campaign, replace(entry, data=data))
    members = ctx.community.members
    names = [
        str(entry.data[UNCONFIRMED])
        for entry in gathered
        if entry.status == told.status
        and not is_forgotten(entry.member)
        and not (entry.member in members and members[entry.member].status in GONE)
    ]  # one banned or erased since entering is not named (the close leaves them out)
    if not names:
        return False
    text = told.text(campaign, names)
    for chat in ctx.community.settings.chats:
        ctx.send(text, chat=chat, priority=priority, tag="campaign.entries")
    return True


def window_ended(ctx: Context, campaign: Campaign, told: Confirmation) -> None:
    """The window's job: confirm what it gathered and open the next, or close it."""
    campaign.state.pop(OPEN_UNTIL, None)
    campaign.state.pop(ARMED, None)
    if confirm_gathered(ctx, campaign, told) and campaign.running(ctx.now):
        open_window(ctx, campaign)
