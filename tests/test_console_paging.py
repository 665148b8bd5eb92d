"""The console's long lists in pages: a member search, the moderation log and the outbox show
`dashboard.page_size` rows at a time, with links to the pages either side that keep the
search; every member found is on exactly one page."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

import pytest
from support.console import console_client, link_for, post_form, sign_in

from groupops.core.storage.models import AuditEntry

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

SMALL_PAGES = {"dashboard": {"page_size": 3}}
FOUND = re.compile(r'<a href="/c/club/m/([^"]+)">')
NEXT = re.compile(r'<a href="([^"]+)" rel="next"')


async def _pages(client, path: str) -> list[str]:
    """Every page of a list, following its Next links from `path`."""
    shown = []
    while path:
        answer = await client.get(path)
        assert answer.status_code == 200, path
        shown.append(answer.text)
        found = NEXT.search(answer.text)
        path = unescape(found.group(1)) if found else ""
    return shown


async def test_a_search_is_paged_and_every_member_found_is_on_one_page(harness_factory):
    h = await harness_factory(SMALL_PAGES)
    people = [h.user(f"ann{i}") for i in range(7)] + [h.user("bob")]
    for person in people:
        await h.world.say(h.chat, person, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        pages = await _pages(client, "/members?q=ann")
        assert len(pages) == 3
        found = [FOUND.findall(page) for page in pages]
        assert [len(rows) for rows in found] == [3, 3, 1]
        assert sorted(key for rows in found for key in rows) == sorted(people[:7])
        assert "1–3 of 7 · page 1 of 3" in pages[0] and "7–7 of 7 · page 3 of 3" in pages[2]
        assert 'href="/members?q=ann&amp;page=2"' in pages[0]  # the search is kept
        assert 'rel="prev"' not in pages[0] and 'rel="prev"' in pages[1]
        assert 'rel="next"' not in pages[2]
        beyond = (await client.get("/members?q=ann&page=9")).text  # past the end: the last page
        assert "7–7 of 7 · page 3 of 3" in beyond and FOUND.findall(beyond) == [people[6]]
        for huge in ("9223372036854775807", "99999999999999999999"):  # typed in: no 500
            for path in ("/members", "/moderation"):
                answer = await client.get(f"{path}?page={huge}")
                assert answer.status_code == 200, (path, answer.status_code)
        assert "page 1 of 1" not in (await client.get("/members?q=bob")).text  # no pager


async def test_the_moderation_log_and_the_outbox_are_paged(harness_factory):
    h = await harness_factory(SMALL_PAGES)
    boss = h.user("boss", admin=True)
    people = [h.user(f"eve{i}") for i in range(4)]
    for person in people:
        await h.world.say(h.chat, person, "hello")
        await h.world.say(h.chat, boss, f"/warn @{person.local_id}")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        pages = await _pages(client, "/moderation")
        assert len(pages) >= 2
        shown = "".join(pages)
        assert all(person in shown for person in people)
        outbox = (await client.get("/outbox?page=2")).text
        assert "Nothing is queued and nothing failed." in outbox
        last = (await client.get("/moderation?page=999999")).text
        assert f"page {len(pages)} of {len(pages)}" in last and last.count("data-entry=") > 0


async def test_a_members_ledger_is_paged_newest_first(harness_factory):
    h = await harness_factory(SMALL_PAGES)
    ann = h.user("ann")
    start = h.clock.now()
    for day in range(4):
        h.clock.set(start + timedelta(days=day))
        await h.world.say(h.chat, ann, "/checkin")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        pages = await _pages(client, f"/c/club/m/{ann}")
    rows = [re.findall(r"<tr><td>([^<]+)</td><td>\+", page) for page in pages]
    assert [len(found) for found in rows] == [3, 1]
    days = [moment for found in rows for moment in found]
    assert days == sorted(days, reverse=True)
    assert f'href="/c/club/m/{ann}?page=2"' in pages[0]


async def test_the_moderation_log_is_filtered_by_community_and_says_a_members_status(
    harness_factory,
):
    h = await harness_factory(
        {"communities": {"other": {"ruleset": "main", "chats": ["local:other"]}}}
    )
    h.world.chat("other")
    other = h.world.chats["local:other"].ref
    boss = h.user("boss", admin=True)
    ann, olga = h.user("ann"), h.user("olga", chat=other)
    h.world.add_member(other, boss, "admin")
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(other, olga, "hi")
    await h.world.say(h.chat, boss, "/warn @ann")
    await h.world.say(other, boss, "/warn @olga")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        everything = (await client.get("/moderation")).text
        assert '<option value="other" >other</option>' in everything
        assert ann in everything and olga in everything
        only = (await client.get("/moderation?community=other")).text
        assert olga in only and ann not in only
        await post_form(client, "/communities", "/language", locale="zh_Hans")
        assert "在群中" in (await client.get("/members?q=ann")).text


UNSURE = {"rulesets": {"main": {"moderation": {
    "classifier": {"enabled": True, "threshold": 0.9999, "review": 0.5}}}}}  # fmt: skip
REVIEW = re.compile(r'name="entry" value="([^"]+)">\s*<button name="verdict" value="spam">')


async def test_the_spam_review_queue_is_paged_beside_the_log(harness_factory):
    h = await harness_factory({**SMALL_PAGES, **UNSURE})
    people = [h.user(f"sam{i}") for i in range(4)]
    for person in people:
        await h.world.say(h.chat, person, "Who wants extra money? Message me")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        first = (await client.get("/moderation?page=2")).text
        assert len(REVIEW.findall(first)) == 3 and "1–3 of 4 · page 1 of 2" in first
        assert 'href="/moderation?page=2&amp;reviews=2" rel="next"' in first  # the log's page kept
        second = unescape((await client.get("/moderation?page=2&reviews=2")).text)
        assert len(REVIEW.findall(second)) == 1 and "4–4 of 4 · page 2 of 2" in second
        assert sorted(REVIEW.findall(first) + REVIEW.findall(second)) == sorted(
            [e.id for e in await AuditEntry.filter(action="review")]
        )


@pytest.mark.parametrize("query", ["MÜLLER", "müller", "Müller", "ÄRGER"])
async def test_a_search_finds_a_name_in_any_case_beyond_ascii(harness_factory, query):
    h = await harness_factory()
    clara = h.world.user("clara", "Clara Müller")
    h.world.add_member(h.chat, clara, "member")
    await h.world.say(h.chat, clara, "hallo")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        found = FOUND.findall((await client.get(f"/members?q={query}")).text)
    assert found == ([] if query == "ÄRGER" else [str(clara)])
