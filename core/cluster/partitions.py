"""Which stream an event goes to, and every Redis key's name. Partitions are by community,
not by chat: a community's state (members, check-ins, flood windows) is authoritative in its
owner's memory, so all its chats must land on one worker — and one chat's events stay in order
as a consequence."""

from __future__ import annotations

from zlib import crc32

from ..events import Event, JobDue
from ..settings.schema import Settings

GROUP = "workers"  # the consumer group every worker joins


def text_of(value: bytes | str) -> str:
    """A stream name, entry id or group field as Redis returned it (bytes unless decoding)."""
    return value.decode() if isinstance(value, bytes) else value


def partition_of(name: str, partitions: int) -> int:
    return crc32(name.encode()) % partitions


class Keys:
    """Every Redis key of one deployment, under its prefix."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def stream(self, partition: int) -> str:
        return f"{self.prefix}:events:{partition}"

    def lease(self, partition: int) -> str:
        return f"{self.prefix}:lease:{partition}"

    def incarnation(self) -> str:
        """Set once per Redis lifetime: its absence means Redis forgot everything."""
        return f"{self.prefix}:incarnation"

    def rate(self, platform: str, bucket: str, chat: str = "") -> str:
        """An outbound limit: a chat's bucket or block, or the platform's global bucket."""
        return f"{self.prefix}:rl:{platform}:{bucket}" + (f":{chat}" if chat else "")

    def admins(self, chat: str) -> str:
        return f"{self.prefix}:admins:{chat}"

    def admin_changes(self) -> str:
        """The channel announcing chats whose admin list changed."""
        return f"{self.prefix}:admins-changed"

    def worker(self, worker_id: str) -> str:
        return f"{self.prefix}:worker:{worker_id}"

    def workers_pattern(self) -> str:
        return f"{self.prefix}:worker:*"

    def all_pattern(self) -> str:
        return f"{self.prefix}:*"


class Router:
    """Maps an event to its partition: the community its chat belongs to, else the chat."""

    def __init__(self, settings: Settings) -> None:
        self.partitions = settings.cluster.partitions
        self.chats = settings.community_chats()
        self.by_community = {
            name: partition_of(name, self.partitions) for name in settings.communities
        }

    def partition(self, event: Event) -> int:
        if isinstance(event, JobDue):
            return partition_of(event.community, self.partitions)
        chat = event.chat
        name = self.chats.get(chat) if chat is not None else None
        if name is None and len(self.by_community) == 1:
            name = next(iter(self.by_community))  # private chats belong to the only community
        return partition_of(name if name is not None else chat or "", self.partitions)

    def communities_in(self, partition: int) -> list[str]:
        return [name for name, p in self.by_community.items() if p == partition]
