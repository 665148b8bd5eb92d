"""The SQLite file the bot opened, watched for being deleted or replaced while it runs.

SQLite keeps writing to the file it opened: after `rm -rf` of its folder (or a file copied
over it) every commit still succeeded, into an inode nothing names any more, updates were
acknowledged to the platform, and everything done meanwhile vanished when the bot stopped.
Each transaction first compares the path's device and inode with the opened ones (one
`stat`); once they differ the database counts as lost for good: commits fail, so nothing
more is acknowledged, and the platform delivers those updates again after a restart.

What was committed before is still in the open file. It is checkpointed (the write-ahead
log, deleted with it, folded into the main file) so that a copy of the process's descriptor
(`/proc/PID/fd/N`) holds all of it; the error says which copy command restores it."""

from __future__ import annotations

import os
from pathlib import Path

from loguru import logger

from ..errors import DatabaseFileLost


class FileIdentity:
    def __init__(self, path: Path) -> None:
        self.path = path
        stat = path.stat()
        self.opened = (stat.st_dev, stat.st_ino)
        self.lost: DatabaseFileLost | None = None

    def gone(self) -> bool:
        """Whether the path no longer names the opened file (checked afresh each call)."""
        try:
            stat = self.path.stat()
        except OSError:
            return True
        return (stat.st_dev, stat.st_ino) != self.opened

    def lose(self) -> DatabaseFileLost:
        """The error every transaction raises from now on (a new one each time: one raised
        again would chain to itself); logged once, when first seen."""
        if self.lost is None:
            descriptor = open_descriptor(os.getpid(), self.opened)
            rescue = (
                f"Its content is still readable while this process ({os.getpid()}) runs: "
                f"cp {descriptor} {self.path}, then restart groupops"
                if descriptor
                else ""
            )
            self.lost = DatabaseFileLost(str(self.path), rescue)
            logger.error("{}", self.lost)
        return DatabaseFileLost(self.lost.path, self.lost.rescue)


def open_descriptor(pid: int, identity: tuple[int, int]) -> str | None:
    """`/proc/PID/fd/N` of the process's descriptor open on the file `identity` names, or
    None (not Linux, another user's process, not open)."""
    folder = Path(f"/proc/{pid}/fd")
    try:
        names = sorted(os.listdir(folder), key=lambda n: int(n) if n.isdigit() else 0)
    except OSError:
        return None
    for name in names:
        try:
            stat = os.stat(folder / name)
        except OSError:
            continue
        if (stat.st_dev, stat.st_ino) == identity:
            return str(folder / name)
    return None


def deleted_holders(path: Path) -> list[str]:
    """`/proc/PID/fd/N` of every process (that may be looked at) still holding `path` open
    after it was deleted: a bot writing into a file no one else can open. Linux only."""
    gone = f"{path} (deleted)"
    found: list[str] = []
    try:
        pids = [p for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return found
    for pid in pids:
        folder = f"/proc/{pid}/fd"
        try:
            names = os.listdir(folder)
        except OSError:  # another user's, or gone meanwhile
            continue
        for name in names:
            try:
                if os.readlink(f"{folder}/{name}") == gone:
                    found.append(f"{folder}/{name}")
                    break
            except OSError:
                continue
    return found
