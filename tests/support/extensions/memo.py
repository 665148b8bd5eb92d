"""An adapter: a messenger kept in memory ("memo"), enough for the engine to moderate and
answer. Registered by one entry point line: `memo = "support.extensions.memo:MemoAdapter"`."""

from __future__ import annotations

import itertools
import secrets
from datetime import UTC, datetime

from groupops.core.actions import ActionResult, DeleteMessages, Reply, SendMessage
from groupops.core.adapter import Adapter, EventSink, MemberInfo
from groupops.core.adapter_queries import MemberQueries
from groupops.core.errors import TargetNotFound
from groupops.core.events import MessageReceived
from groupops.core.refs import Ref
from groupops.core.segments import Rendered, Text, plain_text

INSTANCES: list[MemoAdapter] = []  # the scenario reaches the one the engine built


class MemoAdapter(Adapter, MemberQueries):
    platform = "memo"
    name = "memo"

    def __init__(self, admins: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.admins = frozenset(admins)
        self.sink: EventSink | None = None
        self.chats: dict[str, dict[str, str]] = {}  # chat id -> message id -> text
        self.sent: list[tuple[str, str]] = []  # (chat id, text) the bot posted
        # message ids, and so event keys, carry this run: the memo messenger lives in the
        # process, and ids counted from 1 again would be taken for messages seen before
        self.run = secrets.token_hex(4)
        self.ids = itertools.count(1)
        INSTANCES.append(self)

    async def start(self, sink: EventSink) -> None:
        self.sink = sink

    async def stop(self) -> None:
        self.sink = None

    async def say(self, chat: str, user: str, text: str) -> None:
        """A member posts `text`; returns once the engine committed it."""
        assert self.sink is not None
        message_id = f"{self.run}.{next(self.ids)}"
        self.chats.setdefault(chat, {})[message_id] = text
        await self.sink.submit(
            MessageReceived(
                key=f"memo:{chat}:{message_id}",  # the same message twice is one event
                chat=Ref(f"memo:{chat}"),
                time=datetime.now(UTC),
                sender=Ref(f"memo:user:{user}"),
                sender_name=user.title(),
                message_id=message_id,
                segments=(Text(text),),
            )
        )

    def _post(self, chat: Ref, text: str) -> ActionResult:
        message_id = f"{self.run}.{next(self.ids)}"
        self.chats.setdefault(chat.local_id, {})[message_id] = text
        self.sent.append((chat.local_id, text))
        return ActionResult(message_ids=(message_id,))

    async def send_message(self, action: SendMessage[Rendered]) -> ActionResult:
        return self._post(action.chat, plain_text(action.segments))

    async def reply(self, action: Reply[Rendered]) -> ActionResult:
        return self._post(action.chat, plain_text(action.segments))

    async def delete_messages(self, action: DeleteMessages) -> ActionResult:
        messages = self.chats.get(action.chat.local_id, {})
        for message_id in action.message_ids:
            if messages.pop(message_id, None) is None:
                raise TargetNotFound(f"message {message_id} is not in {action.chat}")
        return ActionResult()

    async def get_member(self, chat: Ref, user: Ref) -> MemberInfo:
        status = "admin" if user.local_id in self.admins else "member"
        return MemberInfo(user, user.local_id.title(), status)

    async def list_admins(self, chat: Ref) -> list[MemberInfo]:
        return [MemberInfo(Ref(f"memo:user:{a}"), a.title(), "admin") for a in self.admins]
