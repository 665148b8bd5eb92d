"""Starting a campaign from the console: the form of a kind posts its options, the engine
starts it through the code of `/campaign new` (announced in the chat, recorded in the audit
log with who asked), only in a community the grant covers and only with the form's token;
a refused one (a taken name, a bad option) is explained and nothing is asked of the bot."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from html import unescape

import pytest
from support.console import console_client, csrf_of, link_for, post_form, sign_in

from groupops.core.console.access import communities_of
from groupops.core.storage.models import AuditEntry, Campaign, ScheduledJob

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

TWO_COMMUNITIES = {
    "communities": {
        "club": {"roles": {"admin": ["local:user:boss"]}},
        "other": {"ruleset": "main", "chats": ["local:other"], "title": "Other Club"},
    }
}
GIVEAWAY = {"kind": "lottery", "name": "spring", "opt.prize": "A mug", "opt.winners": "2",
            "opt.ends": "1d", "opt.min_tier": ""}  # fmt: skip


async def test_a_giveaway_started_in_the_console_is_announced_and_recorded(harness):
    h = harness
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h, boss, ("club",)))
        form = (await client.get("/campaigns")).text
        assert 'action="/campaigns/start"' in form and 'name="opt.prize"' in form
        answer = await post_form(client, "/campaigns", "/campaigns/start", community="club",
                                 **GIVEAWAY)  # fmt: skip
        assert answer.status_code == 303
        await h.settle()
        listed = unescape((await client.get("/campaigns")).text)
    campaign = await Campaign.get(community="club", name="spring")
    assert (campaign.kind, campaign.status, campaign.created_by) == ("lottery", "active", boss)
    assert campaign.ends_at == h.clock.now() + timedelta(days=1)
    assert json.loads(campaign.config)["winners"] == 2
    assert h.world.texts(h.chat)[-1].startswith("Giveaway spring: A mug, 2 winners")
    audit = await AuditEntry.get(community="club", action="campaign.new")
    assert audit.actor == boss
    assert audit.evidence == "new lottery spring prize='A mug' winners=2 ends=1d"
    assert "Done." in listed and '"commitment"' in listed  # the draw's commitment is shown


async def test_a_refused_start_says_why_and_asks_nothing(harness):
    h = harness
    await h.world.say(h.chat, h.user("boss", admin=True), "/campaign new challenge streak days=5")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        taken = await post_form(client, "/campaigns", "/campaigns/start", community="club",
                                kind="lottery", name="streak")  # fmt: skip
        assert taken.status_code == 409
        assert TAKEN.format(name="streak") in unescape(taken.text)
        bad = await post_form(client, "/campaigns", "/campaigns/start", community="club",
                              kind="challenge", name="week", **{"opt.days": "1"})  # fmt: skip
        assert bad.status_code == 400
        shown = unescape(bad.text)
        assert "Cannot create week: days: must be at least 2" in shown
        assert _typed(shown, "challenge") == {"name": "week", "opt.days": "1"}
    assert await ScheduledJob.filter(job="console").count() == 0
    assert await Campaign.filter(community="club").count() == 1


TAKEN = "Name: Test Club already has a campaign called {name}, or one asked for; choose another."


def _typed(html: str, kind: str) -> dict[str, str]:
    """The non-empty text fields of `kind`'s start form, as the page fills them."""
    fields = re.findall(
        r'<input id="' + kind + r'-[\w]+" name="([^"]+)"[^>]*? value="([^"]*)"', html
    )
    return {name: value for name, value in fields if value}


