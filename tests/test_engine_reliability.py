"""Nothing is lost: failing components, platforms without a capability, 429s, crashes."""

from __future__ import annotations

from groupops.adapters.local import LocalAdapter
from groupops.core.actions import Mute
from groupops.core.capabilities import Capability
from groupops.core.engine import Component, Context, Engine, Outcome, component
from groupops.core.errors import RateLimited, TransientError
from groupops.core.events import Event, MessageReceived
from groupops.core.segments import TN
from groupops.core.storage.models import OutboxItem, ProcessedEvent


@component
class Exploding(Component):
    """Fails on the word 'boom'; mutes on the word 'mute'; answers 'huge' with a number no
    64-bit field holds."""

    name = "test_exploding"
    default = False
    events = (MessageReceived,)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageReceived)
        if "boom" in event.text:
            ctx.member().balance += 100  # a half-made change that must not be saved
            raise RuntimeError("component bug")
        if "mute" in event.text:
            ctx.act(Mute(chat=event.chat, user=event.sender))
        if "huge" in event.text:
            n = 10**20
            ctx.reply(TN("{name} has {n} point.", "{name} has {n} points.", n, name="Ann"))


PIPELINE = {"rulesets": {"main": {"pipeline": ["membership", "test_exploding", "checkin"]}}}


async def test_a_failing_component_skips_its_event_and_keeps_the_rest(harness_factory):
    h = await harness_factory(PIPELINE)
    ann = h.user("ann")
    futures = [
        h.engine.submit_nowait(h.world.message_event(h.chat, ann, "签到")),
        h.engine.submit_nowait(h.world.message_event(h.chat, ann, "boom")),
        h.engine.submit_nowait(h.world.message_event(h.chat, ann, "hello")),
    ]
    outcomes = [(await f).outcome for f in futures]
    await h.settle()
    assert outcomes == [Outcome.PROCESSED, Outcome.FAILED, Outcome.PROCESSED]
    assert await h.balance(ann) == 1  # the +100 of the failed event is gone
    assert await h.rows(ProcessedEvent, outcome="failed") == 1
    assert h.world.texts(h.chat) == ["Ann checked in: +1 point. 1 day in a row, balance 1."]


async def test_an_answer_no_outbox_row_can_hold_fails_its_event_and_keeps_the_rest(
    harness_factory,
):
    h = await harness_factory(PIPELINE)
    ann = h.user("ann")
    futures = [
        h.engine.submit_nowait(h.world.message_event(h.chat, ann, "huge")),
        h.engine.submit_nowait(h.world.message_event(h.chat, ann, "签到")),
    ]
    outcomes = [(await f).outcome for f in futures]
    await h.settle()
    assert outcomes == [Outcome.FAILED, Outcome.PROCESSED]
    assert await h.rows(ProcessedEvent, outcome="failed") == 1
    assert h.world.texts(h.chat) == ["Ann checked in: +1 point. 1 day in a row, balance 1."]


async def test_mute_degrades_to_a_warning_where_the_platform_cannot_mute(harness_factory):
    no_mute = LocalAdapter.capabilities - {Capability.MUTE}
    h = await harness_factory(PIPELINE, capabilities=no_mute)
    ann = h.user("ann")
    result = await h.world.say(h.chat, ann, "please mute me")
    await h.settle()
    assert [d.choice for d in result.degraded] == ["warn"]
    assert h.world.chats[h.chat].members[ann].muted is False
    assert h.world.texts(h.chat) == [
        "@ann, this is a warning from the moderators: please follow the group rules."
    ]


async def test_mute_fallback_kick_is_configurable(harness_factory):
    no_mute = LocalAdapter.capabilities - {Capability.MUTE}
    h = await harness_factory(
        {
            **PIPELINE,
            "rulesets": {"main": {**PIPELINE["rulesets"]["main"], "fallbacks": {"mute": "kick"}}},
        },
        capabilities=no_mute,
    )
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "mute")
    await h.settle()
    assert not h.world.chats[h.chat].present(ann)
    assert ("kick", h.chat, ann) in h.world.log


class FlakyAdapter(LocalAdapter):
    """Answers 429 to the first sends, then fails once with a network error."""

    def __init__(self, world, limited: int, transient: int) -> None:
        super().__init__(world)
        self.limited, self.transient = limited, transient

    async def reply(self, action):
        if self.limited:
            self.limited -= 1
            raise RateLimited(0.05)
        if self.transient:
            self.transient -= 1
            raise TransientError("connection reset")
        return await super().reply(action)


async def test_429_and_network_errors_are_retried_and_nothing_is_lost(harness_factory):
    h = await harness_factory(run=False)
    await h.start_with(FlakyAdapter(h.world, limited=3, transient=1))
    users = [h.user(name) for name in ("ann", "bo", "cy")]
    for user in users:
        await h.world.say(h.chat, user, "签到")
    await h.settle()
    assert len(h.world.texts(h.chat)) == 3
    assert await h.rows(OutboxItem, status="sent") == 3


async def test_actions_committed_before_a_crash_are_delivered_after_restart(harness_factory):
    h = await harness_factory(run=False)
    offline = Engine(h.settings, h.database, [], h.clock)  # the platform is not connected
    await offline.start(scheduler=False)
    ann = h.user("ann")
    await offline.submit(h.world.message_event(h.chat, ann, "签到"))
    await offline.stop(drain_timeout=0.1)
    assert await h.rows(OutboxItem, status="pending") == 1
    assert h.world.texts(h.chat) == []
    await h.engine.start(scheduler=False)  # back with the adapter: the outbox is replayed
    await h.settle()
    assert h.world.texts(h.chat) == ["Ann checked in: +1 point. 1 day in a row, balance 1."]
    assert await h.rows(OutboxItem, status="sent") == 1


async def test_old_event_keys_and_delivered_actions_are_pruned(harness_factory):
    from groupops.core.engine.maintenance import prune

    h = await harness_factory()
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "签到")
    await h.settle()
    assert await prune(h.engine) == (0, 0)
    h.clock.advance(days=31)
    assert await prune(h.engine) == (1, 1)
    assert await h.rows(ProcessedEvent) == 0 and await h.rows(OutboxItem) == 0
    assert await h.balance(ann) == 1  # the effects stay


async def test_an_event_the_database_always_refuses_is_skipped_not_held_for_good(
    harness_factory, monkeypatch
):
    """A decision the database refuses however often it is made (a deduction below zero that
    skipped the balance check) is tried alone and then skipped as failed, logged; the
    community's other events go on."""
    from support.console import console_client, link_for, post_form, sign_in

    from groupops.core.console import requests
    from groupops.core.points.ledger import award
    from groupops.core.storage.models import ProcessedEvent, ScheduledJob

    def unchecked(ctx, payload, entry):  # the refused write, as a bug would make it
        member = ctx.member(payload["member"])
        award(ctx, member, int(payload["amount"]), "take", f"console:{ctx.event.key}", floor=0)

    monkeypatch.setitem(requests.PERFORMERS, "points", unchecked)
    h = await harness_factory()
    ann, bob = h.user("ann"), h.user("bob")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        page = f"/c/club/m/{ann}"
        await post_form(client, page, f"{page}/act", kind="points", amount="-5", reason="x")
    await h.settle()
    await h.world.say(h.chat, bob, "/points")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Bob has 0 points."
    assert await h.balance(ann) == 0
    job = await ScheduledJob.get(job="console")
    assert job.status == "skipped"
    assert (await ProcessedEvent.get(key=f"job:{job.id}")).outcome == "failed"
