"""The review queue shows what the admin chat's review shows: the member's name (a link to
their page) and the message, escaped; the moderation log names the members it knows."""

from __future__ import annotations

import pytest
from support.console import console_client, link_for, post_form, sign_in

from groupops.core.storage.models import AuditEntry, ScheduledJob, SpamLesson

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

UNSURE = {"communities": {"club": {"roles": {"admin": ["local:user:boss"]}}},
          "rulesets": {"main": {"moderation": {
    "classifier": {"enabled": True, "threshold": 0.9999, "review": 0.5}}}}}  # fmt: skip


async def test_the_queue_shows_the_member_and_the_message(harness_factory):
    h = await harness_factory(UNSURE)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "Who wants extra money? Message me <b>now</b>")
    await h.settle()
    review = await AuditEntry.get(community="club", action="review", target=ann)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h, "local:user:boss"))
        html = (await client.get("/moderation")).text
        assert f'<a href="/c/club/m/{ann}"><bdi class="name" title="Ann">Ann</bdi></a>' in html
        assert "<bdi>Who wants extra money? Message me &lt;b&gt;now&lt;/b&gt;</bdi>" in html
        await post_form(client, "/moderation", "/c/club/review", entry=review.id, verdict="spam")
        await h.settle()
        log = (await client.get("/moderation")).text
        # the ban's row names Ann, linked to her page, beside her id
        assert (
            f'<a href="/c/club/m/{ann}"><bdi class="name" title="Ann">Ann</bdi></a> '
            f'<bdi class="meta">{ann}</bdi>' in log
        )


async def test_a_review_decided_after_a_restart_names_the_member_and_teaches(harness_factory):
    """Ban on a review the bot no longer holds in memory (it restarted since the message came):
    the group reads the member's name, not their id, and the classifier learns the message."""
    h = await harness_factory(UNSURE)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "an offer on my profile, extra money")
    await h.settle()
    review = await AuditEntry.get(community="club", action="review", target=ann)
    await h.restart()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h, "local:user:boss"))
        await post_form(client, "/moderation", "/c/club/review", entry=review.id, verdict="spam")
        await h.settle()
    said = h.world.texts(h.chat)
    assert "@Ann has been banned: spam." in said, said
    assert not any(ann in text for text in said), said
    assert h.world.chats[h.chat].members[ann].status == "banned"
    assert await h.rows(SpamLesson, label="spam") == 1


async def test_a_review_whose_verdict_is_asked_for_shows_it_without_buttons(harness_factory):
    """Ban, then reload while the bot has not carried it out: the review says so and offers
    no Not spam; a second verdict posted anyway is refused, not queued."""
    h = await harness_factory(UNSURE)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "Who wants extra money? Message me")
    await h.settle()
    review = await AuditEntry.get(community="club", action="review", target=ann)
    async with console_client(h, engine=False) as client:
        await sign_in(client, await link_for(h, "local:user:boss"))
        await post_form(client, "/moderation", "/c/club/review", entry=review.id, verdict="spam")
        html = (await client.get("/moderation")).text
        assert "Ban asked for by the console, waiting for the bot." in html
        assert 'value="ham"' not in html
        again = await post_form(
            client, "/moderation", "/c/club/review", entry=review.id, verdict="ham"
        )
    assert again.status_code == 409
    assert "already asked for" in again.text
    assert await ScheduledJob.filter(job="console").count() == 1
