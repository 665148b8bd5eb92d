"""Typed errors. Every error a user can meet names what is wrong and where."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from .counted import counted


class GroupopsError(Exception):
    """Base of every error groupops raises on purpose."""

    # the command's exit status when it ends one: 1, or a status a service manager should not
    # restart on (the deploy unit's RestartPreventExitStatus)
    exit_code = 1


# a database an operator must migrate or restore: a restart cannot fix it
EXIT_SCHEMA = 3


# a chat id written without its platform, by how it looks: the reference it was meant to be
BARE_IDS = (
    (lambda v: v.startswith(("!", "#")), "matrix"),
    (lambda v: v.lstrip("-").isdecimal() and v.startswith("-"), "telegram"),
    (lambda v: v.endswith("@chatroom"), "wechat"),
)


class InvalidRef(GroupopsError, ValueError):
    def __init__(self, value: str) -> None:
        meant = next((f"{p}:{value}" for looks, p in BARE_IDS if looks(value)), None)
        example = f"did you mean {meant!r}?" if meant else "e.g. 'telegram:-1001234567890'"
        super().__init__(
            f"{value!r} is not a reference (expected 'platform:id' or 'platform:user:id'; "
            f"{example})"
        )


class NotQueued(GroupopsError):
    """An event could not be handed on: the service that queues it (Redis) is away. The
    platform must not be told the event arrived, so that it sends it again."""

    def __init__(self, service: str, reason: str) -> None:
        self.service = service
        super().__init__(reason)


class NotOwner(GroupopsError):
    """A batch for communities another worker owns now (its lease moved on: a stall, a Redis
    restart): rolled back, and its events are left to the new owner. Foreseeable when scaled
    out, so it is logged as one line rather than as a failed commit."""


# --- adapter outcomes -------------------------------------------------------------------------


class ActionError(GroupopsError):
    """An action could not be carried out. `permanent` errors are not retried."""

    permanent = True
    # the audit log's outcome of a moderation step that ended with it (words.py "outcome")
    audit_outcome = "failed"


class Cancelled(ActionError):
    """The operator cancelled the action (`groupops outbox cancel`): it was never carried out,
    and what waited on its answer hears so (a removal: the member is still there)."""

    audit_outcome = "cancelled"

    def __init__(self) -> None:
        super().__init__("cancelled by the operator (groupops outbox cancel)")


class Unsupported(ActionError):
    """The adapter does not have the capability the action needs."""

    def __init__(self, adapter: str, capability: str) -> None:
        self.adapter, self.capability = adapter, capability
        super().__init__(f"adapter {adapter!r} does not support {capability!r}")


class TargetNotFound(ActionError):
    """The chat, member or message does not exist (or is no longer reachable)."""


class NotInChat(TargetNotFound):
    """The member is not in the chat (left, or removed a moment ago) or no such user: a removal
    of them has nothing to do, and was refused by nobody."""

    audit_outcome = "absent"


class AlreadyGone(TargetNotFound):
    """The message to delete is not there: deleted already (by a delete sent again after a
    crash, by its sender, by an admin). Not "cannot be deleted", which leaves it up."""


class AlreadyDone(ActionError):
    """The platform says the action was carried out already: an earlier try went through and
    its answer was lost (a 5xx after the refund), so the retry hears "charge already refunded".
    The outbox counts it done, so what follows the action follows."""


class TooLate(ActionError):
    """The action's deadline passed before it could be carried out (a checkout's answer, which
    the platform waits for only seconds): dropped, not retried."""

    PREFIX = "not carried out by "  # how its message, an outbox row's error, begins

    def __init__(self, deadline: str, missed: str) -> None:
        super().__init__(f"{self.PREFIX}{deadline}: {missed}")


class Forbidden(ActionError):
    """The bot lacks the right to do this (not an admin, not the owner, user blocked the bot)."""


class RateLimited(ActionError):
    """The platform asked us to slow down; try again after `retry_after` seconds."""

    permanent = False

    def __init__(self, retry_after: float, detail: str = "") -> None:
        self.retry_after = retry_after
        super().__init__(f"rate limited, retry after {retry_after:g}s {detail}".rstrip())


class TransientError(ActionError):
    """A network fault or a disconnected bridge; retried with backoff."""

    permanent = False


class GivenUp(ActionError):
    """An action the platform kept failing transiently (a 5xx, an answer that does not decode)
    while it carried out the same kind of action for other chats: not an outage but this one
    request (a payload a proxy chokes on). Given up so that its chat's later actions go on;
    `groupops outbox retry` sends it again."""

    def __init__(self, tries: int, platform: str, last: ActionError) -> None:
        self.last = last
        super().__init__(
            f"given up after {tries} failed tries while {platform} carried out others of its "
            f"kind (last: {last})"
        )


class Disconnected(TransientError):
    """The platform connection (a bridge) is down; the outbox keeps the action and tries again
    after `retry_after` seconds without counting an attempt, however long the outage."""

    def __init__(self, detail: str, retry_after: float = 1.0) -> None:
        self.retry_after = retry_after
        super().__init__(detail)


# --- configuration ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    path: str  # dotted key path, e.g. "rulesets.tech.timezone"
    message: str  # what is wrong and what is expected

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class SettingsError(GroupopsError):
    """Settings failed validation; carries every problem found, not only the first."""

    def __init__(self, source: str, problems: Sequence[SettingsProblem]) -> None:
        self.source, self.problems = source, tuple(problems)
        count = len(self.problems)
        if count == 1 and not self.problems[0].path:  # the file as a whole: one line
            super().__init__(f"{source}: {self.problems[0]}")
            return
        lines = [f"{source}: {counted(count, 'problem')}"]
        lines += [f"  {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


class UnknownCommunity(GroupopsError):
    def __init__(self, name: str, known: Sequence[str]) -> None:
        super().__init__(f"no community named {name!r} (known: {', '.join(known) or 'none'})")


class FeaturesNotLoaded(GroupopsError):
    def __init__(self, what: str) -> None:
        super().__init__(
            f"{what} needs the features registered first: call "
            "groupops.core.app.load_features() where the application starts"
        )


class MissingExtra(GroupopsError):
    """A part of groupops needs a library of an optional extra that is not installed."""

    def __init__(self, what: str, extra: str, module: str) -> None:
        self.extra = extra
        super().__init__(
            f"{what} needs the {extra!r} extra ({module} is not installed): "
            f"pip install 'groupops[{extra}]'"
        )


class MissingLibrary(GroupopsError):
    """An adapter installed from a package of its own needs a library that is not installed,
    and no extra of groupops brings it: its package's dependencies do."""

    def __init__(self, what: str, module: str, package: str = "") -> None:
        self.module = module
        fix = f": install {package} with its dependencies (pip install {package})"
        super().__init__(
            f"{what} needs the module {module!r}, which is not installed{fix if package else ''}"
        )


