"""The mautrix client, with the one thing it leaves out: how long M_LIMIT_EXCEEDED asks us
to wait. Every call goes through `call`, which turns library errors into the core's."""

from __future__ import annotations

import json
from collections.abc import Awaitable
from typing import Any, TypeVar

from aiohttp import ClientResponse, ClientTimeout
from mautrix.api import HTTPAPI, Method
from mautrix.client import ClientAPI
from mautrix.errors import make_request_error
from mautrix.types import UserID
from yarl import URL

from .errors import DEFAULT_RETRY_SECONDS, LimitExceeded, translate

T = TypeVar("T")

# aiohttp's default gives a call five minutes: a homeserver that accepts the connection and
# never answers held init, doctor and a send that long. A call waits this long for the
# connection and for each read; a long poll (/sync's `timeout`, in ms) that long beyond its own.
CONNECT_SECONDS = 10.0
READ_SECONDS = 30.0


def read_seconds(query_params: dict[str, str]) -> float:
    polled = query_params.get("timeout", "")
    return READ_SECONDS + (int(polled) / 1000 if polled.isdecimal() else 0.0)


def waiting(read: float) -> ClientTimeout:
    return ClientTimeout(total=None, sock_connect=CONNECT_SECONDS, sock_read=read)


def _retry_after(body: dict[str, Any], response: ClientResponse) -> float:
    if isinstance(body.get("retry_after_ms"), int | float):
        return max(float(body["retry_after_ms"]) / 1000, 0.0)
    header = response.headers.get("Retry-After", "")
    return float(header) if header.replace(".", "", 1).isdecimal() else DEFAULT_RETRY_SECONDS


class _API(HTTPAPI):
    async def _send(
        self,
        method: Method,
        url: URL,
        content: Any,
        query_params: dict[str, str],
        headers: dict[str, str],
    ) -> tuple[Any, ClientResponse]:
        waits = read_seconds(query_params)
        request = self.session.request(
            str(method), url, data=content, params=query_params, headers=headers,
            timeout=waiting(waits),
        )  # fmt: skip
        try:
            async with request as response:
                return await self._answer(response)
        except TimeoutError:  # aiohttp's has no text: say what it was
            raise TimeoutError(f"no answer within {waits:g} s") from None

    @staticmethod
    async def _answer(response: ClientResponse) -> tuple[Any, ClientResponse]:
        if 200 <= response.status < 300:
            return await response.json(), response
        text = await response.text()
        try:
            body = json.loads(text)
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        errcode, message = body.get("errcode"), body.get("error")
        if errcode == "M_LIMIT_EXCEEDED" or response.status == 429:
            raise LimitExceeded(response.status, message or "", _retry_after(body, response))
        raise make_request_error(response.status, text, errcode, message)


class MatrixClient:
    """One account on one homeserver."""

    def __init__(self, homeserver: str, user_id: str, token: str) -> None:
        self.api = _API(URL(homeserver), token=token)
        self.client = ClientAPI(UserID(user_id), api=self.api)

    async def call(self, what: str, awaitable: Awaitable[T]) -> T:
        try:
            return await awaitable
        except Exception as exc:
            raise translate(what, exc) from exc

    async def raw(self, what: str, method: Method, path: str, content: Any = None, **query: str):
        """A client-server call by path (`/_matrix/client/v3/...`), JSON in and out."""
        return await self.call(
            what, self.api.request(method, path, content, query_params=query or None)
        )

    async def download(self, url: str) -> bytes:
        """An image named by URL, to upload: within the same timeouts as a call."""

        async def fetch() -> bytes:
            try:
                async with self.api.session.get(url, timeout=waiting(READ_SECONDS)) as response:
                    response.raise_for_status()
                    return await response.read()
            except TimeoutError:
                raise TimeoutError(f"no answer within {READ_SECONDS:g} s") from None

        return await self.call(f"download {url}", fetch())

    async def close(self) -> None:
        await self.api.session.close()
