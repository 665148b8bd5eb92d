"""Renders an action's i18n segments for its destination just before delivery."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..actions import Action, Button
from ..i18n import render


def render_action(action: Action) -> Action:
    locale, timezone = action.locale or "en", action.timezone or "UTC"
    changes: dict[str, Any] = {}
    for name in ("segments", "caption", "title", "description", "error"):
        value = getattr(action, name, None)
        if value:
            changes[name] = render(value, locale, timezone)
    buttons = getattr(action, "buttons", None)
    if buttons:
        changes["buttons"] = tuple(
            Button(render(b.label, locale, timezone), b.data, b.url) for b in buttons
        )
    return dataclasses.replace(action, **changes) if changes else action
