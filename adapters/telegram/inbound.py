"""Bot API update (JSON, as both libraries can give it) -> neutral events.

One update yields at most a few events plus two kinds of signals the engine needs besides
events: a chat that changed id (group -> supergroup) and a chat whose admin list changed.
Joins and leaves come from `chat_member` updates (they carry the invite link); the service
messages that duplicate them become `ServiceNotice`s (to delete them), not joins, so a join
is welcomed once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from groupops.core.events import (
    BotRightsLost,
    ButtonPressed,
    CheckoutRequested,
    Event,
    JoinRequested,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MessageEdited,
    MessageReceived,
    PaymentReceived,
    PaymentRefunded,
    ReactionChanged,
    ServiceNotice,
)
from groupops.core.refs import Ref

from .attached import attached_text
from .entities import segments_of
from .identity import identity
from .wire import GROUP_ANONYMOUS_BOT_ID, chat_ref, full_name, user_ref

Json = Mapping[str, Any]
# Message field -> the lock name it answers to (core/events.py MEDIA_KINDS), checked in this
# order: an animation also carries `document` and a venue `location`, for older clients. Dice,
# games, stories, paid media, invoices, giveaways and checklists have no lock name: None.
MEDIA: dict[str, str] = {
    "animation": "gif",
    "video_note": "video",  # a round video message
    "live_photo": "photo",  # carries `photo` too
    "photo": "photo",
    "video": "video",
    "sticker": "sticker",
    "voice": "voice",
    "audio": "audio",
    "document": "document",
    "contact": "contact",
    "venue": "location",
    "location": "location",
    "poll": "poll",
}
# the bot's own rights, by the Bot API's ChatMemberAdministrator flag (core/events.py BOT_RIGHTS)
BOT_RIGHTS: dict[str, str] = {"can_delete_messages": "delete", "can_restrict_members": "restrict"}
PRESENT = frozenset({"creator", "administrator", "member"})
ADMIN_STATUSES = frozenset({"creator", "administrator"})


@dataclass(slots=True)
class Inbound:
    events: list[Event] = field(default_factory=list)
    migrations: list[tuple[Ref, Ref]] = field(default_factory=list)  # (old chat, new chat)
    admins_changed: list[Ref] = field(default_factory=list)
    dates: list[tuple[Ref, str, datetime]] = field(default_factory=list)  # messages seen
    username: str = ""  # the bot's own, lower-case: `/cmd@name` naming another is not ours
    received: datetime | None = None  # by the adapter's clock, for updates that carry no date


def _time(stamp: int | None) -> datetime:
    return datetime.fromtimestamp(stamp or 0, UTC)


def _present(member: Json) -> bool:
    status = member.get("status")
    return status in PRESENT or (status == "restricted" and bool(member.get("is_member")))


def _key(update_id: int | str, n: int) -> str:
    return f"telegram:{update_id}" if n == 0 else f"telegram:{update_id}.{n}"


def _message(update_id: int | str, msg: Json, out: Inbound, *, edited: bool) -> None:
    chat = msg["chat"]
    ref = chat_ref(chat["id"])
    if "migrate_to_chat_id" in msg:
        out.migrations.append((ref, chat_ref(msg["migrate_to_chat_id"])))
        return
    if "migrate_from_chat_id" in msg:
        out.migrations.append((chat_ref(msg["migrate_from_chat_id"]), ref))
        return
    if "successful_payment" in msg or "refunded_payment" in msg:
        _payment(update_id, msg, out)
        return
    text = msg.get("text", msg.get("caption", ""))
    media = next((name for key, name in MEDIA.items() if key in msg), None)
    origin = msg.get("forward_origin") or {}
    if not text and media is None and not origin:
        _service(update_id, msg, ref, out)  # joins, leaves, pins, titles: nothing said
        return
    sender = msg.get("from") or {}
    sender_chat = _posted_as(msg)
    author = sender_ref = user_ref(sender.get("id", 0))
    if sender_chat is not None:  # a channel, or an anonymous admin posting as the group
        author = sender_ref = chat_ref(sender_chat["id"])
    anonymous_admin = sender_chat is not None and sender_chat["id"] == chat["id"]
    replied = msg.get("reply_to_message")
    if replied is not None and "forum_topic_created" in replied:
        replied = None  # in a forum every message "replies" to its topic's first message
    message_id = str(msg["message_id"])
    date = _time(msg.get("edit_date") if edited else msg.get("date"))
    cls = MessageEdited if edited else MessageReceived
    out.events.append(
        cls(
            key=_key(update_id, 0),
            chat=ref,
            time=date,
            sender=author,
            sender_name=full_name(sender_chat or sender),
            message_id=message_id,
            segments=segments_of(text, msg.get("entities") or msg.get("caption_entities")),
            attached=attached_text(msg),
            reply_to=str(replied["message_id"]) if replied else None,
            reply_to_sender=_sender_of(replied) if replied else None,
            reply_to_sender_name=_name_of(replied) if replied else "",
            reply_to_text=replied.get("text", replied.get("caption", "")) if replied else "",
            reply_to_file=(replied.get("document") or {}).get("file_id") if replied else None,
            reply_to_automatic_forward=bool(replied and replied.get("is_automatic_forward")),
            thread_id=str(msg["message_thread_id"]) if msg.get("is_topic_message") else None,
            media=media,
            album=msg.get("media_group_id"),
            forwarded=bool(origin),
            forwarded_from_channel=origin.get("type") == "channel",
            automatic_forward=bool(msg.get("is_automatic_forward")),
            sender_chat=sender_ref if sender_chat is not None else None,
            sender_is_admin=anonymous_admin,
            # a person's account flag; a channel or the group posting comes from a service bot
            sender_is_bot=bool(sender.get("is_bot")) and sender_chat is None,
            language=sender.get("language_code"),
            private=chat.get("type") == "private",
            # a person's handle; a channel or the group posting says nothing of one
            sender_has_username=bool(sender.get("username")) if sender_chat is None else None,
            sender_handle=(sender.get("username") or "") if sender_chat is None else "",
            for_other_bot=_for_other_bot(text, out.username),
            raw=msg,
        )
    )
    out.dates.append((ref, message_id, _time(msg.get("date"))))


def _for_other_bot(text: str, username: str) -> bool:
    """`/ban@OtherBot`: Telegram shows every bot in a group a command addressed to one."""
    if not username or text[:1] != "/":
        return False
    head = text.split(maxsplit=1)[0]
    return "@" in head and head.partition("@")[2].lower() != username


def _service(update_id: int | str, msg: Json, chat: Ref, out: Inbound) -> None:
    """A join or leave notice, for deleting it (the join or leave itself is read from the
    `chat_member` update)."""
    joined, left = msg.get("new_chat_members") or [], msg.get("left_chat_member")
    user = joined[0] if joined else left
    if not user:
        return
    out.events.append(
        ServiceNotice(
            key=_key(update_id, 0),
            chat=chat,
            time=_time(msg.get("date")),
            member=user_ref(user["id"]),
            message_id=str(msg["message_id"]),
            about="joined" if joined else "left",
            raw=msg,
        )
    )
    out.dates.append((chat, str(msg["message_id"]), _time(msg.get("date"))))


def _payment(update_id: int | str, msg: Json, out: Inbound) -> None:
    """A service message: a payment made (`successful_payment`) or given back
    (`refunded_payment`); the payer is the message's sender."""
    paid = msg.get("successful_payment")
    body = paid if paid is not None else msg["refunded_payment"]
    cls = PaymentReceived if paid is not None else PaymentRefunded
    sender = msg.get("from") or {}
    out.events.append(
        cls(
            key=_key(update_id, 0),
            chat=chat_ref(msg["chat"]["id"]),
            time=_time(msg.get("date")),
            member=user_ref(sender.get("id", 0)),
            name=full_name(sender),
            handle=sender.get("username") or "",
            currency=body["currency"],
            amount=int(body["total_amount"]),
            payload=body.get("invoice_payload", ""),
            charge=body["telegram_payment_charge_id"],
            language=sender.get("language_code"),
            raw=msg,
        )
    )


