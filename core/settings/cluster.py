"""Settings for running several workers on PostgreSQL and Redis (`groupops worker`)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..redaction import redact_url

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


class ClusterSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    redis_url: str = "redis://127.0.0.1:6379/0"
    prefix: str = "groupops"  # every Redis key starts with it: several deployments, one Redis
    partitions: int = Field(default=16, ge=1, le=1024)  # streams; more than workers, for balance
    lease_seconds: float = Field(default=10.0, gt=0)  # a dead worker's partitions move after this
    read_count: int = Field(default=512, ge=1, le=10_000)  # stream entries read per call
    trim_seconds: float = Field(default=60.0, gt=0)  # how often owners drop acknowledged entries

    @property
    def redis_set(self) -> bool:
        """Whether the settings name a Redis: the default's database 0 on this machine may be
        another program's, and a worker must not write its streams there unasked."""
        return "redis_url" in self.model_fields_set

    @field_validator("redis_url")
    @classmethod
    def _check_redis_url(cls, value: str) -> str:
        # checked here: redis-py refuses it only when a worker or doctor connects, in a
        # traceback (the value is shown with its password masked)
        if not value.startswith(REDIS_SCHEMES):
            raise ValueError(
                f"{redact_url(value)!r} is not a Redis URL (expected redis://HOST:PORT/DB, "
                "rediss:// for TLS, or unix:///path/to/redis.sock)"
            )
        return value
