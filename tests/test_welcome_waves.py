"""One welcome per join wave when the owner's memory of its waves is lost (a restart, another
worker taking the community over) and when waves' jobs fire late together: every newcomer is
named once, in the wave their join fell in."""

from __future__ import annotations

WAVE = {"rulesets": {"main": {"welcome": {"coalesce": "1m"}}}}


def welcome(names: str) -> str:
    return f"Welcome to Test Club, {names}! Please read the group rules and say hello."


async def join(h, *names: str, every: int = 10) -> None:
    for name in names:
        await h.world.join(h.chat, h.world.user(name, name.capitalize()))
        h.clock.advance(seconds=every)
    await h.settle()


async def fire(h) -> None:
    await h.engine.scheduler.run_due()
    await h.settle()


async def test_a_wave_open_at_a_restart_takes_the_joins_after_it(harness_factory):
    """The new owner started a wave of its own on the next join; the old wave's job then took
    it, the first newcomers were never welcomed and the later ones were welcomed twice."""
    h = await harness_factory(WAVE)
    await join(h, "ann", "bob", "cy")  # 09:00:00 to 09:00:20, the wave is due at 09:01:00
    await h.restart()  # the wave's names were only in memory
    await join(h, "dee", "eve", "fay")  # 09:00:30 to 09:00:50: still the same wave
    h.clock.advance(seconds=10)
    await fire(h)
    await join(h, "gus")  # 09:01:10: a wave of its own
    h.clock.advance(minutes=2)
    await fire(h)
    assert h.world.texts(h.chat) == [
        welcome("Ann, Bob, Cy, Dee, Eve, and Fay"),
        welcome("Gus"),
    ]


async def test_waves_whose_jobs_fire_together_each_welcome_their_own(harness_factory):
    """Jobs held back (the database away) fire together: the first took the second's wave,
    and the second welcomed the same newcomers again from their join times."""
    h = await harness_factory(WAVE)
    await join(h, "ann", "bob", every=30)  # the wave of 09:00:00 is due at 09:01:00 ...
    h.clock.advance(seconds=5)
    await join(h, "cy", "dee")  # ... but has not fired when these join, at 09:01:05
    h.clock.advance(minutes=2)
    await fire(h)
    assert h.world.texts(h.chat) == [welcome("Ann and Bob"), welcome("Cy and Dee")]
