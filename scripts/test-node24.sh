#!/usr/bin/env bash
# Runs the smoke test that starts every built bundle (action main/post, task main/post, CLI mint/revoke) on
# Node 24 (scripts/node24.sh), the runtime of GitHub's node24 runners and of the task's Node24 handler;
# `npm test` runs the whole suite, this file included, on the machine's Node 20.
set -euo pipefail
cd "$(dirname "$0")/.."
node24="$(bash scripts/node24.sh)"
export PATH="$(dirname "$node24"):$PATH"
echo "Node $(node --version): every bundle, end to end"
node scripts/jest.mjs __tests__/e2e/smoke.test.ts
