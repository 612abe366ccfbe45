#!/usr/bin/env bash
# Installs the system packages that `make test` needs beyond Node.js, npm and make, on Debian
# or Ubuntu. Quick and silent when everything is present (no apt call at all). When something
# is missing it runs `apt-get update` once and `apt-get install` as root, or through sudo when
# sudo needs no password; otherwise it stops with exit 1 and prints the command to run.
#
# Usage: scripts/prerequisites.sh
# Environment:
#   RINGWIRE_ASSUME_MISSING="pkg ..."  treat these packages as missing whatever the checks say
#                                      (lets the tests drive the install path on any machine)
set -euo pipefail

# One line per apt package: the package, then a command that succeeds when it is usable.
# Adding a prerequisite is adding a line.
readonly REQUIREMENTS='
protobuf-compiler   command -v protoc
python3-protobuf    /usr/bin/python3 -c "import google.protobuf"
openssl             command -v openssl
util-linux          command -v script
python3-venv        /usr/bin/python3 -c "import ensurepip"
python3-pip         /usr/bin/python3 -m pip --version
python3-setuptools  /usr/bin/python3 -c "import setuptools"
chromium            command -v chromium
prometheus          command -v promtool
nats-server         command -v nats-server
'
# What needs them: the Python interop test and client package (protoc, python3-*: a venv made
# with --system-site-packages, pip install without the network), the TLS tests (openssl makes
# their certificates), the terminal test of the prompt (script gives it a PTY), the status
# page's test (a real headless chromium), the /metrics lint (promtool, from prometheus) and
# the --store nats:// tests (nats-server: each test file starts a 3-node JetStream cluster).

missing=()
while read -r package check; do
  [ -n "$package" ] || continue
  if [[ " ${RINGWIRE_ASSUME_MISSING:-} " == *" $package "* ]] || ! eval "$check" >/dev/null 2>&1; then
    missing+=("$package")
  fi
done <<<"$REQUIREMENTS"
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

install_args=(install -y --no-install-recommends "${missing[@]}")
if ! command -v apt-get >/dev/null; then
  echo "missing system packages (Debian names): ${missing[*]}; apt-get is not available here," >&2
  echo "install their equivalents with your package manager" >&2
  exit 1
elif [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "missing system packages: ${missing[*]}; install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get ${install_args[*]}" >&2
  exit 1
fi
echo "installing missing system packages: ${missing[*]}" >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${install_args[@]}"
