"""A private message the platform refuses when it is sent falls back like a missing
capability: to the ruleset's `send_private` fallback (by default a mention in the group the
message was about).

The usual case is the second step of the ladder: Telegram answers 403 to a bot the member
never started, WeChat delivers only between friends. Without this the warning would fail for
good and the group would see nothing. The fallback is a row of its own in the outbox, written
before it is handed to delivery, with an id derived from the refused one: a refusal seen again
after a restart finds it there and adds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loguru import logger

from ..actions import ActionResult, SendPrivate
from ..codec import encode_action
from ..errors import ActionError, Forbidden, TargetNotFound, Unsupported
from ..i18n import choose
from ..storage.models import OutboxItem
from .degrade import degrade
from .delivery import Delivery
from .outbox_rows import FALLBACK
from .tables import OUTBOX_INSERT

if TYPE_CHECKING:
    from .engine import Engine

# What a platform answers to a private message it will not deliver: the member blocked or
# never started the bot, is no friend of the account, has no private chat, or the adapter
# cannot send privately after all.
REFUSALS: tuple[type[ActionError], ...] = (Forbidden, TargetNotFound, Unsupported)
SUFFIX = FALLBACK


class PrivateRefusals:
    """An outbox listener: refused private messages replaced by the ruleset's fallback."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.fallbacks = 0

    async def __call__(
        self, delivery: Delivery, result: ActionResult | None, error: ActionError | None
    ) -> None:
        action = delivery.action
        if not (isinstance(action, SendPrivate) and isinstance(error, REFUSALS)):
            return
        group = action.fallback_chat
        communities = self.engine.settings.communities
        if group is None or delivery.community not in communities:
            return
        ruleset = self.engine.ruleset_of(delivery.community)
        choice = ruleset.fallback_for(SendPrivate.kind)
        replacement = degrade(action, choice, group).replacement
        if replacement is None:
            logger.info("{}: private message refused ({}); fallback {!r}", group, error, choice)
            return
        settings = communities[delivery.community]
        state = self.engine.state.get(delivery.community)
        replacement.locale = choose(
            (
                settings.chat_locales.get(group),
                state.locale if state is not None else None,  # set by /setlang community
                settings.locale,
                ruleset.locale,
                action.locale,
            ),
            self.engine.default_locale,
        )
        replacement.timezone = action.timezone
        outbox_id = f"{delivery.id}{SUFFIX}"
        if await OutboxItem.exists(id=outbox_id):  # written before a restart: recovered there
            return
        row = (
            outbox_id, delivery.community, group.platform, group, replacement.kind,
            replacement.tag, int(replacement.effective_priority()), encode_action(replacement),
            "pending", 0, "", "", self.engine.clock.now(),
        )  # fmt: skip
        database = self.engine.database
        await database.write(database.connection, [(OUTBOX_INSERT, [row])], "a fallback action")
        # in the group's queue where the private message was queued: before later steps
        fallback = Delivery.of(outbox_id, delivery.community, replacement, follows=(delivery, 0))
        self.engine.outbox.enqueue([fallback])
        self.fallbacks += 1
        logger.info("{}: private message to {} refused ({}); mentioned them in the group instead",
                    group, action.chat, error)  # fmt: skip
