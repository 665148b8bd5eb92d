"""One answer to one message: what a later component has to say about the same message (a
challenge's progress after the check-in) goes into the reply already queued, on a line of its
own. Each message counts against the platform's per-chat limit (WeChat: 1 a second, 20 a
minute), and a second line is quieter than a second message."""

from __future__ import annotations

from collections.abc import Sequence

from ..actions import Action, Reply, SendMessage
from ..segments import Message, Text
from .degrade import Degradation


def reply_in(
    actions: Sequence[Action], degraded: Sequence[Degradation], message_id: str
) -> Action | None:
    """The last reply queued for this event to message `message_id`, as the platform will
    carry it (a reply, or the message standing in for one where replies are not offered), if
    any; not a notice the event also sent to the chat (a campaign's announcement)."""
    stand_ins = {id(d.replacement): d.original for d in degraded if isinstance(d.original, Reply)}
    for action in reversed(actions):
        answered = stand_ins.get(id(action), action)
        if (
            isinstance(action, (Reply, SendMessage))
            and isinstance(answered, Reply)
            and answered.reply_to == message_id
            and not action.only_after_failure
        ):
            return action
    return None


def join(action: Action, said: Message) -> None:
    """`said` on a new line of the queued `action` (a `reply_in` one)."""
    assert isinstance(action, (Reply, SendMessage))
    action.segments = (*action.segments, Text("\n"), *said)
