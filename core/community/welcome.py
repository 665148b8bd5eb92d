"""Greets members who join, in the chat's language, with `{name}` and `{community}` filled in
(and Rose's `{first}`, `{mention}`, `{id}`, `{chatname}`; texts are Rose markup, core/markup.py);
with the group rules and buttons when the ruleset gives them, an onboarding private message
where the platform allows one, and one welcome for a whole join wave. A newcomer the join
captcha asks is greeted once they pass (core/joins/admission.py), never if they fail; one who
rejoins while a moderator's mute holds them is not greeted (core/joins/muted_rejoin.py).

Commands: /rules (anyone), /setrules, /setwelcome, /welcome [on|off] (admins). What admins
set by command is kept per community and shown by `groupops export`.
"""

from __future__ import annotations

from datetime import datetime

from ..actions import Button
from ..capabilities import Capability
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..events import Event, JobDue, MemberJoined, MessageEvent, MessageReceived
from ..i18n import localized
from ..joins import held, rejoined_muted
from ..markup import fillings, formatted
from ..markup_write import saved_text
from ..moderation import CommandSettings, Overrides
from ..permissions import Permission
from ..refs import Ref
from ..segments import I18nText, Mention, Segment, T, Text, named
from .sections import WelcomeConfig
from .welcome_waves import WAVE_JOB, WelcomeWaves


