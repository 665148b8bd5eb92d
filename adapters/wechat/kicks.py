"""The bot's own removals, until the member is seen gone: WeChat bridges do not always announce
a removal (no group_member_decrease, no room-leave), and the member-list sweep that finds the
member missing must then read a removal, not a voluntary leave (the leave rate counts those)."""

from __future__ import annotations

from groupops.core.events import LeaveReason


class OwnRemovals:
    """(room, user) the bot removed and no leave has been told for yet."""

    def __init__(self) -> None:
        self._pending: set[tuple[str, str]] = set()

    def made(self, room: str, user: str) -> None:
        self._pending.add((room, user))

    def forget(self, room: str, user: str) -> None:
        """No removal of `user` pending: they joined `room` again (a later leave is theirs), or
        the removal failed."""
        self._pending.discard((room, user))

    def reason(self, room: str, user: str, told: LeaveReason = LeaveReason.LEFT) -> LeaveReason:
        """Why `user` is gone from `room`: the bot's removal where it made one, else `told`."""
        if (room, user) in self._pending:
            self._pending.discard((room, user))
            return LeaveReason.KICKED if told is LeaveReason.LEFT else told
        return told
