"""A local TCP port nothing listens on: for a server a test starts there, or for a service a
test needs to be unreachable."""

from __future__ import annotations

import socket


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
