"""Platform `wechat` through a bridge: the Wechaty Puppet Service gRPC protocol (`wechaty`)
or OneBot 12 over WebSocket, forward or reverse (`onebot12`)."""

from importlib import import_module
from typing import Any

# Imported on first use: OneBot needs only aiohttp, Wechaty needs grpc (the `wechat` extra).
_ADAPTER_MODULES = {"OneBotAdapter": ".onebot.adapter", "WechatyAdapter": ".wechaty.adapter"}
__all__ = list(_ADAPTER_MODULES)


def __getattr__(name: str) -> Any:
    if name not in _ADAPTER_MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_ADAPTER_MODULES[name], __name__), name)
