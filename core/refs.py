"""Platform-namespaced references: `telegram:-1001234567890`, `wechat:123@chatroom`,
`telegram:user:42`.

A reference is a `str` subclass so it is a cheap dict key and serialises as itself; ids stay
exact strings, never ints, because Telegram ids exceed 32 bits and WeChat ids are not numeric.
"""

from __future__ import annotations

from typing import Literal

from .errors import InvalidRef

RefKind = Literal["chat", "user"]
_USER = "user:"


class Ref(str):
    """`platform:id` for a chat, `platform:user:id` for a user."""

    __slots__ = ()

    def __new__(cls, value: str) -> Ref:
        platform, sep, rest = value.partition(":")
        if not sep or not platform or not rest or rest == _USER or not platform.isidentifier():
            raise InvalidRef(value)
        return super().__new__(cls, value)

    @classmethod
    def chat(cls, platform: str, chat_id: object) -> Ref:
        return cls(f"{platform}:{chat_id}")

    @classmethod
    def user(cls, platform: str, user_id: object) -> Ref:
        return cls(f"{platform}:{_USER}{user_id}")

    @property
    def platform(self) -> str:
        return self.partition(":")[0]

    @property
    def kind(self) -> RefKind:
        return "user" if self.partition(":")[2].startswith(_USER) else "chat"

    @property
    def local_id(self) -> str:
        """The platform's own id, exactly as the platform wrote it."""
        rest = self.partition(":")[2]
        return rest[len(_USER) :] if rest.startswith(_USER) else rest

    def __repr__(self) -> str:
        return f"Ref({str.__repr__(self)})"


def held_by_chat(account: str) -> bool:
    """Whether a member key is a chat's (a channel or the group posting as itself): no
    member, though older rows may hold points for one. An erased member's alias (no
    platform's) reads as one too: callers that keep those rows check for it first."""
    platform, sep, rest = account.partition(":")
    return bool(sep) and platform.isidentifier() and bool(rest) and not rest.startswith(_USER)
