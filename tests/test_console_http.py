"""The operator console over HTTP: no session means the sign-in page, a link works once and
only for minutes, an admin sees and acts only where they hold a role, every form needs its
token, and what the console asks for reaches the chat through the engine."""

from __future__ import annotations

from datetime import timedelta
from html import unescape

import pytest
from support.console import (
    a_member_who_spoke,
    console_client,
    csrf_of,
    link_for,
    post_form,
    sign_in,
)

from groupops.core.console.access import communities_of
from groupops.core.storage.models import (
    AuditEntry,
    Campaign,
    LedgerEntry,
    LoginLink,
    OutboxItem,
    ScheduledJob,
    SpamLesson,
)

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

TWO_COMMUNITIES = {
    "communities": {
        "club": {"roles": {"admin": ["local:user:boss"]}},
        "other": {"ruleset": "main", "chats": ["local:other"], "title": "Other Club"},
    }
}
PAGES = ("/communities", "/members", "/moderation", "/campaigns", "/settings", "/outbox",
         "/c/club")  # fmt: skip


async def test_without_a_session_every_page_is_the_sign_in_page(harness):
    async with console_client(harness) as client:
        for path in PAGES:
            answer = await client.get(path)
            assert answer.status_code == 401, path
            assert "groupops dashboard login-link" in answer.text
        refused = await client.post("/c/club/m/local:user:ann/act", data={"kind": "ban"})
        assert refused.status_code in (401, 403)
    assert await ScheduledJob.filter(job="console").count() == 0


async def test_no_console_page_can_be_shown_inside_another_pages_frame(harness):
    """A decoy page framing the signed-in console would make one click a ban."""
    async with console_client(harness) as client:
        await sign_in(client, await link_for(harness))
        for path in (*PAGES, "/signin", "/no-such-page", "/static/console.css"):
            answer = await client.get(path)
            assert answer.headers["x-frame-options"] == "DENY", path
            policy = answer.headers["content-security-policy"]
            assert "frame-ancestors 'none'" in policy and "script-src 'self';" in policy, path


async def test_a_link_works_once_and_not_after_it_expires(harness):
    token = await link_for(harness)
    async with console_client(harness) as first, console_client(harness) as second:
        signed = await sign_in(first, token)
        assert signed.status_code == 303 and signed.headers["location"] == "/communities"
        assert "Test Club" in (await first.get("/communities")).text
        again = await sign_in(second, token)
        assert again.status_code == 410
        assert "used already or has expired" in again.text
        assert (await second.get("/communities")).status_code == 401
    late = await link_for(harness)
    harness.clock.advance(minutes=11)
    async with console_client(harness) as client:
        assert (await sign_in(client, late)).status_code == 410
        assert (await client.get("/communities")).status_code == 401
    stored = await LoginLink.all().values_list("token_hash", flat=True)
    assert token not in stored and late not in stored  # only digests are kept


async def test_an_admin_of_one_community_can_neither_read_nor_act_on_another(harness_factory):
    h = await harness_factory(TWO_COMMUNITIES)
    h.world.chat("other")
    boss = h.user("boss", admin=True)
    ann, olga = h.user("ann"), h.user("olga", chat=h.world.chats["local:other"].ref)
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.world.chats["local:other"].ref, olga, "hi")
    await h.settle()
    assert communities_of(h.settings, boss) == ["club"]
    token = await link_for(h, boss, tuple(communities_of(h.settings, boss)))
    async with console_client(h) as client:
        assert (await sign_in(client, token)).status_code == 303
        overview = (await client.get("/communities")).text
        assert "Test Club" in overview and "Other Club" not in overview
        members = (await client.get("/members?q=")).text
        assert "Ann" in members and "Olga" not in members
        for path in ("/c/other", f"/c/other/m/{olga}", "/moderation?community=other",
                     "/settings?community=other"):  # fmt: skip
            assert (await client.get(path)).status_code == 403, path
        page = (await client.get(f"/c/club/m/{ann}")).text
        acted = await client.post(
            f"/c/other/m/{olga}/act",
            data={"csrf": csrf_of(page), "kind": "points", "amount": "50", "reason": "x"},
        )
        assert acted.status_code == 403
    await h.settle()
    assert await LedgerEntry.filter(community="other", reason="give").count() == 0
    assert await ScheduledJob.filter(job="console").count() == 0