async def test_a_name_already_asked_for_is_refused_naming_the_field_and_keeping_the_form(harness):
    """A console in its own process: the first start is still queued when the same name is
    sent again from a fresh form; the second is refused on one line, and its form holds what
    was typed. The same form sent twice (a double click) is one request, not a refusal."""
    h = harness
    async with console_client(h, engine=False) as client:
        await sign_in(client, await link_for(h))
        form = (await client.get("/campaigns")).text
        mark = re.search(r'name="once" value="([^"]+)"', form.split('id="start-lottery"')[1])
        sent = {"csrf": csrf_of(form), "once": mark.group(1), "community": "club", **GIVEAWAY}
        first = await client.post("/campaigns/start", data=sent)
        twice = await client.post("/campaigns/start", data=sent)
        assert (first.status_code, twice.status_code) == (303, 303)
        again = await post_form(client, "/campaigns", "/campaigns/start", community="club",
                                **{**GIVEAWAY, "opt.prize": "Two mugs"})  # fmt: skip
        assert again.status_code == 409
        shown = unescape(again.text)
        assert shown.count(TAKEN.format(name="spring")) == 1
        assert '<details id="start-lottery" open>' in again.text
        assert 'aria-invalid="true"' in shown.split('id="start-lottery"')[1].split("</form>")[0]
        assert _typed(shown, "lottery") == {
            "name": "spring", "opt.prize": "Two mugs", "opt.winners": "2", "opt.ends": "1d"
        }  # fmt: skip
    assert await ScheduledJob.filter(job="console").count() == 1
    await h.engine.scheduler.run_due()
    await h.settle()
    assert (await Campaign.get(community="club", name="spring")).status == "active"


async def test_an_admin_of_one_community_cannot_start_a_campaign_in_another(harness_factory):
    h = await harness_factory(TWO_COMMUNITIES)
    h.world.chat("other")
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, "hello")
    await h.settle()
    token = await link_for(h, boss, tuple(communities_of(h.settings, boss)))
    async with console_client(h) as client:
        await sign_in(client, token)
        form = (await client.get("/campaigns")).text
        assert '<option value="club">' in form and '<option value="other">' not in form
        refused = await post_form(client, "/campaigns", "/campaigns/start", community="other",
                                  **GIVEAWAY)  # fmt: skip
        assert refused.status_code == 403
        nowhere = await post_form(client, "/campaigns", "/campaigns/start", community="elsewhere",
                                  **GIVEAWAY)  # fmt: skip
        assert nowhere.status_code == 403
    await h.settle()
    assert await Campaign.filter(name="spring").count() == 0
    assert await ScheduledJob.filter(job="console").count() == 0
    assert not any("spring" in text for text in h.world.texts(h.world.chats["local:other"].ref))


async def test_a_start_without_the_form_token_is_refused(harness):
    h = harness
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        page = (await client.get("/campaigns")).text
        assert csrf_of(page)
        bare = await client.post("/campaigns/start", data={"community": "club", **GIVEAWAY})
        forged = await client.post(
            "/campaigns/start", data={"csrf": "forged", "community": "club", **GIVEAWAY}
        )
        assert bare.status_code == forged.status_code == 403
    await h.settle()
    assert await Campaign.filter(name="spring").count() == 0
    assert await ScheduledJob.filter(job="console").count() == 0


async def test_a_giveaway_whose_entries_are_closed_is_drawn_now_and_once(harness):
    h = harness
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, boss, '/campaign new lottery spring ends=1d prize="A mug"')
    await h.world.say(h.chat, ann, "/join spring")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        assert 'id="draw-club-spring"' not in (await client.get("/campaigns")).text
        h.clock.advance(days=1)  # its entries close as announced
        await h.engine.scheduler.run_due()
        await h.settle()
        await sign_in(client, await link_for(h))  # a day on: the session has ended
        listed = (await client.get("/campaigns")).text
        # its list is published: the operator can work out the winner, so no cancel now
        assert 'id="draw-club-spring"' in listed and 'value="close"' not in listed
        await post_form(client, "/campaigns", "/c/club/campaign", campaign="spring", verb="close")
        await h.settle()
        refused = await AuditEntry.get(action="campaign.close")
        assert refused.outcome == "refused"
        await post_form(client, "/campaigns", "/c/club/campaign", campaign="spring", verb="draw")
        await h.settle()
        assert h.world.texts(h.chat)[-1].startswith("Winner of spring: @Ann")
        listed = unescape((await client.get("/campaigns")).text)
        assert 'id="draw-club-spring"' not in listed and '"drawn": [' in listed
    sent = len(h.world.texts(h.chat))
    h.clock.advance(minutes=11)  # the draw's own time: it finds the giveaway drawn
    await h.engine.scheduler.run_due()
    await h.settle()
    assert len(h.world.texts(h.chat)) == sent
    assert json.loads((await Campaign.get(name="spring")).state)["drawn"] == [ann]


