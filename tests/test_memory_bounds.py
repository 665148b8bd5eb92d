"""What a worker keeps in memory stays bounded however many messages go by: each structure
by age where time decides, and by count per community and across all communities."""

from __future__ import annotations

import gc
import tracemalloc
from datetime import UTC, date, datetime, timedelta

from groupops.core.bounded import BOUNDS, BoundedDict, BoundedSet, pool
from groupops.core.days import CommunityClock, DayRun, streak_ending
from groupops.core.moderation.behaviour import (
    Duplicates,
    DuplicatesConfig,
    Flood,
    FloodConfig,
)
from groupops.core.moderation.detector import Sample
from groupops.core.moderation.learning import REVIEWABLE, Learning, Seen
from groupops.core.points.limits import LOOKBACK, EarnBook, Post

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def test_a_bounded_dict_keeps_its_newest_entries_per_community_and_overall():
    kind = "earning.posts"
    overall = pool(kind)
    gc.collect()  # structures of earlier tests in this process leave the count now, not later
    before = overall.size
    one: BoundedDict[int, int] = BoundedDict(kind, limit=100)
    for n in range(1_000):
        one[n] = n
    assert len(one) == 100 and list(one)[:2] == [900, 901]
    one[900] = -1  # written again: now the newest, the last to go
    one[1_000] = 0
    assert 901 not in one and 900 in one and len(one) == 100
    assert overall.size == before + 100
    del one
    gc.collect()
    assert overall.size == before  # a community dropped: its entries leave the overall count


def test_the_overall_limit_holds_across_many_communities():
    kind = "earning.receivers"
    limit = BOUNDS[kind].overall
    communities = [BoundedSet(kind) for _ in range(50)]
    for n in range(limit * 2):
        communities[n % 50].add(n)
    held = sum(len(c) for c in communities)
    assert held <= limit + len(communities)  # one entry per community over, at most
    assert all(len(c) <= BOUNDS[kind].per_community for c in communities)


def _post(sender: str, at: datetime) -> Post:
    return Post(sender=sender, at=at, length=20, question=False, link=False)


def test_recent_posts_are_kept_for_the_lookback_and_at_most_the_limit_per_community():
    book = EarnBook()
    for n in range(3_000):  # a message a minute for two days and more
        book.remember(f"chat/{n}", _post("ann", T0 + timedelta(minutes=n)))
    last = T0 + timedelta(minutes=2_999)
    assert all(post.at >= last - LOOKBACK for post in book.posts.values())
    assert len(book.posts) == int(LOOKBACK / timedelta(minutes=1)) + 1
    busy = EarnBook()
    for n in range(BOUNDS["earning.posts"].per_community + 2_000):  # all within a minute
        busy.remember(f"chat/{n}", _post("bob", T0))
    assert len(busy.posts) == BOUNDS["earning.posts"].per_community


def test_awards_and_rewarded_keys_do_not_grow_with_traffic():
    book = EarnBook()
    for n in range(50_000):
        when = T0 + timedelta(minutes=n)
        book.note(f"m{n % 500}", "share", 5, when, f"msg=c/{n}")
        book.rewarded.add(f"share:club:c/{n}")
    assert len(book.rewarded) == BOUNDS["earning.rewarded"].per_community
    assert len(book.earned) <= 500
    assert all(len(awards) <= 64 for awards in book.earned.values())


def _sample(chat: str, sender: str, text: str, at: datetime) -> Sample:
    return Sample(text=text, norm=text, chat=chat, sender=sender, time=at)


def test_flood_forgets_senders_whose_window_has_passed():
    flood = Flood(FloodConfig(messages=5, seconds=10))
    for n in range(1_000):
        flood.check(_sample("c", f"u{n}", "hi", T0))
    flood.check(_sample("c", "late", "hi", T0 + timedelta(seconds=11)))
    assert len(flood.seen) == 1
    burst = Flood(FloodConfig(messages=5, seconds=10))  # a raid of fresh accounts at once
    for n in range(BOUNDS["moderation.flood"].per_community + 5_000):
        burst.check(_sample("c", f"u{n}", "hi", T0))
    assert len(burst.seen) == BOUNDS["moderation.flood"].per_community
    assert burst.check(_sample("c", "x", "a", T0)) is None


def test_duplicates_forget_texts_nobody_repeated_within_the_window():
    config = DuplicatesConfig(enabled=True, accounts=3, min_length=5)
    duplicates = Duplicates(config)
    for n in range(1_000):
        duplicates.check(_sample("c", "ann", f"distinct message number {n}", T0))
    later = T0 + config.window + timedelta(seconds=1)
    duplicates.check(_sample("c", "bob", "another distinct message", later))
    assert len(duplicates.seen) == 1
    many = Duplicates(config)
    for n in range(BOUNDS["moderation.duplicates"].per_community + 5_000):
        many.check(_sample("c", "ann", f"distinct message number {n}", T0))
    assert len(many.seen) == BOUNDS["moderation.duplicates"].per_community
    for sender in ("a", "b"):  # a raid is still seen
        assert many.check(_sample("c", sender, "join my channel now", T0)) is None
    assert many.check(_sample("c", "c", "join my channel now", T0)) is not None


def test_a_year_of_check_ins_is_two_dates():
    run = DayRun()
    first = date(2025, 1, 1)
    for n in range(365):
        run.add(first + timedelta(days=n))
    last = first + timedelta(days=364)
    assert (run.first, run.last) == (first, last)
    assert streak_ending(run, last) == 365 and last in run
    run.add(last + timedelta(days=2))  # a missed day starts over
    assert streak_ending(run, last + timedelta(days=2)) == 1 and last not in run
    run.add(last + timedelta(days=1))  # a late record joins the run again
    assert streak_ending(run, last + timedelta(days=2)) == 2


def test_a_community_clock_keeps_no_cache_per_minute():
    clock = CommunityClock("Asia/Shanghai")
    clock.day_of(T0)
    gc.collect()
    tracemalloc.start()
    try:
        held = tracemalloc.get_traced_memory()[0]
        for n in range(20_000):  # messages over two weeks, each in another minute
            clock.day_of(T0 + timedelta(minutes=n))
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - held
    finally:
        tracemalloc.stop()
    assert grown < 4_096, grown
    assert clock.day_of(datetime(2026, 3, 3, 19, 59, tzinfo=UTC)) == date(2026, 3, 3)
    assert clock.day_of(datetime(2026, 3, 3, 20, 0, tzinfo=UTC)) == date(2026, 3, 4)  # 04:00


def test_messages_spam_can_find_are_kept_two_days_and_at_most_the_limit_per_community():
    learning = Learning()
    for n in range(4_000):  # a message a minute for two days and more
        at = T0 + timedelta(minutes=n)
        learning.see(f"chat|{n}", Seen("chat", "ann", "Ann", f"message {n}", at))
    last = T0 + timedelta(minutes=3_999)
    assert all(seen.at >= last - REVIEWABLE for seen in learning.recent.values())
    assert len(learning.recent) == BOUNDS["moderation.recent"].per_community  # 1,000 < 2 days
    assert next(reversed(learning.recent)) == "chat|3999"  # /spam ID looks newest first
    quiet = Learning()
    for n in range(100):  # a message a day: only the last two days' are kept
        quiet.see(f"chat|{n}", Seen("chat", "ann", "Ann", "hi", T0 + timedelta(days=n)))
    assert list(quiet.recent) == ["chat|97", "chat|98", "chat|99"]
