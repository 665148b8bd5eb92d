"""The capability table: what an adapter may be able to do, named resource.verb.

The table drives the adapter base class (one method per capability), the conformance suite,
`groupops adapters` and the core's degradation decisions.
"""

from __future__ import annotations

from enum import StrEnum


class Capability(StrEnum):
    SEND = "message.send"
    REPLY = "message.reply"
    SEND_PRIVATE = "message.send_private"
    DELETE = "message.delete"
    PIN = "message.pin"
    SEND_IMAGE = "image.send"
    SEND_FILE = "file.send"
    MUTE = "member.mute"
    KICK = "member.kick"
    BAN = "member.ban"
    UNBAN = "member.unban"
    GET_MEMBER = "member.get"
    LIST_ADMINS = "admin.list"
    ADMIN_TITLE = "admin.title"
    TOPIC = "topic.manage"
    APPROVE_JOIN = "join_request.approve"
    DECLINE_JOIN = "join_request.decline"
    INVITE_LINK = "invite_link.create"
    INVOICE = "payment.invoice"
    CHECKOUT = "payment.checkout"
    REFUND = "payment.refund"


# Adapter method implementing each capability. An adapter declares a capability by
# overriding its method; the base implementation raises Unsupported.
CAPABILITY_METHODS: dict[Capability, str] = {
    Capability.SEND: "send_message",
    Capability.REPLY: "reply",
    Capability.SEND_PRIVATE: "send_private",
    Capability.DELETE: "delete_messages",
    Capability.PIN: "pin",
    Capability.SEND_IMAGE: "send_image",
    Capability.SEND_FILE: "send_file",
    Capability.MUTE: "mute",
    Capability.KICK: "kick",
    Capability.BAN: "ban",
    Capability.UNBAN: "unban",
    Capability.GET_MEMBER: "get_member",
    Capability.LIST_ADMINS: "list_admins",
    Capability.ADMIN_TITLE: "set_admin_title",
    Capability.TOPIC: "manage_topic",
    Capability.APPROVE_JOIN: "approve_join",
    Capability.DECLINE_JOIN: "decline_join",
    Capability.INVITE_LINK: "create_invite_link",
    Capability.INVOICE: "send_invoice",
    Capability.CHECKOUT: "answer_checkout",
    Capability.REFUND: "refund_payment",
}

MODERATION_CAPABILITIES = frozenset(
    {Capability.DELETE, Capability.MUTE, Capability.KICK, Capability.BAN, Capability.UNBAN}
)
