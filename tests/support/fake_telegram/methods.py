"""The Bot API methods the fake implements: each checks what Telegram checks and changes the
world the way Telegram would (including the chat_member updates a ban or approval causes)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from .state import BOT_ID, BOT_USER, FakeChat, FakeWorld, member_json

DELETE_WINDOW = 48 * 3600
MIN_RESTRICTION, MAX_RESTRICTION = 30, 366 * 86400


class ApiError(Exception):
    def __init__(
        self,
        code: int,
        description: str,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after
        self.migrate_to_chat_id = migrate_to_chat_id


def _chat(world: FakeWorld, params: dict[str, Any]) -> FakeChat:
    chat = world.chats.get(params["chat_id"])
    if chat is None:
        raise ApiError(400, "Bad Request: chat not found")
    if chat.migrated_to is not None:
        raise ApiError(
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            migrate_to_chat_id=chat.migrated_to,
        )
    return chat


def _admin(world: FakeWorld, params: dict[str, Any], right: str = "") -> FakeChat:
    """The chat, if the bot is an admin there holding `right` (as Telegram checks it)."""
    chat = _chat(world, params)
    if chat.type == "private":
        return chat
    member = chat.members.get(BOT_ID, {})
    if member.get("status") != "administrator" or (right and not member.get(right)):
        raise ApiError(400, "Bad Request: not enough rights")
    return chat


def _target(world: FakeWorld, chat: FakeChat, user_id: int) -> dict[str, Any]:
    if user_id not in world.users:
        raise ApiError(400, "Bad Request: user not found")
    if chat.status(user_id) in ("creator", "administrator"):
        raise ApiError(400, "Bad Request: user is an administrator of the chat")
    return world.users[user_id]


def _message(world: FakeWorld, chat: FakeChat, params: dict[str, Any], text: str, **extra) -> dict:
    if chat.type != "private" and chat.status(BOT_ID) == "kicked":
        raise ApiError(403, f"Forbidden: bot was kicked from the {chat.type} chat")
    if "message_thread_id" in params:
        if not chat.is_forum:
            raise ApiError(400, "Bad Request: message thread not found")
        extra |= {"message_thread_id": params["message_thread_id"], "is_topic_message": True}
    reply = params.get("reply_parameters")
    if reply is not None:
        replied = chat.messages.get(reply.get("message_id"))
        if replied is None and not reply.get("allow_sending_without_reply"):
            raise ApiError(400, "Bad Request: message to be replied not found")
        if replied is not None:
            extra["reply_to_message"] = replied
    for key in ("entities", "reply_markup", "caption_entities"):
        if key in params:
            extra[key] = params[key]
    return world.post(chat.id, BOT_USER, text, **extra)


def send_message(world: FakeWorld, params: dict[str, Any]) -> dict:
    chat = world.chats.get(params["chat_id"])
    if chat is None and params["chat_id"] > 0 and world.requested_lately(params["chat_id"]):
        chat = world.private(params["chat_id"])  # allowed for 5 minutes after a join request
        chat.through_request = True
    # a user who never wrote to the bot: only through a pending join request
    unopened = chat is None or (chat.through_request and not world.requested_lately(chat.id))
    if unopened and params["chat_id"] > 0:
        raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
    chat = _chat(world, params)
    if not params["text"].strip():  # Telegram trims the text before checking it
        raise ApiError(400, "Bad Request: message text is empty")
    if len(params["text"]) > 4096:
        raise ApiError(400, "Bad Request: message is too long")
    return _message(world, chat, params, params["text"])


def send_photo(world: FakeWorld, params: dict[str, Any]) -> dict:
    chat = _chat(world, params)
    photo = params["photo"]
    size = len(photo.file.read()) if hasattr(photo, "file") else 0
    if hasattr(photo, "file") and size == 0:
        raise ApiError(400, "Bad Request: file must be non-empty")
    caption = params.get("caption", "")
    if len(caption) > 1024:
        raise ApiError(400, "Bad Request: message caption is too long")
    sized = [
        {
            "file_id": secrets.token_hex(8),
            "file_unique_id": "u",
            "width": 1,
            "height": 1,
            "file_size": size,
        }
    ]
    return _message(
        world, chat, params, "", photo=sized, **({"caption": caption} if caption else {})
    )


def send_document(world: FakeWorld, params: dict[str, Any]) -> dict:
    chat = _chat(world, params)
    document = params["document"]
    if not hasattr(document, "file"):
        raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
    data = document.file.read()
    if not data:
        raise ApiError(400, "Bad Request: file must be non-empty")
    caption = params.get("caption", "")
    if len(caption) > 1024:
        raise ApiError(400, "Bad Request: message caption is too long")
    file_id = secrets.token_hex(8)
    world.files[file_id] = data
    sent = {"file_id": file_id, "file_unique_id": "u", "file_name": document.filename}
    sent["file_size"] = len(data)
    extra = {"caption": caption} if caption else {}
    return _message(world, chat, params, "", document=sent, **extra)


def set_custom_title(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat = _admin(world, params, "can_promote_members")
    if chat.type != "supergroup":
        raise ApiError(400, "Bad Request: method is available only for supergroups")
    title = params.get("custom_title", "")
    if len(title) > 16:
        raise ApiError(400, "Bad Request: ADMIN_RANK_INVALID")
    if any(ord(c) > 0xFFFF for c in title):
        raise ApiError(400, "Bad Request: ADMIN_RANK_EMOJI_NOT_ALLOWED")
    member = chat.members.get(params["user_id"], {})
    if member.get("status") != "administrator":
        raise ApiError(400, "Bad Request: user is not an administrator")
    if not member.get("can_be_edited"):  # promoted by someone else
        raise ApiError(400, "Bad Request: not enough rights to change custom title of the user")
    member["custom_title"] = title
    return True


def get_file(world: FakeWorld, params: dict[str, Any]) -> dict:
    data = world.files.get(params["file_id"])
    if data is None:
        raise ApiError(400, "Bad Request: invalid file_id")
    file_id = params["file_id"]
    return {"file_id": file_id, "file_unique_id": file_id, "file_size": len(data),
            "file_path": f"documents/{file_id}.json"}  # fmt: skip


def _forum(world: FakeWorld, params: dict[str, Any]) -> FakeChat:
    chat = _admin(world, params, "can_manage_topics")
    if not chat.is_forum:
        raise ApiError(400, "Bad Request: the chat is not a forum")
    return chat


def _topic(world: FakeWorld, params: dict[str, Any]) -> tuple[FakeChat, dict[str, Any]]:
    chat = _forum(world, params)
    topic = chat.topics.get(params["message_thread_id"])
    if topic is None:
        raise ApiError(400, "Bad Request: TOPIC_ID_INVALID")
    return chat, topic


def create_topic(world: FakeWorld, params: dict[str, Any]) -> dict:
    chat = _forum(world, params)
    if not 1 <= len(params["name"]) <= 128:
        raise ApiError(400, "Bad Request: TOPIC_TITLE_EMPTY")
    thread_id = chat.next_message_id  # a topic's id is the id of the message that opened it
    chat.next_message_id += 1
    topic = {"message_thread_id": thread_id, "name": params["name"], "icon_color": 7322096}
    chat.topics[thread_id] = topic | {"closed": False}
    return topic


def edit_topic(world: FakeWorld, params: dict[str, Any]) -> bool:
    _, topic = _topic(world, params)
    if "name" in params:
        topic["name"] = params["name"]
    return True


def close_topic(world: FakeWorld, params: dict[str, Any]) -> bool:
    _topic(world, params)[1]["closed"] = True
    return True


def reopen_topic(world: FakeWorld, params: dict[str, Any]) -> bool:
    _topic(world, params)[1]["closed"] = False
    return True


def delete_topic(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat, _ = _topic(world, params)
    del chat.topics[params["message_thread_id"]]
    return True


def _delete(world: FakeWorld, chat: FakeChat, message_id: int) -> None:
    message = chat.messages.get(message_id)
    if message is None or message.get("deleted"):
        raise ApiError(400, "Bad Request: message to delete not found")
    if world.now() - message["date"] > DELETE_WINDOW:
        raise ApiError(400, "Bad Request: message can't be deleted")
    rights = chat.members.get(BOT_ID, {})
    if message["from"]["id"] != BOT_ID and not rights.get("can_delete_messages"):
        raise ApiError(400, "Bad Request: message can't be deleted")
    message["deleted"] = True


def delete_message(world: FakeWorld, params: dict[str, Any]) -> bool:
    _delete(world, _chat(world, params), params["message_id"])
    return True


def delete_messages(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat = _chat(world, params)
    ids = params["message_ids"]
    if not 1 <= len(ids) <= 100:
        raise ApiError(400, "Bad Request: message_ids must contain 1-100 identifiers")
    for message_id in ids:  # Telegram skips the ones it cannot delete
        message = chat.messages.get(message_id)
        if message is not None and world.now() - message["date"] <= DELETE_WINDOW:
            message["deleted"] = True
    return True


def pin(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat = _admin(world, params, "can_pin_messages")
    message_id = params["message_id"]
    if message_id not in chat.messages or chat.messages[message_id].get("deleted"):
        raise ApiError(400, "Bad Request: message to pin not found")
    if message_id in chat.pinned:
        chat.pinned.remove(message_id)
    chat.pinned.append(message_id)  # the last one is the chat's pinned message
    if not params.get("disable_notification"):
        chat.notified_pins.append(message_id)  # members were notified
    return True


def unpin(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat = _admin(world, params, "can_pin_messages")
    message_id = params.get("message_id") or (chat.pinned[-1] if chat.pinned else None)
    if message_id is None or message_id not in chat.pinned:
        raise ApiError(400, "Bad Request: message to unpin not found")
    chat.pinned.remove(message_id)
    return True


def unpin_all(world: FakeWorld, params: dict[str, Any]) -> bool:
    _admin(world, params, "can_pin_messages").pinned.clear()
    return True


def _until(world: FakeWorld, params: dict[str, Any]) -> int:
    """0 means forever; so does anything outside 30 s .. 366 d, as Telegram treats it."""
    until = params.get("until_date", 0)
    span = until - world.now()
    return until if MIN_RESTRICTION <= span <= MAX_RESTRICTION else 0


def restrict(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat = _admin(world, params, "can_restrict_members")
    _target(world, chat, params["user_id"])
    if chat.type != "supergroup":
        raise ApiError(400, "Bad Request: method is available only for supergroups")
    if not chat.present(params["user_id"]):
        raise ApiError(400, "Bad Request: user not found")
    permissions = params["permissions"]
    if not all(isinstance(v, bool) for v in permissions.values()):
        raise ApiError(400, "Bad Request: can't parse permissions")
    user = world.users[params["user_id"]]
    if all(permissions.values()):
        chat.members[params["user_id"]] = member_json(user, "member")
    else:
        chat.members[params["user_id"]] = member_json(
            user, "restricted", until_date=_until(world, params), **permissions
        )
    return True


def ban(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat = _admin(world, params, "can_restrict_members")
    _target(world, chat, params["user_id"])
    world.member_change(
        chat.id,
        params["user_id"],
        {"status": "kicked", "until_date": _until(world, params)},
        BOT_ID,
    )
    return True


def unban(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat = _admin(world, params, "can_restrict_members")
    user_id = params["user_id"]
    _target(world, chat, user_id)
    if chat.status(user_id) == "kicked":
        world.member_change(chat.id, user_id, {"status": "left"}, BOT_ID)
    elif chat.present(user_id) and not params.get("only_if_banned"):
        world.member_change(chat.id, user_id, {"status": "left"}, BOT_ID)  # the documented trap
    return True


def ban_sender_chat(world: FakeWorld, params: dict[str, Any]) -> bool:
    _admin(world, params, "can_restrict_members").banned_sender_chats.add(params["sender_chat_id"])
    return True


def unban_sender_chat(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat = _admin(world, params, "can_restrict_members")
    chat.banned_sender_chats.discard(params["sender_chat_id"])
    return True


def _join_request(world: FakeWorld, params: dict[str, Any]) -> tuple[FakeChat, int]:
    chat = _admin(world, params, "can_invite_users")
    if params["user_id"] not in chat.join_requests:
        raise ApiError(400, "Bad Request: HIDE_REQUESTER_MISSING")
    return chat, params["user_id"]


def approve(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat, user_id = _join_request(world, params)
    link = chat.join_requests.pop(user_id)
    world.request_times.pop(user_id, None)  # processed: the bot may no longer write through it
    world.member_change(chat.id, user_id, {"status": "member"}, BOT_ID, link)
    return True


def decline(world: FakeWorld, params: dict[str, Any]) -> bool:
    chat, user_id = _join_request(world, params)
    chat.join_requests.pop(user_id)
    world.request_times.pop(user_id, None)
    return True


def create_link(world: FakeWorld, params: dict[str, Any]) -> dict:
    chat = _admin(world, params, "can_invite_users")
    if len(params.get("name", "")) > 32:
        raise ApiError(400, "Bad Request: invite link name must be 0-32 characters")
    if params.get("creates_join_request") and "member_limit" in params:
        raise ApiError(400, "Bad Request: can't combine member_limit with join requests")
    link = {
        "invite_link": f"https://t.me/+{secrets.token_urlsafe(12)}",
        "creator": BOT_USER,
        "creates_join_request": params.get("creates_join_request", False),
        "is_primary": False,
        "is_revoked": False,
        **({"name": params["name"]} if params.get("name") else {}),
        **({"member_limit": params["member_limit"]} if "member_limit" in params else {}),
    }
    chat.invite_links[link["invite_link"]] = link
    return link


def get_chat(world: FakeWorld, params: dict[str, Any]) -> dict:
    chat = _chat(world, params)
    if chat.status(BOT_ID) in ("left", "kicked") and chat.type != "private":
        raise ApiError(400, "Bad Request: chat not found")  # Telegram hides chats we left
    linked = {"linked_chat_id": chat.linked_chat_id} if chat.linked_chat_id else {}
    return (
        chat.as_json()
        | linked
        | {
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }
    )


def get_member(world: FakeWorld, params: dict[str, Any]) -> dict:
    chat = _chat(world, params)
    if chat.type == "channel" and chat.status(BOT_ID) not in ("administrator", "creator"):
        raise ApiError(400, "Bad Request: member list is inaccessible")  # as Telegram answers
    if params["user_id"] not in world.users:
        raise ApiError(400, "Bad Request: user not found")
    return chat.members.get(params["user_id"]) or member_json(
        world.users[params["user_id"]], "left"
    )


def admins(world: FakeWorld, params: dict[str, Any]) -> list:
    chat = _chat(world, params)
    return [m for m in chat.members.values() if m["status"] in ("creator", "administrator")]


def answer_callback(world: FakeWorld, params: dict[str, Any]) -> bool:
    """answerCallbackQuery: once per query, which stops the client's spinner."""
    query = str(params.get("callback_query_id", ""))
    if query not in world.queries or world.queries[query] is not None:
        raise ApiError(
            400,
            "Bad Request: query is too old and response timeout expired or query ID is invalid",
        )
    if len(params.get("text", "")) > 200:
        raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
    world.queries[query] = dict(params)
    return True