def _checkout(update_id: int | str, query: Json, out: Inbound) -> None:
    user = query["from"]
    out.events.append(
        CheckoutRequested(
            key=_key(update_id, 0),
            chat=chat_ref(user["id"]),  # the payer's private chat: where the answer goes
            time=out.received or datetime.now(UTC),  # a pre-checkout query carries no date
            member=user_ref(user["id"]),
            name=full_name(user),
            currency=query["currency"],
            amount=int(query["total_amount"]),
            payload=query.get("invoice_payload", ""),
            query=str(query["id"]),
            language=user.get("language_code"),
            raw=query,
        )
    )


def _posted_as(msg: Json) -> Json | None:
    """The chat a message is posted as, if any. The group itself speaks only through Telegram's
    anonymous-admin account: any other `from` beside `sender_chat` = the group (a forged or
    malformed update) is that person speaking, not an admin."""
    posted_as = msg.get("sender_chat")
    if posted_as is None or posted_as.get("id") != (msg.get("chat") or {}).get("id"):
        return posted_as
    speaking = (msg.get("from") or {}).get("id")
    return posted_as if speaking == GROUP_ANONYMOUS_BOT_ID else None


def _name_of(msg: Json) -> str:
    return full_name(_posted_as(msg) or msg.get("from") or {})


