"""Whether another process has an SQLite database open: `copy-db` and `restore` must not
change or replace a file a running bot is writing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def sqlite_in_use(file: Path) -> bool:
    """Whether another connection has the SQLite file open. A -wal file beside it says no
    more than that the last process did not close it (a crash, a kill); an exclusive lock,
    which SQLite grants no connection while another holds the file in WAL mode, tells. Got,
    it folds such a leftover log into the file as any opening would."""
    with closing(sqlite3.connect(file, timeout=0, isolation_level=None)) as probe:
        try:
            probe.execute("PRAGMA locking_mode=EXCLUSIVE")
            probe.execute("BEGIN EXCLUSIVE")
            probe.execute("ROLLBACK")
        except sqlite3.OperationalError:  # "database is locked"
            return True
        except sqlite3.DatabaseError:  # no database at all: opening it says so
            return False
    return False
