"""What a feature may ask of the engine beyond its own community, by name.

The context keeps the engine private: a feature sees these views (admin lists, the chat
directory, private routes, connections, a platform's member queries, the settings of every
community) and nothing else of it, so a feature cannot come to depend on the engine's parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ..adapter_queries import MemberQueries
from ..capabilities import Capability
from ..errors import Unsupported
from ..events import Event
from ..refs import Ref
from ..roles import Role

if TYPE_CHECKING:
    from ..clock import Clock
    from ..settings.schema import Settings
    from .context import Context
    from .engine import Engine


class AdminLists(Protocol):
    """The platform's admin lists, cached by the engine (core/engine/admins.py)."""

    async def ensure(self, chat: Ref) -> None:
        """Fetch the chat's list unless a fresh one is known (before `known`, in `prepare`)."""

    def fresh(self, chat: Ref) -> bool:
        """A fresh list is in memory: `ensure` would not ask (spares a coroutine per message)."""

    def known(self, chat: Ref) -> dict[str, Role]:
        """The chat's admins as last fetched ({} before any `ensure`)."""

    def invalidate(self, chat: Ref) -> None:
        """The list changed on the platform: fetch it again next time."""


class ChatDirectory(Protocol):
    """Which community a chat belongs to, and a community's chats."""

    def community_of(self, chat: str | None) -> str | None: ...

    def chats_of(self, community: str) -> list[Ref]: ...


class PrivateRouting(Protocol):
    """Where a member's next private message goes, for communities that asked them something
    in private (a captcha, a privacy command)."""

    def route(self, user: str, community: str) -> None: ...

    def forget(self, user: str) -> None: ...


class ConnectionMap(Protocol):
    """Members connected to a group, who send its commands in private (`/connect`)."""

    def of(self, user: str) -> tuple[str, Ref] | None: ...

    def connect(self, ctx: Context, user: Ref, chat: Ref) -> None: ...

    def disconnect(self, ctx: Context, user: Ref) -> tuple[str, Ref] | None: ...


class EngineSeams:
    """The named views of the engine that `Context` offers (mixed into it)."""

    __slots__ = ()
    _engine: Engine
    event: Event

    @property
    def admins(self) -> AdminLists:
        return self._engine.admins

    @property
    def directory(self) -> ChatDirectory:
        return self._engine.directory

    @property
    def routes(self) -> PrivateRouting:
        return self._engine.routes

    @property
    def connections(self) -> ConnectionMap:
        return self._engine.connections

    @property
    def settings(self) -> Settings:
        """Every community's settings and rulesets (federations, shared bans and the reception
        look beyond the event's community)."""
        return self._engine.settings

    @property
    def dialect(self) -> str:
        """The database's SQL dialect ("sqlite", "postgres"), for values stored differently."""
        return self._engine.database.dialect

    @property
    def clock(self) -> Clock:
        """The engine's clock: the time now, where the event's own time (`now`) will not do."""
        return self._engine.clock

    @property
    def scope(self) -> object:
        """An object that lives as long as the engine: the key of a feature's engine-wide
        cache (moderation's index of spam waves)."""
        return self._engine

    def capabilities(self, platform: str) -> frozenset[Capability] | None:
        """What the platform's adapter can do; None when no adapter is attached."""
        return self._engine.capabilities(platform)

    def queries(self, platform: str) -> MemberQueries | None:
        """The platform's member queries, or None when no adapter is attached or it answers
        no queries (the feature then falls back to knowing nothing: no names, rights, count)."""
        adapter = self._engine.adapters.get(platform)
        return adapter.queries if adapter is not None else None

    def deletes_service_notices(self, platform: str) -> bool:
        """Whether the platform's join and leave notices are messages the bot may delete; an
        adapter not attached yet is assumed to (as in `Context.can`)."""
        adapter = self._engine.adapters.get(platform)
        return adapter is None or adapter.service_notices

    def deletes_spans(self, platform: str) -> bool:
        """Whether the platform's adapter deletes a stretch of messages named by its first
        and last (its ids are not numbered: Matrix)."""
        adapter = self._engine.adapters.get(platform)
        return adapter is not None and adapter.deletes_spans

    def is_platform_account(self, user: Ref) -> bool:
        """Whether `user` is the bot itself or an identity the platform posts under on
        others' behalf (Telegram's anonymous admin and channel stand-ins): never a member a
        moderator can act against."""
        adapter = self._engine.adapters.get(user.platform)
        return adapter is not None and user in adapter.platform_accounts()

    def is_own_handle(self, platform: str, word: str) -> bool:
        """Whether `word` (`@groupops_bot`) is the bot's own @name on `platform`: the bot is
        no member, though it never posts where the engine would learn its handle."""
        adapter = self._engine.adapters.get(platform)
        handle = adapter.own_handle() if adapter is not None else ""
        return bool(handle) and word.removeprefix("@").casefold() == handle.casefold()

    def user_id_of(self, platform: str, word: str) -> Ref | None:
        """The account `word` names where the platform's adapter says what its ids look like
        (`Adapter.user_id`)."""
        adapter = self._engine.adapters.get(platform)
        pattern = adapter.user_id if adapter is not None else None
        return Ref.user(platform, word) if pattern is not None and pattern.fullmatch(word) else None

    def addresses_by_name(self, platform: str) -> bool:
        """Whether an `@word` no member holds as a handle may be a display name on `platform`
        (`Adapter.addressed_by_name`); an adapter not attached yet is assumed to."""
        adapter = self._engine.adapters.get(platform)
        return adapter is None or adapter.addressed_by_name

    def sender_chat_of(self, platform: str, word: str) -> Ref | None:
        """The chat (a Telegram channel) `word` names where the platform's chats post as
        senders (`Adapter.sender_chat_id`)."""
        adapter = self._engine.adapters.get(platform)
        pattern = adapter.sender_chat_id if adapter is not None else None
        if pattern is None or not pattern.fullmatch(word):
            return None
        return Ref.chat(platform, int(word) if word.lstrip("-").isdecimal() else word)

    def platform_name(self, platform: str) -> str:
        """The platform as members read its name (`Adapter.display_name`: "WeChat"); one no
        adapter is attached for, capitalised."""
        adapter = self._engine.adapters.get(platform)
        return adapter.display_name if adapter is not None else platform.capitalize()

    def offers_buttons(self, platform: str) -> bool:
        """Whether members can press buttons under the bot's messages there (its adapter
        delivers button presses); an adapter not attached yet is assumed to."""
        adapter = self._engine.adapters.get(platform)
        return adapter is None or adapter.shows_buttons

    async def download(self, platform: str, file: str, limit: int) -> bytes:
        """A file a member sent, at most `limit` bytes (`Unsupported`, `ActionError`)."""
        adapter = self._engine.adapters.get(platform)
        if adapter is None:
            raise Unsupported("", "file.download")
        return await adapter.download(file, limit)

    def membership_in_memory(self, user: str) -> dict[str, bool]:
        """For each community whose state is loaded: whether `user` is a member there now, as
        the events decided so far have it (the database lags behind a batch not committed)."""
        found: dict[str, bool] = {}
        for name in self._engine.settings.communities:
            state = self._engine.state.get(name)
            if state is not None:
                member = state.members.get(state.member_key(user))
                found[name] = member is not None and member.status == "member"
        return found

    def unclaimed_command(self) -> bool:
        """The event is a command sent in private that no community claims."""
        return self._engine.unclaimed_command(self.event)

    def reload_community(self, community: str) -> None:
        """Read the community afresh once this event has committed (its state changed behind
        the slices, as when a member is erased)."""
        self._engine.state.invalidate_later(community)
