"""`/link` codes cannot be guessed: long codes of a large alphabet, single use, expiring,
kept in the database (a restart keeps them), wrong guesses locking out the guesser and then
the community, and a link that only happens once the first account confirms it."""

from __future__ import annotations

import re

from test_points_identity import ROOM, code_in, two_platforms

from groupops.core.points.link_codes import ALPHABET, CODE_LENGTH
from groupops.core.storage.models import AccountLink, LinkCode, LinkGuess

UNKNOWN = "That code is unknown or has expired. Ask for a new one with /link."
ACCEPTED = "Code accepted. Confirm with /link confirm from the account that asked for the code."
LOCKED = "Too many wrong codes. Try again in {} minutes."


async def ask_code(h, account) -> str:
    await h.world.say(h.chat, account, "/link")
    await h.settle()
    return code_in(h.world.private_texts(account)[-1])


async def guess(h, wx, account, code: str) -> str:
    h.clock.advance(seconds=20)  # slower than the flood detector cares about
    await wx.say(ROOM, account, f"/link {code}")
    await h.settle()
    return wx.texts(ROOM)[-1]


async def test_a_code_is_long_single_use_and_stored_only_as_its_digest(harness_factory):
    h, wx, adapter, ann_tg, ann_wx = await two_platforms(harness_factory)
    try:
        code = await ask_code(h, ann_tg)
        assert re.fullmatch(f"[{ALPHABET}]{{{CODE_LENGTH}}}", code)
        rows = await LinkCode.all().values_list("digest", "member", flat=False)
        assert len(rows) == 1 and code not in repr(rows) and rows[0][1] == ann_tg
        assert await guess(h, wx, ann_wx, code.lower()) == ACCEPTED  # typed in any case
        assert await guess(h, wx, ann_wx, code) == UNKNOWN  # used
    finally:
        await adapter.stop()


async def test_a_code_expires(harness_factory):
    h, wx, adapter, ann_tg, ann_wx = await two_platforms(harness_factory)
    try:
        code = await ask_code(h, ann_tg)
        h.clock.advance(minutes=10)
        assert await guess(h, wx, ann_wx, code) == UNKNOWN
    finally:
        await adapter.stop()


async def test_codes_and_claims_survive_a_restart(harness_factory):
    h, wx, adapter, ann_tg, ann_wx = await two_platforms(harness_factory)
    try:
        code = await ask_code(h, ann_tg)
        await h.restart()
        assert await guess(h, wx, ann_wx, code) == ACCEPTED
        await h.restart()
        await h.world.say(h.chat, ann_tg, "/link confirm")
        await h.settle()
    finally:
        await adapter.stop()
    assert h.world.texts(h.chat)[-1] == "Linked Ann W (Wx) to Ann."
    assert await AccountLink.filter(account=ann_wx, member=ann_tg).count() == 1
    assert await LinkCode.all().count() == 0


async def test_only_the_first_account_confirms_and_it_may_refuse(harness_factory):
    h, wx, adapter, ann_tg, ann_wx = await two_platforms(harness_factory)
    try:
        code = await ask_code(h, ann_tg)
        await guess(h, wx, ann_wx, code)
        await wx.say(ROOM, ann_wx, "/link confirm")  # the claimant cannot confirm itself
        await h.world.say(h.chat, ann_tg, "/link cancel")
        await h.settle()
    finally:
        await adapter.stop()
    assert wx.texts(ROOM)[-1] == "No link is waiting for your confirmation."
    assert h.world.texts(h.chat)[-1] == "Refused: Ann W (Wx) is not linked."
    assert await AccountLink.all().count() == 0


async def test_guessing_locks_out_the_guesser_then_the_whole_community(harness_factory):
    h, wx, adapter, ann_tg, _ann_wx = await two_platforms(harness_factory)
    try:
        code = await ask_code(h, ann_tg)
        mallory = wx.user("mallory", "Mallory")
        wx.add_member(ROOM, mallory)
        answers = [await guess(h, wx, mallory, f"WRONG{n:05d}") for n in range(6)]
        assert answers == [UNKNOWN] * 5 + [LOCKED.format(14)]
        assert await guess(h, wx, mallory, code) == LOCKED.format(13)  # right, but locked
        await h.restart()  # the wrong codes are in the database: still locked
        assert await guess(h, wx, mallory, code) == LOCKED.format(13)
        # many accounts guessing together: 30 wrong codes lock the community's /link
        for n in range(5):
            helper = wx.user(f"sock{n}", f"Sock {n}")
            wx.add_member(ROOM, helper)
            for m in range(5):
                await guess(h, wx, helper, f"WRONG{n}{m:04d}")
        ann_wx = wx.user("ann_wx", "Ann W")
        assert await guess(h, wx, ann_wx, code) == LOCKED.format(4)
        h.clock.advance(minutes=15)
        code = await ask_code(h, ann_tg)  # the old one expired meanwhile
        assert await guess(h, wx, ann_wx, code) == ACCEPTED
        assert await guess(h, wx, mallory, "WRONG99999") == UNKNOWN  # her window has passed
    finally:
        await adapter.stop()
    assert await LinkGuess.all().count() == 1  # those past the window are pruned


async def test_a_link_on_one_platform_moves_no_balance(harness_factory):
    """Two people on one platform agreeing to link moved one's whole balance to the other:
    a transfer of points with no limit. Across platforms the balance still moves."""
    h, _wx, adapter, ann_tg, _ann_wx = await two_platforms(harness_factory)
    try:
        mallory = h.user("mallory")
        await h.world.say(h.chat, ann_tg, "hello")
        await h.world.say(h.chat, mallory, "签到")
        await h.settle()
        before = await h.balance(mallory)
        code = await ask_code(h, ann_tg)
        await h.world.say(h.chat, mallory, f"/link {code}")
        await h.world.say(h.chat, ann_tg, "/link confirm")
        await h.settle()
        assert await AccountLink.all().count() == 1
        assert before > 0 and await h.balance(mallory) == before
        assert await h.balance(ann_tg) == 0
    finally:
        await adapter.stop()
