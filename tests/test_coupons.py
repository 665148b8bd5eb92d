"""Coupons as rewards: a completed check-in challenge or a shop item gives a personal code
(one per cause), /coupons lists a member's, an admin's /usecoupon or an imported order uses
one once, and not after it expired."""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta

from support.harness import START

from groupops.core.storage.models import Coupon

SETTINGS = {
    "rulesets": {
        "main": {
            "coupons": {"valid_for": "7d"},
            "campaigns": {
                "week": {"kind": "challenge", "days": 2, "ends": "5d", "coupon": "10 CNY off"}
            },
            "shop": {
                "items": [
                    {
                        "id": "voucher",
                        "cost": 10,
                        "title": "Voucher",
                        "coupon": "5 CNY off",
                        "per_member": 1,
                    },
                ]
            },
            "moderation": {"flood": {"enabled": False}},
        }
    }
}


async def groupops(*args: str) -> tuple[int, str]:
    """The command line in its own process (the test's database stays open beside it)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "groupops.core.cli", *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await process.communicate()
    return process.returncode or 0, out.decode()


async def completed(h, ann) -> str:
    await h.world.say(h.chat, ann, "/checkin")
    h.clock.set(START + timedelta(hours=20))  # the next community day
    await h.world.say(h.chat, ann, "/checkin")
    await h.settle()
    (reward,) = [t for t in h.world.private_texts(ann) if t.startswith("Your reward")]
    return reward.rsplit(" ", 1)[-1].rstrip(".")


async def test_a_challenge_coupon_is_listed_and_used_once(harness_factory):
    h = await harness_factory(SETTINGS)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    code = await completed(h, ann)
    await h.world.say(h.chat, ann, "/coupons")
    await h.settle()
    assert h.world.texts(h.chat)[-1].startswith(
        f"Your coupons:\n· {code}: 10 CNY off — valid until"
    )
    await h.world.say(h.chat, boss, f"/usecoupon {code} ORDER-7")
    await h.world.say(h.chat, boss, f"/usecoupon {code}")
    await h.world.say(h.chat, ann, "/coupons")
    await h.settle()
    assert h.world.texts(h.chat)[-3:] == [
        f"Coupon {code} (10 CNY off) used for Ann.",
        f"Coupon {code} was already used.",
        "You have no coupons.",
    ]
    row = await Coupon.get(code=code)
    assert (row.status, row.redeemed_ref, row.member) == ("redeemed", "ORDER-7", ann)


async def test_an_expired_coupon_is_refused(harness_factory):
    h = await harness_factory(SETTINGS)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    code = await completed(h, ann)
    h.clock.advance(days=8)
    await h.world.say(h.chat, boss, f"/usecoupon {code}")
    await h.world.say(h.chat, boss, "/usecoupon NOSUCHCODE")
    await h.settle()
    assert h.world.texts(h.chat)[-2].startswith(f"Coupon {code} expired on ")
    assert h.world.texts(h.chat)[-1] == "No coupon NOSUCHCODE."
    assert (await Coupon.get(code=code)).status == "issued"


async def test_a_shop_coupon_item_has_a_per_member_limit(harness_factory):
    h = await harness_factory(SETTINGS)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hi")
    await h.world.say(h.chat, boss, "/give @ann 50 prize")
    await h.world.say(h.chat, ann, "/redeem voucher")
    await h.world.say(h.chat, ann, "/redeem voucher")
    await h.settle()
    first, second = h.world.texts(h.chat)[-2:]
    assert first.startswith("Redeemed Voucher (#1): your coupon ") and "(5 CNY off)" in first
    assert second == "Voucher: 1 per member."
    assert await h.balance(ann) == 40
    assert await Coupon.filter(member=ann, status="issued").count() == 1


async def test_an_imported_order_uses_a_coupon_once(harness_factory, tmp_path):
    h = await harness_factory(SETTINGS)
    ann = h.user("ann")
    code = await completed(h, ann)
    url = h.db_url
    settings = tmp_path / "settings.toml"
    settings.write_text(
        f'[default.database]\nurl = "{url}"\n[default.rulesets.main]\ntimezone = "UTC"\n'
        '[default.communities.club]\nruleset = "main"\nchats = ["local:main"]\n',
        encoding="utf-8",
    )
    good = tmp_path / "good.csv"
    at = (START + timedelta(days=2)).isoformat()  # within the coupon's week
    good.write_text(f"member,amount,reference,coupon,created_at\n{ann},90,S-1,{code},{at}\n")
    for _ in range(2):  # the same file twice: the coupon is the order's, once
        code_, output = await groupops("orders", "import", str(good), "--settings", str(settings))
        assert code_ == 0, output
    row = await Coupon.get(code=code)
    assert (row.status, row.redeemed_ref) == ("redeemed", "order:S-1")
    bad = tmp_path / "bad.csv"
    bad.write_text(f"member,amount,reference,coupon,created_at\n{ann},90,S-2,{code},{at}\n")
    code_, output = await groupops("orders", "import", str(bad), "--settings", str(settings))
    assert code_ == 2
    assert f"line 2: coupon '{code}' was already used" in output
