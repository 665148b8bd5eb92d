"""Whether a moderator's mute holds a member now, as the audit log knows it (`moderation.mutes`,
what the members pages show). The captcha asks such a member nothing when they rejoin: the
platform kept the mute (Telegram's restriction, Matrix's power level), so they could not type
an answer and would be removed for it. Passing a captcha asked before the mute lifts nothing."""

from __future__ import annotations

from datetime import datetime

from ..engine import Context
from ..moderation import muted
from ..refs import Ref


async def under_mute(ctx: Context, member: Ref | str, now: datetime) -> bool:
    key = ctx.community.member_key(Ref(str(member)))
    return bool(await muted([(ctx.community.name, key)], now))
