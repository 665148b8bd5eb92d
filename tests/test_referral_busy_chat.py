"""A personal invite link is created at once in a busy group: creating it posts nothing in the
group, so it does not wait behind the replies held by the group's message rate limit (a join
through the link before it was recorded was not attributed)."""

from __future__ import annotations

import asyncio

from groupops.adapters.local import LocalAdapter
from groupops.core.adapter import RateLimits

GROW = {"rulesets": {"main": {"campaigns": {"grow": {"kind": "referral", "goal": 2}}}}}


async def test_an_invite_link_does_not_wait_behind_the_groups_queued_replies(harness_factory):
    h = await harness_factory(GROW, run=False)
    await h.start_with(LocalAdapter(h.world, rate_limits=RateLimits(per_chat_per_minute=1)))
    ann, cat = h.user("ann"), h.user("cat")
    for _ in range(4):  # one reply goes out, the rest wait a minute each
        await h.world.say(h.chat, cat, "/points")
    await h.world.say(h.chat, ann, "/invite")
    for _ in range(50):
        if h.world.private_texts(ann):
            break
        await asyncio.sleep(0.1)
    link = "https://local.invalid/main/+1"
    assert h.world.private_texts(ann) == [f"Your personal invite link for grow: {link}"]
    assert h.world.texts(h.chat) == ["Cat has 0 points."]  # the group's replies still wait
