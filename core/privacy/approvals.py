"""A forgotten member's approval (`/approve`: moderation leaves them alone) ends with the
erasure: the community's approved list named their account, and `/approved` showed it to the
admins afterwards. A member who comes back is approved again by an admin, like anyone new."""

from __future__ import annotations

from collections.abc import Container

from ..engine import Context
from ..moderation import CommandSettings


def unapprove(ctx: Context, accounts: Container[str]) -> None:
    """Take `accounts` off the approved list, with the event (before the erasure's statements,
    which file the change under the member's alias)."""
    overrides = ctx.slice(CommandSettings)
    approved = list(overrides.get("approved", ()))
    kept = [key for key in approved if key not in accounts]
    if kept != approved:
        overrides.set(ctx, "approved", kept)
