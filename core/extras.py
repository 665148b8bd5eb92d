"""Optional parts of groupops and the extra that installs each (`pip install 'groupops[X]'`).

Core imports none of these libraries at import time: an adapter imports its platform library,
PostgreSQL, the cluster and charts import theirs where they are used. A missing one is
reported as `MissingExtra` naming the extra to install.
"""

from __future__ import annotations

from .errors import MissingExtra

# top-level module (or dotted prefix) -> the extra in pyproject.toml that installs it
EXTRA_OF_MODULE = {
    "aiogram": "telegram",
    "telegram": "telegram",
    "grpc": "wechat",
    "grpc_tools": "wechat",
    "google.protobuf": "wechat",
    "mautrix": "matrix",
    "asyncpg": "postgres",
    "redis": "cluster",
    "matplotlib": "charts",
    "aiotools": "bench",
    "starlette": "dashboard",
    "jinja2": "dashboard",
    "uvicorn": "dashboard",
    "itsdangerous": "dashboard",
    "multipart": "dashboard",
    "python_multipart": "dashboard",
}


def extra_of(module: str) -> str | None:
    for prefix, extra in EXTRA_OF_MODULE.items():
        if module == prefix or module.startswith(prefix + "."):
            return extra
    return None


def missing_extra(what: str, exc: ModuleNotFoundError | MissingExtra) -> MissingExtra:
    """`exc` as the extra `what` needs; an import failure no extra explains is re-raised."""
    if isinstance(exc, MissingExtra):
        return exc
    extra = extra_of(exc.name or "")
    if extra is None:
        raise exc
    return MissingExtra(what, extra, (exc.name or "").partition(".")[0])
