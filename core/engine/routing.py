"""Which community a private chat's event belongs to.

A private chat is in no community's settings. A button can name its community in its data
(`@{community}|…`, kept short for Telegram's 64-byte limit), and so can an invoice's payload
(the payment events carry it back); a component can route a user's private messages to a
community for a while (a captcha answered before a join request is approved). Routes live in
this process; a single-community deployment needs none.
"""

from __future__ import annotations

from collections.abc import Container

from ..events import ButtonPressed, Event, MessageEvent, PaymentEvent

MARK = "@"
DATA_LIMIT = 64  # bytes of callback data Telegram accepts


def routed_data(community: str, data: str) -> str:
    """Button data that finds its community from a private chat."""
    routed = f"{MARK}{community}|{data}"
    return routed if len(routed.encode()) <= DATA_LIMIT else data


def split_route(data: str) -> tuple[str | None, str]:
    """(community, data) of routed button data; (None, data) for other data."""
    if not data.startswith(MARK) or "|" not in data:
        return None, data
    community, _, rest = data[1:].partition("|")
    return community, rest


class PrivateRoutes:
    def __init__(self) -> None:
        self._users: dict[str, str] = {}

    def route(self, user: str, community: str) -> None:
        self._users[user] = community

    def forget(self, user: str) -> None:
        self._users.pop(user, None)

    def community_of(self, event: Event, communities: Container[str]) -> str | None:
        if isinstance(event, ButtonPressed):
            community, _ = split_route(event.data)
            if community is not None and community in communities:
                return community
            return self._users.get(event.member)
        if isinstance(event, PaymentEvent):  # the invoice's payload names its community
            community, _ = split_route(event.payload)
            return community if community is not None and community in communities else None
        if isinstance(event, MessageEvent) and event.private:
            return self._users.get(event.sender)
        return None
