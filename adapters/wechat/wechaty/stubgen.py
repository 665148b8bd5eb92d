"""Generates the Python protocol modules from the Wechaty `.proto` files of npm `wechaty-grpc`.

Nothing generated is committed: the modules are written to `stubs/` beside this file (ignored
by git) from the protocol definitions an operator installs with npm, and regenerated when
missing. Only the message definitions are compiled; the service methods are called by name
(`/wechaty.Puppet/<Method>`), so the HTTP-gateway annotations of `puppet.proto` are not needed.

    python -m groupops.adapters.wechat.wechaty.stubgen [PROTO_ROOT]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from groupops.core.errors import GroupopsError

HERE = Path(__file__).resolve().parent
STUBS = HERE / "stubs"
PACKAGE = f"{__package__}.stubs"
MODULE = f"{__package__}.stubgen"  # as `python -m` names it (`__name__` is "__main__" there)
PEER = HERE.parents[2] / "scripts" / "wechaty-peer"  # the repository's npm project
PROTO_SUBDIR = Path("node_modules/wechaty-grpc/dist/esm/proto")
_IMPORT = re.compile(r"^from wechaty\.(\S+) import", re.MULTILINE)


class StubsMissing(GroupopsError):
    pass


def npm_install(project: Path = PEER) -> None:
    """`npm ci` in the repository's npm project when its node_modules is missing."""
    if (project / "node_modules").is_dir():
        return
    try:
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
            cwd=project,
            check=True,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError as exc:
        raise StubsMissing("npm is not installed; it is needed to fetch wechaty-grpc") from exc
    except subprocess.CalledProcessError as exc:
        raise StubsMissing(f"npm ci in {project} failed:\n{exc.stderr.strip()}") from exc


def generate(proto_root: Path | None = None, out: Path = STUBS) -> Path:
    """Compile every message `.proto` under `wechaty/` into `out`; returns `out`."""
    try:
        from grpc_tools import protoc  # a build-time tool, not needed at run time
    except ImportError:
        raise StubsMissing(
            "the Wechaty protocol modules are not generated and grpcio-tools is missing: "
            f"pip install 'groupops[wechat]', then python -m {MODULE}"
        ) from None
    if proto_root is None:
        if not (PEER / "package-lock.json").exists():  # an installed wheel: no npm project
            raise StubsMissing(
                "the Wechaty protocol modules are not generated: npm install wechaty-grpc, "
                f"then python -m {MODULE} node_modules/wechaty-grpc/dist/esm/proto"
            )
        npm_install()
        proto_root = PEER / PROTO_SUBDIR
    files = sorted(
        str(p.relative_to(proto_root))
        for p in (proto_root / "wechaty").rglob("*.proto")
        if p.name != "puppet.proto" or p.parent.name != "wechaty"
    )
    if not files:
        raise StubsMissing(f"no Wechaty .proto files under {proto_root}")
    out.mkdir(parents=True, exist_ok=True)
    include = str(Path(protoc.__file__).parent / "_proto")  # google/protobuf/*.proto
    code = protoc.main(["protoc", f"-I{proto_root}", f"-I{include}", f"--python_out={out}", *files])
    if code != 0:
        raise StubsMissing(f"protoc failed ({code}) on the .proto files under {proto_root}")
    for folder in [out, *(p for p in out.rglob("*") if p.is_dir())]:
        (folder / "__init__.py").touch()
    for module in out.rglob("*_pb2.py"):  # make the generated imports package-relative
        text = module.read_text()
        module.write_text(_IMPORT.sub(rf"from {PACKAGE}.wechaty.\1 import", text))
    return out


def ensure() -> None:
    """Generate the modules unless they are already there."""
    if not (STUBS / "wechaty" / "puppet" / "message_pb2.py").exists():
        generate()


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    try:
        print(f"generated {generate(root)}")
    except StubsMissing as exc:  # the operator's command: one line, no traceback
        sys.exit(f"error: {exc}")
