"""Which community a chat belongs to: settings first, then chats that changed id."""

from __future__ import annotations

from loguru import logger

from ..refs import Ref
from ..settings.schema import Settings
from ..storage.models import ChatAlias, ChatRow, CommunityRow


class Directory:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._chats: dict[str, str] = dict(settings.community_chats())
        self._unknown_logged: set[str] = set()

    def community_of(self, chat: str | None) -> str | None:
        if chat is None:
            return None
        name = self._chats.get(chat)
        if name is None and chat not in self._unknown_logged:
            self._unknown_logged.add(chat)
            logger.info(
                "chat {} is not in any community; add it under communities.NAME.chats", chat
            )
        return name

    def chats_of(self, community: str) -> list[Ref]:
        return [Ref(chat) for chat, name in self._chats.items() if name == community]

    def add_alias(self, old: str, new: str) -> str | None:
        name = self._chats.get(old)
        if name is not None:
            self._chats[new] = name
        return name

    async def sync(self) -> None:
        """Record communities and chats from settings; pick up chats that changed id."""
        for name, community in self.settings.communities.items():
            await CommunityRow.update_or_create(
                {"ruleset": community.ruleset, "title": community.title}, name=name
            )
            for chat in community.chats:
                await ChatRow.get_or_create(
                    {"community": name, "platform": chat.platform}, ref=chat
                )
        for old, new in await ChatAlias.all().values_list("old_ref", "new_ref"):
            name = self.add_alias(old, new)
            if name is not None:
                logger.info("chat {} now answers as {} (community {})", old, new, name)
