"""What the bot did to members, one INFO line each as it is carried out: an operator watching
`groupops run` sees the bans, mutes, kicks and deletions go out. Messages the bot sends stay
out of it: a busy group would drown the rest."""

from __future__ import annotations

from loguru import logger

from ..actions import Action, DeleteMessages, MemberAction


def said_done(action: Action, delivery_id: str) -> None:
    if isinstance(action, MemberAction):
        logger.info("{} {} in {}: done ({})", action.kind, action.user, action.chat, delivery_id)
    elif isinstance(action, DeleteMessages) and action.span:  # the adapter found how many
        first, last = action.message_ids[0], action.message_ids[-1]
        logger.info(
            "delete of the messages from {} to {} in {}: done ({})",
            first, last, action.chat, delivery_id,
        )  # fmt: skip
    elif isinstance(action, DeleteMessages):
        count = len(action.message_ids)
        logger.info("delete of {} message(s) in {}: done ({})", count, action.chat, delivery_id)
