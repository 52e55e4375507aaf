#!/usr/bin/env bash
# Mint a short-lived PAT, use it, and revoke it when the script exits, however it exits.
#
# Needs `ado-ephemeral-pat` on PATH (npm install --global ado-ephemeral-pat@1) and, in the environment:
#   ADO_EPHEMERAL_PAT_ORGANIZATION   e.g. contoso
#   ADO_EPHEMERAL_PAT_REFRESH_TOKEN  the bot user's refresh token (from `ado-ephemeral-pat login`)
#   ADO_EPHEMERAL_PAT_CLIENT_ID      the Entra app the refresh token belongs to
#   REPO_URL                         e.g. https://dev.azure.com/contoso/demo/_git/demo-repo
set -euo pipefail

work="$(mktemp -d)"
export ADO_EPHEMERAL_PAT_STATE_FILE="$work/state.json"
# Registered before mint: whatever happens next, the token is revoked (a revoke with no state does nothing).
trap 'ado-ephemeral-pat revoke; rm -rf "$work"' EXIT

# A 0600 file sourced with `.`, not `eval "$(…)"`: under `bash -x` the shell would print eval's argument, the
# token, while the file switches tracing off before its first value. `set -e` stops the script if mint fails.
ado-ephemeral-pat mint --scopes vso.code --lifetime 30m --git-credentials true --format env --output "$work/pat.env"
. "$work/pat.env"
rm -f "$work/pat.env"

# git authenticates through the GIT_CONFIG_* variables mint exported: no secret on a command line or on disk.
git clone --quiet --depth 1 "$REPO_URL" "$work/repo"
git -C "$work/repo" log --oneline -1
echo "The token expires at $ADO_PAT_EXPIRES_AT and is revoked when this script exits."
