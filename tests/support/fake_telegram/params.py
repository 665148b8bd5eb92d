"""Parameter specs of the methods the fake implements, as the Bot API documents them, and
decoding of form fields (both libraries send form data; complex values as JSON strings)."""

from __future__ import annotations

import json
from typing import Any

REQUIRED, OPTIONAL = True, False
FILE = "file"

SPECS: dict[str, dict[str, tuple[Any, bool]]] = {
    "getMe": {},
    "getUpdates": {
        "offset": (int, OPTIONAL),
        "limit": (int, OPTIONAL),
        "timeout": (int, OPTIONAL),
        "allowed_updates": (list, OPTIONAL),
    },
    "deleteWebhook": {"drop_pending_updates": (bool, OPTIONAL)},
    "getWebhookInfo": {},
    "setWebhook": {
        "url": (str, REQUIRED),
        "secret_token": (str, OPTIONAL),
        "allowed_updates": (list, OPTIONAL),
    },
    "sendMessage": {
        "chat_id": (int, REQUIRED),
        "text": (str, REQUIRED),
        "entities": (list, OPTIONAL),
        "message_thread_id": (int, OPTIONAL),
        "reply_parameters": (dict, OPTIONAL),
        "reply_markup": (dict, OPTIONAL),
    },
    "sendPhoto": {
        "chat_id": (int, REQUIRED),
        "photo": (FILE, REQUIRED),
        "caption": (str, OPTIONAL),
        "caption_entities": (list, OPTIONAL),
        "message_thread_id": (int, OPTIONAL),
    },
    "sendDocument": {
        "chat_id": (int, REQUIRED),
        "document": (FILE, REQUIRED),
        "caption": (str, OPTIONAL),
        "caption_entities": (list, OPTIONAL),
        "message_thread_id": (int, OPTIONAL),
    },
    "setChatAdministratorCustomTitle": {
        "chat_id": (int, REQUIRED),
        "user_id": (int, REQUIRED),
        "custom_title": (str, OPTIONAL),
    },
    "getFile": {"file_id": (str, REQUIRED)},
    "createForumTopic": {
        "chat_id": (int, REQUIRED),
        "name": (str, REQUIRED),
        "icon_color": (int, OPTIONAL),
    },
    "editForumTopic": {
        "chat_id": (int, REQUIRED),
        "message_thread_id": (int, REQUIRED),
        "name": (str, OPTIONAL),
    },
    "closeForumTopic": {"chat_id": (int, REQUIRED), "message_thread_id": (int, REQUIRED)},
    "reopenForumTopic": {"chat_id": (int, REQUIRED), "message_thread_id": (int, REQUIRED)},
    "deleteForumTopic": {"chat_id": (int, REQUIRED), "message_thread_id": (int, REQUIRED)},
    "deleteMessage": {"chat_id": (int, REQUIRED), "message_id": (int, REQUIRED)},
    "deleteMessages": {"chat_id": (int, REQUIRED), "message_ids": (list, REQUIRED)},
    "pinChatMessage": {
        "chat_id": (int, REQUIRED),
        "message_id": (int, REQUIRED),
        "disable_notification": (bool, OPTIONAL),
    },
    "unpinChatMessage": {"chat_id": (int, REQUIRED), "message_id": (int, OPTIONAL)},
    "unpinAllChatMessages": {"chat_id": (int, REQUIRED)},
    "restrictChatMember": {
        "chat_id": (int, REQUIRED),
        "user_id": (int, REQUIRED),
        "permissions": (dict, REQUIRED),
        "use_independent_chat_permissions": (bool, OPTIONAL),
        "until_date": (int, OPTIONAL),
    },
    "banChatMember": {
        "chat_id": (int, REQUIRED),
        "user_id": (int, REQUIRED),
        "until_date": (int, OPTIONAL),
        "revoke_messages": (bool, OPTIONAL),
    },
    "unbanChatMember": {
        "chat_id": (int, REQUIRED),
        "user_id": (int, REQUIRED),
        "only_if_banned": (bool, OPTIONAL),
    },
    "banChatSenderChat": {"chat_id": (int, REQUIRED), "sender_chat_id": (int, REQUIRED)},
    "unbanChatSenderChat": {"chat_id": (int, REQUIRED), "sender_chat_id": (int, REQUIRED)},
    "approveChatJoinRequest": {"chat_id": (int, REQUIRED), "user_id": (int, REQUIRED)},
    "declineChatJoinRequest": {"chat_id": (int, REQUIRED), "user_id": (int, REQUIRED)},
    "createChatInviteLink": {
        "chat_id": (int, REQUIRED),
        "name": (str, OPTIONAL),
        "expire_date": (int, OPTIONAL),
        "member_limit": (int, OPTIONAL),
        "creates_join_request": (bool, OPTIONAL),
    },
    "getChat": {"chat_id": (int, REQUIRED)},
    "getChatMember": {"chat_id": (int, REQUIRED), "user_id": (int, REQUIRED)},
    "getChatAdministrators": {"chat_id": (int, REQUIRED)},
    "getChatMemberCount": {"chat_id": (int, REQUIRED)},
    "answerCallbackQuery": {
        "callback_query_id": (str, REQUIRED),
        "text": (str, OPTIONAL),
        "show_alert": (bool, OPTIONAL),
        "url": (str, OPTIONAL),
        "cache_time": (int, OPTIONAL),
    },
}


class BadParams(Exception):
    """A 400 the way Telegram words it."""


def _decode(name: str, kind: Any, value: Any) -> Any:
    if kind is FILE:
        return value  # a FileField, a URL or a file_id
    if kind is str:
        return str(value)
    if kind is bool:
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("true", "false", "1", "0"):
            return str(value).lower() in ("true", "1")
    elif kind is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            pass
    else:
        decoded = json.loads(value) if isinstance(value, str) else value
        if isinstance(decoded, kind):
            return decoded
    raise BadParams(f'Bad Request: field "{name}" must be of type {kind.__name__}')


def decode(method: str, raw: dict[str, Any]) -> dict[str, Any]:
    spec = SPECS[method]
    params: dict[str, Any] = {}
    for name, (kind, required) in spec.items():
        if name not in raw or raw[name] in ("", None):
            if required:
                raise BadParams(f'Bad Request: parameter "{name}" is required')
            continue
        params[name] = _decode(name, kind, raw[name])
    return params