async def test_a_form_without_its_token_is_refused(harness):
    ann = harness.user("ann")
    await harness.world.say(harness.chat, ann, "hello")
    await harness.settle()
    async with console_client(harness) as client:
        await sign_in(client, await link_for(harness))
        answer = await client.post(
            f"/c/club/m/{ann}/act", data={"kind": "points", "amount": "5", "reason": "x"}
        )
        assert answer.status_code == 403
        forged = await client.post(
            f"/c/club/m/{ann}/act",
            data={"csrf": "forged", "kind": "points", "amount": "5", "reason": "x"},
        )
        assert forged.status_code == 403
    assert await harness.balance(ann) == 0


async def test_points_and_a_ban_and_its_undo_reach_the_chat(harness):
    h = harness
    ann, member_page = await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        given = await post_form(client, member_page, f"{member_page}/act", kind="points",
                                amount="7", reason="helped newcomers")  # fmt: skip
        assert given.status_code == 303
        await h.settle()
        assert await h.balance(ann) == 7
        entry = await LedgerEntry.get(community="club", member=ann, reason="give")
        assert "helped newcomers" in entry.ref
        assert h.world.private_texts(ann)[-1] == (
            "An admin changed your points by +7 (helped newcomers)."
        )
        assert "Done." in (await client.get(member_page)).text
        await post_form(client, member_page, f"{member_page}/act", kind="ban", amount="0",
                        reason="spam links")  # fmt: skip
        await h.settle()
        assert h.world.chats[h.chat].members[ann].status == "banned"
        ban = await AuditEntry.get(community="club", action="ban", target=ann)
        log = (await client.get("/moderation")).text
        assert f'data-entry="{ban.id}"' in log and "spam links" in log
        await post_form(client, "/moderation", "/c/club/undo", entry=ban.id)
        await h.settle()
        assert h.world.chats[h.chat].members[ann].status == "left"  # may come back
        assert (await AuditEntry.get(id=ban.id)).undone_at is not None
        assert f'data-entry="{ban.id}"' not in (await client.get("/moderation")).text


async def test_a_deduction_the_balance_does_not_cover_takes_nothing_and_stops_nothing(harness):
    h = harness
    ann, bob = h.user("ann"), h.user("bob")
    await h.world.say(h.chat, ann, "/checkin")  # 1 point
    await h.settle()
    member_page = f"/c/club/m/{ann}"
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, member_page, f"{member_page}/act", kind="points",
                        amount="-5", reason="spam")  # fmt: skip
        await h.settle()
        assert await h.balance(ann) == 1  # refused, as /take refuses it
        entry = await AuditEntry.get(community="club", action="take", target=ann)
        assert entry.outcome == "refused" and "the balance is 1" in entry.evidence
    await h.world.say(h.chat, bob, "/points")  # the community goes on
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Bob has 0 points."


async def test_the_settings_page_shows_what_admins_changed_by_chat_command(harness):
    h = harness
    boss = h.user("boss", owner=True)
    await h.world.say(h.chat, boss, "/setwelcome Hallo {name}, Lauftreff ist Samstag 9 Uhr.")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        shown = unescape((await client.get("/settings")).text)
    changed = shown.split('id="changed-club">', 1)[1].split("</pre>", 1)[0]
    assert "Lauftreff ist Samstag 9 Uhr." in changed and boss in changed
    assert '"timeout": "5m"' in shown and "PT5M" not in shown  # as the file writes them


async def test_a_console_mute_for_a_while_ends_and_a_bad_duration_is_refused(harness):
    h = harness
    ann, page = await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        refused = await post_form(client, page, f"{page}/act", kind="mute", amount="0",
                                  reason="calm down", duration="soon")  # fmt: skip
        assert refused.status_code == 400
        assert "Write a duration as 30m, 2h, 3d or 1w." in unescape(refused.text)
        await post_form(client, page, f"{page}/act", kind="mute", amount="0",
                        reason="calm down", duration="2h")  # fmt: skip
        await h.settle()
    assert h.world.texts(h.chat)[-1] == "@Ann has been muted for 2 hours: calm down."
    member = h.world.chats[h.chat].members[ann]
    assert member.muted and member.muted_until == h.clock.now() + timedelta(hours=2)


