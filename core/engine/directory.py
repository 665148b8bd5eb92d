"""Which community a chat belongs to: settings first, then chats that changed id."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from loguru import logger

from ..bounded import BoundedSet
from ..refs import Ref
from ..settings.schema import Settings
from ..storage.models import ChatAlias, ChatRow, CommunityRow
from .tables import CHAT_INSERT, COMMUNITY_UPSERT

if TYPE_CHECKING:
    from ..storage.database import Database


class Directory:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._chats: dict[str, str] = {
            chat: name for chat, name in settings.community_chats().items()
        }
        # A community's admin (log) chat: its commands and button presses (review verdicts,
        # /log, /undo) reach the community even when the chat is not one of its groups.
        self._admin_chats: dict[str, str] = {
            str(c.admin_chat): name for name, c in settings.communities.items() if c.admin_chat
        }
        self._unknown_logged: BoundedSet[str] = BoundedSet("engine.unknown_chats")

    def community_of(self, chat: str | None, private: bool = False) -> str | None:
        """`private`: a one-to-one chat with the bot, never listed, so not worth a line."""
        if chat is None:
            return None
        name = self._chats.get(chat)
        if (
            name is None
            and not private
            and chat not in self._admin_chats  # known: a community's admin chat
            and chat not in self._unknown_logged
        ):
            self._unknown_logged.add(chat)
            logger.info(
                "chat {} is not in any community; add it under communities.NAME.chats", chat
            )
        return name

    def admin_community(self, chat: str | None) -> str | None:
        return self._admin_chats.get(chat) if chat is not None else None

    def chats_of(self, community: str) -> list[Ref]:
        return [Ref(chat) for chat, name in self._chats.items() if name == community]

    def add_alias(self, old: str, new: str) -> str | None:
        name = self._chats.get(old)
        if name is not None:
            self._chats[new] = name
        return name

    async def sync(self, database: Database) -> None:
        """Record communities and chats from settings; pick up chats that changed id.

        Two reads and at most two bulk writes, whatever the number of communities (a worker
        with 10,000 communities starts in seconds, not minutes)."""
        now = datetime.now(UTC)
        known = {
            name: (ruleset, title)
            for name, ruleset, title in await CommunityRow.all().values_list(
                "name", "ruleset", "title"
            )
        }
        chats = set(await ChatRow.all().values_list("ref", flat=True))
        communities, new_chats = [], []
        for name, community in self.settings.communities.items():
            title = community.title_in()
            if known.get(name) != (community.ruleset, title):
                communities.append((name, community.ruleset, title, now))
            new_chats += [
                (chat, name, chat.platform, "", now)
                for chat in community.chats
                if chat not in chats
            ]
        if communities or new_chats:
            async with database.transaction() as conn:
                await database.write(
                    conn, [(COMMUNITY_UPSERT, communities), (CHAT_INSERT, new_chats)]
                )
        for old, new in await ChatAlias.all().values_list("old_ref", "new_ref"):
            aliased_in = self.add_alias(old, new)
            if aliased_in is not None:
                logger.info("chat {} now answers as {} (community {})", old, new, aliased_in)
