"""The community's language set by command (`/setlang community LANGUAGE`): kept in
`community_settings` under `locale` (so `groupops export` shows it with who set it and when),
loaded with the community's state and read wherever a group's locale is chosen, ahead of the
`communities.NAME.locale` setting and the ruleset's locale (a chat's own `chat_locales` entry
still comes first: it names one chat, the command the whole community)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..i18n import match
from ..storage.models import CommunitySetting
from .tables import SETTING_UPSERT, SettingRow

if TYPE_CHECKING:
    from .context import Context

LOCALE_KEY = "locale"


async def load_locale(community: str) -> str | None:
    row = await CommunitySetting.get_or_none(community=community, key=LOCALE_KEY)
    value = json.loads(row.value) if row is not None else None
    return match(value) if isinstance(value, str) else None  # a catalog removed since: ignored


def set_locale(ctx: Context, locale: str) -> None:
    """The community's language from now on; in memory now, stored with the event."""
    ctx.community.locale = locale
    actor = getattr(ctx.event, "sender", "") or "system"
    row = SettingRow(ctx.community.name, LOCALE_KEY, json.dumps(locale), ctx.now, actor)
    ctx.write(SETTING_UPSERT, row)
