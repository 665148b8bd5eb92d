"""`groupops report`: a community's KPIs, segments or a comparison, as text, JSON or a PNG."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import click

from ..clock import SystemClock
from ..i18n import choose
from ..i18n.render import render_text
from ..metrics.compare import comparison_data, comparison_table
from ..metrics.compute import clock_of, compute_kpis
from ..metrics.periods import Period, PeriodKind
from ..metrics.report import as_text, report_message
from ..metrics.segments import compute_segments
from ..segments import T
from .common import (
    EXIT_SETTINGS,
    catalog_locale,
    db_option,
    fail,
    open_named,
    require_something_to_read,
    run_async,
    settings_option,
)
from .databases import known_settings, load_for_database

FORMATS = ("text", "json", "png")


@click.command()
@click.option(
    "--community", default=None, help="The community to report on (default: the only one)."
)
@click.option(
    "--period",
    type=click.Choice([k.value for k in PeriodKind if k is not PeriodKind.RANGE]),
    default="week",
    show_default=True,
)
@click.option(
    "--date",
    "day",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="A day in the period (default: today in the community's clock).",
)
@click.option("--chat", default=None, help="One of the community's chats (default: all).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here (default: standard output; required for png).")  # fmt: skip
@click.option("--compare", default=None,
              help="Another community, or 'previous' for the period before.")  # fmt: skip
@click.option("--segments", is_flag=True, help="Members by activity tier and consumption band.")
@click.option(
    "--locale",
    default=None,
    callback=catalog_locale,
    help="Language of the report (default: the community's).",
)
@db_option()
@settings_option
def report(
    community: str | None,
    period: str,
    day: datetime | None,
    chat: str | None,
    fmt: str,
    out: Path | None,
    compare: str | None,
    segments: bool,
    locale: str | None,
    db_url: str | None,
    settings_path: Path | None,
) -> None:
    """Report a community's KPIs with their health, its segments, or a comparison."""
    settings, path = load_for_database(settings_path)
    require_something_to_read(path, db_url, settings.database.url)
    if fmt == "png" and out is None:
        raise click.UsageError("--format png needs --out FILE")
    if fmt == "png" and compare:
        raise click.UsageError("a comparison is a table: use --format text or json")
    data = run_async(
        _build(
            settings,
            path,
            community,
            PeriodKind(period),
            day.date() if day else None,
            chat,
            fmt,
            compare,
            segments,
            locale,
            db_url,
        )
    )
    if out is None:
        click.echo(data)
    elif isinstance(data, bytes):
        out.write_bytes(data)
    else:
        out.write_text(data + "\n", encoding="utf-8")


async def _build(
    settings: Any,
    path: Path | None,
    community: str | None,
    kind: PeriodKind,
    day: date | None,
    chat: str | None,
    fmt: str,
    compare: str | None,
    segments: bool,
    locale: str | None,
    db_url: str | None,
) -> str | bytes:
    # a --db typo makes no empty database (the settings' own, before the first run, may be made)
    database = await open_named(settings, path, db_url, existing=bool(db_url))
    try:
        settings = await known_settings(settings)
        community = _community(settings, community)
        _check_names(settings, community, compare)
        now = SystemClock().now()
        clock = clock_of(settings, community)
        if day is not None and day > clock.day_of(now):  # nothing to count, and no count to lend
            fail(
                f"--date: {day.isoformat()} is in the future (today is "
                f"{clock.day_of(now).isoformat()} in {clock.timezone})",
                EXIT_SETTINGS,
            )
        ruleset = settings.rulesets[settings.communities[community].ruleset]
        locale = choose(
            (locale, settings.communities[community].locale, ruleset.locale),
            settings.i18n.default_locale,
        )
        title = settings.communities[community].title_in(locale) or community
        if segments:
            # As of the end of --date (its last moment: the next day's start is the next day's),
            # so an old database still shows its members' tiers.
            end = (
                clock.day_start(day + timedelta(days=1)) - timedelta(microseconds=1) if day else now
            )
            as_of = min(now, end)
            found = await compute_segments(community, ruleset.segments, clock, as_of)
            if fmt == "json":
                return _json(found.as_dict())
            if fmt == "png":
                from ..metrics.charts import bar_chart  # matplotlib (an extra): only for a chart

                heading = T("Segments of {community}", community=title)
                return bar_chart(heading, found.groups(), locale)
            return as_text(found.message(title), locale, clock.timezone)
        period = Period.containing(kind, day or clock.day_of(now))
        try:
            kpis = await compute_kpis(settings, community, period, now, chat)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--chat") from None
        if compare:
            other_name, other = await _other(settings, community, compare, period, now, chat)
            names = (_column(title, period), _column(other_name, other.history.period))
            if compare == "previous":  # earlier first; the difference is the change since
                kpis, other, names = other, kpis, (names[1], names[0])
            if fmt == "json":
                return _json(comparison_data(kpis, other, names))
            return comparison_table(kpis, other, names, lambda t: render_text(t, locale))
        if fmt == "json":
            data = kpis.as_dict()
            for name, entry in data["kpis"].items():
                band = ruleset.health.band(name)
                entry["health"] = band.status(entry["value"]) if band is not None else None
            return _json(data)
        if fmt == "png":
            from ..metrics.charts import weekly_chart  # matplotlib (an extra): only for a chart

            return weekly_chart(kpis, title, ruleset.health, locale)
        return as_text(report_message(kpis, title, ruleset.health), locale, clock.timezone)
    finally:
        await database.close()


def _community(settings: Any, named: str | None) -> str:
    """The community asked for, or the only one there is."""
    if named is not None:
        return named
    if len(settings.communities) == 1:
        return next(iter(settings.communities))
    known = ", ".join(settings.communities) or "none defined"
    fail(f"--community: name the community to report on (one of: {known})", EXIT_SETTINGS)


def _check_names(settings: Any, community: str, compare: str | None) -> None:
    known = ", ".join(settings.communities) or "none defined"
    for name in (community, compare):
        if name not in (None, "previous") and name not in settings.communities:
            fail(f"{name!r} is not a community (expected one of: {known})", EXIT_SETTINGS)
    ruleset = settings.rulesets[settings.communities[community].ruleset]
    if ruleset.pipeline is not None and "recorder" not in ruleset.pipeline:
        click.echo(
            f"note: the pipeline of ruleset {settings.communities[community].ruleset!r} has no "
            "'recorder' component, so nothing is recorded for these reports",
            err=True,
        )


async def _other(
    settings: Any, community: str, compare: str, period: Period, now: datetime, chat: str | None
) -> tuple[str, Any]:
    if compare == "previous":
        title = settings.communities[community].title_in() or community
        return title, await compute_kpis(settings, community, period.previous(), now, chat)
    title = settings.communities[compare].title_in() or compare
    return title, await compute_kpis(settings, compare, period, now)


def _column(name: str, period: Period) -> str:
    return f"{name} {period.label}"


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