class StartupError(GroupopsError):
    """A service groupops needs refused or could not be reached at start-up; names the
    setting to look at, in one line."""

    def __init__(self, setting: str, problem: str, *, away: str | None = None) -> None:
        self.setting, self.problem = setting, problem
        # the service named when it could not be reached, which may pass (a server
        # restarting), rather than refused us (a wrong password): a worker waits for it
        self.away = away
        super().__init__(f"{setting}: {problem}")


def reason_of(error: OSError) -> str:
    """An OS error's reason alone, in lower case ("address already in use"): asyncio and
    aiohttp wrap it in a sentence naming the address, which the caller says already."""
    if error.errno and error.errno > 0:  # a resolver's error (negative) has its own text
        return os.strerror(error.errno).lower()
    return str(error.strerror or error).lower()


class DatabaseFileLost(GroupopsError):
    """The SQLite file the bot opened was deleted or replaced while it ran. What it writes
    from then on would go to a file no one can open again, so nothing is taken in."""

    def __init__(self, path: str, rescue: str = "") -> None:
        self.path, self.rescue = path, rescue
        said = f" {rescue}" if rescue else ""
        super().__init__(
            f"the database file {path} was deleted or replaced while in use: restore it or "
            f"stop groupops; nothing is taken in meanwhile.{said}"
        )


class DatabaseNotWritable(GroupopsError):
    """SQLite refused to write its file (read-only, a disk error, a full disk)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        super().__init__(
            f"{path} cannot be written ({reason}): check that it and its folder are writable "
            "by the bot's user and that the disk has free space"
        )
