"""The behaviour of each campaign kind, behind one small base class.

The lifecycle component owns creation, the commands and the jobs; it hands each event to the
kind of every running campaign. A kind keeps what it needs in `campaign.state` and the
entries, and saves through `store.save` / `store.save_entry` (committed with the event).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from ..actions import Button
from ..engine import Context, schedule
from ..events import Event
from ..refs import Ref
from ..segments import Segment, T
from .spec import SpecBase, register_spec
from .store import Campaign

if TYPE_CHECKING:
    from ..engine import MemberState

Content = str | Segment | tuple[Segment, ...]
KINDS: dict[str, Kind] = {}
STATUS_LABELS = {
    "active": T("running"),
    "paused": T("paused"),
    "succeeded": T("succeeded"),
    "failed": T("failed"),
    "closed": T("closed"),
}


def kind(cls: type[Kind]) -> type[Kind]:
    """Register a campaign kind: its behaviour, its spec (settings and `/campaign new`) and
    how its `/campaign new` options are read."""
    KINDS[cls.kind] = cls()
    register_spec(cls.kind, cls.spec)
    return cls


def job_key(ctx: Context, campaign: Campaign, step: str) -> str:
    return f"{ctx.community.name}:campaign:{campaign.name}:{step}"


def arm(
    ctx: Context, campaign: Campaign, step: str, due: datetime, *, again: bool = False,
    **payload: Any,
) -> None:  # fmt: skip
    """A one-off job for this campaign; the key makes arming it twice harmless. `again`: the
    same step once more, later (its first job has run), under a key of its own."""
    key = job_key(ctx, campaign, step if not payload else f"{step}:{payload.get('member', '')}")
    if again:
        key += f"@{due:%Y%m%dT%H%M%S}"
    schedule(ctx, f"campaign.{step}", due, {"campaign": campaign.name, **payload}, key=key)


def join_button(campaign: Campaign) -> tuple[Button, ...]:
    return (Button((T("Join"),), f"campaign:join:{campaign.name}"),)


def organiser_chat(ctx: Context, campaign: Campaign) -> Ref | None:
    """Where the organiser hears about the outcome: privately, else the admin chat."""
    if campaign.created_by.count(":") >= 2:
        return Ref(campaign.created_by)
    return ctx.community.settings.admin_chat


class Kind:
    kind: ClassVar[str]
    spec: ClassVar[type[SpecBase]]  # what it is created with (settings file, /campaign new)
    # `/campaign new` options that are not plain values: key -> how to read the text
    options: ClassVar[dict[str, Callable[[str], object]]] = {}
    joinable: ClassVar[bool] = False  # members take part by /join or the Join button
    # it still sees events while paused: what members do then is kept for after the resume
    observes_paused: ClassVar[bool] = False

    def launched(self, ctx: Context, campaign: Campaign) -> None:
        """Just created: prepare state, announce."""

    def join(self, ctx: Context, campaign: Campaign, member: MemberState, name: str) -> None:
        """A member asks to take part (only for joinable kinds)."""

    def observe(self, event: Event, ctx: Context, campaign: Campaign) -> None:
        """Any event while the campaign runs, or is paused if it `observes_paused` (messages,
        joins, leaves)."""

    def job(self, ctx: Context, campaign: Campaign, step: str, payload: dict[str, Any]) -> None:
        """A job this campaign armed came due (other than the deadline)."""

    def conclude(self, ctx: Context, campaign: Campaign) -> None:
        """The deadline passed: decide success or failure."""

    def entries_stay_open(self, ctx: Context, campaign: Campaign) -> Content | None:
        """Why an operator may not stop its entries before the deadline (`end`, `pause`), or
        None when they may."""
        return None

    def refusal(self, ctx: Context, campaign: Campaign, verb: str) -> Content | None:
        """Why an operator may not `verb` (end, pause, resume, close) it now, or None."""
        return self.entries_stay_open(ctx, campaign) if verb in STOPS_ENTRIES else None

    def cancelled(self, ctx: Context, campaign: Campaign) -> bool:
        """Closed by an operator before its outcome: tell whom it concerns. True when every
        chat of the community was told (the operator's chat then needs no word of its own)."""
        return False

    def announce_close(self, ctx: Context, campaign: Campaign, text: Content) -> bool:
        """Tell every chat of the community that `campaign` is closed: members in each take part."""
        for chat in ctx.community.settings.chats:
            ctx.send(text, chat=chat)
        return True

    def progress(self, ctx: Context, campaign: Campaign, member: MemberState) -> Content:
        return T("{title}: {n} taking part.", title=campaign.title, n=campaign.count())


STOPS_ENTRIES = ("end", "pause")  # the verbs that take no more entries before the deadline


def conclude_once(ctx: Context, campaign: Campaign) -> bool:
    """Conclude `campaign` now unless it was concluded before (ended early by an operator, its
    deadline job then finds it done): a giveaway's entrant list is published once. Its end
    moves to now, so nobody joins after the entries closed."""
    if campaign.finished or campaign.state.get("concluded_at"):
        return False
    if campaign.ends_at is None or campaign.ends_at > ctx.now:
        campaign.ends_at = ctx.now
    campaign.state["concluded_at"] = ctx.now.isoformat()
    KINDS[campaign.kind].conclude(ctx, campaign)
    return True
