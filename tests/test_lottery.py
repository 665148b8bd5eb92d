"""Giveaways: entry rules, a draw published in two steps, rerolls in the same order, a restart
in the middle, and `groupops verify-draw` recomputing it all."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import timedelta

from click.testing import CliRunner
from support.campaigns import fire

from groupops.core.campaigns.draw import draw_order, entrants_digest, seed_of, verify
from groupops.core.cli import main
from groupops.core.cli.verify_draw import record_from_state
from groupops.core.refs import Ref
from groupops.core.storage.models import Campaign, CampaignEntry
from groupops.core.storage.models import Member as MemberModel

SETTINGS = {"rulesets": {"main": {"timezone": "Asia/Shanghai"}}}


async def _state(name: str) -> tuple[dict, dict]:
    row = await Campaign.get(name=name)
    return json.loads(row.config), json.loads(row.state)


async def test_giveaway_draws_fairly_survives_a_restart_and_verifies(harness_factory, tmp_path):
    h = await harness_factory(SETTINGS)
    boss = h.user("boss", admin=True)
    ann, bob, cat, dan, eve = (h.user(n) for n in ("ann", "bob", "cat", "dan", "eve"))
    await h.world.say(
        h.chat,
        boss,
        '/campaign new lottery spring winners=2 ends=1d min_points=1 prize="A keyboard"',
    )
    await h.settle()
    config, state = await _state("spring")
    announcement = h.world.bot_messages(h.chat)[-1]
    assert announcement.text.startswith("Giveaway spring: A keyboard, 2 winners, entries close")
    assert state["commitment"] in announcement.text and state["secret"] not in announcement.text
    for member in (ann, bob, cat, dan):
        await h.world.say(h.chat, member, "/checkin")
    await h.world.say(h.chat, eve, "/join spring")  # no points yet
    await h.world.say(h.chat, ann, "/join")
    await h.world.say(h.chat, ann, "/join spring")
    await h.world.press(h.chat, bob, announcement.id, "campaign:join:spring")
    await h.settle()
    await h.restart()  # mid-campaign: entries and the secret are in the database
    await h.world.say(h.chat, cat, "/join spring")
    await h.world.say(h.chat, dan, "/join spring")
    await h.settle()
    texts = h.world.texts(h.chat)
    assert "This draw needs at least 1 point." in texts
    assert "Ann is in the draw for spring (1 entrant)." in texts
    assert "Ann, you are already in the draw for spring." in texts
    ends = h.clock.now() + timedelta(days=1)
    # Bob, Cat and Dan entered within a minute of Ann's confirmation: told together
    assert not [t for t in texts if t.startswith(("Bob", "Cat", "Dan")) and "draw" in t]
    assert await fire(h, h.clock.now() + timedelta(seconds=60)) == 1
    assert h.world.texts(h.chat)[-1] == "Bob, Cat, and Dan are in the draw for spring (4 entrants)."

    # The deadline freezes the list and publishes its digest before anything is drawn.
    assert await fire(h, ends) == 1
    entrants = sorted([ann, bob, cat, dan])
    digest = entrants_digest(entrants)
    frozen = h.world.texts(h.chat)[-1]
    assert frozen.startswith(f"Entries for spring are closed: 4 entrants, list SHA-256 {digest}")
    assert "Winners" not in " ".join(h.world.texts(h.chat))
    await h.restart()
    assert await fire(h, ends + timedelta(minutes=9)) == 0
    assert await fire(h, ends + timedelta(minutes=10)) == 1
    assert await fire(h, ends + timedelta(minutes=11)) == 0  # fired once
    config, state = await _state("spring")
    order = draw_order(
        entrants, seed_of(digest, state["secret"], community="club", campaign="spring")
    )
    names = {ann: "Ann", bob: "Bob", cat: "Cat", dan: "Dan"}
    winners = h.world.texts(h.chat)[-1]
    assert winners == (
        f"Winners of spring: @{names[order[0]]} and @{names[order[1]]}\n"
        f"Secret: {state['secret']}. Check it with groupops verify-draw."
    )

    # A reroll takes the next in the same order, never a past winner; it says whom it
    # replaces and why, in public (a reroll with no reason is refused).
    await h.world.say(h.chat, boss, f"/reroll spring @{names[order[0]]}")
    await h.world.say(h.chat, boss, f"/reroll spring @{names[order[0]]} left the group")
    await h.settle()
    assert h.world.texts(h.chat)[-2:] == [
        "Usage: /reroll GIVEAWAY @winner REASON (the next in the draw order replaces them; "
        "the reason is announced).",
        f"Replacement in spring: {names[order[0]]} no longer wins (left the group); the next "
        f"in the draw order is @{names[order[2]]}",
    ]

    # Anyone can recompute it from the published record; a forged record is caught.
    config, state = await _state("spring")
    record = record_from_state("club", "spring", config, state)
    assert record.drawn == order[:3]
    good = tmp_path / "draw.json"
    good.write_text(record.to_json())
    runner = CliRunner()
    result = runner.invoke(main, ["verify-draw", str(good)])
    assert result.exit_code == 0, result.output
    assert "VERIFIED" in result.output and f"4 entrants, SHA-256 {digest}" in result.output
    # the final winners, who was replaced and why, and every figure to compare with the chat
    lines = result.output.splitlines()
    assert f"  ok   winners     2 winner(s) of 2 among 4 entrants: {order[1]}, {order[2]}" in lines
    at = h.clock.now().isoformat()
    assert f"       replaced {order[0]}: left the group (by {boss}, {at})" in lines
    assert "       removed after entering: 0" in lines
    assert lines[lines.index("compare each figure with what was announced in club's chat:") :] == [
        "compare each figure with what was announced in club's chat:",
        f"  at launch            commitment {record.commitment}",
        "  at launch            2 winner(s)",
        f"  when entries closed  4 entrants, list SHA-256 {digest}",
        f"  at the draw          winners {order[0]}, {order[1]}",
        f"  at a replacement     {order[0]} no longer wins (left the group); {order[2]}",
        "  a figure that differs means this record is not the draw that was announced",
    ]
    forged = json.loads(record.to_json())
    forged["drawn"] = [order[1], order[0], order[2]]
    (tmp_path / "forged.json").write_text(json.dumps(forged))
    result = runner.invoke(main, ["verify-draw", str(tmp_path / "forged.json")])
    assert result.exit_code == 1
    assert "BAD  order" in result.output and "MISMATCH: order" in result.output
    # the announced commitment is SHA-256 of the secret, as the announcement says; the seed
    # holds the giveaway's names: the record passed off as another's draws another order
    assert record.commitment == hashlib.sha256(state["secret"].encode()).hexdigest()
    (tmp_path / "other.json").write_text(json.dumps({**json.loads(record.to_json()),
                                                     "campaign": "summer"}))  # fmt: skip
    result = runner.invoke(main, ["verify-draw", str(tmp_path / "other.json")])
    assert result.exit_code == 1 and "BAD  order" in result.output, result.output
    # a record made before the names were in the seed (v1) still verifies
    v1 = json.loads(record.to_json())
    v1_order = draw_order(entrants, seed_of(digest, state["secret"], "groupops-draw-v1"))
    v1.update(version="groupops-draw-v1", drawn=v1_order[:2], replaced=[])
    (tmp_path / "v1.json").write_text(json.dumps(v1))
    result = runner.invoke(main, ["verify-draw", str(tmp_path / "v1.json")])
    assert result.exit_code == 0 and "VERIFIED" in result.output, result.output
    # winners left out of a record, or a record that is not one, are caught too
    for change, shown in (
        (
            {"drawn": [], "replaced": []},
            "BAD  winners     0 winner(s) of 2 among 4 entrants: nobody; 2 owed",
        ),
        (
            {"drawn": order[:1], "replaced": []},
            f"BAD  winners     1 winner(s) of 2 among 4 entrants: {order[0]}; 2 owed",
        ),
        (
            {"drawn": order[:2]},  # the winner who replaced another left out
            f"BAD  winners     1 winner(s) of 2 among 4 entrants: {order[1]}; 2 owed",
        ),
        (
            {"replaced": [{"member": order[3], "reason": "?", "by": "x", "at": "y"}]},
            f"BAD  winners     3 winner(s) of 2 among 4 entrants: {', '.join(order[:3])}; 2 "
            f"owed; replaced but never drawn: {order[3]}",
        ),
    ):
        (tmp_path / "short.json").write_text(json.dumps({**json.loads(record.to_json()), **change}))
        result = runner.invoke(main, ["verify-draw", str(tmp_path / "short.json")])
        assert result.exit_code == 1 and shown in result.output, result.output
    # a record made before replacements were kept: its winners are the first drawn, and it
    # is said that it does not tell whom the others replaced
    older = {
        k: v for k, v in json.loads(record.to_json()).items() if k not in ("replaced", "removed")
    }
    (tmp_path / "older.json").write_text(json.dumps(older))
    result = runner.invoke(main, ["verify-draw", str(tmp_path / "older.json")])
    assert result.exit_code == 0, result.output
    assert (
        f"  ok   winners     2 winner(s) of 2 among 4 entrants: {order[0]}, {order[1]}; 1 more "
        "drawn, the record does not say whom they replaced"
    ) in result.output.splitlines()
    assert "WARNING: the record does not say which drawn entrants were replaced, or why" in (
        result.output
    )
    for change, said in (
        ({"secret": 12345}, "secret must be text, not 12345"),
        ({"replaced": [{"reason": "gone"}]}, "replaced must be a list of objects naming a member"),
        ({"drawn": None}, "drawn must be a list of texts"),
        ({"winners": "abc"}, 'winners must be a whole number from 1, not "abc"'),
    ):
        (tmp_path / "odd.json").write_text(json.dumps({**json.loads(record.to_json()), **change}))
        result = runner.invoke(main, ["verify-draw", str(tmp_path / "odd.json")])
        assert result.exit_code == 2 and f"cannot read the draw: {said}" in result.output
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text(f'[default.database]\nurl = "{h.db_url}"\n')
    exported = tmp_path / "exported.json"
    args = ["--campaign", "spring", "--settings", str(settings_file), "--export", str(exported)]
    result = subprocess.run(  # as an operator runs it, in its own process
        [sys.executable, "-m", "groupops.core.cli", "verify-draw", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("draw club/spring (groupops-draw-v2)")
    assert json.loads(exported.read_text())["drawn"] == order[:3]


async def test_giveaway_without_entrants_fails_and_rules_refuse(harness_factory, tmp_path):
    declared = {
        "campaigns": {
            "vip": {"kind": "lottery", "ends": "2h", "min_tier": "core", "title": "VIP draw"},
            "old": {"kind": "lottery", "ends": "2h", "joined_before": "2026-01-01"},
        }
    }
    h = await harness_factory({"rulesets": {"main": declared}})
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/join vip")
    await h.world.say(h.chat, ann, "/join old")
    await h.world.say(h.chat, ann, "/join")
    await h.settle()
    texts = h.world.texts(h.chat)
    assert texts[0].startswith("Giveaway VIP draw:") and texts[1].startswith("Giveaway old:")
    assert texts[2:] == [
        "This draw is for members of tier core and above.",
        "This draw is for members who joined before 2026-01-01.",
        "Which one? /join NAME (open: vip, old).",
    ]
    assert await fire(h, h.clock.now() + timedelta(hours=2)) == 2
    assert sorted(h.world.texts(h.chat)[-2:]) == [
        "Giveaway VIP draw closed with no entrants; nothing is drawn.",
        "Giveaway old closed with no entrants; nothing is drawn.",
    ]
    assert await Campaign.filter(status="failed").count() == 2
    result = CliRunner().invoke(main, ["verify-draw", str(tmp_path / "missing.json")])
    assert result.exit_code == 2 and "cannot read the draw" in result.output


async def test_one_winner_and_one_entrant_are_said_in_the_singular(harness_factory):
    h = await harness_factory(SETTINGS)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, boss, "/campaign new lottery tea ends=1d")
    await h.world.say(h.chat, ann, "/checkin")
    await h.world.say(h.chat, ann, "/join tea")
    await h.world.say(h.chat, ann, "/campaigns tea")
    await h.settle()
    assert await fire(h, h.clock.now() + timedelta(days=1)) == 1
    texts = h.world.texts(h.chat)
    assert texts[0].startswith("Giveaway tea: tea, 1 winner, entries close")
    assert "Ann is in the draw for tea (1 entrant)." in texts
    assert "tea: 1 entrant; you are in the draw." in texts
    assert any(t.startswith("Entries for tea are closed: 1 entrant, list SHA-256") for t in texts)
    assert await fire(h, h.clock.now() + timedelta(minutes=10)) == 1
    assert h.world.texts(h.chat)[-1].startswith("Winner of tea: @Ann\nSecret: ")


async def test_a_giveaway_without_an_end_says_an_admin_ends_it(harness_factory):
    # it announced "entries close None"
    h = await harness_factory(SETTINGS)
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, "/campaign new lottery spring prize=Mug winners=2")
    await h.settle()
    (said,) = [t for t in h.world.texts(h.chat) if t.startswith("Giveaway")]
    assert said.startswith(
        "Giveaway spring: Mug, 2 winners; entries close when an admin ends it. Send /join spring "
        "or press Join. Fairness: the draw uses a secret whose SHA-256 is "
    ), said
    assert "None" not in said


def test_a_giveaway_launched_before_the_upgrade_is_drawn_and_verified_as_v1():
    """Its state holds no version: the commitment it announced was SHA-256(secret)."""
    entrants = ["local:user:a", "local:user:b", "local:user:c"]
    digest, secret = entrants_digest(entrants), "s3cret"
    order = draw_order(entrants, seed_of(digest, secret, "groupops-draw-v1"))
    state = {"entrants": entrants, "digest": digest, "secret": secret, "drawn": order[:1],
             "commitment": hashlib.sha256(secret.encode()).hexdigest()}  # fmt: skip
    record = record_from_state("club", "old", {"winners": 1}, state)
    assert record.version == "groupops-draw-v1"
    assert all(check.ok for check in verify(record)), verify(record)


async def test_a_banned_entrant_is_left_out_of_the_draw_and_cannot_enter_again(
    harness_factory, tmp_path
):
    h = await harness_factory(SETTINGS)
    h.adapter.service_events = False  # the platform reports no removal: the bot's ban counts
    boss, ann, bob, cy = h.user("boss", admin=True), h.user("ann"), h.user("bob"), h.user("cy")
    await h.world.say(h.chat, boss, "/campaign new lottery tea ends=1d")
    for member in (ann, bob, cy):
        await h.world.say(h.chat, member, "hello")
    for member in (ann, bob):
        await h.world.say(h.chat, member, "/join tea")
    await h.settle()
    await h.world.say(h.chat, boss, "/ban @Bob spam")
    await h.world.say(h.chat, boss, "/ban @Cy spam")
    await h.settle()
    await h.world.say(h.chat, cy, "/join tea")  # a banned account's entry (its line in flight)
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "This draw is for members of the group."
    # the confirmation of the entries after Ann's (Bob's, banned since: not named), the deadline
    assert await fire(h, h.clock.now() + timedelta(days=1)) == 2
    assert not [t for t in h.world.texts(h.chat) if t.startswith("Bob is in the draw")]
    assert any(
        t.startswith("Entries for tea are closed: 1 entrant,") for t in h.world.texts(h.chat)
    )
    _, state = await _state("tea")
    assert state["entrants"] == [str(ann)]
    entries = dict(await CampaignEntry.filter(campaign="tea").values_list("member", "status"))
    assert entries == {str(ann): "entered", str(bob): "forfeited"}  # as the console shows them
    # the published record names whom the list lost between entering and the close, and when:
    # a ban just before the close moves the draw as an early close would
    assert await fire(h, h.clock.now() + timedelta(minutes=10)) == 1
    config, state = await _state("tea")
    banned_at = (await MemberModel.get(key=str(bob))).left_at.isoformat()
    (tmp_path / "tea.json").write_text(record_from_state("club", "tea", config, state).to_json())
    result = CliRunner().invoke(main, ["verify-draw", str(tmp_path / "tea.json")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index("       removed after entering: 1")
    assert lines[at + 1] == f"         {bob}: banned ({banned_at})"


async def test_where_members_cannot_press_buttons_the_announcement_asks_for_join(
    harness_factory, monkeypatch
):
    """Matrix and WeChat deliver no button presses: a giveaway there says to send /join and
    nothing about a Join button; a group-buy too."""
    from groupops.adapters.local.adapter import LocalAdapter
    from groupops.core.events import MessageEdited

    monkeypatch.setattr(LocalAdapter, "delivers", frozenset({MessageEdited.kind}))
    h = await harness_factory(SETTINGS)
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, '/campaign new lottery spring winners=1 ends=1d prize="A mug"')
    await h.settle()
    announcement = h.world.texts(h.chat)[-1]
    assert "Send /join spring. Fairness:" in announcement and "press" not in announcement
    await h.world.say(h.chat, boss, "/campaign new groupbuy tea product=Tea price=100 tiers=3:30")
    await h.settle()
    assert h.world.texts(h.chat)[-1].endswith("; send /join tea.")


async def test_an_admin_cannot_stop_a_giveaways_entries_before_their_announced_close(
    harness_factory,
):
    """The operator knows the secret and sees the entrants: entries ended (or paused) the
    moment the would-be winner suits them would pick the winner. Until the close announced at
    launch, `/campaign end` and `pause` are refused for a giveaway, saying what may be done
    instead; `close` cancels it with nothing drawn."""
    h = await harness_factory(SETTINGS)
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    await h.world.say(h.chat, boss, '/campaign new lottery spring ends=1d prize="A mug"')
    await h.world.say(h.chat, ann, "/join spring")
    await h.world.say(h.chat, boss, "/campaign end spring")
    await h.world.say(h.chat, boss, "/campaign pause spring")
    await h.world.say(h.chat, bob, "/join spring")
    await h.settle()
    refused = (
        "spring is a giveaway: its entries close at Mar 3, 2026, 5:00\u202fPM as announced, "
        "not earlier, since the moment they close decides the draw. /campaign close spring "
        "cancels it with nothing drawn."
    )
    assert h.world.texts(h.chat)[-2:] == [refused, refused]
    assert await fire(h, h.clock.now() + timedelta(minutes=1)) == 1  # Ann's minute is over
    assert h.world.texts(h.chat)[-1] == "Bob is in the draw for spring (2 entrants)."
    assert await fire(h, h.clock.now() + timedelta(days=1)) == 1
    closed = [t for t in h.world.texts(h.chat) if t.startswith("Entries for spring are closed")]
    assert len(closed) == 1 and closed[0].startswith("Entries for spring are closed: 2 entrants")
    await h.world.say(h.chat, boss, "/campaign end spring")  # closed already
    await h.world.say(h.chat, boss, '/campaign new lottery tea ends=1d prize="Tea"')
    await h.world.say(h.chat, boss, "/campaign close tea")
    await h.settle()
    # its entrants hear it, and the admin with them: once ("tea is now closed." said it twice)
    assert h.world.texts(h.chat)[-1] == "Giveaway tea is cancelled: nothing will be drawn."
    assert h.world.texts(h.chat)[-2].startswith("Giveaway tea: Tea, 1 winner")
    assert h.world.texts(h.chat)[-3] == "spring has already ended."
    sent = len(h.world.texts(h.chat))
    # spring's draw, and tea's deadline finding it closed
    assert await fire(h, h.clock.now() + timedelta(days=1, minutes=10)) == 2
    assert len(h.world.texts(h.chat)) == sent + 1  # tea: neither entries closed nor a draw


async def test_two_accounts_linked_after_entering_hold_one_ticket(harness_factory):
    from test_points_identity import code_in, two_platforms

    from groupops.core.refs import Ref

    h, wx, adapter, ann_tg, ann_wx = await two_platforms(
        harness_factory, **SETTINGS["rulesets"]["main"]
    )
    try:
        boss, bob = h.user("boss", admin=True), h.user("bob")
        await h.world.say(h.chat, boss, "/campaign new lottery tea ends=1d")
        await h.world.say(h.chat, ann_tg, "/join tea")
        await h.world.say(h.chat, bob, "/join tea")
        await wx.say(Ref("wx:room"), ann_wx, "/join tea")  # her other account, not linked yet
        await h.world.say(h.chat, ann_tg, "/link")
        await h.settle()
        code = code_in(h.world.private_texts(ann_tg)[-1])
        await wx.say(Ref("wx:room"), ann_wx, f"/link {code}")
        await h.world.say(h.chat, ann_tg, "/link confirm")
        await h.settle()
        # the deadline, and the confirmation of the entries after the first
        assert await fire(h, h.clock.now() + timedelta(days=1)) == 2
    finally:
        await adapter.stop()
    _, state = await _state("tea")
    assert state["entrants"] == sorted([str(ann_tg), str(bob)])
    entries = dict(await CampaignEntry.filter(campaign="tea").values_list("member", "status"))
    assert entries[str(ann_wx)] == "forfeited"


def test_a_record_saved_by_another_editor_verifies_and_one_with_a_key_twice_is_refused(tmp_path):
    """Notepad saves with a BOM, or as UTF-16; a digest may be copied in capitals: the same
    record. A key said twice would show a reader one value and the check another."""
    entrants = ["local:user:a", "local:user:b", "local:user:c"]
    digest, secret = entrants_digest(entrants), "s3cret"
    order = draw_order(entrants, seed_of(digest, secret, community="club", campaign="tea"))
    commitment = hashlib.sha256(secret.encode()).hexdigest()
    record = record_from_state(
        "club", "tea", {"winners": 1},
        {"entrants": entrants, "digest": digest.upper(), "secret": secret, "drawn": order[:1],
         "commitment": commitment.upper(), "version": "groupops-draw-v2"},
    )  # fmt: skip
    text = record.to_json()
    runner = CliRunner()
    for name, data in (
        ("bom.json", "\ufeff".encode() + text.encode()),
        ("utf16.json", text.encode("utf-16")),
    ):
        (tmp_path / name).write_bytes(data)
        result = runner.invoke(main, ["verify-draw", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert f"  at launch            commitment {commitment}" in result.output.splitlines()
    twice = text.replace('"drawn": [', f'"drawn": ["{order[2]}"],\n  "drawn": [', 1)
    (tmp_path / "twice.json").write_text(twice)
    result = runner.invoke(main, ["verify-draw", str(tmp_path / "twice.json")])
    assert result.exit_code == 2
    assert "cannot read the draw: the key 'drawn' is in the record twice" in result.output


def test_the_draw_recomputed_as_the_docs_say_gives_the_same_order():
    """docs/campaigns.md spells the algorithm out (how the list is joined, the counter's and
    the words' encoding, the shuffle's direction) so anyone can reimplement it: its code,
    run as written, draws what groupops draws."""
    import re
    from pathlib import Path

    docs = (Path(__file__).resolve().parent.parent / "docs" / "campaigns.md").read_text("utf-8")
    written = re.search(r"```python\n(.*?)```", docs, re.S)
    assert written is not None
    namespace: dict = {}
    exec(written[1], namespace)
    entrants = [f"telegram:user:{n}" for n in (1001, 1005, 17, 2, 999, 1012, 30, 7777)]
    for secret in ("0123456789abcdef0123456789abcdef", "s3cret"):
        digest = entrants_digest(entrants)
        assert namespace["order"](entrants, "club", "spring", secret) == draw_order(
            entrants, seed_of(digest, secret, community="club", campaign="spring")
        )


async def test_a_giveaway_cannot_be_cancelled_between_its_published_list_and_its_draw(
    harness_factory,
):
    """The list is published and the operator knows the secret, so they know the winner ten
    minutes before the draw: a cancel then would be a veto on them, and is refused."""
    h = await harness_factory(SETTINGS)
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    await h.world.say(h.chat, boss, '/campaign new lottery spring ends=1d prize="A mug"')
    await h.world.say(h.chat, ann, "/join spring")
    await h.world.say(h.chat, bob, "/join spring")
    await h.settle()
    # the deadline, and the confirmation of Bob's entry a minute after Ann's
    assert await fire(h, h.clock.now() + timedelta(days=1)) == 2
    await h.world.say(h.chat, boss, "/campaign close spring")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == (
        "Entries for spring are closed and its draw at Mar 3, 2026, 5:10\u202fPM follows from the "
        "published list and the secret committed at launch: it can no longer be cancelled."
    )
    assert await fire(h, h.clock.now() + timedelta(days=1, minutes=10)) == 1
    assert h.world.texts(h.chat)[-1].startswith("Winner of spring: @")
    assert (await Campaign.get(name="spring")).status == "succeeded"


async def test_campaigns_lists_an_untitled_giveaway_by_its_name_once(harness_factory):
    h = await harness_factory(SETTINGS)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, boss, "/campaign new lottery draw ends=1d")
    await h.world.say(h.chat, boss, '/campaign new lottery spring ends=1d title="Spring draw"')
    await h.world.say(h.chat, ann, "/campaigns")
    await h.settle()
    listed = h.world.texts(h.chat)[-1].splitlines()
    assert listed[0] == "Campaigns:"
    assert listed[1].startswith("• draw: running, ends ")  # was "• draw (draw): …"
    assert listed[2].startswith("• Spring draw (spring): running, ends ")


async def test_an_entrant_muted_or_banned_then_unbanned_before_the_close_stays_in_the_draw(
    harness_factory,
):
    h = await harness_factory(SETTINGS)
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    await h.world.say(h.chat, boss, "/campaign new lottery tea ends=1d")
    for member in (ann, bob):
        await h.world.say(h.chat, member, "/checkin")
        await h.world.say(h.chat, member, "/join tea")
    await h.settle()
    for command in ("/tmute @Ann 2h", "/tmute @Bob 2h", "/tban @Bob 2d", "/unban @Bob"):
        await h.world.say(h.chat, boss, command)
        await h.settle()
    assert "Bob is no longer banned." in h.world.texts(h.chat)
    await h.world.say(h.chat, boss, "/top all")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Top members, all time:\n1. Ann · 1 point\n2. Bob · 1 point"
    assert await fire(h, h.clock.now() + timedelta(days=1)) >= 1
    assert any(
        t.startswith("Entries for tea are closed: 2 entrants,") for t in h.world.texts(h.chat)
    ), h.world.texts(h.chat)
    _, state = await _state("tea")
    assert state["entrants"] == sorted([str(ann), str(bob)])
    assert state["removed"] == []


async def test_a_prize_written_per_language_is_announced_in_each_groups_own(harness_factory):
    declared = {
        "campaigns": {
            "quick": {"kind": "lottery", "ends": "2h", "prize": {"en": "A book", "fa": "کتاب"}}
        }
    }
    settings = {
        "rulesets": {"main": declared},
        "communities": {"club": {"chats": ["local:main", "local:fa"], "locale": "en",
                                 "chat_locales": {"local:fa": "fa"}}},
    }  # fmt: skip
    h = await harness_factory(settings)
    await h.world.say(h.chat, h.user("ann"), "hello")  # declared campaigns start with an event
    await h.settle()
    assert h.world.texts(h.chat)[0].startswith("Giveaway quick: A book, 1 winner, entries close")
    persian = h.world.texts(Ref("local:fa"))[0].replace("\u2068", "").replace("\u2069", "")
    assert persian.startswith("قرعه‌کشی quick: کتاب، 1 برنده"), persian
