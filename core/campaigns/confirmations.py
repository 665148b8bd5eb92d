"""Entry confirmations that do not flood the group.

A giveaway announced to thousands draws dozens of entries in a minute; a message for each
would hold the group's outbox (about 20 messages a minute on Telegram) for minutes, with every
answer and announcement queued behind it. So the first entry in a quiet period is confirmed at
once and opens a window (`confirm_window`, 60 s by default); entries within it are marked
unconfirmed on their own row and told in one message when it ends, which opens the next
window. A window that gathered nobody closes. The names come from the entry rows, so a restart
in the middle of a window still confirms everyone; the window's end is a scheduled job.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from ..actions import Priority
from ..durations import parse_duration
from ..engine import Context
from ..privacy import is_forgotten
from ..refs import Ref
from ..segments import TN
from .kinds import arm
from .store import GONE, Campaign, Entry, save, save_entry

WINDOW = "60s"  # `confirm_window` of a giveaway made before it was a setting
# entry data: entered inside a window, not yet told; the name they entered under (the job has
# no event to read it from), dropped once told
UNCONFIRMED = "unconfirmed"
OPEN_UNTIL = "confirm_until"  # campaign state: the end of the open window (ISO), if any
ARMED = "confirm_armed"  # campaign state: the open window's job is scheduled
NAMED = 3  # names a gathered confirmation spells out; the rest are counted


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


def confirm_gathered(
    ctx: Context, campaign: Campaign, entered: str, *, priority: Priority | None = None
) -> bool:
    """Tell every chat, in one message, the entries gathered (with status `entered`) and mark
    them told; whether there were any."""
    gathered = unconfirmed(campaign)
    for entry in gathered:
        data = {k: v for k, v in entry.data.items() if k != UNCONFIRMED}
        save_entry(ctx, campaign, replace(entry, data=data))
    members = ctx.community.members
    names = [
        str(entry.data[UNCONFIRMED])
        for entry in gathered
        if entry.status == entered
        and not is_forgotten(entry.member)
        and not (entry.member in members and members[entry.member].status in GONE)
    ]  # one banned or erased since entering is not named (the close leaves them out)
    if not names:
        return False
    text = gathered_text(names, campaign.title, campaign.count(entered))
    for chat in ctx.community.settings.chats:
        ctx.send(text, chat=chat, priority=priority, tag="campaign.entries")
    return True


def gathered_text(names: list[str], title: str, total: int):
    """`Ann is …`, `Ann, Bo and Cy are …`, `Ann, Bo, Cy and 56 others are …`."""
    if len(names) == 1:
        return TN(
            "{name} is in the draw for {title} ({n} entrant).",
            "{name} is in the draw for {title} ({n} entrants).",
            total,
            name=names[0],
            title=title,
        )
    if len(names) <= NAMED:
        return TN(
            "{names} and {last} are in the draw for {title} ({n} entrant).",
            "{names} and {last} are in the draw for {title} ({n} entrants).",
            total,
            names=", ".join(names[:-1]),
            last=names[-1],
            title=title,
        )
    return TN(
        "{names} and {n} other are in the draw for {title} (entrants: {total}).",
        "{names} and {n} others are in the draw for {title} (entrants: {total}).",
        len(names) - NAMED,
        names=", ".join(names[:NAMED]),
        title=title,
        total=total,
    )


def window_ended(ctx: Context, campaign: Campaign, entered: str) -> None:
    """The window's job: confirm what it gathered and open the next, or close it."""
    campaign.state.pop(OPEN_UNTIL, None)
    campaign.state.pop(ARMED, None)
    if confirm_gathered(ctx, campaign, entered) and campaign.running(ctx.now):
        open_window(ctx, campaign)
