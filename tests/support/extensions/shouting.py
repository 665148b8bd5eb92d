"""A detector: a message of at least `letters` letters, all capitals."""

from __future__ import annotations

from pydantic import Field

from groupops.core.moderation.detector import Detector, DetectorConfig, Sample, detector
from groupops.core.segments import T


class ShoutingConfig(DetectorConfig):
    letters: int = Field(default=12, ge=1)


@detector
class Shouting(Detector[ShoutingConfig]):
    name = "shouting"
    reason = T("shouting")
    order = 95
    config_model = ShoutingConfig
    default_enabled = False

    def check(self, sample: Sample) -> str | None:
        letters = [c for c in sample.text if c.isalpha()]
        if len(letters) >= self.config.letters and all(c.isupper() for c in letters):
            return sample.text[:60]
        return None
