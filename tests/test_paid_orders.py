"""Memberships from orders: `groupops orders import` with a plan column (the running engine
starts the membership from it once), an admin's /grant, and the paid chat's join requests.
The local platform has no payments; its memberships come from orders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from click.testing import CliRunner
from support.harness import START, merge

from groupops.core.cli import main
from groupops.core.points.orders import OrderInput, record_orders
from groupops.core.refs import Ref
from groupops.core.storage.models import MembershipPeriod, Order, PaidMembership

PAID = Ref("local:vip")
PLANS = {
    "rulesets": {
        "main": {
            "paid": {
                "plans": {
                    "basic": {"price": 99, "period": "30d", "chats": [str(PAID)]},
                    "team": {"title": "Team", "price": 299, "period": "365d", "chats": [str(PAID)]},
                }
            }
        }
    },
    "communities": {"club": {"chats": ["local:main", str(PAID)]}},
}


async def test_an_imported_order_naming_a_plan_starts_the_membership_once(harness_factory):
    h = await harness_factory(PLANS)
    ann = h.user("ann")
    order = OrderInput.parse("club", ann, "99", "CNY", "SHOP-1", START, "import", "basic")
    assert await record_orders(h.database, [order]) == 1
    h.clock.advance(minutes=5)
    assert await h.run_due("paid.orders") == 1
    await h.settle()
    row = await PaidMembership.get(member=ann)
    assert (row.plan, row.status) == ("basic", "active")
    assert row.expires_at == START + timedelta(days=30)  # from the order, not its import
    assert any(t.startswith("Your personal link") for t in h.world.private_texts(ann))
    h.clock.advance(minutes=5)
    await h.run_due("paid.orders")  # the same order again: counted once
    await h.settle()
    assert await MembershipPeriod.filter(member=ann).count() == 1

    await h.world.request_join(PAID, ann)
    bob = h.user("bob")
    await h.world.request_join(PAID, bob)
    await h.settle()
    assert h.world.chats[PAID].present(ann) and not h.world.chats[PAID].present(bob)


async def test_grant_starts_and_extends_from_an_order(harness_factory):
    h = await harness_factory(PLANS)
    olga = h.user("olga", admin=True)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")  # seen: /grant finds her by @name
    await h.world.say(h.chat, olga, "/grant @ann team T-1")
    await h.settle()
    assert h.world.texts(h.chat)[-1].startswith("Ann: Team until "), h.world.texts(h.chat)
    told = h.world.private_texts(ann)  # what the order bought, then the personal link
    assert told[0].startswith("Order T-1 is counted: your Team membership runs until "), told
    assert told[1].startswith("Your personal link to the members' group: "), told
    await h.world.say(h.chat, olga, "/grant @ann team T-1")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Order T-1 was counted before."
    await h.world.say(h.chat, olga, "/grant @ann team T-2")
    await h.settle()
    row = await PaidMembership.get(member=ann, plan="team")
    assert row.renewals == 1 and row.expires_at - row.started_at == timedelta(days=730)
    orders = await Order.filter(member=ann).order_by("reference").values_list("reference", "plan")
    assert orders == [("T-1", "team"), ("T-2", "team")]


def test_import_refuses_an_unknown_plan(tmp_path):
    (tmp_path / "settings.toml").write_text(
        """
[default.database]
url = "sqlite://orders.db"
[default.rulesets.shop.paid.plans.basic]
price = 99
[default.communities.club]
ruleset = "shop"
chats = ["local:main"]
""",
        encoding="utf-8",
    )
    (tmp_path / "orders.csv").write_text(
        "member,amount,reference,plan\nlocal:user:ann,99,A-1,basic\nlocal:user:bob,99,B-1,gold\n",
        encoding="utf-8",
    )
    args = ["orders", "import", str(tmp_path / "orders.csv")]
    result = CliRunner().invoke(main, [*args, "--settings", str(tmp_path / "settings.toml")])
    assert result.exit_code == 2
    assert "orders.csv line 3: plan 'gold' is not a plan of club (known: basic)" in result.output


def test_import_refuses_an_order_below_the_plans_price(tmp_path):
    """A payment no plan accounts for grants nothing: the file is put right, not imported."""
    (tmp_path / "settings.toml").write_text(
        """
