/**
 * The commands a snippet expects on a CI machine, on PATH for the test only. None fetches anything: the
 * CLI is the built bundle under test, and each stand-in accepts only the calls the docs make, failing
 * loudly on anything else so a changed snippet cannot pass by accident.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cliBundle, tempDir } from '../e2e/cli-harness';

const AZURE_DEVOPS_RESOURCE = '499b84ac-1321-427f-aa17-267ca6975798';
const AZURE_CLI_CLIENT_ID = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

function script(dir: string, name: string, text: string): void {
  writeFileSync(path.join(dir, name), text);
  chmodSync(path.join(dir, name), 0o755);
}

/** The bot user's sign-in the `az` stand-in uses, as `az login` would have left it on a self-hosted runner. */
export interface AzSignIn {
  tokenUrl: string;
  caCertFile: string;
  tenantId: string;
  username: string;
  password: string;
}

export function standInBin(signIn: AzSignIn): string {
  const bin = tempDir('snippet-bin-');
  const passwordFile = path.join(bin, '.az-password');
  writeFileSync(passwordFile, signIn.password, { mode: 0o600 });
  const cli = `"${process.execPath}" "${cliBundle}"`;
  // What `npm install --global ado-ephemeral-pat@1` puts on PATH.
  script(bin, 'ado-ephemeral-pat', `#!/bin/sh\nexec ${cli} "$@"\n`);
  // `npx [--yes] ado-ephemeral-pat@1 …` runs the bundle; an unpinned or other package is refused.
  script(
    bin,
    'npx',
    `#!/bin/sh
case "$1" in --yes|-y) shift ;; esac
if [ "$1" != "ado-ephemeral-pat@1" ]; then
  echo "npx stand-in: only 'npx [--yes] ado-ephemeral-pat@1 …' is known, not: $*" >&2; exit 127
fi
shift
exec ${cli} "$@"
`,
  );
  // The CLI is already on PATH: the global install is the one npm call a snippet may make.
  script(
    bin,
    'npm',
    `#!/bin/sh
[ "$*" = "install --global ado-ephemeral-pat@1" ] && exit 0
echo "npm stand-in: only 'npm install --global ado-ephemeral-pat@1' is known, not: $*" >&2; exit 127
`,
  );
  // The Azure CLI is not installed here. This stand-in makes the two calls the docs rely on, against the
  // emulator, and refuses any other:
  // - \`az devops project list\`, as the Azure DevOps extension does: GET {organization}/_apis/projects with
  //   the PAT from AZURE_DEVOPS_EXT_PAT, failing on a refusal (a PAT without vso.project gets 401). It proves
  //   the snippet's scopes and variable mapping, not the extension.
  // - \`az account get-access-token --resource <Azure DevOps> --output json\`, what the azure-cli source runs:
  //   a real Entra sign-in of the bot user with the Azure CLI's client id (a user_impersonation token), in
  //   az's output format, so the action mints with a token Entra issued to the Azure CLI.
  script(
    bin,
    'az',
    `#!/bin/bash
set -euo pipefail
if [ "$*" = "account get-access-token --resource ${AZURE_DEVOPS_RESOURCE} --output json" ]; then
  curl --fail -sS --cacert "${signIn.caCertFile}" "${signIn.tokenUrl}" \\
    --data-urlencode grant_type=password --data-urlencode client_id=${AZURE_CLI_CLIENT_ID} \\
    --data-urlencode "username=${signIn.username}" --data-urlencode "password@${passwordFile}" \\
    --data-urlencode "scope=${AZURE_DEVOPS_RESOURCE}/.default" |
    jq '{accessToken: .access_token, expires_on: (now + (.expires_in | tonumber) | floor),
      tenant: "${signIn.tenantId}", tokenType: "Bearer"}'
  exit 0
fi
if [ "\${1:-} \${2:-} \${3:-}" != "devops project list" ]; then
  echo "az stand-in: only 'az devops project list' and 'az account get-access-token' are known, not: $*" >&2
  exit 2
fi
shift 3
org=""; output="json"
while [ $# -gt 0 ]; do
  case "$1" in
    --organization|--org) org="$2"; shift 2 ;;
    --output|-o) output="$2"; shift 2 ;;
    *) echo "az stand-in: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$org" ] || { echo "az stand-in: --organization is required here" >&2; exit 2; }
[ -n "\${AZURE_DEVOPS_EXT_PAT:-}" ] || { echo "az stand-in: AZURE_DEVOPS_EXT_PAT is not set" >&2; exit 1; }
# The header goes through stdin, so the PAT is on no command line.
basic="$(printf ':%s' "$AZURE_DEVOPS_EXT_PAT" | base64 -w0)"
body="$(printf 'Authorization: Basic %s\\n' "$basic" | curl --fail -sS -H @- "\${org%/}/_apis/projects?api-version=7.1")"
if [ "$output" = "table" ]; then printf '%s' "$body" | jq -r '.value[].name'; else printf '%s\\n' "$body"; fi
`,
  );
  return bin;
}