async def test_a_giveaways_entries_are_not_ended_or_paused_before_their_announced_close(
    harness,
):
    """Entries stopped at a moment the operator chooses would let them pick the winner: the
    console offers no *end now* or *pause* for a giveaway, and a request for one is refused."""
    h = harness
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    await h.world.say(h.chat, boss, '/campaign new lottery spring ends=1d prize="A mug"')
    await h.world.say(h.chat, ann, "/join spring")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        listed = (await client.get("/campaigns")).text
        assert 'value="end"' not in listed and 'value="pause"' not in listed
        assert 'value="close"' in listed
        for verb in ("end", "pause"):
            await post_form(client, "/campaigns", "/c/club/campaign", campaign="spring", verb=verb)
        await h.settle()
    refused = await AuditEntry.filter(action__in=("campaign.end", "campaign.pause")).values_list(
        "action", "outcome"
    )
    assert sorted(refused) == [("campaign.end", "refused"), ("campaign.pause", "refused")]
    h.clock.advance(minutes=1)  # past the minute in which entries are confirmed together
    await h.world.say(h.chat, bob, "/join spring")  # entries are still open
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Bob is in the draw for spring (2 entrants)."
    h.clock.advance(days=1)  # its deadline closes the entries, once
    await h.engine.scheduler.run_due()
    await h.settle()
    closed = [t for t in h.world.texts(h.chat) if t.startswith("Entries for spring are closed")]
    assert len(closed) == 1 and closed[0].startswith("Entries for spring are closed: 2 entrants")


async def test_a_refusal_is_said_in_the_readers_language(harness):
    async with console_client(harness) as client:
        await sign_in(client, await link_for(harness))
        await post_form(client, "/communities", "/language", locale="zh_Hans")
        refused = await client.get("/c/elsewhere")
        assert refused.status_code == 403
        assert "这不是你担任角色的社群。" in refused.text


async def test_a_challenge_leaderboard_ranks_members_by_their_best_run(harness):
    h = harness
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    await h.world.say(h.chat, boss, "/campaign new challenge streak days=5")
    start = h.clock.now()
    for day in range(3):
        h.clock.set(start + timedelta(days=day))
        await h.world.say(h.chat, ann, "/checkin")
        if day == 2:
            await h.world.say(h.chat, bob, "/checkin")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        board = (await client.get("/campaigns")).text.split('class="board"')[1].split("</ol>")[0]
    assert board.index(">Ann</bdi></a> <strong>3</strong>") < board.index(
        ">Bob</bdi></a> <strong>1</strong>"
    )


async def test_a_group_buy_reads_its_tiers_as_the_chat_command_does(harness):
    h = harness
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/campaigns", "/campaigns/start", community="club",
                        kind="groupbuy", name="mugs", **{"opt.product": "Mug",
                        "opt.price": "30", "opt.tiers": "3:20,5:30"})  # fmt: skip
        await h.settle()
    config = json.loads((await Campaign.get(community="club", name="mugs")).config)
    assert config["tiers"] == [{"size": 3, "off": 20}, {"size": 5, "off": 30}]
    assert h.world.texts(h.chat)[-1].startswith("Group-buy mugs: Mug at 30")
    audit = await AuditEntry.get(community="club", action="campaign.new")
    assert audit.actor == "operator" and "tiers=3:20,5:30" in audit.evidence


