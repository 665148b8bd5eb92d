"""groupops core: the platform-neutral model, engine, storage, settings and i18n.

Nothing under this package imports a messenger library; adapters translate.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("groupops")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"
