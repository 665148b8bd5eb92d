#!/usr/bin/env bash
# A plain install works: build the wheel, install it with its dependencies (no extras) in a
# fresh virtual environment, then run a short simulation from it in an empty folder, so
# nothing is imported from the checkout and no settings.toml is read.
#   bash scripts/check_wheel.sh [PYTHON]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python="${1:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# from a copy of the checkout's files: setuptools would reuse a stale build/ folder
mkdir "$work/src"
git -C "$root" ls-files -z --cached --others --exclude-standard \
    | (cd "$root" && tar --null --ignore-failed-read -T - -cf -) | tar -xf - -C "$work/src"
"$python" -m pip wheel --quiet --no-deps --wheel-dir "$work/dist" "$work/src"
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$work"/dist/groupops-*.whl
mkdir "$work/run" && cd "$work/run"
"$work/venv/bin/groupops" simulate --members 50 --days 2
# the translations travelled with the package
"$work/venv/bin/python" -c "
from groupops.core.i18n.catalogs import available_locales, translations
assert 'zh_Hans' in available_locales(), available_locales()
assert translations('zh_Hans').gettext('Admin') == '管理员'
"
# the example settings and the spam model's samples travelled too: the docs' preview runs
"$work/venv/bin/groupops" init --example --settings example.toml
previewed="$(echo 'Earn $500 a day from home, DM me now' \
    | "$work/venv/bin/groupops" moderate --settings example.toml --ruleset tech -)"
# read whole first: grep -q stopping early would fail the pipe under pipefail (SIGPIPE)
grep -q '^remind +delete .*classifier' <<<"$previewed" || { echo "$previewed"; exit 1; }
echo "wheel check: groupops installed from $(basename "$work"/dist/groupops-*.whl) ran a simulation"
