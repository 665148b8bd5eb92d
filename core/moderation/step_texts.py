"""What the group or the admins are told when a step cannot be carried out as written: a
removal the platform refuses for good, a mute or ban a chat does not have (warned instead),
a moderator's action the ruleset's fallback skips. Each names the member as its `{member}`."""

from __future__ import annotations

from collections.abc import Callable

from ..actions import Ban, Kick, Mute
from ..segments import I18nText, Mention, T

Said = Callable[[Mention], I18nText]  # a notice about one member


def removed(member: Mention, reason: I18nText) -> I18nText:
    """A kick, or a ban carried out as one (WeChat), once the member is out."""
    return T("{member} has been removed from the group: {reason}.", member=member, reason=reason)


def _cannot_remove(member: Mention) -> I18nText:
    return T(
        "{member} cannot be removed: the bot cannot remove members in this chat (the platform "
        "or its bridge does not offer it). An admin can remove them by hand.",
        member=member,
    )


# a removal that failed for good, by how (`delivery.FAILURES`)
NOT_REMOVED: dict[str, Said] = {
    "refused": lambda member: T(
        "{member} could not be removed: the platform refused (the bot may lack the right to "
        "remove members here). An admin can remove them by hand.",
        member=member,
    ),
    # not in the group (removed a moment ago, left): nothing was refused, nothing to do by hand
    "absent": lambda member: T(
        "{member} is no longer in the group: there was nobody to remove.", member=member
    ),
    "given_up": lambda member: T(
        "{member} could not be removed: the platform kept failing the request while it carried "
        "out others, so the bot gave up on it. An admin can remove them by hand.",
        member=member,
    ),
    "unsupported": lambda member: T(
        "{member} could not be removed: the bridge does not support removing members (it "
        "answered the request as an unsupported action). An admin can remove them by hand.",
        member=member,
    ),
}
# a moderator's mute or ban the platform cannot do, warned instead (the fallback `warn`)
INSTEAD: dict[str, Callable[[Mention, I18nText], I18nText]] = {
    Mute.kind: lambda member, reason: T(
        "{member}, this is a warning from the moderators instead of a mute, which this chat "
        "does not have: {reason}.",
        member=member,
        reason=reason,
    ),
    Ban.kind: lambda member, reason: T(
        "{member}, this is a warning from the moderators instead of a ban, which this chat "
        "does not have: {reason}.",
        member=member,
        reason=reason,
    ),
}


def automatic_instead(member: Mention, reason: I18nText) -> I18nText:
    """An automatic mute or ban the chat does not have, warned instead (the fallback `warn`):
    the bot's own warning, saying what it was for (no moderator gave it)."""
    return T(
        "{member}, this is an automatic warning: {reason}. Please follow the group rules.",
        member=member,
        reason=reason,
    )


# a moderator's action the platform cannot do and the ruleset's fallback skips: the words
UNAVAILABLE: dict[str, Said] = {
    Mute.kind: lambda member: T(
        "{member} cannot be muted: the bot cannot mute members in this chat.", member=member
    ),
    Kick.kind: _cannot_remove,
    Ban.kind: _cannot_remove,
}
