"""init's questions asked while its event loop runs (the token is checked, the chats found in
between). asyncio.run's own Ctrl-C handler only cancels the loop's task, which a prompt
blocked reading the terminal never gives back to: the first Ctrl-C did nothing, a second
was needed. A question restores Python's handler while it waits, so one Ctrl-C aborts init
there as at the questions asked outside the loop."""

from __future__ import annotations

import signal
import threading
from typing import Any

import click


def prompt(text: str, **options: Any) -> Any:
    """click.prompt, stopped by one Ctrl-C (click.Abort) even inside asyncio.run."""
    if threading.current_thread() is not threading.main_thread():
        return click.prompt(text, **options)  # signal handlers belong to the main thread
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return click.prompt(text, **options)
    finally:
        signal.signal(signal.SIGINT, previous)
