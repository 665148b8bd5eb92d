"""`groupops spam learn|stats|evaluate`: teach a ruleset's shared spam model from files, show
what it knows, and measure it against spam and ham sets."""

from __future__ import annotations

import hashlib
from pathlib import Path

import click
from loguru import logger

from ..counted import counted
from ..logging import setup_plain_warnings
from ..moderation.learning import ruleset_scope
from ..moderation.spam_document import Lesson
from ..moderation.spam_evaluation import evaluate as run_evaluation
from ..moderation.spam_samples import SampleFileError, read_messages, read_records, starter_files
from ..storage.database import sqlite_file
from ..storage.models import SpamLesson
from .common import (
    base_dir,
    db_option,
    fail,
    load,
    open_named,
    ruleset_named,
    run_async,
    settings_option,
)

FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


def _ruleset(settings, name: str):
    return settings.rulesets[ruleset_named(settings, name)]


def _records(paths: tuple[Path, ...]) -> list[tuple[str, tuple[str, ...] | None]]:
    """Each file's (text, facts) records; a file it cannot read ends the command, named."""
    try:
        return [record for path in paths for record in read_records(path)]
    except SampleFileError as exc:
        fail(str(exc), 2)


def _messages(paths: tuple[Path, ...]) -> list[str]:
    return [text for text, _facts in _records(paths)]


def _lessons(label: str, paths: tuple[Path, ...]) -> list[Lesson]:
    return [Lesson(label, *record) for record in _records(paths)]


@click.group()
def spam() -> None:
    """The spam classifier: teach it, inspect it, measure it."""


@spam.command()
@click.option(
    "--ruleset",
    "ruleset_name",
    default=None,
    help="The ruleset whose model learns (default: the only one in the settings).",
)
@click.option("--spam", "spam_files", multiple=True, type=FILE, help="Spam, one a line.")
@click.option("--ham", "ham_files", multiple=True, type=FILE, help="Not spam, one a line.")
@db_option()
@settings_option
def learn(ruleset_name, spam_files, ham_files, db_url, settings_path) -> None:
    """Teach the ruleset's shared model (every community of the ruleset uses it)."""
    settings, path = load(settings_path, quiet=True)
    setup_plain_warnings()
    ruleset_name = ruleset_named(settings, ruleset_name)
    if not spam_files and not ham_files:
        fail("nothing to learn: give --spam FILE, --ham FILE or both", 2)
    lessons = _lessons("spam", spam_files) + _lessons("ham", ham_files)
    scope = ruleset_scope(ruleset_name)

    async def go() -> int:
        from datetime import UTC, datetime

        database = await open_named(settings, path, db_url)
        try:
            earlier = SpamLesson.filter(scope=scope, undone_at=None)
            _warn_both(list(await earlier.values_list("label", "text")), lessons)
            added = 0
            for label, text, facts in lessons:
                digest = hashlib.sha1(f"{label}\n{text}".encode(), usedforsecurity=False)
                known = None if facts is None else " ".join(facts)
                row, made = await SpamLesson.get_or_create(
                    id=f"{scope}:{digest.hexdigest()}",
                    defaults={"scope": scope, "label": label, "text": text, "facts": known,
                              "actor": "cli", "created_at": datetime.now(UTC)},
                )  # fmt: skip
                if not made and await _overruled(row):  # taught again: the latest again
                    row.created_at = datetime.now(UTC)
                    await row.save(update_fields=["created_at"])
                    made = True
                added += made
            return added
        finally:
            await database.close()

    added = run_async(go())
    learned = f"{added} message{'' if added == 1 else 's'} learned"
    click.echo(f"{ruleset_name}: {learned}, {len(lessons) - added} already known")


async def _overruled(row: SpamLesson) -> bool:
    """Whether a later lesson taught the row's text the other way."""
    other = "ham" if row.label == "spam" else "spam"
    later = SpamLesson.filter(scope=row.scope, label=other, text=row.text, undone_at=None)
    return await later.filter(created_at__gt=row.created_at).exists()


def _warn_both(known: list[tuple[str, str]], lessons: list[Lesson]) -> None:
    """Name each text now taught as spam and as ham, in these files or against an earlier
    lesson: the latest decides that text, and for other messages the two pull against each
    other, which is rarely what was meant."""
    new = {(lesson.label, lesson.text) for lesson in lessons}
    taught = {*known, *new}
    opposite = {"spam": "ham", "ham": "spam"}
    for text in sorted({text for label, text in new if (opposite[label], text) in taught}):
        shown = text if len(text) <= 60 else text[:59] + "…"
        logger.warning(
            "{!r} is taught as both spam and ham: the latest lesson decides that text", shown
        )


