"""Renders an action's i18n segments for its destination just before delivery: the
`Outgoing` view an adapter performs (core/actions.py), the one place a `Message` becomes
`Rendered`."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, cast

from ..actions import Action, Button, Outgoing
from ..i18n import render
from ..markup import render_markup
from ..segments import Rendered, Text, plain_text

# a command named in a text: "/help" after a space, a quote or a bracket, never the slashes of
# a URL, a path ("docs/commands.md") or a fraction ("1/2")
COMMAND_NAMED = re.compile(r"(?<![\w/.:~-])/(?=[a-z][a-z0-9_]*\b)")
TEXT_FIELDS = ("segments", "caption", "title", "description", "error")


def render_action(action: Action, *, buttons: bool = True, prefix: str = "/") -> Outgoing:
    """`buttons` False: the platform shows no buttons (its adapter delivers no button
    presses), and link buttons are listed under the text instead (`links_listed`). `prefix`:
    what members type before a command there (`Adapter.command_prefix`, IRC's "!"); the
    commands a text names are written with it (`commands_as_typed`)."""
    locale, timezone = action.locale or "en", action.timezone or "UTC"
    changes: dict[str, Any] = {}
    written: tuple[Button, ...] = ()  # link buttons an admin's markup text wrote
    for name in TEXT_FIELDS:
        value = getattr(action, name, None)
        if value:
            changes[name], more = render_markup(value, locale, timezone)
            written += more
    given = getattr(action, "buttons", None)
    if given:
        changes["buttons"] = tuple(
            Button(render(b.label, locale, timezone), b.data, b.url, b.same_row) for b in given
        )
    if written and given is not None:
        changes["buttons"] = (*changes.get("buttons", ()), *written)
    if not buttons and changes.get("buttons"):
        segments = changes.get("segments", getattr(action, "segments", ()))
        changes["segments"], changes["buttons"] = links_listed(segments, changes["buttons"])
    if prefix != "/":
        for name in TEXT_FIELDS:
            if changes.get(name):
                changes[name] = commands_as_typed(changes[name], prefix)
    # every text field was rendered above (an action without texts is final as written)
    return cast(Outgoing, dataclasses.replace(action, **changes) if changes else action)


def links_listed(
    segments: Rendered, buttons: tuple[Button[Rendered], ...]
) -> tuple[Rendered, tuple[Button[Rendered], ...]]:
    """For a platform without buttons: each link button becomes a line under the text,
    `label: url` (a welcome's "Guide" button still leads to the guide), in the one place every
    adapter's actions pass. Buttons to press stay: a feature offers them only where members
    can press them (`offers_buttons`), and asks for a typed answer elsewhere."""
    lines = tuple(Text(f"\n{plain_text(b.label)}: {b.url}") for b in buttons if b.url)
    return (*segments, *lines), tuple(b for b in buttons if not b.url)


def commands_as_typed(segments: Rendered, prefix: str) -> Rendered:
    """The commands a text names (`/help`, in the catalog's texts and the operator's own),
    written with the prefix members type on the platform: on IRC, whose clients keep a
    leading "/" for themselves, "Send /help to me" told members to type what never reaches
    the channel."""
    return tuple(
        dataclasses.replace(seg, text=COMMAND_NAMED.sub(prefix, seg.text))
        if isinstance(seg, Text)
        else seg
        for seg in segments
    )
