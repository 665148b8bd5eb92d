"""`groupops simulate`: a simulated community on the local adapter, through the real engine."""

from .runner import SimulationOptions, run_simulation

__all__ = ["SimulationOptions", "run_simulation"]
