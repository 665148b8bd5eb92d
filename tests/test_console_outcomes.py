"""The page after a console request says what became of it: done, or refused and why (a
review another moderator decided, an undo done already, a deduction the balance does not
cover), in the reader's language; never "Done." for what did nothing."""

from __future__ import annotations

import asyncio
import re
from html import unescape

import pytest
from support.console import console_client, csrf_of, link_for, post_form, sign_in

from groupops.core.storage.models import AuditEntry

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

# the two moderators signing in: admins by the settings (a request needs its asker's role)
MODERATORS = {"communities": {"club": {"roles": {"admin": ["local:user:ann", "local:user:max"]}}}}
UNSURE = {**MODERATORS, "rulesets": {"main": {"moderation": {
    "classifier": {"enabled": True, "threshold": 0.9999, "review": 0.5}}}}}  # fmt: skip


async def both_post(h, page: str, action: str, first: dict, second: dict) -> tuple[str, str]:
    """Two moderators (two sessions) posting at the same moment; the page each sees next."""
    async with console_client(h) as one, console_client(h) as two:
        await sign_in(one, await link_for(h, "local:user:ann"))
        await sign_in(two, await link_for(h, "local:user:max"))
        tokens = [csrf_of((await c.get(page)).text) for c in (one, two)]
        await asyncio.gather(
            one.post(action, data={"csrf": tokens[0], **first}),
            two.post(action, data={"csrf": tokens[1], **second}),
        )
        await h.settle()
        return unescape((await one.get(page)).text), unescape((await two.get(page)).text)


def notices(page: str) -> list[str]:
    return re.findall(r'<p class="notice" role="status">([^<]*)</p>', page)


async def test_not_spam_after_a_ban_says_who_decided(harness_factory):
    h = await harness_factory(UNSURE)
    bob = h.user("bob")
    await h.world.say(h.chat, bob, "Who wants extra money? Message me")
    await h.settle()
    review = await AuditEntry.get(community="club", action="review", target=bob)
    async with console_client(h) as first:
        await sign_in(first, await link_for(h, "local:user:ann"))
        await post_form(first, "/moderation", "/c/club/review", entry=review.id, verdict="spam")
        assert notices((await first.get("/moderation")).text) == ["Done."]
    async with console_client(h) as late:
        await sign_in(late, await link_for(h, "local:user:max"))
        await post_form(late, "/communities", "/language", locale="zh_Hans")
        await post_form(late, "/moderation", "/c/club/review", entry=review.id, verdict="ham")
        page = unescape((await late.get("/moderation")).text)
        assert notices(page) == ["此审核已由 local:user:ann 处理。"]


async def test_two_undos_of_one_ban_one_done_one_refused(harness_factory):
    h = await harness_factory(MODERATORS)
    bob = h.user("bob")
    await h.world.say(h.chat, bob, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, f"/c/club/m/{bob}", f"/c/club/m/{bob}/act", kind="ban", amount="0")
    await h.settle()
    ban = await AuditEntry.get(community="club", action="ban", target=bob)
    pages = await both_post(h, "/moderation", "/c/club/undo", {"entry": ban.id}, {"entry": ban.id})
    seen = sorted(notices(page)[0] for page in pages)
    assert seen == ["Done.", "That was undone already."]


async def test_two_deductions_the_second_refused_says_so(harness_factory):
    h = await harness_factory(MODERATORS)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/checkin")  # 1 point
    await h.settle()
    page = f"/c/club/m/{ann}"
    take = {"kind": "points", "amount": "-1", "reason": "x"}
    pages = await both_post(h, page, f"{page}/act", take, take)
    refusal = "Refused: the balance is 0, and a deduction takes nothing it does not cover."
    seen = sorted(notices(text)[0] for text in pages)
    assert seen == ["Done.", refusal]
    assert await h.balance(ann) == 0
