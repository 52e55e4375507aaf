/**
 * `npm run demo`: the whole job on the embedded emulator. Starts the emulator, runs the built action's main
 * step as the runner does, uses the PAT with real git, runs the post step, and shows the PAT is dead.
 * Step logs are shown the way the runner shows them: masked values replaced by ***.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { maskForms } from '../src/core/safety/secrets';
import { startEmulatorProcess } from './harness/emulator-process';
import { findLeaks, laterStepGitEnv, runActionStep, type StepRun } from './harness/github-runner';

const say = (text: string) => process.stdout.write(`${text}\n`);

function showStep(name: string, run: StepRun): void {
  say(`  ${name} (exit ${run.exitCode}):`);
  for (const line of run.stdout.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('::add-mask::') || trimmed.startsWith('::debug::')) continue;
    let shown = trimmed;
    for (const mask of run.masks) if (mask) shown = shown.split(mask).join('***');
    say(`    | ${shown}`);
  }
}

function git(args: string[], env: Record<string, string | undefined>, cwd: string) {
  const result = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  const lastLine = `${result.stderr}`.trim().split('\n').filter(Boolean).pop() ?? '';
  return { ok: result.status === 0, message: lastLine };
}

async function main(): Promise<void> {
  say('ado-ephemeral-pat demo: one CI job on the local emulator (no Azure DevOps account needed)\n');
  const emulator = await startEmulatorProcess();
  const { ready } = emulator;
  try {
    say(
      `1. Emulator ready at ${ready.url} (organization "${ready.organization}", bot user ${ready.bot.username}).`,
    );
    const inputs = {
      organization: ready.organization,
      scopes: 'vso.code',
      lifetime: '30m',
      'git-credentials': 'true',
      'refresh-token': ready.bot.refreshToken,
      'client-id': ready.bot.clientId,
      'tenant-id': ready.tenantId,
      'authority-host': ready.authorityHost,
      'vssps-url': ready.vsspsUrl,
      'azure-devops-url': ready.azureDevOpsUrl,
    };
    const env = { NODE_EXTRA_CA_CERTS: ready.caCertFile };

    say('2. Main step: mint a PAT with vso.code (read-only code access).');
    const main = await runActionStep('main', { inputs, env });
    showStep('main', main);
    if (main.exitCode !== 0) throw new Error('the main step failed');
    say(
      `   outputs: authorization-id=${main.outputs['authorization-id']}, expires-at=${main.outputs['expires-at']}`,
    );

    // Later steps see what the main step exported (here: the job-scoped git credentials).
    const work = mkdtempSync(path.join(tmpdir(), 'demo-git-'));
    const gitEnv = laterStepGitEnv(work, ready.caCertFile, main.env);
    const repoUrl = `${ready.azureDevOpsUrl}/${ready.organization}/${ready.project}/_git/${ready.repository}`;
    say(`3. A later step clones ${repoUrl} with the PAT (git-credentials: true).`);
    const clone = git(['clone', '--quiet', repoUrl, 'repo'], gitEnv, work);
    say(`   git clone: ${clone.ok ? 'succeeded' : `FAILED: ${clone.message}`}`);
    const checkout = path.join(work, 'repo');
    git(
      ['-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'commit', '--allow-empty', '-qm', 'demo'],
      gitEnv,
      checkout,
    );
    const push = git(['push', '--quiet', 'origin', 'HEAD'], gitEnv, checkout);
    say(
      `4. It tries to push: ${push.ok ? 'UNEXPECTEDLY ALLOWED' : `refused, as it should be (no vso.code_write): ${push.message}`}`,
    );

    say('5. Post step (runs at the end of every job): revoke the PAT.');
    const post = await runActionStep('post', { inputs, env, state: main.state });
    showStep('post', post);

    const again = git(['clone', '--quiet', repoUrl, 'again'], gitEnv, work);
    say(
      `6. The same clone after the job: ${again.ok ? 'UNEXPECTEDLY ALLOWED' : `refused: ${again.message}`}`,
    );

    const token = main.outputs.token ?? '';
    // GITHUB_OUTPUT holds the outputs and GITHUB_ENV the git credentials the demo asked for; nothing else may.
    const secrets = [...maskForms(token), ...maskForms(main.outputs['basic-auth'] ?? '')];
    const leaks = [...findLeaks(main, secrets, ['output', 'env']), ...findLeaks(post, secrets)];
    const passed = clone.ok && !push.ok && !again.ok && leaks.length === 0;
    say(
      `\n${passed ? 'Demo passed' : 'Demo FAILED'}: clone allowed, push refused, revoked at job end; ` +
        `the token appeared in no log (${leaks.length} leaks).`,
    );
    if (!passed) process.exitCode = 1;
  } finally {
    await emulator.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
