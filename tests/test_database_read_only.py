"""An SQLite file the bot cannot write (its mode, an immutable flag, a read-only mount):
`doctor` names it as a blocker and `run` refuses to start, each in one line, where the bot
used to start and then retry every commit forever. Commands that only read still work."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from support.cli import LOCAL_SETTINGS, groupops

SETTINGS = LOCAL_SETTINGS.format(url="sqlite://club.db")


@contextmanager
def read_only(file: Path) -> Iterator[None]:
    """Unwritable even for root (an immutable flag), or by its mode for anyone else."""
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(file)], capture_output=True, check=False)
        if made.returncode != 0:
            pytest.skip(f"chattr cannot make a file immutable here: {made.stderr.decode()}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(file)], check=False)
    else:
        file.chmod(0o444)
        try:
            yield
        finally:
            file.chmod(0o644)


async def test_doctor_and_run_refuse_a_read_only_database_and_report_still_reads(tmp_path):
    (tmp_path / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    made = await groupops("migrate", cwd=tmp_path)
    assert made.code == 0, made.text
    file = tmp_path / "club.db"
    with read_only(file):
        doctor = await groupops("doctor", cwd=tmp_path)
        assert doctor.code == 1, doctor.text
        assert f"BLOCKER  database sqlite://club.db: {file} is read-only" in doctor.out
        run = await groupops("run", cwd=tmp_path, timeout=120)
        assert run.code == 1, run.text
        assert f"{file} is read-only (check its owner, mode and flags" in run.err
        assert "Traceback" not in run.text
        report = await groupops("report", "--community", "club", cwd=tmp_path)
        assert report.code == 0, report.text


async def test_doctor_and_migrate_name_a_read_only_folder_for_a_new_database(tmp_path):
    """doctor said only to run `groupops migrate`, which then failed with SQLite's "unable to
    open database file"; both now say what run says."""
    (tmp_path / "settings.toml").write_text(
        LOCAL_SETTINGS.format(url="sqlite://data/club.db"), encoding="utf-8"
    )
    folder = tmp_path / "data"
    folder.mkdir()
    with read_only(folder):
        doctor = await groupops("doctor", cwd=tmp_path)
        migrate = await groupops("migrate", cwd=tmp_path)
    said = f"{folder} is read-only (SQLite writes its journal beside club.db)"
    assert doctor.code == 1, doctor.text
    assert f"BLOCKER  database sqlite://data/club.db: {said}" in doctor.out
    assert migrate.code == 1, migrate.text
    assert said in migrate.err and len(migrate.err.splitlines()) == 1
    assert "unable to open" not in migrate.text and "Traceback" not in migrate.text