@spam.command()
@click.option(
    "--ruleset", "ruleset_name", default=None, help="Default: the only one in the settings."
)
@db_option()
@settings_option
def stats(ruleset_name, db_url, settings_path) -> None:
    """What the ruleset's model knows: starter samples, its own files, lessons."""
    settings, path = load(settings_path, quiet=True)
    setup_plain_warnings()
    ruleset_name = ruleset_named(settings, ruleset_name)
    config = settings.rulesets[ruleset_name].moderation.classifier

    # the bot's own SQLite file before its first run: nothing learned, and nothing to create
    unmade = None if db_url else sqlite_file(settings.database.url, base_dir(path))
    if unmade is not None and unmade.exists():
        unmade = None

    async def go() -> tuple[list[tuple[str, str, int]], dict[str, list]]:
        if unmade is not None:
            return [], {}
        database = await open_named(settings, path, db_url, existing=bool(db_url))
        try:
            lessons = SpamLesson.filter(undone_at=None)
            rows = await lessons.values_list("scope", "label", "facts")
        finally:
            await database.close()
        communities = {
            f"community:{n}" for n, c in settings.communities.items() if c.ruleset == ruleset_name
        }
        counts: dict[tuple[str, str], int] = {}
        facts: dict[str, list] = {}  # scope -> (label, facts) of lessons whose facts are known
        for scope, label, known in rows:
            if scope == ruleset_scope(ruleset_name) or scope in communities:
                counts[(scope, label)] = counts.get((scope, label), 0) + 1
                if known is not None:
                    facts.setdefault(scope, []).append((label, known.split()))
        return [(scope, label, n) for (scope, label), n in sorted(counts.items())], facts

    learned, facts = run_async(go())  # the database first: a bad URL is the one line printed
    own = {label: _records(getattr(config, f"{label}_samples")) for label in ("spam", "ham")}
    from_files = [
        (label, list(known))
        for label, records in own.items()
        for _, known in records
        if known is not None  # () is known too: a line that gave its facts, none present
    ]  # JSON lines of the ruleset's own files that gave the platform's facts
    if from_files:
        facts = {"the ruleset's sample files": from_files, **facts}
    for label, records in own.items():
        starter = sum(len(list(read_messages(p))) for p in starter_files(label))
        shown = starter if config.starter else 0
        click.echo(f"{label:<5} starter {shown:>5}  files {len(records):>5}")
    for scope, label, count in learned:
        click.echo(f"{label:<5} learned {count:>5}  ({scope})")
    if unmade is not None:
        click.echo(f"learned: nothing yet ({unmade} does not exist)")
    for scope, lessons in sorted(facts.items()):
        weights = _fact_weights(lessons) or "none of them carried a platform fact"
        click.echo(f"facts ({scope}, from {counted(len(lessons), 'lesson')}): {weights}")
    if not facts:
        click.echo(
            "facts: none learned; forwarded, buttons, a caption and no username weigh nothing "
            "until a verdict in a chat (or a JSON line that gives them) teaches them"
        )
    click.echo(f"thresholds: action {config.threshold}, review {config.review or 'off'}")
    click.echo(
        f"newcomers: a member's first {config.newcomer_messages} messages are judged at "
        f"odds x{config.newcomer_odds:g}"
    )
    if config.regular_messages:
        click.echo(
            f"regulars: from {config.regular_messages} messages, what the classifier or waves "
            "would act on is reviewed by the admins instead (in a community with an "
            "admin_chat; without one, acted on)"
        )
    else:
        click.echo("regulars: judged as anyone (regular_messages = 0)")
    click.echo(
        f"weights: a starter sample counts 1, a message taught with spam learn "
        f"{config.taught_weight:g}, an admin's /spam or /notspam {config.learned_weight:g}"
    )


def _fact_weights(lessons: list) -> str:
    """The log-odds each platform fact adds, as the community's verdicts weigh it."""
    from ..moderation.spam_fact_odds import FACTS, FactOdds  # scikit-learn: only here

    odds = FactOdds()
    odds.learn(lessons)
    return ", ".join(f"{name} {weight:+.2f}" for name, weight in odds.present(FACTS))


@spam.command()
@click.option("--spam", "spam_files", multiple=True, type=FILE, required=True)
@click.option("--ham", "ham_files", multiple=True, type=FILE, required=True)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1, min_open=True),
    default=None,
    help="P(spam) counted as caught (default: the ruleset's, else 0.9).",
)
@click.option(
    "--newcomer-odds",
    type=click.FloatRange(1, 100),
    default=1.0,
    show_default=True,
    help="Judge every message as a newcomer's, at these odds (1: as a member's).",
)
@click.option(
    "--ruleset",
    "ruleset_name",
    default=None,
    help="Evaluate this ruleset's model (its own sample files, starter or not).",
)
@settings_option
def evaluate(spam_files, ham_files, threshold, newcomer_odds, ruleset_name, settings_path) -> None:
    """Recall and false positives out of the box and after learning half the sets (the first
    half, then each half in turn with the two measured halves pooled), beside a plain naive
    Bayes trained and measured on the same messages."""
    config = None
    if ruleset_name is not None:
        settings, _ = load(settings_path, quiet=True)
        config = _ruleset(settings, ruleset_name).moderation.classifier
    if threshold is None:
        threshold = config.threshold if config is not None else 0.9
    spam, ham = _messages(spam_files), _messages(ham_files)
    for option, files, messages in (("--spam", spam_files, spam), ("--ham", ham_files, ham)):
        if len(messages) < 2:  # half is learned, the other half measured
            named = ", ".join(str(path) for path in files)
            held = counted(len(messages), "message")
            fail(f"error: {option}: {named} holds {held}; at least 2 are needed", 2)
    result = run_evaluation(spam, ham, threshold, newcomer_odds, config)
    if config is not None:
        click.echo(f"ruleset {ruleset_name}, threshold {threshold:g}")
    click.echo(f"out of the box         groupops {result.out_of_box}")
    click.echo(f"                    plain bayes {result.baseline_out_of_box}")
    click.echo(f"after learning half    groupops {result.learned}")
    click.echo(f"                    plain bayes {result.baseline_learned}")
    click.echo(f"each half in turn      groupops {result.pooled}")
    click.echo(f"                    plain bayes {result.baseline_pooled}")
