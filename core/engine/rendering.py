"""Renders an action's i18n segments for its destination just before delivery: the
`Outgoing` view an adapter performs (core/actions.py), the one place a `Message` becomes
`Rendered`."""

from __future__ import annotations

import dataclasses
from typing import Any, cast

from ..actions import Action, Button, Outgoing
from ..i18n import render
from ..markup import render_markup


def render_action(action: Action) -> Outgoing:
    locale, timezone = action.locale or "en", action.timezone or "UTC"
    changes: dict[str, Any] = {}
    written: tuple[Button, ...] = ()  # link buttons an admin's markup text wrote
    for name in ("segments", "caption", "title", "description", "error"):
        value = getattr(action, name, None)
        if value:
            changes[name], more = render_markup(value, locale, timezone)
            written += more
    buttons = getattr(action, "buttons", None)
    if buttons:
        changes["buttons"] = tuple(
            Button(render(b.label, locale, timezone), b.data, b.url, b.same_row) for b in buttons
        )
    if written and buttons is not None:
        changes["buttons"] = (*changes.get("buttons", ()), *written)
    # every text field was rendered above (an action without texts is final as written)
    return cast(Outgoing, dataclasses.replace(action, **changes) if changes else action)
