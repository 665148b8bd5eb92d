"""The Wechaty puppet-service adapter.

gRPC's core logs each failed TLS handshake to stderr at its own INFO level, around the
process's log and once per reconnect; the adapter says the reason itself in one line
(`rpc.TLS_FAILURES`), so gRPC's own lines are kept to errors unless the operator asks."""

import os

os.environ.setdefault("GRPC_VERBOSITY", "ERROR")
