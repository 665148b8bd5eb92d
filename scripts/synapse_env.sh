#!/usr/bin/env bash
# The Matrix tests' homeserver: Synapse in a virtual environment of its own (a server the
# tests talk to over HTTP, like the Wechaty peer; its Twisted stack and pins stay out of
# groupops' environment). tests/support/synapse.py finds it at the same place.
# usage: scripts/synapse_env.sh [PYTHON]   (GROUPOPS_SYNAPSE_VENV overrides the place)
set -euo pipefail
python="${1:-python3}"
venv="${GROUPOPS_SYNAPSE_VENV:-$HOME/.cache/groupops/synapse-venv}"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import synapse" 2>/dev/null; then
    exit 0
fi
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet 'matrix-synapse>=1.163,<1.164'
"$venv/bin/python" -c "import synapse; print('Synapse', synapse.__version__, 'in', '$venv')"