@component
class Welcome(CommandComponent):
    name = "welcome"
    section = "welcome"
    order = 20
    events = (MemberJoined, JobDue, MessageReceived)
    slices = (CommandSettings, WelcomeWaves)

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, MemberJoined):
            self.joined(event, ctx)
        elif isinstance(event, JobDue):
            if event.job == WAVE_JOB:
                self.wave_over(event, ctx)
        else:
            super().handle(event, ctx)

    # --- joins ---------------------------------------------------------------------------------

    def enabled(self, ctx: Context) -> bool:
        overrides: Overrides = ctx.slice(CommandSettings)
        return bool(overrides.get("welcome", {}).get("enabled", self.config.enabled))

    def joined(self, event: MemberJoined, ctx: Context) -> None:
        if not self.enabled(ctx) or event.is_bot or event.chat is None:
            return
        if held(ctx, event.chat, event.member):
            return  # asked the captcha: greeted once they pass (`admitted`)
        if rejoined_muted(ctx, event.chat, event.member):
            return  # back under a moderator's mute: no invitation to talk (joins/muted_rejoin.py)
        self.welcome(event.chat, event.member, event.name or event.member.local_id, ctx)

    def admitted(self, chat: Ref, member: Ref, ctx: Context) -> None:
        """A newcomer held by the captcha passed it (the event is their answer)."""
        if not self.enabled(ctx):
            return
        known = ctx.peek_member(member)
        self.welcome(chat, member, (known.name if known else "") or member.local_id, ctx)

    def welcome(self, chat: Ref, member: Ref, name: str, ctx: Context) -> None:
        config: WelcomeConfig = self.config
        self.onboard(member, name, ctx)
        if not config.coalesce:
            self.greet(ctx, chat, [name], member)
            return
        ctx.slice(WelcomeWaves).add(ctx, chat, member, name, config.coalesce)

    def wave_over(self, event: JobDue, ctx: Context) -> None:
        """The wave the job was armed for (core/community/welcome_waves.py), and no other."""
        chat = str(event.payload.get("chat", ""))
        since = datetime.fromisoformat(str(event.payload.get("since")))
        names = ctx.slice(WelcomeWaves).take(ctx, chat, since, event.time)
        if names:
            self.greet(ctx, Ref(chat), names)

    def greet(self, ctx: Context, chat: Ref, names: list[str], member: Ref | None = None) -> None:
        """`member`: the one newcomer (a wave's welcome names them all, and mentions none)."""
        config: WelcomeConfig = self.config
        overrides: Overrides = ctx.slice(CommandSettings)
        # several newcomers: a list in the reader's way ("Ann, Bob and Cat", "莉莉、老周和Ann")
        listed: str | Mention | tuple[str, ...] = names[0] if len(names) == 1 else tuple(names)
        if member is not None:  # named as a mention: Matrix notifies them, shows a pill
            listed = named(member, names[0])
        params = {"name": listed, "community": ctx.community.title}
        if member is not None:
            params |= fillings(member, names[0], ctx.community.title)
        text = overrides.get("welcome", {}).get("text") or config.text
        parts: list[Segment] = [
            formatted(text, **params)
            if text
            else T(
                "Welcome to {community}, {name}! Please read the group rules and say hello.",
                **params,
            )
        ]
        rules = self.rules(ctx, params)
        if rules is not None and config.rules_in_welcome:
            parts += [Text("\n\n"), rules]
        buttons = tuple(Button(label=(localized(b.label),), url=b.url) for b in config.buttons)
        ctx.send(tuple(parts), chat=chat, buttons=buttons, tag=self.name)

    def onboard(self, user: Ref, name: str, ctx: Context) -> None:
        text = self.config.onboarding
        capabilities = ctx.capabilities(user.platform)
        if not text or (capabilities is not None and Capability.SEND_PRIVATE not in capabilities):
            return  # no private window on this platform: the welcome in the group is enough
        # refused (no friend on WeChat, the bot never started): the group's welcome is enough;
        # a mention per join in every group stood in for it
        ctx.send_private(
            user,
            localized(text, name=name, community=ctx.community.title),
            tag=self.name,
            fallback=False,
        )

    # --- rules and welcome commands ----------------------------------------------------------

    def rules(self, ctx: Context, params: dict) -> I18nText | None:
        overrides: Overrides = ctx.slice(CommandSettings)
        text = overrides.get("rules") or self.config.rules
        return formatted(text, **{"community": ctx.community.title, **params}) if text else None

    @on_command("rules")
    def show_rules(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        params = fillings(event.sender, event.sender_name, ctx.community.title)
        rules = self.rules(ctx, {"name": event.sender_name, **params})
        ctx.reply(rules if rules is not None else T("No group rules have been set yet."))

    @on_command("setrules", permission=Permission.SETTINGS)
    def set_rules(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not command.rest:
            ctx.reply(T("Write the rules after the command: /setrules ..."))
            return
        ctx.slice(CommandSettings).set(ctx, "rules", saved_text(event.segments, 1))
        ctx.audit("setrules", actor=event.sender, rule="manual", evidence=command.rest)
        ctx.reply(T("Group rules saved."))

    @on_command("setwelcome", permission=Permission.SETTINGS)
    def set_welcome(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not command.rest:
            ctx.reply(
                T("Write the welcome after the command; {name} and {community} are filled in.")
            )
            return
        overrides: Overrides = ctx.slice(CommandSettings)
        current = dict(overrides.get("welcome", {}))
        overrides.set(ctx, "welcome", {**current, "text": saved_text(event.segments, 1)})
        ctx.audit("setwelcome", actor=event.sender, rule="manual", evidence=command.rest)
        ctx.reply(T("Welcome message saved."))

    @on_command("welcome", permission=Permission.SETTINGS)
    def show_welcome(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        overrides: Overrides = ctx.slice(CommandSettings)
        current = dict(overrides.get("welcome", {}))
        choice = command.arg(0).lower()
        if choice in ("on", "off", "yes", "no"):
            current["enabled"] = choice in ("on", "yes")
            overrides.set(ctx, "welcome", current)
            ctx.audit("welcome", actor=event.sender, rule="manual", evidence=choice)
        enabled = current.get("enabled", self.config.enabled)
        ctx.reply(T("Welcome messages are on.") if enabled else T("Welcome messages are off."))
        if enabled and event.chat is not None:
            self.greet(ctx, event.chat, [event.sender_name or event.sender.local_id], event.sender)
