"""Platform `wechat` through a bridge: the Wechaty Puppet Service gRPC protocol (`wechaty`)."""

from .wechaty.adapter import WechatyAdapter

__all__ = ["WechatyAdapter"]
