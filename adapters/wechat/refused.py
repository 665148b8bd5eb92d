"""A bridge that refused the configured token, for both WeChat bridges. Unlike a bridge that is
down or an account not yet logged in, nothing waited for or restarted helps: only the token the
bridge expects does, so `doctor` and `init` say that and nothing else."""

from __future__ import annotations

from groupops.core.errors import GroupopsError


class TokenRefused(GroupopsError):
    def __init__(self, what: str, fix: str) -> None:
        super().__init__(f"{what}: {fix}")
        self.what = what  # what the bridge answered, as the doctor's finding says it
        self.fix = fix  # which setting to compare with which of the bridge's
