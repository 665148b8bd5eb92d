"""Platform `wechat` through a bridge: the Wechaty Puppet Service gRPC protocol (`wechaty`)
or OneBot 12 over WebSocket, forward or reverse (`onebot12`)."""

from .onebot.adapter import OneBotAdapter
from .wechaty.adapter import WechatyAdapter

__all__ = ["OneBotAdapter", "WechatyAdapter"]
