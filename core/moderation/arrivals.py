"""Bans on arrival: a newcomer on the operator's shared ban list (shared_bans.py) or on the
global list (`moderation.cas`) is banned as they join, before the captcha asks them anything
and before the welcome greets them; so is one the community banned on a platform that keeps
no bans itself (WeChat), whom someone invited back."""

from __future__ import annotations

from dataclasses import dataclass

from ..actions import Ban
from ..engine import Component, Context, component
from ..events import Event, MemberJoined
from ..moderation.cas import lookup_of
from ..moderation.ladder import Case
from ..moderation.notices import tell_admins
from ..moderation.shared_bans import banned, kept_list, list_of
from ..moderation.steps import Step
from ..storage.models import SharedBan


@dataclass(frozen=True, slots=True)
class Listed:
    """Where the newcomer is listed, read before the join is decided."""

    cas: bool | None = None  # on the global (CAS) list; None: not asked or not answered
    ban: SharedBan | None = None  # a standing ban on the community's shared list


@component
class ArrivalBans(Component[Listed]):
    name = "arrival_bans"
    section = "moderation"
    order = 4
    after = ("membership",)
    # a banned newcomer is asked nothing, and one on a ban list is banned in a raid too
    before = ("antiraid", "captcha", "welcome", "moderation")
    events = (MemberJoined,)

    async def prepare(self, event: Event, ctx: Context) -> Listed | None:
        assert isinstance(event, MemberJoined)
        cas = self.config.cas
        listed = await lookup_of(ctx.scope).listed(cas, event.member) if cas.enabled else None
        ban = None
        for name in (list_of(ctx), kept_list(ctx, event.member.platform)):
            if name is not None and ban is None:
                ban = await banned(name, event.member, event.time)
        return Listed(listed, ban)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MemberJoined)
        listed = self.prepared(ctx) or Listed()
        if event.chat is None:
            return
        ban = listed.ban
        if listed.cas:
            rule, reason, until = "cas", "global ban list", None
            detail: dict[str, object] = {"on": "join"}
        elif ban is not None:
            shared = ban.list_name == list_of(ctx)
            rule, reason, until = "shared_bans" if shared else "kept_ban", ban.reason, ban.until
            detail = {"list": ban.list_name, "entry": ban.id, "on": "join"}
        else:
            return
        done = ctx.act(Ban(chat=event.chat, user=event.member, until=until))
        # turned away: the member stays banned (the join made them a member a moment ago; a
        # linked account of one banned elsewhere must not bring the person back, and on
        # WeChat the removal may be the last the bridge tells of it)
        member = ctx.member(event.member)
        member.status, member.left_at = "banned", event.time
        ctx.audit_of(done, "ban", target=event.member, rule=rule, evidence=reason, detail=detail)
        case = Case(event.chat, event.member, event.name, rule, reason)
        tell_admins(ctx, self.config, case, Step("ban"), [rule])
        ctx.stop()  # no captcha, no welcome, no invite reward
