"""`groupops doctor`: what the bot can and cannot do in every configured chat and what that
switches off; bridges, database and Redis. Exits 1 on a blocker (2 on a settings error)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from ..doctor.examine import examine
from ..doctor.findings import Finding, Level, blockers, render
from ..errors import GroupopsError
from ..platforms import build_adapters
from ..redaction import redact
from .advice import advice
from .capability_advice import capability_advice
from .common import EXIT_SETTINGS, base_dir, fail, load, run_async, settings_option


@click.command()
@settings_option
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--strict", is_flag=True, help="Exit non-zero on warnings too, not only blockers.")
def doctor(settings_path: Path | None, as_json: bool, strict: bool) -> None:
    """Check what the bot can do in each configured chat, and the database and Redis."""
    settings, path = load(settings_path, quiet=True)
    try:
        adapters = build_adapters(settings)
    except GroupopsError as exc:
        fail(f"{path}: {exc}", EXIT_SETTINGS)
    # what `groupops check` warns about is a warning here too, counted in the summary
    env = os.environ.get("GROUPOPS_ENV", "default").lower()
    unwise = [Finding(p.path, Level.WARNING, p.message) for p in advice(settings, env)]
    unwise += [Finding(p.path, Level.NOTE, p.message) for p in capability_advice(settings, env)]
    findings = unwise + run_async(examine(settings, adapters, base_dir(path)))
    if as_json:
        text = json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2)
    else:
        text = render(findings)
    click.echo(redact(text))  # a library's error may quote the token
    failing = blockers(findings) or (strict and [f for f in findings if f.level is Level.WARNING])
    if failing:
        raise SystemExit(1)
