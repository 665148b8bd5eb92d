"""A bridge that refused the configured token, for both WeChat bridges, and a TLS handshake
with a Wechaty bridge that the TLS settings fail. Unlike a bridge that is down or an account
not yet logged in, nothing waited for or restarted helps: only the token the bridge expects,
or the TLS settings it needs, do, so `doctor` and `init` say that and nothing else."""

from __future__ import annotations

from groupops.core.errors import Disconnected, GroupopsError


class TokenRefused(GroupopsError):
    def __init__(self, what: str, fix: str) -> None:
        super().__init__(f"{what}: {fix}")
        self.what = what  # what the bridge answered, as the doctor's finding says it
        self.fix = fix  # which setting to compare with which of the bridge's


class TlsRefused(Disconnected):
    """The TLS handshake with the bridge failed for a reason of the settings (no retry fixes it,
    but the outbox keeps waiting as for any outage): `what` happened and the `fix`."""

    def __init__(self, what: str, fix: str) -> None:
        super().__init__(f"{what}: {fix}")
        self.what, self.fix = what, fix
