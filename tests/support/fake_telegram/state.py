"""The fake's world: users, chats with members, restrictions, messages and invite links, and
the update queue. Test code acts as members through it (say, join, request_join, migrate)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

BOT_ID = 900001
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "Groupops", "username": "groupops_bot"}
JOIN_REQUEST_WRITE_WINDOW = 300  # seconds the bot may write to one who asked to join
CHANNEL_BOT = {"id": 136817688, "is_bot": True, "first_name": "Channel", "username": "Channel_Bot"}


ADMIN_RIGHTS = (
    "can_be_edited",
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_send_welcome_messages",
    "can_pin_messages",  # groups and supergroups only
    "can_manage_topics",  # supergroups only
)
PERMISSIONS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_react_to_messages",
    "can_edit_tag",
)


def member_json(user: dict[str, Any], status: str, **extra: Any) -> dict[str, Any]:
    """A ChatMember object with the fields Telegram always sends for its status."""
    member: dict[str, Any] = {"user": user, "status": status}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member |= {"is_anonymous": False} | dict.fromkeys(ADMIN_RIGHTS, True)
        member["can_be_edited"] = False
    elif status == "restricted":
        member |= {"is_member": True, "until_date": 0} | dict.fromkeys(PERMISSIONS, True)
    elif status == "kicked":
        member["until_date"] = 0
    return member | extra


@dataclass
class FakeChat:
    id: int
    type: str = "supergroup"
    title: str = "Group"
    is_forum: bool = False
    members: dict[int, dict[str, Any]] = field(default_factory=dict)  # user id -> chat member
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    invite_links: dict[str, dict[str, Any]] = field(default_factory=dict)
    join_requests: dict[int, dict[str, Any] | None] = field(default_factory=dict)
    banned_sender_chats: set[int] = field(default_factory=set)
    pinned: list[int] = field(default_factory=list)  # oldest first
    notified_pins: list[int] = field(default_factory=list)  # pins that notified members
    next_message_id: int = 1
    migrated_to: int | None = None
    linked_chat_id: int | None = None  # a supergroup's discussion channel, or a channel's group
    topics: dict[int, dict[str, Any]] = field(default_factory=dict)  # thread id -> ForumTopic
    # a private chat the bot opened through a join request (`user_chat_id`) before the user
    # ever wrote to it: usable only while that request is pending, for 5 minutes
    through_request: bool = False

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type, "title": self.title}
        if self.is_forum:
            data["is_forum"] = True
        return data

    def status(self, user_id: int) -> str:
        return self.members.get(user_id, {}).get("status", "left")

    def present(self, user_id: int) -> bool:
        member = self.members.get(user_id, {})
        return member.get("status") in ("creator", "administrator", "member") or bool(
            member.get("is_member")
        )


class FakeWorld:
    def __init__(self, clock: Any = None) -> None:
        self.clock = clock
        self.users: dict[int, dict[str, Any]] = {BOT_ID: BOT_USER}
        self.chats: dict[int, FakeChat] = {}
        # Privacy mode, as @BotFather's /setprivacy leaves it (on by default): a bot that is
        # not an admin gets only commands, replies to it and service messages.
        self.reads_all_messages = False
        # Telegram posts "X joined" / "X left" messages beside the chat_member updates; off
        # unless a test asks, so tests written before keep their message numbering.
        self.service_messages = False
        self.updates: list[dict[str, Any]] = []
        self.files: dict[str, bytes] = {}  # file id -> what the bot or a member uploaded
        self.next_update_id = 1000
        self.next_query = 0
        # callback query id -> None while the client shows its spinner, then the answer
        self.queries: dict[str, dict[str, Any] | None] = {}
        self.request_times: dict[int, int] = {}  # user id -> when they last asked to join
        self.confirmed = 0  # update ids below this were acknowledged by the bot
        self.allowed_updates: list[str] | None = None
        self.arrived = asyncio.Event()
        self.polled = asyncio.Event()  # the bot asked for updates (and said which kinds)
        self.acknowledged = asyncio.Condition()
        # the bot's command lists: ((scope type, chat id, user id), language code) -> commands
        self.command_menus: dict[tuple[tuple[str, Any, Any], str], list[dict[str, str]]] = {}

    def now(self) -> int:
        moment = self.clock.now() if self.clock is not None else datetime.now(UTC)
        return int(moment.timestamp())

    # --- setup --------------------------------------------------------------------------------

    def user(
        self, user_id: int, name: str, language: str | None = None, username: str | None = None
    ) -> dict[str, Any]:
        user = {"id": user_id, "is_bot": False, "first_name": name}
        if username:
            user["username"] = username
        if language:
            user["language_code"] = language
        self.users[user_id] = user
        return user

    def group(self, chat_id: int, title: str = "Group", **options: Any) -> FakeChat:
        chat = FakeChat(chat_id, title=title, **options)
        chat.members[BOT_ID] = member_json(BOT_USER, "administrator")
        self.chats[chat_id] = chat
        return chat

    def private(self, user_id: int) -> FakeChat:
        """The user started the bot: a private chat whose id is the user's id."""
        user = self.users[user_id]
        chat = FakeChat(user_id, type="private", title=user["first_name"])
        self.chats[user_id] = chat
        return chat

    def add_member(self, chat_id: int, user_id: int, status: str = "member") -> None:
        self.chats[chat_id].members[user_id] = member_json(self.users[user_id], status)

    def bot_rights(self, chat_id: int, *, status: str = "administrator", **rights: bool) -> None:
        """What the group's owner gave the bot: a plain member, or an admin missing some
        rights (`can_delete_messages=False`)."""
        self.chats[chat_id].members[BOT_ID] = member_json(BOT_USER, status) | rights

    def me(self) -> dict[str, Any]:
        """getMe: a bot's User carries what @BotFather set."""
        return BOT_USER | {
            "can_join_groups": True,
            "can_read_all_group_messages": self.reads_all_messages,
            "supports_inline_queries": False,
        }

    def sees(self, chat: FakeChat, message: dict[str, Any]) -> bool:
        """Whether Telegram delivers a group message to the bot (privacy mode)."""
        if chat.type == "private" or self.reads_all_messages:
            return True
        if chat.status(BOT_ID) in ("administrator", "creator"):
            return True
        replied = message.get("reply_to_message", {}).get("from", {})
        return message.get("text", "").startswith("/") or replied.get("id") == BOT_ID

    # --- updates ------------------------------------------------------------------------------

    def push(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        allowed = self.allowed_updates
        if kind in ("chat_member", "message_reaction") and (not allowed or kind not in allowed):
            return {}  # Telegram sends these only when asked for by name
        update = {"update_id": self.next_update_id, kind: body}
        self.next_update_id += 1
        self.updates.append(update)
        self.arrived.set()
        return update

    def pending(self, offset: int) -> list[dict[str, Any]]:
        return [u for u in self.updates if u["update_id"] >= offset]

    async def confirm(self, offset: int) -> None:
        async with self.acknowledged:
            self.confirmed = max(self.confirmed, offset)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            self.acknowledged.notify_all()

    async def wait_acknowledged(self) -> None:
        """Until every update pushed so far was committed and confirmed by the bot."""
        last = self.next_update_id
        async with self.acknowledged:
            await self.acknowledged.wait_for(lambda: self.confirmed >= last)

    # --- members acting -----------------------------------------------------------------------

    def post(self, chat_id: int, sender: dict[str, Any], text: str = "", **extra: Any) -> dict:
        chat = self.chats[chat_id]
        message = {
            "message_id": chat.next_message_id,
            "date": self.now(),
            "chat": chat.as_json(),
            "from": sender,
            **({"text": text} if text else {}),
            **extra,
        }
        if text.startswith("/") and sender["id"] != BOT_ID:  # Telegram marks commands
            command = text.split()[0]
            styled = [e for e in message.get("entities", []) if e.get("type") != "bot_command"]
            mark = {"type": "bot_command", "offset": 0, "length": len(command)}
            message["entities"] = [mark, *styled]  # with what the sender's app formatted
        chat.next_message_id += 1
        chat.messages[message["message_id"]] = message
        return message

    def say(self, chat_id: int, user_id: int, text: str, **extra: Any) -> dict[str, Any]:
        if chat_id == user_id and chat_id not in self.chats:  # /start: the user opens it
            self.private(user_id)
        self.chats[chat_id].through_request = False  # the user wrote: the bot may answer
        message = self.post(chat_id, self.users[user_id], text, **extra)
        if self.sees(self.chats[chat_id], message):
            self.push("message", message)
        return message

    def document(self, data: bytes, name: str) -> dict[str, Any]:
        """A stored file as a message's `document` (a member's upload, or the bot's)."""
        file_id = f"doc{len(self.files) + 1}"
        self.files[file_id] = data
        return {"file_id": file_id, "file_unique_id": file_id, "file_name": name,
                "mime_type": "application/json", "file_size": len(data)}  # fmt: skip

    def say_as_channel(self, chat_id: int, channel: dict[str, Any], text: str) -> dict:
        message = self.post(chat_id, CHANNEL_BOT, text, sender_chat=channel)
        self.push("message", message)
        return message

    def member_change(
        self, chat_id: int, user_id: int, new: dict[str, Any], actor: int, link: dict | None = None
    ) -> None:
        chat = self.chats[chat_id]
        old = chat.members.get(user_id) or member_json(self.users[user_id], "left")
        new = member_json(self.users[user_id], **new)
        chat.members[user_id] = new
        body = {
            "chat": chat.as_json(),
            "from": self.users[actor],
            "date": self.now(),
            "old_chat_member": old,
            "new_chat_member": new,
        }
        if link is not None:
            body["invite_link"] = link
        self.push("chat_member", body)

    def join(self, chat_id: int, user_id: int, link: str | None = None) -> None:
        invite = self.chats[chat_id].invite_links.get(link) if link else None
        if invite is not None:
            invite["uses"] = invite.get("uses", 0) + 1
        self.member_change(chat_id, user_id, {"status": "member"}, user_id, invite)
        self.notice(chat_id, user_id, new_chat_members=[self.users[user_id]])

    def leave(self, chat_id: int, user_id: int) -> None:
        self.member_change(chat_id, user_id, {"status": "left"}, user_id)
        self.notice(chat_id, user_id, left_chat_member=self.users[user_id])

    def notice(self, chat_id: int, user_id: int, **service: Any) -> None:
        """The service message Telegram posts for a join or leave (bots get it in privacy
        mode too)."""
        if self.service_messages and self.chats[chat_id].type != "private":
            self.push("message", self.post(chat_id, self.users[user_id], **service))

    def requested_lately(self, user_id: int) -> bool:
        """Whether `user_id` asked to join a chat in the last 5 minutes and the request is not
        yet approved or declined: the bot may write (Bot API, `ChatJoinRequest.user_chat_id`)."""
        asked = self.request_times.get(user_id)
        return asked is not None and self.now() - asked <= JOIN_REQUEST_WRITE_WINDOW

    def request_join(self, chat_id: int, user_id: int, link: str | None = None) -> None:
        chat = self.chats[chat_id]
        invite = chat.invite_links.get(link) if link else None
        chat.join_requests[user_id] = invite
        self.request_times[user_id] = self.now()
        body = {
            "chat": chat.as_json(),
            "from": self.users[user_id],
            "user_chat_id": user_id,
            "date": self.now(),
        }
        if invite is not None:
            body["invite_link"] = invite
        self.push("chat_join_request", body)

    def buttons(self, chat_id: int, message_id: int) -> list[dict[str, Any]]:
        """The inline buttons under a message, as a client shows them."""
        markup = self.chats[chat_id].messages[message_id].get("reply_markup") or {}
        return [key for row in markup.get("inline_keyboard", []) for key in row]

    def press(self, chat_id: int, user_id: int, message_id: int, text: str) -> dict[str, Any]:
        """`user_id` presses the button labelled `text` under a message: a callback query."""
        message = self.chats[chat_id].messages[message_id]
        if message.get("deleted"):
            raise LookupError(f"message {message_id} was deleted: nothing to press")
        found = [k for k in self.buttons(chat_id, message_id) if k["text"] == text]
        if not found or "callback_data" not in found[0]:
            raise LookupError(f"no button {text!r} under message {message_id}")
        return self.press_data(chat_id, user_id, message_id, found[0]["callback_data"])

    def press_data(self, chat_id: int, user_id: int, message_id: int, data: str) -> dict:
        """A callback query with `data` under a message, whatever its buttons carry: Telegram
        passes on the data a modified client sends."""
        self.next_query += 1
        self.queries[str(self.next_query)] = None
        body = {
            "id": str(self.next_query),
            "from": self.users[user_id],
            "chat_instance": str(chat_id),
            "message": self.chats[chat_id].messages[message_id],
            "data": data,
        }
        return self.push("callback_query", body)

    def add_bot(self, chat_id: int, title: str, by: int, chat_type: str = "supergroup") -> FakeChat:
        """A member adds the bot to their group: a `my_chat_member` update, as Telegram sends."""
        chat = FakeChat(chat_id, type=chat_type, title=title)
        chat.members[by] = member_json(self.users[by], "creator")
        chat.members[BOT_ID] = member_json(BOT_USER, "member")
        self.chats[chat_id] = chat
        body = {
            "chat": chat.as_json(),
            "from": self.users[by],
            "date": self.now(),
            "old_chat_member": member_json(BOT_USER, "left"),
            "new_chat_member": chat.members[BOT_ID],
        }
        self.push("my_chat_member", body)
        return chat

    def migrate(self, chat_id: int, new_id: int) -> FakeChat:
        """A group becomes a supergroup: a new id, the old chat says where it went."""
        old = self.chats[chat_id]
        new = FakeChat(new_id, title=old.title, members=dict(old.members))
        self.chats[new_id] = new
        old.migrated_to = new_id
        admin = next(u for u, m in old.members.items() if m["status"] == "creator")
        self.push("message", self.post(chat_id, self.users[admin], migrate_to_chat_id=new_id))
        self.push("message", self.post(new_id, self.users[admin], migrate_from_chat_id=chat_id))
        return new

    # --- what members see ---------------------------------------------------------------------

    def bot_messages(self, chat_id: int) -> list[dict[str, Any]]:
        chat = self.chats[chat_id]
        return [
            m for m in chat.messages.values() if m["from"]["id"] == BOT_ID and not m.get("deleted")
        ]

    def texts(self, chat_id: int) -> list[str]:
        return [m.get("text", m.get("caption", "")) for m in self.bot_messages(chat_id)]

    def visible(self, chat_id: int) -> list[str]:
        """Every message still in the chat, as members see it."""
        return [
            m.get("text", "") for m in self.chats[chat_id].messages.values() if not m.get("deleted")
        ]
