"""Neutral actions -> Bot API calls (method name + documented parameters).

Each action kind maps to one function returning the calls to make, in order; both drivers
execute the same calls. Files travel as `Upload` values the drivers turn into their own
input-file type.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from groupops.core.actions import (
    Action,
    AnswerCheckout,
    ApproveJoin,
    Ban,
    Button,
    CreateInviteLink,
    DeclineJoin,
    DeleteMessages,
    Kick,
    ManageTopic,
    MemberAction,
    Mute,
    Pin,
    RefundPayment,
    Reply,
    SendFile,
    SendImage,
    SendInvoice,
    SendMessage,
    SendPrivate,
    SetAdminTitle,
    Unban,
    Unmute,
    Unpin,
    UnpinAll,
)
from groupops.core.errors import ActionError
from groupops.core.segments import Rendered, plain_text

from .wire import CAPTION_LIMIT, TEXT_LIMIT, local_int, text_and_entities, within

MIN_RESTRICTION = timedelta(seconds=30)  # shorter restrictions are permanent on Telegram
MAX_RESTRICTION = timedelta(days=366)  # and so are longer ones
ON_THE_WIRE = timedelta(seconds=10)
DELETE_BATCH = 100  # deleteMessages takes 1-100 ids
INVITE_NAME_MAX = 32
SEND_PERMISSIONS = (
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
)


@dataclass(frozen=True, slots=True)
class Upload:
    filename: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ApiCall:
    method: str
    params: dict[str, Any]


def clamp_until(until: datetime | None, now: datetime) -> int | None:
    """A restriction end Telegram will honour as given: 30 s to 366 days from now."""
    if until is None:
        return None
    # Telegram counts from when the call arrives: a margin for the wire, and whole seconds
    # rounded up, or "now + 30 s" reached it as 29.x s, a restriction for ever
    until = max(now + MIN_RESTRICTION + ON_THE_WIRE, min(until, now + MAX_RESTRICTION))
    return math.ceil(until.timestamp())


def _markup(buttons: tuple[Button[Rendered], ...]) -> dict[str, Any] | None:
    if not buttons:
        return None
    rows: list[list[dict[str, Any]]] = []
    for button in buttons:
        key: dict[str, Any] = {"text": plain_text(button.label)}
        key["url" if button.url else "callback_data"] = button.url or button.data
        if button.same_row and rows:
            rows[-1].append(key)
        else:
            rows.append([key])
    return {"inline_keyboard": rows}


def _text_params(segments, buttons=(), thread_id: str | None = None) -> dict[str, Any]:
    text, entities = within(*text_and_entities(segments), TEXT_LIMIT)
    params: dict[str, Any] = {"text": text}
    if entities:
        params["entities"] = entities
    if thread_id is not None:
        params["message_thread_id"] = int(thread_id)
    if (markup := _markup(buttons)) is not None:
        params["reply_markup"] = markup
    return params


def _chat(action: Action) -> dict[str, Any]:
    return {"chat_id": local_int(action.chat)}


def send_message(action: SendMessage[Rendered], now: datetime) -> list[ApiCall]:
    params = _chat(action) | _text_params(action.segments, action.buttons, action.thread_id)
    return [ApiCall("sendMessage", params)]


def reply(action: Reply[Rendered], now: datetime) -> list[ApiCall]:
    params = _chat(action) | _text_params(action.segments, action.buttons, action.thread_id)
    params["reply_parameters"] = {
        "message_id": int(action.reply_to),
        "allow_sending_without_reply": True,  # the message may be deleted meanwhile (spam)
    }
    return [ApiCall("sendMessage", params)]


def send_private(action: SendPrivate[Rendered], now: datetime) -> list[ApiCall]:
    return [ApiCall("sendMessage", _chat(action) | _text_params(action.segments, action.buttons))]


def send_image(action: SendImage[Rendered], now: datetime) -> list[ApiCall]:
    image = action.image
    photo: Any = image.url or Upload(image.path.rsplit("/", 1)[-1] or "image.png", image.data)
    if image.path and not image.data:
        with open(image.path, "rb") as handle:
            photo = Upload(image.path.rsplit("/", 1)[-1], handle.read())
    return [ApiCall("sendPhoto", _media_params(action, {"photo": photo}))]


def send_file(action: SendFile[Rendered], now: datetime) -> list[ApiCall]:
    document = {"document": Upload(action.filename, action.data)}
    return [ApiCall("sendDocument", _media_params(action, document))]


def _media_params(
    action: SendImage[Rendered] | SendFile[Rendered], media: dict[str, Any]
) -> dict[str, Any]:
    """A photo's or a document's parameters: the chat, the media, its caption, its topic."""
    params = _chat(action) | media
    if action.caption:
        caption, entities = within(*text_and_entities(action.caption), CAPTION_LIMIT)
        params["caption"] = caption
        if entities:
            params["caption_entities"] = entities
    if action.thread_id is not None:
        params["message_thread_id"] = int(action.thread_id)
    return params


# a topic verb -> the Bot API method; every one names the topic but create
TOPIC_METHODS = {
    "create": "createForumTopic",
    "rename": "editForumTopic",
    "close": "closeForumTopic",
    "reopen": "reopenForumTopic",
    "delete": "deleteForumTopic",
}


def manage_topic(action: ManageTopic, now: datetime) -> list[ApiCall]:
    params = _chat(action)
    if action.verb != "create":
        params["message_thread_id"] = int(action.thread_id)
    if action.name:
        params["name"] = action.name
    return [ApiCall(TOPIC_METHODS[action.verb], params)]


def set_admin_title(action: SetAdminTitle, now: datetime) -> list[ApiCall]:
    params = _chat(action) | {"user_id": local_int(action.user), "custom_title": action.title}
    return [ApiCall("setChatAdministratorCustomTitle", params)]


def delete_messages(action: DeleteMessages, now: datetime) -> list[ApiCall]:
    ids = [int(i) for i in action.message_ids]
    if len(ids) == 1:
        return [ApiCall("deleteMessage", _chat(action) | {"message_id": ids[0]})]
    return [
        ApiCall("deleteMessages", _chat(action) | {"message_ids": ids[i : i + DELETE_BATCH]})
        for i in range(0, len(ids), DELETE_BATCH)
    ]


def pin(action: Pin, now: datetime) -> list[ApiCall]:
    params = _chat(action) | {"message_id": int(action.message_id)}
    params["disable_notification"] = not action.loud
    return [ApiCall("pinChatMessage", params)]


def unpin(action: Unpin, now: datetime) -> list[ApiCall]:
    params = _chat(action)
    if action.message_id:  # without one Telegram unpins the most recent pin
        params["message_id"] = int(action.message_id)
    return [ApiCall("unpinChatMessage", params)]


def unpin_all(action: UnpinAll, now: datetime) -> list[ApiCall]:
    return [ApiCall("unpinAllChatMessages", _chat(action))]


def _restrict(action: Mute | Unmute, allowed: bool, until: int | None) -> ApiCall:
    params = _chat(action) | {
        "user_id": local_int(action.user),
        "permissions": dict.fromkeys(SEND_PERMISSIONS, allowed),
        "use_independent_chat_permissions": True,
    }
    if until is not None:
        params["until_date"] = until
    return ApiCall("restrictChatMember", params)


def mute(action: Mute | Unmute, now: datetime) -> list[ApiCall]:
    if isinstance(action, Unmute):
        return [_restrict(action, True, None)]
    return [_restrict(action, False, clamp_until(action.until, now))]


def _member(action: MemberAction) -> dict[str, Any]:
    return _chat(action) | {"user_id": local_int(action.user)}


def ban(action: Ban, now: datetime) -> list[ApiCall]:
    if action.user.kind == "chat":  # a channel posting in the group
        return [
            ApiCall("banChatSenderChat", _chat(action) | {"sender_chat_id": local_int(action.user)})
        ]
    params = _member(action)
    until = clamp_until(action.until, now)
    if until is not None:
        params["until_date"] = until
    return [ApiCall("banChatMember", params)]


def unban(action: Unban, now: datetime) -> list[ApiCall]:
    if action.user.kind == "chat":
        return [
            ApiCall(
                "unbanChatSenderChat", _chat(action) | {"sender_chat_id": local_int(action.user)}
            )
        ]
    return [ApiCall("unbanChatMember", _member(action) | {"only_if_banned": True})]


def kick(action: Kick, now: datetime) -> list[ApiCall]:
    """Removal that lets them come back: ban, then lift the ban (only if banned, which
    never removes anyone)."""
    return [
        ApiCall("banChatMember", _member(action)),
        ApiCall("unbanChatMember", _member(action) | {"only_if_banned": True}),
    ]


def approve_join(action: ApproveJoin, now: datetime) -> list[ApiCall]:
    return [ApiCall("approveChatJoinRequest", _member(action))]


def decline_join(action: DeclineJoin, now: datetime) -> list[ApiCall]:
    return [ApiCall("declineChatJoinRequest", _member(action))]


def create_invite_link(action: CreateInviteLink, now: datetime) -> list[ApiCall]:
    params = _chat(action) | {"name": action.name[:INVITE_NAME_MAX]}
    if action.creates_join_request:
        params["creates_join_request"] = True  # such a link cannot have a member_limit
    elif action.member_limit is not None:
        params["member_limit"] = action.member_limit
    return [ApiCall("createChatInviteLink", params)]


STARS = "XTR"  # Telegram Stars: digital goods are sold in Stars, with no payment provider


def send_invoice(action: SendInvoice[Rendered], now: datetime) -> list[ApiCall]:
    title, description = plain_text(action.title), plain_text(action.description)
    params = (
        _chat(action)
        | {
            "title": title[:32],  # the Bot API takes 1-32 characters
            "description": description[:255],  # and 1-255
            "payload": action.payload,
            "currency": action.currency,
            "prices": [{"label": action.label or title[:32], "amount": action.amount}],
        }
    )
    if action.currency != STARS:  # Stars need no provider; other currencies are not wired
        raise ActionError(f"currency {action.currency!r}: only Telegram Stars (XTR) invoices")
    params["provider_token"] = ""
    return [ApiCall("sendInvoice", params)]


def answer_checkout(action: AnswerCheckout[Rendered], now: datetime) -> list[ApiCall]:
    params: dict[str, Any] = {"pre_checkout_query_id": action.query, "ok": action.ok}
    if not action.ok:
        params["error_message"] = plain_text(action.error) or "-"
    return [ApiCall("answerPreCheckoutQuery", params)]


def refund_payment(action: RefundPayment, now: datetime) -> list[ApiCall]:
    params = {"user_id": local_int(action.user), "telegram_payment_charge_id": action.charge}
    return [ApiCall("refundStarPayment", params)]


CALLS: dict[str, Callable[[Any, datetime], list[ApiCall]]] = {
    "send": send_message,
    "reply": reply,
    "send_private": send_private,
    "send_image": send_image,
    "send_file": send_file,
    "admin_title": set_admin_title,
    "topic": manage_topic,
    "delete": delete_messages,
    "pin": pin,
    "unpin": unpin,
    "unpin_all": unpin_all,
    "mute": mute,
    "unmute": mute,
    "ban": ban,
    "unban": unban,
    "kick": kick,
    "approve_join": approve_join,
    "decline_join": decline_join,
    "invite_link": create_invite_link,
    "invoice": send_invoice,
    "checkout": answer_checkout,
    "refund": refund_payment,
}


def calls_for(action: Action, now: datetime) -> list[ApiCall]:
    return CALLS[action.kind](action, now)
