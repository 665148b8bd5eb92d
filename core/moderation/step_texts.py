"""What the group or the admins are told when a step cannot be carried out as written: a
removal the platform refuses for good, a mute or ban a chat does not have (warned instead),
a moderator's action the ruleset's fallback skips."""

from __future__ import annotations

from collections.abc import Callable

from ..actions import Ban, Kick, Mute
from ..segments import I18nText, T

CANNOT_REMOVE = T(
    "cannot be removed: the bot cannot remove members in this chat (the platform or its "
    "bridge does not offer it). An admin can remove them by hand."
)
# a removal that failed for good, by how (`outbox.FAILURES`)
NOT_REMOVED: dict[str, I18nText] = {
    "refused": T(
        "could not be removed: the platform refused (the bot may lack the right to remove "
        "members here). An admin can remove them by hand."
    ),
    "unsupported": T(
        "could not be removed: the bridge does not support removing members (it answered the "
        "request as an unsupported action). An admin can remove them by hand."
    ),
}
# a moderator's mute or ban the platform cannot do, warned instead (the fallback `warn`)
INSTEAD: dict[str, Callable[[I18nText], I18nText]] = {
    Mute.kind: lambda reason: T(
        "this is a warning from the moderators instead of a mute, which this chat does not "
        "have: {reason}.",
        reason=reason,
    ),
    Ban.kind: lambda reason: T(
        "this is a warning from the moderators instead of a ban, which this chat does not "
        "have: {reason}.",
        reason=reason,
    ),
}
# a moderator's action the platform cannot do and the ruleset's fallback skips: the words
UNAVAILABLE: dict[str, I18nText] = {
    Mute.kind: T("cannot be muted: the bot cannot mute members in this chat."),
    Kick.kind: CANNOT_REMOVE,
    Ban.kind: CANNOT_REMOVE,
}
