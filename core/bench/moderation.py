"""`groupops bench moderation`: messages/s through moderation (clean, normalise, every
detector) with 10,000 blocklist entries and 100 operator regexes, on one core in-process,
with p50 and p99 per message; then the same messages with the spam classifier and waves on
(1,000 judged spam messages remembered), CPU and wall clock side by side. Baseline, same run
and messages: the naive way, a substring test per blocklist entry and Python `re` per regex on
the lower-cased text."""

from __future__ import annotations

import random
import re
import statistics
import time
from datetime import UTC, datetime, timedelta

from ..engine.collector import settled
from ..moderation import ModerationConfig, Moderator, Sample
from ..moderation.normalize import clean, normalise
from ..moderation.waves import WaveIndex
from .harness import Figure, Report
from .moderation_messages import HAN as CHATTER_HAN
from .moderation_messages import Chatter, spam

REMEMBERED_SPAM = 1_000

REAL = ("刷单", "加微信", "代开发票", "free money", "crypto signals")
SPAM_SHARE = 0.1


def blocklist(count: int, rng: random.Random) -> list[str]:
    """Synthetic entries (random Han characters or letters) plus a few real ones; the Han
    characters of the bench's chatter are left out so that chatter breaks no rule."""
    words: set[str] = set(REAL)
    han = [chr(c) for c in range(0x4E00, 0x9FA6) if chr(c) not in CHATTER_HAN]
    while len(words) < count:
        if rng.random() < 0.5:
            words.add("".join(rng.choice(han) for _ in range(rng.randint(2, 4))))
        else:
            letters = "abcdefghijklmnopqrstuvwxyz"
            words.add("".join(rng.choice(letters) for _ in range(rng.randint(5, 10))))
    return sorted(words)


def regexes(count: int) -> list[dict[str, str]]:
    return [
        {"name": f"r{i}", "pattern": rf"(?:promo|deal|bonus){i}\s*(?:code|link)|x{i}y\d{{3,}}"}
        for i in range(count)
    ]


def messages(count: int, rng: random.Random) -> tuple[list[Sample], int]:
    """`count` messages (a tenth of them spam) and how many are spam."""
    start = datetime(2026, 3, 2, tzinfo=UTC)
    chatter = Chatter(rng)
    out, ads = [], 0
    for n in range(count):
        if rng.random() < SPAM_SHARE:
            text, ads = spam(rng), ads + 1
        else:
            text = chatter.message()
        out.append(
            Sample(
                text=text,
                norm="",
                chat=f"local:c{n % 50}",
                sender=f"local:user:{rng.randrange(2_000)}",
                time=start + timedelta(milliseconds=20 * n),
            )
        )
    return out, ads


def moderate(moderator: Moderator, sample: Sample) -> int:
    text = clean(sample.text)
    sample.norm = normalise(text)
    sample.found = {}
    return len(moderator.check(sample))


def timed(moderator: Moderator, samples: list[Sample]) -> tuple[float, float, list[int], int]:
    """CPU seconds, wall seconds, nanoseconds per message, messages flagged; with the
    collector set as `groupops run` sets it once started (engine/collector.py)."""
    per_message: list[int] = []
    flagged = 0
    clock = time.perf_counter_ns
    with settled():
        cpu, wall = time.process_time(), time.perf_counter()
        for sample in samples:
            began = clock()
            flagged += moderate(moderator, sample) > 0
            per_message.append(clock() - began)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return cpu, wall, per_message, flagged


def naive(words: list[str], patterns: list[re.Pattern[str]], sample: Sample) -> int:
    text = sample.text.lower()
    hits = sum(1 for word in words if word in text)
    return hits + sum(1 for pattern in patterns if pattern.search(text))


async def run(quick: bool) -> Report:
    count, naive_count = (5_000, 300) if quick else (50_000, 2_000)
    rng = random.Random(11)
    words, patterns = blocklist(10_000, rng), regexes(100)
    built = time.perf_counter()
    config = ModerationConfig.model_validate(
        {"blocklist": {"words": words}, "regex": {"patterns": patterns}}
    )
    moderator = Moderator(config)
    built = time.perf_counter() - built
    samples, ads = messages(count, rng)
    moderate(moderator, samples[0])  # warm the folding tables
    total, wall, per_message, flagged = timed(moderator, samples)
    learning = time.perf_counter()
    spam_config = config.model_copy(
        update={"classifier": config.classifier.model_copy(update={"enabled": True}),
                "waves": config.waves.model_copy(update={"enabled": True})}
    )  # fmt: skip
    with_spam = Moderator(spam_config)
    learning = time.perf_counter() - learning
    waves = WaveIndex()
    for _ in range(REMEMBERED_SPAM):  # a day of judged spam to compare against
        code = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(12))
        waves.add_text(f"{spam(rng)} {code}")
    with_spam.attach(waves=waves)
    moderate(with_spam, samples[0])
    spam_total, spam_wall, spam_per_message, spam_flagged = timed(with_spam, samples)
    compiled = [re.compile(p["pattern"]) for p in patterns]
    baseline = time.process_time()
    for sample in samples[:naive_count]:
        naive(words, compiled, sample)
    baseline = time.process_time() - baseline
    cuts = statistics.quantiles(per_message, n=100)
    spam_cuts = statistics.quantiles(spam_per_message, n=100)
    return Report(
        "moderation",
        [
            Figure(
                "moderation pipeline",
                count / total,
                "messages/s",
                "naive scan (substring per entry + re)",
                naive_count / baseline,
            ),
            Figure("p50 per message", cuts[49] / 1000, "µs", better="lower"),
            Figure("p99 per message", cuts[98] / 1000, "µs", better="lower"),
            Figure("wall clock", count / wall, "messages/s"),
            Figure("ruleset compile", built * 1000, "ms", better="lower"),
            Figure("messages flagged", flagged, "messages"),
            Figure(
                "with classifier and waves",
                count / spam_total,
                "messages/s",
                "detectors alone, same messages",
                count / total,
            ),
            Figure("  wall clock", count / spam_wall, "messages/s"),
            Figure("  p50 per message", spam_cuts[49] / 1000, "µs", better="lower"),
            Figure("  p99 per message", spam_cuts[98] / 1000, "µs", better="lower"),
            Figure("  model training (starter samples)", learning * 1000, "ms", better="lower"),
            Figure("  messages flagged", spam_flagged, "messages"),
        ],
        {
            "messages": count,
            "blocklist_entries": len(words),
            "regexes": len(patterns),
            "spam": ads,
            "distinct_texts": len({sample.text for sample in samples}),
            "baseline_messages": naive_count,
            "judged_spam_remembered": REMEMBERED_SPAM,
        },
    )
