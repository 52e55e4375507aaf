#!/usr/bin/env bash
# Runs the suites that start the built bundles (end to end, reliability) on Node 24 (scripts/node24.sh), the
# runtime of GitHub's node24 runners and of the task's Node24 handler; `npm test` runs everything on the
# machine's Node 20.
set -euo pipefail
cd "$(dirname "$0")/.."
node24="$(bash scripts/node24.sh)"
export PATH="$(dirname "$node24"):$PATH"
echo "Node $(node --version): end-to-end and reliability suites"
node scripts/jest.mjs __tests__/e2e __tests__/reliability
