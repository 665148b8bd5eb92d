"""One sample action per capability, built against a ConformanceTarget."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

from groupops.core.actions import (
    Action,
    AnswerCheckout,
    ApproveJoin,
    Ban,
    CreateInviteLink,
    DeclineJoin,
    DeleteMessages,
    Kick,
    ManageTopic,
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
    Unpin,
)
from groupops.core.capabilities import Capability
from groupops.core.events import MessageReceived
from groupops.core.refs import Ref
from groupops.core.segments import Image, Text

from .target import ConformanceTarget

TEXT = (Text("conformance check"),)
# A 1x1 PNG: the smallest real image, so platforms that inspect uploads accept it.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


async def _message(target: ConformanceTarget) -> str:
    user = await target.member("Poster")
    await target.say(user, "a message to act on")
    event = next(e for e in reversed(target.events) if isinstance(e, MessageReceived))
    return event.message_id


async def send(t: ConformanceTarget) -> Action:
    return SendMessage(chat=t.chat, segments=TEXT)


async def reply(t: ConformanceTarget) -> Action:
    return Reply(chat=t.chat, segments=TEXT, reply_to=await _message(t))


async def send_private(t: ConformanceTarget) -> Action:
    return SendPrivate(chat=await t.private_user("Pia"), segments=TEXT)


async def delete(t: ConformanceTarget) -> Action:
    return DeleteMessages(chat=t.chat, message_ids=(await _message(t),))


async def pin(t: ConformanceTarget) -> Action:
    """Pin (loud) and unpin that message: the capability covers both."""
    message_id = await _message(t)
    if t.adapter.supports(Capability.PIN):
        await t.adapter.perform(Pin(chat=t.chat, message_id=message_id, loud=True))
    return Unpin(chat=t.chat, message_id=message_id)


async def image(t: ConformanceTarget) -> Action:
    return SendImage(chat=t.chat, image=Image(data=PNG), caption=TEXT)


async def document(t: ConformanceTarget) -> Action:
    return SendFile(chat=t.chat, filename="conformance.json", data=b"{}", caption=TEXT)


async def topic(t: ConformanceTarget) -> Action:
    return ManageTopic(chat=t.chat, verb="create", name="conformance")


async def admin_title(t: ConformanceTarget) -> Action:
    return SetAdminTitle(chat=t.chat, user=await t.admin("Tia"), title="conformance")


async def mute(t: ConformanceTarget) -> Action:
    return Mute(chat=t.chat, user=await t.member("Max"), until=t.now() + timedelta(hours=1))


async def kick(t: ConformanceTarget) -> Action:
    return Kick(chat=t.chat, user=await t.member("Kim"))


async def ban(t: ConformanceTarget) -> Action:
    return Ban(chat=t.chat, user=await t.member("Ben"))


async def unban(t: ConformanceTarget) -> Action:
    user = await t.member("Una")
    if t.adapter.supports(Capability.BAN):
        await t.adapter.perform(Ban(chat=t.chat, user=user))
    return Unban(chat=t.chat, user=user)


async def _requester(t: ConformanceTarget, name: str, capability: Capability) -> Ref:
    """A user asking to join; where the adapter declares no such capability, any user will do
    (the suite only checks that performing it says Unsupported)."""
    if t.adapter.supports(capability):
        return await t.join_request(name)
    return Ref.user(t.adapter.platform, f"conformance-{name.lower()}")


async def approve(t: ConformanceTarget) -> Action:
    return ApproveJoin(chat=t.chat, user=await _requester(t, "Ava", Capability.APPROVE_JOIN))


async def decline(t: ConformanceTarget) -> Action:
    return DeclineJoin(chat=t.chat, user=await _requester(t, "Dee", Capability.DECLINE_JOIN))


async def invite_link(t: ConformanceTarget) -> Action:
    return CreateInviteLink(chat=t.chat, name="conformance")


async def invoice(t: ConformanceTarget) -> Action:
    return SendInvoice(
        chat=await t.private_user("Ivy"),
        title=(Text("Conformance"),),
        description=TEXT,
        payload="conformance",
        currency="XTR",
        amount=1,
    )


async def checkout(t: ConformanceTarget) -> Action:
    if not t.adapter.supports(Capability.CHECKOUT):
        return AnswerCheckout(chat=await t.member("Cher"), query="0", ok=True)
    user, query = await t.checkout("Cher")
    return AnswerCheckout(chat=user, query=query, ok=True)


async def refund(t: ConformanceTarget) -> Action:
    if not t.adapter.supports(Capability.REFUND):
        user = await t.member("Ron")
        return RefundPayment(chat=t.chat, user=user, charge="0")
    user, charge = await t.payment("Ron")
    return RefundPayment(chat=t.chat, user=user, charge=charge)


SAMPLES: dict[Capability, Callable[[ConformanceTarget], Awaitable[Action]]] = {
    Capability.SEND: send,
    Capability.REPLY: reply,
    Capability.SEND_PRIVATE: send_private,
    Capability.DELETE: delete,
    Capability.PIN: pin,
    Capability.SEND_IMAGE: image,
    Capability.SEND_FILE: document,
    Capability.ADMIN_TITLE: admin_title,
    Capability.TOPIC: topic,
    Capability.MUTE: mute,
    Capability.KICK: kick,
    Capability.BAN: ban,
    Capability.UNBAN: unban,
    Capability.APPROVE_JOIN: approve,
    Capability.DECLINE_JOIN: decline,
    Capability.INVITE_LINK: invite_link,
    Capability.INVOICE: invoice,
    Capability.CHECKOUT: checkout,
    Capability.REFUND: refund,
}
QUERIES = frozenset({Capability.GET_MEMBER, Capability.LIST_ADMINS})  # calls, not actions
