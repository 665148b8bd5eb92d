"""Benchmarks behind `groupops bench NAME`. Each reports figures against a baseline measured
in the same run; none of them is a test (timings vary by machine)."""

from .harness import BENCHMARKS, Figure, Report, run_benchmark

__all__ = ["BENCHMARKS", "Figure", "Report", "run_benchmark"]
