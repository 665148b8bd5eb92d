"""Settings for running several workers on PostgreSQL and Redis (`groupops worker`)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ClusterSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    redis_url: str = "redis://127.0.0.1:6379/0"
    prefix: str = "groupops"  # every Redis key starts with it: several deployments, one Redis
    partitions: int = Field(default=16, ge=1, le=1024)  # streams; more than workers, for balance
    lease_seconds: float = Field(default=10.0, gt=0)  # a dead worker's partitions move after this
    read_count: int = Field(default=512, ge=1, le=10_000)  # stream entries read per call
    trim_seconds: float = Field(default=60.0, gt=0)  # how often owners drop acknowledged entries
