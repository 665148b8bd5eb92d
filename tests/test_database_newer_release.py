"""A database a newer release made (a column this release has no model for): going back to an
older release without restoring the backup is refused by every command, in one line, instead
of running and writing rows the newer schema's constraints refuse, retried forever."""

from __future__ import annotations

import sqlite3

from support.cli import LOCAL_SETTINGS, groupops

SETTINGS = LOCAL_SETTINGS.format(url="sqlite://club.db")
NEWER = (
    "the database was made by a newer release of groupops (members.muted_reason and 1 more "
    "unknown here): run that release, or restore the backup taken before upgrading to it"
)


async def test_every_command_refuses_a_database_a_newer_release_made(tmp_path):
    (tmp_path / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    with sqlite3.connect(tmp_path / "club.db") as later:  # what a later release added
        later.execute("ALTER TABLE members ADD COLUMN muted_reason TEXT NOT NULL")
        later.execute("ALTER TABLE outbox ADD COLUMN shard INTEGER")
    for command in (("run",), ("migrate",), ("report", "--community", "club")):
        refused = await groupops(*command, cwd=tmp_path, timeout=120)
        assert refused.code == 3, (command, refused.text)  # not restarted by systemd
        assert NEWER in refused.err, (command, refused.text)
        assert "Traceback" not in refused.text
    doctor = await groupops("doctor", cwd=tmp_path)
    assert doctor.code == 1
    assert f"BLOCKER  database sqlite://club.db: {NEWER}" in doctor.out
