"""/captcha for admins: switch the join captcha on or off, choose its mode, and exempt a member
(/captcha exempt|unexempt @member). Changes are the chat's overrides of the ruleset. Where
members cannot press buttons the answer names what newcomers are asked there instead."""

from __future__ import annotations

from typing import Any

from ..commands import Command
from ..engine import Context, on_command, target_of, untargeted
from ..events import MessageEvent
from ..moderation import CommandSettings, Overrides, name_of
from ..permissions import Permission
from ..segments import T
from ..words import word_of
from .config import MODES, CaptchaConfig


def current_settings(ctx: Context) -> dict[str, Any]:
    """The chat's /captcha overrides (a copy, to change and store)."""
    return dict(ctx.slice(CommandSettings).get("captcha", {}))


class CaptchaCommand:
    """Mixed into the captcha component, whose commands table collects it."""

    config: CaptchaConfig

    @on_command("captcha", permission=Permission.SETTINGS)
    def command(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        overrides: Overrides = ctx.slice(CommandSettings)
        current = current_settings(ctx)
        choice = command.arg(0).lower()
        if choice in ("exempt", "unexempt"):
            named = Command(command.name, command.args[1:], "")
            target, _ = target_of(event, named, ctx)
            if target is None:
                ctx.reply(
                    untargeted(named, ctx)  # someone named and not found
                    if named.args
                    else T("Usage: /captcha exempt @member (or reply to one of their messages).")
                )
                return
            key = ctx.community.member_key(target)
            exempted = [k for k in current.get("exempt", ()) if k != key]
            current["exempt"] = [*exempted, key] if choice == "exempt" else exempted
            overrides.set(ctx, "captcha", current)
            ctx.audit(f"captcha.{choice}", actor=event.sender, target=key, rule="manual")
            name = name_of(ctx, target)  # whom it is about, as the admin named them
            ctx.reply(
                T("{name} will not be asked the captcha.", name=name)
                if choice == "exempt"
                else T("{name} will be asked the captcha like everyone else.", name=name)
            )
            return
        if choice in ("on", "off"):
            current["enabled"] = choice == "on"
        elif choice in MODES:
            current["mode"], current["enabled"] = choice, True
        elif choice:
            ctx.reply(T("Usage: /captcha [on|off|button|math|text|question]"))
            return
        if choice:
            overrides.set(ctx, "captcha", current)
            ctx.audit("captcha", actor=event.sender, rule="manual", evidence=choice)
        # one setting for the whole community: said so, lest an admin think it is this chat's
        community = ctx.community.title
        if current.get("enabled", self.config.enabled):
            mode = current.get("mode", self.config.mode)
            if event.chat is not None and not ctx.offers_buttons(event.chat.platform):
                # nothing to press here (Matrix, WeChat): the newcomer types an answer, to the
                # community's own question or else a sum (`captcha.py`), and is told that mode
                mode = "question" if self.config.questions else "math"
            ctx.reply(
                T(
                    "The join captcha is on ({mode}) in every chat of {community}.",
                    mode=word_of("captcha_mode", mode),
                    community=community,
                )
            )
        else:
            ctx.reply(
                T("The join captcha is off in every chat of {community}.", community=community)
            )
