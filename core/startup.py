"""Start-up checks that turn a refused or unreachable service into one line naming the
setting to fix (`StartupError`), instead of a library's traceback.

Adapters raise `StartupError` themselves where they know which option is wrong (a Telegram
token rejected by the server), naming it in full (`platforms.telegram.token`) or by its key in
the adapter's table (`host`, which is qualified here); anything else an adapter raises while
starting is reported against its `[platforms.NAME]` table.
"""

from __future__ import annotations

from .adapter import Adapter, EventSink
from .errors import GroupopsError, StartupError
from .redaction import one_line


async def start_adapter(adapter: Adapter, sink: EventSink, *, sending_only: bool = False) -> None:
    """`adapter.start(sink)` (`start_sending` for a worker's adapters), with any failure
    reported as the platform's setting."""
    try:
        await (adapter.start_sending(sink) if sending_only else adapter.start(sink))
    except StartupError as exc:
        if "." in exc.setting:  # a path written in full
            raise
        # an option of the adapter's own table, named as `option_problems` names it ("host")
        raise StartupError(
            f"platforms.{adapter.platform}.{exc.setting}".rstrip("."), exc.problem, away=exc.away
        ) from None
    except GroupopsError as exc:  # already says what is wrong: name the table it came from
        raise StartupError(f"platforms.{adapter.platform}", one_line(exc)) from None
    except Exception as exc:
        raise StartupError(
            f"platforms.{adapter.platform}",
            f"the {adapter.name} adapter could not start: {one_line(exc)}",
        ) from None