async def test_dashboard_in_a_chat_sends_an_admin_a_link_privately_and_not_a_member(harness):
    h = harness
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "/dashboard")
    await h.world.say(h.chat, boss, "/dashboard")
    await h.settle()
    assert h.world.private_texts(ann) == []
    assert h.world.texts(h.chat)[-1] == "I sent you a sign-in link privately."
    assert "/login/" not in "".join(h.world.texts(h.chat))  # never in the group
    sent = h.world.private_texts(boss)[-1]
    assert sent.startswith("Your sign-in link to the console (works once, for 10 minutes): ")
    link, note = sent.split("\n")
    assert note == (  # no dashboard.base_url: the address is the machine's own
        "This address opens only on the computer the bot runs on, while the console runs "
        "there: to open it elsewhere, the operator sets dashboard.base_url."
    )
    token = link.rsplit("/login/", 1)[1]
    async with console_client(h) as client:
        assert (await sign_in(client, token)).status_code == 303
        assert "Test Club" in (await client.get("/communities")).text
        assert (await client.get("/c/elsewhere")).status_code == 403


async def test_a_dashboard_link_at_the_consoles_public_address_has_no_note(harness_factory):
    h = await harness_factory({"dashboard": {"base_url": "https://console.example.org/"}})
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, "/dashboard")
    await h.settle()
    sent = h.world.private_texts(boss)[-1]
    prefix = "Your sign-in link to the console (works once, for 10 minutes): "
    assert sent.startswith(f"{prefix}https://console.example.org/login/") and "\n" not in sent


async def test_a_refused_action_is_listed_in_the_outbox_and_queued_again(harness):
    h = harness
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        h.world.chats[h.chat].bot_is_admin = False  # the platform refuses to restrict anyone
        page = f"/c/club/m/{ann}"
        await post_form(client, page, f"{page}/act", kind="mute", amount="0", reason="test")
        await h.settle()
        failed = await OutboxItem.get(kind="mute", status="failed")
        listed = (await client.get("/outbox")).text
        assert f'value="{failed.id}"' in listed and "is not an admin of" in listed
        await post_form(client, "/outbox", "/outbox/retry", id=failed.id)
        assert (await OutboxItem.get(id=failed.id)).status == "pending"
        assert "Queued again." in (await client.get("/outbox")).text


UNSURE = {"rulesets": {"main": {"moderation": {
    "classifier": {"enabled": True, "threshold": 0.9999, "review": 0.5}}}}}  # fmt: skip


@pytest.mark.parametrize("verdict", ["spam", "ham"])
async def test_a_spam_review_is_answered_from_the_queue_and_teaches(harness_factory, verdict):
    h = await harness_factory(UNSURE)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "Who wants extra money? Message me")
    await h.settle()
    review = await AuditEntry.get(community="club", action="review", target=ann)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        queue = unescape((await client.get("/moderation")).text)
        assert review.evidence in queue and "Nothing to review." not in queue
        await post_form(client, "/moderation", "/c/club/review", entry=review.id, verdict=verdict)
        await h.settle()
        banned = h.world.chats[h.chat].members[ann].status == "banned"
        assert banned is (verdict == "spam")
        lesson = await SpamLesson.get(text="Who wants extra money? Message me")
        assert lesson.label == verdict
        assert (await AuditEntry.get(id=review.id)).undone_at is not None
        assert "Nothing to review." in (await client.get("/moderation")).text


async def test_a_review_answered_without_a_verdict_is_refused_and_stays_open(harness_factory):
    h = await harness_factory(UNSURE)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "Who wants extra money? Message me")
    await h.settle()
    review = await AuditEntry.get(community="club", action="review", target=ann)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        for verdict in ("", "maybe"):
            refused = await post_form(client, "/moderation", "/c/club/review", entry=review.id,
                                      verdict=verdict)  # fmt: skip
            assert refused.status_code == 400
            assert "Answer a review with Ban or Not spam." in unescape(refused.text)
        await h.settle()
        assert review.evidence in unescape((await client.get("/moderation")).text)
    assert await SpamLesson.filter(text="Who wants extra money? Message me").count() == 0
    assert (await AuditEntry.get(id=review.id)).undone_at is None