def _sender_of(msg: Json) -> Ref:
    if (posted_as := _posted_as(msg)) is not None:
        return chat_ref(posted_as["id"])
    return user_ref((msg.get("from") or {}).get("id", 0))


def _chat_member(update_id: int | str, change: Json, out: Inbound) -> None:
    chat = chat_ref(change["chat"]["id"])
    old, new = change["old_chat_member"], change["new_chat_member"]
    user = new["user"]
    actor = change.get("from") or {}
    if (old.get("status") in ADMIN_STATUSES) != (new.get("status") in ADMIN_STATUSES):
        out.admins_changed.append(chat)
    was, now = _present(old), _present(new)
    time = _time(change.get("date"))
    member = user_ref(user["id"])
    by_other = actor.get("id") not in (None, user["id"])
    if now and not was:
        link = (change.get("invite_link") or {}).get("invite_link")
        out.events.append(
            MemberJoined(
                key=_key(update_id, 0),
                chat=chat,
                time=time,
                member=member,
                name=full_name(user),
                handle=user.get("username") or "",
                inviter=user_ref(actor["id"]) if by_other and not link else None,
                invite_link=link,
                language=user.get("language_code"),
                is_bot=bool(user.get("is_bot")),
                raw=change,
            )
        )
    elif was and not now:
        reason = (
            LeaveReason.BANNED
            if new.get("status") == "kicked"
            else LeaveReason.KICKED
            if by_other
            else LeaveReason.LEFT
        )
        out.events.append(
            MemberLeft(
                key=_key(update_id, 0),
                chat=chat,
                time=time,
                member=member,
                name=full_name(user),
                reason=reason,
                actor=user_ref(actor["id"]) if by_other else None,
                is_bot=bool(user.get("is_bot")),
                raw=change,
            )
        )


def _rights(member: Json) -> set[str]:
    status = member.get("status")
    if status == "creator":
        return set(BOT_RIGHTS.values())
    if status != "administrator":
        return set()
    return {right for flag, right in BOT_RIGHTS.items() if member.get(flag)}