REFUSALS = {  # what a reader is told, on one line naming the option, in their language
    "en": ("Cannot create week: days: must be at least 2",
           "Cannot create tea: price: abc is not an amount"),
    "zh_Hans": ("无法创建 week：days：至少为 2", "无法创建 tea：price：abc 不是金额"),
}  # fmt: skip


@pytest.mark.parametrize("locale", ["en", "zh_Hans"])
async def test_a_refused_option_is_named_in_the_readers_language(harness, locale):
    h = harness
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/communities", "/language", locale=locale)
        days, price = REFUSALS[locale]
        refused = await post_form(client, "/campaigns", "/campaigns/start", community="club",
                                  kind="challenge", name="week", **{"opt.days": "1"})  # fmt: skip
        shown = unescape(refused.text)
        assert days in shown and "Input should" not in shown
        refused = await post_form(client, "/campaigns", "/campaigns/start", community="club",
                                  kind="groupbuy", name="tea",
                                  **{"opt.product": "Tea", "opt.price": "abc"})  # fmt: skip
        shown = unescape(refused.text)
        assert price in shown and "Input should" not in shown
    assert await ScheduledJob.filter(job="console").count() == 0


ASKED = re.compile(  # a request's state, its campaign's name and what the page says of it
    r'<li class="start-(\w+)">[^<]*<strong><bdi class="name" title="[^"]*">([^<]+)</bdi>'
    r"</strong>[^<]*"
    r'<span class="state" role="status">([^<]*)</span>'
)


async def test_a_start_the_bot_refuses_later_is_shown_refused_with_its_reason(harness):
    """The name is free when the console checks it and taken (from the chat) before the bot
    takes the request up: the page says so, where the request was queued."""
    h = harness
    boss = h.user("boss", admin=True)
    async with console_client(h, engine=False) as client:  # a console in its own process
        await sign_in(client, await link_for(h))
        for name in ("week", "month"):
            await post_form(client, "/campaigns", "/campaigns/start", community="club",
                            kind="challenge", name=name, **{"opt.days": "5"})  # fmt: skip
        queued = ASKED.findall(unescape((await client.get("/campaigns")).text))
        assert sorted((state, name) for state, name, _ in queued) == [
            ("queued", "month"),
            ("queued", "week"),
        ]
        await h.world.say(h.chat, boss, "/campaign new challenge week days=3")
        await h.settle()
        await h.engine.scheduler.run_due()
        await h.settle()
        shown = ASKED.findall(unescape((await client.get("/campaigns")).text))
        assert sorted(shown) == [
            ("refused", "week", "refused: week is taken or not a valid campaign name."),
            ("started", "month", "started"),
        ]
        await post_form(client, "/communities", "/language", locale="zh_Hans")
        said = dict(
            (n, s) for _, n, s in ASKED.findall(unescape((await client.get("/campaigns")).text))
        )
        assert said["week"].startswith("已拒绝") and "week" in said["week"]
    assert (await Campaign.get(community="club", name="week")).config.find('"days": 3') >= 0


async def test_a_campaign_whose_start_is_ahead_is_shown_scheduled_and_closed_quietly(harness):
    """Ended before its start it would tell every chat of a campaign nobody was told of:
    *end now* is refused, and a close is said to nobody but the operator's audit log."""
    h = harness
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, "/campaign new challenge later days=3 starts=2026-03-03")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        listed = (await client.get("/campaigns")).text
        assert '<span class="status">scheduled</span>' in listed
        for verb in ("end", "close"):
            await post_form(client, "/campaigns", "/c/club/campaign", campaign="later", verb=verb)
        await h.settle()
    done = await AuditEntry.filter(action__in=("campaign.end", "campaign.close")).values_list(
        "action", "outcome"
    )
    assert sorted(done) == [("campaign.close", "done"), ("campaign.end", "refused")]
    assert h.world.texts(h.chat) == [
        "later is scheduled: every chat is told of it when it starts, Mar 3, 2026, 12:00\u202fAM."
    ]
    assert (await Campaign.get(name="later")).status == "closed"
