"""A small asyncio client of the Wechaty Puppet Service gRPC protocol.

Methods are called by name on the `wechaty.Puppet` service with the message classes generated
from npm `wechaty-grpc` (see `stubgen`). Every call carries `authorization: Wechaty <token>`.
gRPC status codes become the core's typed errors; the bridge's own error text is kept out of
messages for UNAUTHENTICATED, because the reference server echoes the token it refused.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc

from groupops.core.errors import (
    ActionError,
    Disconnected,
    Forbidden,
    TargetNotFound,
)

from ..refused import TlsRefused, TokenRefused

SERVICE = "/wechaty.Puppet/"

# method -> (module under wechaty/puppet, request class, response class)
METHODS: dict[str, tuple[str, str, str]] = {
    name: (module, f"{name}Request", f"{name}Response")
    for module, names in {
        "base": ("Start", "Ding", "Version"),
        "event": ("Event",),
        "message": ("MessagePayload", "MessageSendText", "MessageRecall"),
        "contact": ("ContactPayload", "ContactList"),
        "room": ("RoomList", "RoomPayload", "RoomDel"),
        "room_member": ("RoomMemberList", "RoomMemberPayload"),
    }.items()
    for name in names
}

DISCONNECTED_CODES = frozenset(
    {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.CANCELLED}
)


class BridgeAuthError(TokenRefused):
    """The bridge refused our token."""

    def __init__(self, endpoint: str) -> None:
        super().__init__(
            f"the Wechaty bridge at {endpoint} refused the token (UNAUTHENTICATED)",
            "check platforms.wechat.token (in .secrets.toml) against the bridge's token",
        )


# what gRPC's handshake failure names -> what it means for the settings, and their fix
WECHATY_CERTIFICATE = (
    "a Wechaty puppet service's built-in certificate is signed by the CA in npm "
    "wechaty-puppet-service (dist/esm/src/auth/ca.js) and named 'insecure'"
)
TLS_FAILURES: tuple[tuple[str, str, str], ...] = (
    ("WRONG_VERSION_NUMBER", "answers without TLS",
     "set tls = false in [platforms.wechat] (only on a trusted local network)"),
    ("CERTIFICATE_VERIFY_FAILED", "presents a certificate no trusted CA signed",
     f"set tls_ca_file to the CA that signed it and tls_server_name to its name ("
     f"{WECHATY_CERTIFICATE})"),
    ("Hostname Verification", "presents a certificate for another name",
     f"set tls_server_name to the name in its certificate ({WECHATY_CERTIFICATE})"),
)  # fmt: skip


def tls_refused(address: str, details: str) -> TlsRefused | None:
    for marker, what, fix in TLS_FAILURES:
        if marker in details:
            return TlsRefused(f"the Wechaty bridge at {address} {what}", fix)
    return None


class BridgeError(ActionError):
    """The bridge answered with an error of its own (its text is kept in the message)."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    address: str  # host:port
    token: str
    tls: bool = True
    ca_file: str = ""  # PEM roots; empty: the system's
    server_name: str = ""  # the certificate's name when it differs from the host

    def channel(self) -> grpc.aio.Channel:
        if not self.tls:
            return grpc.aio.insecure_channel(self.address)
        roots = Path(self.ca_file).read_bytes() if self.ca_file else None
        options = [("grpc.ssl_target_name_override", self.server_name)] if self.server_name else []
        credentials = grpc.ssl_channel_credentials(root_certificates=roots)
        return grpc.aio.secure_channel(self.address, credentials, options=options)


def _messages(module: str) -> Any:
    from . import stubgen

    stubgen.ensure()
    return importlib.import_module(f"{stubgen.PACKAGE}.wechaty.puppet.{module}_pb2")


class PuppetClient:
    def __init__(self, endpoint: Endpoint, timeout: float = 10.0) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self._metadata = (("authorization", f"Wechaty {endpoint.token}"),)
        self._channel: grpc.aio.Channel | None = None
        self._calls: dict[str, Any] = {}

    def _method(self, name: str, *, stream: bool = False) -> tuple[Any, Any]:
        module, request, response = METHODS[name]
        messages = _messages(module)
        request_cls, response_cls = getattr(messages, request), getattr(messages, response)
        if self._channel is None:
            self._channel = self.endpoint.channel()
            self._calls.clear()
        call = self._calls.get(name)
        if call is None:
            factory = self._channel.unary_stream if stream else self._channel.unary_unary
            call = factory(
                SERVICE + name,
                request_serializer=request_cls.SerializeToString,
                response_deserializer=response_cls.FromString,
            )
            self._calls[name] = call
        return call, request_cls

    def error(self, exc: grpc.aio.AioRpcError, what: str) -> Exception:
        code = exc.code()
        if code == grpc.StatusCode.UNAUTHENTICATED:
            return BridgeAuthError(self.endpoint.address)
        if code == grpc.StatusCode.UNAVAILABLE and (
            refused := tls_refused(self.endpoint.address, exc.details() or "")
        ):
            return refused
        if code in DISCONNECTED_CODES:
            return Disconnected(f"the Wechaty bridge at {self.endpoint.address} is unreachable")
        # the reference server sends its JavaScript stack after the message: one line is kept,
        # so the run log, the outbox and the audit log get the reason, not 15 lines of frames
        said = (exc.details() or "").strip().splitlines()
        detail = f"{what}: {said[0] if said else code.name}"
        if code == grpc.StatusCode.NOT_FOUND:
            return TargetNotFound(detail)
        if code == grpc.StatusCode.PERMISSION_DENIED:
            return Forbidden(detail)
        return BridgeError(detail)

    async def call(self, name: str, **fields: Any) -> Any:
        """One unary call; raises BridgeAuthError, Disconnected or a typed ActionError."""
        method, request_cls = self._method(name)
        try:
            return await method(
                request_cls(**fields), metadata=self._metadata, timeout=self.timeout
            )
        except grpc.aio.AioRpcError as exc:
            raise self.error(exc, name) from None

    async def events(self) -> AsyncIterator[Any]:
        """The bridge's event stream, until it ends or breaks."""
        method, request_cls = self._method("Event", stream=True)
        stream = method(request_cls(), metadata=self._metadata)
        try:
            async for response in stream:
                yield response
        except grpc.aio.AioRpcError as exc:
            raise self.error(exc, "Event") from None
        finally:
            stream.cancel()

    async def close(self) -> None:
        if self._channel is not None:
            channel, self._channel = self._channel, None
            await channel.close()