def _my_chat_member(update_id: int | str, change: Json, out: Inbound) -> None:
    """The bot's own standing changed: its admin list is stale, and rights it lost (or its
    removal) are reported."""
    chat = chat_ref(change["chat"]["id"])
    out.admins_changed.append(chat)
    old, new = change["old_chat_member"], change["new_chat_member"]
    removed = _present(old) and not _present(new)
    lost = _rights(old) - _rights(new)
    if not (removed or lost) or change["chat"].get("type") in ("private", "channel"):
        return
    actor = (change.get("from") or {}).get("id")
    out.events.append(
        BotRightsLost(
            key=_key(update_id, 0),
            chat=chat,
            time=_time(change.get("date")),
            removed=removed,
            lost=tuple(right for right in BOT_RIGHTS.values() if right in lost),
            actor=user_ref(actor) if actor and actor != new["user"]["id"] else None,
            raw=change,
        )
    )


def _join_request(update_id: int | str, request: Json, out: Inbound) -> None:
    user = request["from"]
    out.events.append(
        JoinRequested(
            key=_key(update_id, 0),
            chat=chat_ref(request["chat"]["id"]),
            time=_time(request.get("date")),
            member=user_ref(user["id"]),
            name=full_name(user),
            invite_link=(request.get("invite_link") or {}).get("invite_link"),
            language=user.get("language_code"),
            raw=request,
        )
    )


def _callback(update_id: int | str, query: Json, out: Inbound) -> None:
    message = query.get("message") or {}
    chat = message.get("chat")
    out.events.append(
        ButtonPressed(
            key=_key(update_id, 0),
            chat=chat_ref(chat["id"]) if chat else None,
            # a press carries no date: the message's is when the button was posted, which
            # would place every press at a giveaway's launch, before its close
            time=out.received or datetime.now(UTC),
            member=user_ref(query["from"]["id"]),
            name=full_name(query["from"]),
            message_id=str(message.get("message_id", "")),
            data=query.get("data", ""),
            raw=query,
        )
    )


def _emoji(reactions: list[Json]) -> set[str]:
    return {r.get("emoji") or r.get("custom_emoji_id") or r.get("type", "") for r in reactions}


def _reaction(update_id: int | str, change: Json, out: Inbound) -> None:
    old, new = _emoji(change.get("old_reaction", [])), _emoji(change.get("new_reaction", []))
    user = change.get("user")
    out.events.append(
        ReactionChanged(
            key=_key(update_id, 0),
            chat=chat_ref(change["chat"]["id"]),
            time=_time(change.get("date")),
            member=user_ref(user["id"]) if user else None,
            message_id=str(change["message_id"]),
            added=tuple(sorted(new - old)),
            removed=tuple(sorted(old - new)),
            raw=change,
        )
    )


HANDLERS: dict[str, Callable[[int | str, Json, Inbound], None]] = {
    "message": lambda uid, m, out: _message(uid, m, out, edited=False),
    "edited_message": lambda uid, m, out: _message(uid, m, out, edited=True),
    "chat_member": _chat_member,
    "chat_join_request": _join_request,
    "callback_query": _callback,
    "message_reaction": _reaction,
    "pre_checkout_query": _checkout,
    "my_chat_member": _my_chat_member,
}
ALLOWED_UPDATES = tuple(HANDLERS)


def map_update(
    update: Json, bot: int | None = None, username: str = "", received: datetime | None = None
) -> Inbound:
    """Everything groupops reads from one update; unknown kinds map to nothing.

    With the bot's id, events are keyed `telegram:{bot}:{update_id}:{content}` (`identity`):
    update ids are a bot's own sequence, restarted for a new bot on the same database or by a
    Bot API server started afresh, and chosen at random after a week without updates, so the
    id alone may name an update processed long ago; with what the update carries (the chat
    and message id) a new one is told from one sent again. With its username, a command
    addressed to another bot is marked so (`for_other_bot`)."""
    out = Inbound(username=username.lower(), received=received)
    update_id: int | str = update["update_id"]
    if bot is not None:
        update_id = f"{bot}:{identity(update)}"
    for kind, handler in HANDLERS.items():
        body = update.get(kind)
        if body is not None:
            handler(update_id, body, out)
            break
    return out