def member_count(world: FakeWorld, params: dict[str, Any]) -> int:
    chat = _chat(world, params)
    return sum(1 for user_id in chat.members if chat.present(user_id))


METHODS: dict[str, Callable[[FakeWorld, dict[str, Any]], Any]] = {
    "getMe": lambda world, params: world.me(),
    "answerCallbackQuery": answer_callback,
    "getChat": get_chat,
    "sendMessage": send_message,
    "sendPhoto": send_photo,
    "sendDocument": send_document,
    "setChatAdministratorCustomTitle": set_custom_title,
    "getFile": get_file,
    "createForumTopic": create_topic,
    "editForumTopic": edit_topic,
    "closeForumTopic": close_topic,
    "reopenForumTopic": reopen_topic,
    "deleteForumTopic": delete_topic,
    "deleteMessage": delete_message,
    "deleteMessages": delete_messages,
    "pinChatMessage": pin,
    "unpinChatMessage": unpin,
    "unpinAllChatMessages": unpin_all,
    "restrictChatMember": restrict,
    "banChatMember": ban,
    "unbanChatMember": unban,
    "banChatSenderChat": ban_sender_chat,
    "unbanChatSenderChat": unban_sender_chat,
    "approveChatJoinRequest": approve,
    "declineChatJoinRequest": decline,
    "createChatInviteLink": create_link,
    "getChatMember": get_member,
    "getChatAdministrators": admins,
    "getChatMemberCount": member_count,
}