async def test_a_giveaway_is_not_paused_and_its_draw_record_shown(harness):
    h = harness
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, boss, '/campaign new lottery spring winners=1 ends=1d prize="A mug"')
    await h.world.say(h.chat, ann, "/join spring")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        listed = unescape((await client.get("/campaigns")).text)
        assert "spring" in listed and '"commitment"' in listed and "drawn" not in listed
        # a giveaway's entries stay open until the close announced: no pause
        await post_form(client, "/campaigns", "/c/club/campaign", campaign="spring", verb="pause")
        await h.settle()
        assert (await Campaign.get(community="club", name="spring")).status == "active"
        h.clock.advance(days=1)
        await h.engine.scheduler.run_due()
        await h.settle()
        assert h.world.texts(h.chat)[-1].startswith("Entries for spring are closed: 1 entrant,")
        await sign_in(client, await link_for(h))  # a day on: the session has ended
        h.clock.advance(minutes=11)
        await h.engine.scheduler.run_due()
        await h.settle()
        assert h.world.texts(h.chat)[-1].startswith("Winner of spring: @Ann")
        record = unescape((await client.get("/campaigns")).text)
        assert '"drawn": [' in record and ann in record and '"secret"' in record


async def test_a_session_ends_after_its_hours(harness, monkeypatch):
    from itsdangerous import TimestampSigner

    async with console_client(harness) as client:
        await sign_in(client, await link_for(harness))
        assert (await client.get("/communities")).status_code == 200
        signed_at = TimestampSigner.get_timestamp
        hours = harness.settings.dashboard.session_hours
        monkeypatch.setattr(
            TimestampSigner, "get_timestamp", lambda self: signed_at(self) + (hours + 1) * 3600
        )
        answer = await client.get("/communities")
        assert answer.status_code == 401 and "groupops dashboard login-link" in answer.text


AMOUNT_REFUSALS = {  # a points adjustment out of bounds, then one not a number
    "en": ("Points: an adjustment is 1 to 1,000,000, plus or minus.",
           "The amount is a whole number."),
    "zh_Hans": ("积分：每次调整为 1 至 1,000,000，可加可减。", "数量须为整数。"),
}  # fmt: skip


@pytest.mark.parametrize("locale", ["en", "zh_Hans"])
async def test_a_refused_amount_is_said_in_the_readers_language(harness, locale):
    h = harness
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/communities", "/language", locale=locale)
        page = f"/c/club/m/{ann}"
        too_much, not_a_number = AMOUNT_REFUSALS[locale]
        for amount, said in (("0", too_much), ("2000000", too_much), ("x", not_a_number)):
            refused = await post_form(client, page, f"{page}/act", kind="points", amount=amount,
                                      reason="test")  # fmt: skip
            assert refused.status_code == 400 and said in unescape(refused.text)
    assert await ScheduledJob.filter(job="console").count() == 0


@pytest.mark.parametrize(
    ("locale", "band"),
    [
        ("en", "healthy above 15%, alert below 10%"),
        ("de", "gesund über 15\u00a0%, Alarm unter 10\u00a0%"),  # the locale's own percent
    ],
)
async def test_a_kpis_health_band_is_said_in_the_readers_language(harness, locale, band):
    """The tooltip was English whatever the language chosen."""
    async with console_client(harness) as client:
        await sign_in(client, await link_for(harness))
        await post_form(client, "/communities", "/language", locale=locale)
        page = unescape((await client.get("/communities")).text)
    assert f'title="{band}"' in page


async def test_the_browsers_icon_request_finds_the_consoles_icon(harness):
    async with console_client(harness) as client:
        icon = await client.get("/favicon.ico", follow_redirects=True)
        page = (await client.get("/signin")).text
    assert icon.status_code == 200
    assert icon.headers["content-type"].startswith("image/svg+xml")
    assert '<link rel="icon" href="/static/favicon.svg"' in page
