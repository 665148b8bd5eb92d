"""Platform `matrix`: rooms on a Matrix homeserver through the client-server API (mautrix)."""

from .adapter import MatrixAdapter

__all__ = ["MatrixAdapter"]
