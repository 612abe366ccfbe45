#!/usr/bin/env bash
# Checks the programs `make compare` needs beyond those of `make test`, and names the Debian
# packages to install when some are missing (exit 1). It installs nothing: a benchmark's
# tools are the user's choice, and `make test` never needs them.
#
# Usage: scripts/compare-prerequisites.sh
set -euo pipefail

# One line per apt package: the package, then the programs it provides that compare runs.
readonly REQUIREMENTS='
gcc           cc
redis-server  redis-server
redis-tools   redis-benchmark redis-cli
nats-server   nats-server
'

missing=()
while read -r package programs; do
  [ -n "$package" ] || continue
  for program in $programs; do
    if ! command -v "$program" >/dev/null 2>&1; then
      missing+=("$package")
      break
    fi
  done
done <<<"$REQUIREMENTS"
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "make compare needs: ${missing[*]}; on Debian or Ubuntu install them with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
exit 1
