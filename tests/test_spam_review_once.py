"""A spam review is decided once, whichever way comes first (the console's queue, the buttons
under it in the admin chat, /spam ID): a later or simultaneous verdict bans, deletes and
teaches nothing, and its moderator is told who decided."""

from __future__ import annotations

import asyncio

from support.console import console_client, csrf_of, link_for, sign_in

from groupops.core.storage.models import AuditEntry, SpamLesson
from tests.test_spam_review import ADMINS, UNSURE, open_club, review_post


async def reviewed(h, bob):
    await h.world.say(h.chat, bob, UNSURE)
    await h.settle()
    return await AuditEntry.get(community="club", action="review", target=bob)


async def counts(h) -> dict[str, int]:
    done = AuditEntry.filter(community="club", outcome__in=("done", "queued"))
    return {
        "ban": await done.filter(action="ban").count(),
        "delete": await done.filter(action="delete").count(),
        "reviewed": await done.filter(action="reviewed").count(),
        "lessons": await h.rows(SpamLesson),
    }


ONCE = {"ban": 1, "delete": 1, "reviewed": 1, "lessons": 1}


async def console_verdict(h, user: str = ""):
    """A signed-in console client and the form (token) of its moderation page."""
    client = console_client(h)
    await client.__aenter__()
    await sign_in(client, await link_for(h, user))
    return client, csrf_of((await client.get("/moderation")).text)


async def test_two_consoles_banning_at_once_ban_and_teach_once(harness_factory):
    h, _boss = await open_club(harness_factory)
    bob = h.user("bob")
    review = await reviewed(h, bob)
    (one, token1), (two, token2) = await console_verdict(h), await console_verdict(h)
    form = {"entry": review.id, "verdict": "spam"}
    answers = await asyncio.gather(
        one.post("/c/club/review", data={"csrf": token1, **form}),
        two.post("/c/club/review", data={"csrf": token2, **form}),
    )
    await h.settle()
    assert h.world.chats[h.chat].members[bob].status == "banned"
    assert await counts(h) == ONCE
    # the second verdict is refused by the page when the first is already queued (409), else
    # by the bot when both were queued at once
    if 409 in [answer.status_code for answer in answers]:
        assert not await AuditEntry.filter(action="reviewed", outcome="refused").exists()
    else:
        refused = await AuditEntry.get(community="club", action="reviewed", outcome="refused")
        assert refused.evidence == review.id
    for client in (one, two):
        await client.__aexit__(None, None, None)


async def test_not_spam_twice_at_once_teaches_once(harness_factory):
    h, _boss = await open_club(harness_factory)
    review = await reviewed(h, h.user("bob"))
    (one, token1), (two, token2) = await console_verdict(h), await console_verdict(h)
    form = {"entry": review.id, "verdict": "ham"}
    await asyncio.gather(
        one.post("/c/club/review", data={"csrf": token1, **form}),
        two.post("/c/club/review", data={"csrf": token2, **form}),
    )
    await h.settle()
    assert await h.rows(SpamLesson, label="ham") == 1
    assert await AuditEntry.filter(action="reviewed", outcome="done").count() == 1
    for client in (one, two):
        await client.__aexit__(None, None, None)


async def test_the_ban_button_after_the_console_decided_does_nothing_and_says_who(
    harness_factory,
):
    h, boss = await open_club(harness_factory)
    h.user("ann", admin=True)  # a moderator in the console
    bob = h.user("bob")
    review = await reviewed(h, bob)
    client, token = await console_verdict(h, "local:user:ann")
    await client.post("/c/club/review", data={"csrf": token, "entry": review.id, "verdict": "spam"})
    await h.settle()
    h.clock.advance(seconds=15)
    post = review_post(h)
    await h.world.press(ADMINS, boss, post.id, post.buttons[0].data)
    await h.world.say(ADMINS, boss, "/spam 1")
    await h.settle()
    assert await counts(h) == ONCE
    said = h.world.texts(ADMINS)
    assert said.count("That review was already decided by local:user:ann.") == 2
    assert not any(text.startswith("Learned as spam") for text in said)
    await client.__aexit__(None, None, None)


async def test_the_console_after_the_button_and_both_at_once_decide_once(harness_factory):
    h, boss = await open_club(harness_factory)
    bob, cat = h.user("bob"), h.user("cat")
    review = await reviewed(h, bob)
    post = review_post(h)
    await h.world.press(ADMINS, boss, post.id, post.buttons[0].data)  # the button first
    await h.settle()
    client, token = await console_verdict(h)
    await client.post("/c/club/review", data={"csrf": token, "entry": review.id, "verdict": "ham"})
    await h.settle()
    assert await counts(h) == ONCE
    assert await h.rows(SpamLesson, label="ham") == 0
    assert (await AuditEntry.get(id=review.id)).undone_at is not None  # off the queue
    # the next review: the button and the console at the same moment
    await h.world.say(h.chat, cat, "Who wants extra cash? Message me now")
    await h.settle()
    second = await AuditEntry.get(community="club", action="review", target=cat)
    cat_post = [m for m in h.world.chats[ADMINS].messages.values() if m.buttons][-1]
    token = csrf_of((await client.get("/moderation")).text)
    await asyncio.gather(
        h.world.press(ADMINS, boss, cat_post.id, cat_post.buttons[0].data),
        client.post("/c/club/review", data={"csrf": token, "entry": second.id, "verdict": "spam"}),
    )
    await h.settle()
    assert await h.rows(SpamLesson, label="spam") == 2  # bob's and cat's, once each
    assert await AuditEntry.filter(action="reviewed", outcome="done").count() == 2
    assert await AuditEntry.filter(action="ban", target=cat).count() == 1
    await client.__aexit__(None, None, None)


async def test_a_verdict_another_worker_committed_meanwhile_is_refused_by_the_database(
    harness_factory, monkeypatch
):
    """Another worker decides the review between this one reading it (open) and committing
    its own verdict: the database takes the review's claim once, this verdict is decided
    again after the reload and finds the review closed; no ban, no lesson here."""
    from groupops.core.console.requests import ConsoleRequests
    from groupops.core.storage.models import ProcessedEvent

    h, _boss = await open_club(harness_factory)
    bob = h.user("bob")
    review = await reviewed(h, bob)
    read = ConsoleRequests.prepare

    async def then_decided_elsewhere(self, event, ctx):
        found = await read(self, event, ctx)
        if not await ProcessedEvent.exists(key=f"reviewed:{review.id}"):  # the first time
            now = h.clock.now()
            await ProcessedEvent.create(key=f"reviewed:{review.id}", outcome="ok",
                                        processed_at=now)  # fmt: skip
            await AuditEntry.filter(id=review.id).update(undone_at=now)
            await AuditEntry.create(id="elsewhere#a0", community="club", actor="local:user:max",
                                    target=bob, action="reviewed", evidence=review.id,
                                    outcome="done", created_at=now)  # fmt: skip
        return found

    monkeypatch.setattr(ConsoleRequests, "prepare", then_decided_elsewhere)
    client, token = await console_verdict(h)
    await client.post("/c/club/review", data={"csrf": token, "entry": review.id, "verdict": "spam"})
    await h.settle()
    assert h.world.chats[h.chat].members[bob].status != "banned"
    assert await h.rows(SpamLesson) == 0
    refused = await AuditEntry.get(action="reviewed", outcome="refused")
    assert '"by": "local:user:max"' in refused.detail
    await client.__aexit__(None, None, None)
