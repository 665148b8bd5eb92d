"""The adapter conformance suite: a reusable pytest suite that checks an adapter against the
contract. Every declared capability works, every undeclared one raises `Unsupported`, events
arrive normalised, and a send the platform refuses raises the typed error the outbox acts on.

    from groupops.adapters.conformance import AdapterConformance, ConformanceTarget

    class TestMyAdapter(AdapterConformance):
        @pytest.fixture
        async def conformance_target(self):
            target = MyTarget(...)          # a ConformanceTarget over your platform (or a fake)
            await target.start()
            yield target
            await target.close()
"""

from groupops.core.errors import MissingExtra

try:  # without pytest-asyncio, pytest would not run the suite's coroutines, saying little why
    import pytest  # noqa: F401
    import pytest_asyncio  # noqa: F401
except ModuleNotFoundError as exc:
    raise MissingExtra(
        "the adapter conformance suite", "conformance", exc.name or "pytest"
    ) from None

from .refusals import Failure
from .suite import AdapterConformance
from .target import FOREVER, ConformanceTarget

__all__ = ["FOREVER", "AdapterConformance", "ConformanceTarget", "Failure"]
