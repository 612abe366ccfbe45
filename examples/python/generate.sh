#!/bin/sh
# Generates ringwire_pb2.py from the proto with protoc (Debian: apt-get install protobuf-compiler).
# Usage: ./generate.sh [OUT_DIR]   (default: this directory)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
mkdir -p "$out"
protoc --proto_path="$here/../../proto" --python_out="$out" ringwire.proto
