/**
 * Runs a shell snippet as a reader would paste it, in `bash -e` (a failing line fails the snippet), with the
 * stand-ins on PATH, the CLI's emulator endpoints in the environment, and the placeholders filled in. The
 * credential variables the docs say to set as CI variables are there too, unless the snippet exports them
 * itself: then only its own exports count.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { emulatorEnv, emulatorRequest, tempDir } from '../e2e/cli-harness';
import { checkOutProject } from './checkout';
import { scriptBaseEnv, type SnippetContext, type SnippetRun } from './job-common';
import { assignedNames, replaceLiterals, replaceShellExports } from './placeholders';

/** bash in its own process group, so whatever it leaves running in the background is ended with it. */
function runGroup(
  script: string,
  env: Record<string, string>,
  cwd: string,
  onOutput: (output: string) => void,
) {
  const child = spawn('bash', ['-e', '-c', script], {
    env,
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const read = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    onOutput(output);
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const endGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  const timer = setTimeout(() => endGroup('SIGKILL'), 30_000);
  let code: number | null = null;
  child.on('exit', (exitCode) => {
    code = exitCode;
    endGroup('SIGTERM');
  });
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

export async function runShellSnippet(body: string, ctx: SnippetContext): Promise<SnippetRun> {
  const { emulator, table } = ctx;
  const dir = tempDir('snippet-sh-');
  checkOutProject(dir, ctx);
  const assigned = assignedNames(body);
  const env: Record<string, string> = scriptBaseEnv(ctx, dir);
  for (const [name, value] of Object.entries(emulatorEnv(emulator))) {
    // No snippet sets the tenant: the CLI's default (`organizations`) must do.
    if (!assigned.has(name) && name !== 'ADO_EPHEMERAL_PAT_TENANT_ID') env[name] = value;
  }
  // The repository the examples clone (`REPO_URL`, e.g. https://dev.azure.com/contoso/demo/_git/demo-repo).
  env.REPO_URL = `${emulator.azureDevOpsUrl}/${emulator.organization}/${emulator.project}/_git/${emulator.repository}`;
  if (process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR)
    env.ADO_EPHEMERAL_PAT_TEST_CA_DIR = process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR;
  const script = replaceLiterals(replaceShellExports(body, table), table);
  // `login` shows a device code: the bot user "opens the page and enters it", through the control API.
  const approved = new Set<string>();
  const approve = (output: string) => {
    for (const [, userCode = ''] of output.matchAll(/enter the code (\w+)/g)) {
      if (approved.has(userCode)) continue;
      approved.add(userCode);
      void emulatorRequest(emulator, 'POST', '/_emulator/devicecode/approve', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userCode }),
      });
    }
  };
  const run = await runGroup(script, env, dir, approve);
  // A snippet that starts its own emulator writes its ready line here: that emulator's bot credential is a secret too.
  const ready = path.join(dir, 'ready.json');
  const own = existsSync(ready)
    ? (JSON.parse(readFileSync(ready, 'utf8')) as { bot?: { refreshToken?: string } })
    : {};
  // So is the refresh token a `login` snippet stored in a file.
  const stored = path.join(dir, 'bot.refresh-token');
  const login = existsSync(stored) ? readFileSync(stored, 'utf8').trim() : '';
  const secrets = [emulator.bot.refreshToken, own.bot?.refreshToken ?? '', login].filter(Boolean);
  return { ok: run.code === 0, log: run.output, secrets };
}