[default.database]
url = "sqlite://orders.db"
[default.rulesets.shop.paid.plans.basic]
price = 99
stars = 750
[default.communities.club]
ruleset = "shop"
chats = ["local:main"]
""",
        encoding="utf-8",
    )
    (tmp_path / "orders.csv").write_text(
        "member,amount,currency,reference,plan\n"
        "local:user:ann,750,XTR,A-1,basic\n"
        "local:user:bob,5,XTR,B-1,basic\n",
        encoding="utf-8",
    )
    args = ["orders", "import", str(tmp_path / "orders.csv")]
    result = CliRunner().invoke(main, [*args, "--settings", str(tmp_path / "settings.toml")])
    assert result.exit_code == 2
    assert result.output.strip().endswith(
        "orders.csv line 3: does not pay for plan 'basic': 5 XTR paid, the plan costs 99 CNY "
        "or 750 XTR"
    ), result.output
    assert "recorded" not in result.output


async def test_an_imported_order_starts_the_membership_when_it_was_paid(harness_factory):
    h = await harness_factory(PLANS)
    ann = h.user("ann")
    paid_at = START - timedelta(days=20)  # in February, exported in March
    order = OrderInput.parse("club", ann, "99", "CNY", "SHOP-1", paid_at, "import", "basic")
    assert await record_orders(h.database, [order]) == 1
    h.clock.advance(minutes=5)
    await h.run_due("paid.orders")
    await h.settle()
    row = await PaidMembership.get(member=ann)
    assert row.expires_at == paid_at + timedelta(days=30)
    olga = h.user("olga", admin=True)
    await h.world.say(h.chat, olga, "/stats month")
    await h.settle()
    march = h.world.texts(h.chat)[-1].split("\n")
    assert not any(line.startswith("Revenue") for line in march), march  # February's money


async def test_an_imported_running_order_tells_the_member_and_a_reminder_already_due(
    harness_factory,
):
    # paid 25 days ago for 30: the 7-day reminder fell due before the order was imported
    h = await harness_factory(PLANS)
    ann = h.user("ann")
    paid_at = START - timedelta(days=25)
    order = OrderInput.parse("club", ann, "99", "CNY", "SHOP-7", paid_at, "import", "basic")
    assert await record_orders(h.database, [order]) == 1
    h.clock.advance(minutes=5)
    await h.run_due("paid.orders")
    await h.settle()
    await h.run_due("paid.remind")
    await h.settle()
    said = h.world.private_texts(ann)
    assert said[0] == (
        "Order SHOP-7 is counted: your basic membership runs until Mar 7, 2026, 5:00\u202fPM."
    )
    assert said[1].startswith("Your personal link to the members' group: ")
    assert said[2:] == [
        "Your basic membership ends on Mar 7, 2026, 5:00\u202fPM (in 5 days). Send /subscribe "
        "basic to renew."
    ]
    h.clock.advance(days=4)  # the 1-day reminder in its time, the 7-day one not again
    await h.run_due("paid.remind")
    await h.settle()
    assert h.world.private_texts(ann)[3:] == [
        "Your basic membership ends on Mar 7, 2026, 5:00\u202fPM (in 24 hours). Send /subscribe "
        "basic to renew."
    ]


async def test_the_month_report_shows_paid_members_churn_and_revenue(harness_factory):
    h = await harness_factory(PLANS)
    olga = h.user("olga", admin=True)
    ann, bob = h.user("ann"), h.user("bob")
    for member in (ann, bob):
        await h.world.say(h.chat, member, "hello")
    await h.world.say(h.chat, olga, "/grant @ann basic B-1")
    await h.world.say(h.chat, olga, "/grant @bob team T-1")
    await h.settle()
    h.clock.advance(days=25)
    await h.world.say(h.chat, olga, "/grant @ann basic B-2")  # renewed before its end
    await h.world.say(h.chat, olga, "/stats month")
    await h.settle()
    march = h.world.texts(h.chat)[-1].split("\n")
    assert (
        "Paid members: 2 (basic 1, team 1); started 2, renewed 1, lapsed 0, refunded 0; churn —"
        in march
    )
    assert "Revenue 2026-03: 497.00 CNY" in march
    assert "Orders: 3; points awarded: 0" in march  # the conversion KPI counts them
    h.clock.advance(days=40)  # into May: Ann's second month ended on the way
    await h.run_due("paid.")
    await h.settle()
    await h.world.say(h.chat, olga, "/stats month")
    await h.settle()
    report = h.world.texts(h.chat)[-1].split("\n")
    assert "Paid members: 1 (team 1); started 0, renewed 0, lapsed 1, refunded 0; churn 50.0%" in (
        report
    )
    assert not any(line.startswith("Revenue") for line in report)  # nothing sold in May
    await h.world.say(h.chat, olga, "/grant @ann basic B-3")  # Ann comes back in May
    await h.world.say(h.chat, olga, "/stats month")
    await h.settle()
    report = h.world.texts(h.chat)[-1].split("\n")  # her lapse stays counted
    assert (
        "Paid members: 2 (basic 1, team 1); started 1, renewed 0, lapsed 1, refunded 0; "
        + ("churn 50.0%")
        in report
    ), report


async def test_the_digest_shows_paid_members_when_only_the_paid_chat_spoke(harness_factory):
    """The community's figures leave the paid chat out: with nothing recorded in the others,
    the report still shows the memberships sold (it said only "Nothing has been recorded")."""
    h = await harness_factory(
        merge(PLANS, {"communities": {"club": {"admin_chat": "local:admins"}}})
    )
    admins = Ref("local:admins")
    h.world.chat("admins")
    olga = h.user("olga", admin=True, chat=admins)
    ann = h.user("ann", chat=PAID)
    await h.world.say(PAID, ann, "hello")
    await h.world.say(admins, olga, "/grant @ann basic B-1")
    await h.settle()
    h.clock.set(datetime(2026, 3, 9, 2, 0, tzinfo=UTC))  # Monday 10:00 in Shanghai
    await h.engine.scheduler.run_due()
    await h.settle()
    digest = next(t for t in h.world.texts(admins) if t.startswith("Report for"))
    assert digest.split("\n")[1:] == [
        "Nothing has been recorded yet.",
        "Paid members: 1 (basic 1); started 1, renewed 0, lapsed 0, refunded 0; churn —",
        "Revenue 2026-03: 99.00 CNY",
    ], digest
