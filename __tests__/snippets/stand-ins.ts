/**
 * The commands a snippet expects on a CI machine, on PATH for the test only. None fetches anything from
 * outside: the CLI is the built bundle under test, npm is the real client held to the emulator's feed, and
 * each other stand-in accepts only the calls the docs make, failing loudly on anything else so a changed
 * snippet cannot pass by accident.
 */
import { accessSync, chmodSync, constants, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cliBundle, tempDir } from '../e2e/cli-harness';

const AZURE_DEVOPS_RESOURCE = '499b84ac-1321-427f-aa17-267ca6975798';
const AZURE_CLI_CLIENT_ID = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

// Loopback is the emulator; anything else would leave the machine.
const LOOPBACK = '127.0.0.1,localhost';
const CLOSED_PORT = 'http://127.0.0.1:9';

/** The first `name` on the test's PATH outside `bin`: the real command a stand-in hands over to. */
function realCommand(name: string, bin: string): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && path.resolve(dir) !== path.resolve(bin) && isExecutable(file)) return file;
  }
  throw new Error(`${name} is not on PATH`);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

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
  // The CLI is already on PATH: its global install is a no-op. Any other npm command runs the real npm
  // client, which can reach only the emulator: its CA trusted (npm ignores NODE_EXTRA_CA_CERTS), every other
  // host sent to a closed port, no retries, no update check, and a new cache each time, so every package
  // really comes from the feed with the job's token.
  script(
    bin,
    'npm',
    `#!/bin/sh
[ "$*" = "install --global ado-ephemeral-pat@1" ] && exit 0
export npm_config_cafile="${signIn.caCertFile}" npm_config_fetch_retries=0 npm_config_update_notifier=false
export npm_config_audit=false npm_config_fund=false npm_config_cache="$(mktemp -d)"
export npm_config_proxy=${CLOSED_PORT} npm_config_https_proxy=${CLOSED_PORT} npm_config_noproxy=${LOOPBACK}
code=0; "${realCommand('npm', bin)}" "$@" || code=$?
rm -rf "$npm_config_cache"; exit "$code"
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
