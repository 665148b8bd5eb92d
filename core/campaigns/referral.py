"""Referral campaign (裂变): "invite N, get a gift", with a leaderboard.

Each member gets a personal named invite link where the platform has them (Telegram), else a
personal code the newcomer sends with `/code`; an inviter the platform reports (WeChat's
room-join) counts too. An invite is pending until the invitee has stayed `stay_days` and
spoken; it is revoked if they leave first. Self-invites and re-joins never count. Points are
paid on confirmation, with an idempotency key per invitee.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from ..actions import CreateInviteLink
from ..capabilities import Capability
from ..commands import is_command_text
from ..engine import Context, MemberState
from ..events import ActionCompleted, Event, MemberJoined, MemberLeft, MessageReceived
from ..points import award, open_invite
from ..refs import Ref
from ..segments import TN, I18nText, Mention, T, Text
from .kinds import Kind, arm, kind
from .spec import ReferralSpec
from .store import FAILED, PAUSED, SUCCEEDED, Campaign, Entry, save_entry

PENDING, CONFIRMED, REVOKED, REJECTED = "pending", "confirmed", "revoked", "rejected"
LINK_PREFIX = "ref-"
REASONS = {"self-invite": T("it is your own"), "re-join": T("you were a member before")}
CODE_WINDOW_DAYS = 3  # a newcomer may name their inviter's code this long after joining
PAUSED_RECHECK = timedelta(hours=1)  # a stay that ends while paused: confirmed after resuming


def personal_code(community: str, campaign: str, member: str) -> str:
    return hashlib.sha256(f"{community}:{campaign}:{member}".encode()).hexdigest()[:8].upper()


def _name(ctx: Context, member: str) -> str:
    known = ctx.community.members.get(member)
    return (known.name if known else "") or Ref(member).local_id


def _ranked(ctx: Context, rank: int, inviter: str, n: int) -> list:
    """A ranking line set out as /top sets out its own: the name and the count apart, so a
    name ending in digits ("成员01") does not run into the count."""
    return [Text(f"\n{rank}. {_name(ctx, inviter)} · "), TN("{n} invite", "{n} invites", n)]


def _announced(capabilities: Iterable[Capability] | None, values: dict[str, Any]) -> I18nText:
    """Where the platform has no invite links (WeChat, where members add their friends to the
    group themselves and the join names them), the announcement promises none."""
    if capabilities is None or Capability.INVITE_LINK in capabilities:
        return T(
            "Referral campaign {title}: invite {goal} friends who stay {days} and take part to "
            "earn {gift}. Send /invite for your personal link; /referrals shows the ranking.",
            **values,
        )
    return T(
        "Referral campaign {title}: invite {goal} friends who stay {days} and take part to "
        "earn {gift}. Add your friends to the group and they count for you (one who joins "
        "another way sends /code with the code /invite gives you); /referrals shows the ranking.",
        **values,
    )


@kind
class Referral(Kind):
    kind = "referral"
    spec = ReferralSpec
    # links handed out keep working while paused: their joins are recorded, confirmed and paid
    # after the resume (a stay that ends meanwhile is looked at again hourly)
    observes_paused = True

    # --- inviters -----------------------------------------------------------------------------

    def launched(self, ctx: Context, campaign: Campaign) -> None:
        campaign.state.update(codes={}, links={})
        config = campaign.config
        values = dict(
            title=campaign.title,
            goal=config["goal"],
            days=timedelta(days=config["stay_days"]),  # "1 day", "3 days" in the reader's words
            gift=config.get("gift") or TN("{n} point", "{n} points", config["points"]),
        )
        for chat in ctx.community.settings.chats:
            ctx.send(_announced(ctx.capabilities(chat.platform), values), chat=chat)

    def invite(
        self, ctx: Context, campaign: Campaign, member: MemberState, chat: Ref | None
    ) -> None:
        """Hand `member` their personal link (created where the platform can) or code."""
        community = ctx.community.name
        code = personal_code(community, campaign.name, member.key)
        campaign.state["codes"][code] = member.key
        links = {url: who for url, who in campaign.state["links"].items() if who == member.key}
        chats = [c for c in ctx.community.settings.chats if c.platform == Ref(member.key).platform]
        target = chat if chat in chats else (chats[0] if chats else None)
        capabilities = ctx.capabilities(target.platform) if target else None
        if links:
            url = next(iter(links))
            ctx.send_private(
                Ref(member.key),
                T("Your personal invite link for {title}: {link}", title=campaign.title, link=url),
            )
        elif target is not None and capabilities and Capability.INVITE_LINK in capabilities:
            ctx.act(CreateInviteLink(chat=target, name=f"{LINK_PREFIX}{code}", tag="referral"))
            ctx.reply(
                T(
                    "Your personal invite link for {title} is on its way in a private message.",
                    title=campaign.title,
                )
            )
            return
        else:
            ctx.reply(
                T(
                    "Your personal invite code for {title} is {code}. Friends you invite send "
                    "/code {code} in the group after joining.",
                    title=campaign.title,
                    code=code,
                )
            )
            return
        ctx.reply(T("Sent you your personal invite link privately."))

    def link_created(self, ctx: Context, campaign: Campaign, event: ActionCompleted) -> bool:
        name, url = str(event.detail.get("name", "")), event.detail.get("invite_link")
        codes = campaign.state.get("codes", {})  # none before its start: launched() sets them
        member = codes.get(name.removeprefix(LINK_PREFIX))
        if not name.startswith(LINK_PREFIX) or member is None or not url:
            return False
        campaign.state["links"][url] = member
        ctx.send_private(
            Ref(member),
            T("Your personal invite link for {title}: {link}", title=campaign.title, link=url),
        )
        return True

    # --- invitees -----------------------------------------------------------------------------

    def observe(self, event: Event, ctx: Context, campaign: Campaign) -> None:
        if isinstance(event, MemberJoined) and not event.is_bot:
            inviter = campaign.state["links"].get(event.invite_link or "")
            via = "link"
            if inviter is not None:  # the platform named nobody: the everyday points' invite too
                open_invite(ctx, ctx.member(event.member), inviter)
            elif event.inviter is not None:
                inviter, via = ctx.community.member_key(event.inviter), "added"
            if inviter is not None:
                self._attribute(ctx, campaign, ctx.member(event.member), inviter, via)
        elif isinstance(event, MessageReceived) and not is_command_text(event.text):
            entry = campaign.entries.get(ctx.community.member_key(event.sender))
            if entry is not None and entry.status == PENDING and not entry.data.get("spoke"):
                entry.data["spoke"] = True  # took part: a command is not taking part
                save_entry(ctx, campaign, entry)
        elif isinstance(event, MemberLeft):
            entry = campaign.entries.get(ctx.community.member_key(event.member))
            if entry is not None and entry.status == PENDING:
                self._revoke(ctx, campaign, entry, "left")

    def code(self, ctx: Context, campaign: Campaign, member: MemberState, code: str) -> None:
        inviter = campaign.state["codes"].get(code.strip().upper())
        joined = member.joined_at
        if inviter is None:
            ctx.reply(
                T("{code} is not an invite code of {title}.", code=code, title=campaign.title)
            )
            return
        if inviter == member.key:  # said first: the window would hide why
            ctx.reply(T("That code cannot count for you: {reason}.", reason=REASONS["self-invite"]))
            return
        if (
            joined is None
            or not member.join_seen  # there before the bot saw anyone join: no newcomer
            or joined < campaign.starts_at
            or (ctx.now - joined).days >= CODE_WINDOW_DAYS
        ):
            ctx.reply(
                T(
                    "Invite codes count only for members who joined in the last {n} days.",
                    n=CODE_WINDOW_DAYS,
                )
            )
            return
        self._attribute(ctx, campaign, member, inviter, "code")

    def _attribute(
        self, ctx: Context, campaign: Campaign, invitee: MemberState, inviter: str, via: str
    ) -> None:
        reason = self._fraud(ctx, campaign, invitee, inviter)
        if reason == "counted":
            if via == "code":
                ctx.reply(T("Your invite is already recorded."))
            return
        data: dict[str, Any] = {"inviter": inviter, "via": via, "joined": ctx.now.isoformat()}
        if reason:
            data["reason"] = reason
            if invitee.key not in campaign.entries:  # the first record stands, whoever it names
                save_entry(ctx, campaign, Entry(invitee.key, REJECTED, ctx.now, data))
            # who tried: the link's owner for a join, the newcomer typing a code
            actor = invitee.key if via == "code" else inviter
            ctx.audit("referral.rejected", target=invitee.key, actor=actor, evidence=reason)
            if via == "code":
                ctx.reply(T("That code cannot count for you: {reason}.", reason=REASONS[reason]))
            return
        save_entry(ctx, campaign, Entry(invitee.key, PENDING, ctx.now, data))
        due = (invitee.joined_at or ctx.now) + campaign_stay(campaign)
        arm(ctx, campaign, "confirm", due, member=invitee.key)
        if via == "code":
            ctx.reply(T("Thanks! Your invite by {name} is recorded.", name=_name(ctx, inviter)))
        ctx.send_private(
            Ref(inviter),
            TN(
                "{name} joined the group through your invite ({title}); it counts once they "
                "have stayed {n} day and spoken.",
                "{name} joined the group through your invite ({title}); it counts once they "
                "have stayed {n} days and spoken.",
                campaign.config["stay_days"],
                name=invitee.name or Ref(invitee.key).local_id,
                title=campaign.title,
            ),
        )

    def _fraud(self, ctx: Context, campaign: Campaign, invitee: MemberState, inviter: str) -> str:
        if invitee.key == inviter:
            return "self-invite"
        if invitee.key in campaign.entries:
            counted = campaign.entries[invitee.key].status in (PENDING, CONFIRMED)
            return "counted" if counted else "re-join"
        if invitee.left_at is not None or (invitee.joined_at or ctx.now) < campaign.starts_at:
            return "re-join"  # was a member before
        return ""

    # --- confirmation -------------------------------------------------------------------------

    def job(self, ctx: Context, campaign: Campaign, step: str, payload: dict[str, Any]) -> None:
        entry = campaign.entries.get(str(payload.get("member", "")))
        if step != "confirm" or entry is None or entry.status != PENDING:
            return
        if campaign.status == PAUSED:  # nothing is paid while paused: asked again later
            arm(ctx, campaign, "confirm", ctx.now + PAUSED_RECHECK, again=True,
                member=entry.member)  # fmt: skip
            return
        inviter = ctx.community.members.get(entry.data["inviter"])
        if inviter is not None and inviter.status == "banned":  # no reward for a banned one
            entry.status = REJECTED
            entry.data["reason"] = "inviter banned"
            save_entry(ctx, campaign, entry)
            return
        invitee = ctx.community.members.get(entry.member)
        spoke = bool(entry.data.get("spoke"))
        stayed = invitee is not None and invitee.status == "member"
        if not stayed or (campaign.config.get("must_speak", True) and not spoke):
            self._revoke(ctx, campaign, entry, "left" if not stayed else "silent")
            return
        entry.status = CONFIRMED
        save_entry(ctx, campaign, entry)
        self._reward(ctx, campaign, entry.data["inviter"], entry.member)

    def _revoke(self, ctx: Context, campaign: Campaign, entry: Entry, reason: str) -> None:
        """The invite no longer counts; its inviter hears why, as they hear a confirmation."""
        entry.status = REVOKED
        entry.data["reason"] = reason
        save_entry(ctx, campaign, entry)
        name, title = _name(ctx, entry.member), campaign.title
        text = (
            T("Your invite of {name} ({title}) does not count: they left the group.",
              name=name, title=title)
            if reason == "left"
            else TN(
                "Your invite of {name} ({title}) does not count: they said nothing in the group "
                "in their first {n} day.",
                "Your invite of {name} ({title}) does not count: they said nothing in the group "
                "in their first {n} days.",
                campaign.config["stay_days"],
                name=name,
                title=title,
            )
        )  # fmt: skip
        ctx.send_private(Ref(entry.data["inviter"]), text)

    def _reward(self, ctx: Context, campaign: Campaign, inviter: str, invitee: str) -> None:
        config = campaign.config
        member = ctx.member(inviter)
        if config["points"]:
            key = f"referral:{ctx.community.name}:{campaign.name}:{invitee}"
            award(ctx, member, config["points"], "invite", key, ref=campaign.name)
        confirmed = self.confirmed(campaign).get(inviter, 0)
        ctx.send_private(
            Ref(inviter),
            T(
                "Your invite of {name} is confirmed ({n} of {goal}).",
                name=_name(ctx, invitee),
                n=confirmed,
                goal=config["goal"],
            ),
        )
        if confirmed == config["goal"]:
            reached = campaign.state.setdefault("reached", [])
            reached.append(inviter)
            # the member a placeholder of the sentence: Chinese sets no space after the name
            text = T(
                "{member} reached the goal of {title} and earns {gift}!",
                member=Mention(Ref(inviter), member.name),
                title=campaign.title,
                gift=config.get("gift")
                or TN("{n} point", "{n} points", config["points"] * config["goal"]),
            )
            for chat in ctx.community.settings.chats:
                ctx.send(text, chat=chat)

    # --- standings ----------------------------------------------------------------------------

    def confirmed(self, campaign: Campaign, status: str = CONFIRMED) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in campaign.entries.values():
            if entry.status == status:
                inviter = entry.data["inviter"]
                counts[inviter] = counts.get(inviter, 0) + 1
        return counts

    def leaderboard(
        self, ctx: Context, campaign: Campaign, limit: int = 10
    ) -> list[tuple[str, int]]:
        members = ctx.community.members
        counts = {inviter: n for inviter, n in self.confirmed(campaign).items()
                  if inviter not in members or members[inviter].status != "banned"}  # fmt: skip
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]

    def progress(self, ctx: Context, campaign: Campaign, member: MemberState):
        lines: list = [T("{title} ranking:", title=campaign.title)]
        for rank, (inviter, n) in enumerate(self.leaderboard(ctx, campaign), start=1):
            lines += _ranked(ctx, rank, inviter, n)
        lines += [
            Text("\n"),
            T(
                "You: {confirmed} confirmed, {pending} pending, goal {goal}.",
                confirmed=self.confirmed(campaign).get(member.key, 0),
                pending=self.confirmed(campaign, PENDING).get(member.key, 0),
                goal=campaign.config["goal"],
            ),
        ]
        return tuple(lines)

    def cancelled(self, ctx: Context, campaign: Campaign) -> bool:
        text = T(
            "Referral campaign {title} is closed: invites no longer count toward it.",
            title=campaign.title,
        )
        return self.announce_close(ctx, campaign, text)

    def conclude(self, ctx: Context, campaign: Campaign) -> None:
        reached = campaign.state.get("reached", [])
        campaign.status = SUCCEEDED if reached else FAILED
        board = self.leaderboard(ctx, campaign, 3)
        text: list = [
            TN(
                "{title} has ended: {n} member reached the goal.",
                "{title} has ended: {n} members reached the goal.",
                len(reached),
                title=campaign.title,
            )
        ]
        for rank, (inviter, n) in enumerate(board, start=1):
            text += _ranked(ctx, rank, inviter, n)
        for chat in ctx.community.settings.chats:
            ctx.send(tuple(text), chat=chat)


def campaign_stay(campaign: Campaign):
    from datetime import timedelta

    return timedelta(days=campaign.config["stay_days"])
