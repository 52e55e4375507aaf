/** The CLI host's own rules: inputs, redaction, state file, run context and output formats. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatMint, formatTable } from '../../src/cli/formats';
import { shellQuote } from '../../src/core/safety/shell-command';
import { usageFromParseError } from '../../src/cli/usage';
import { CliHost } from '../../src/hosts/cli/host';
import { cliRunContext } from '../../src/hosts/cli/context';
import { maskForms } from '../../src/core/safety/secrets';

const dir = () => mkdtempSync(path.join(tmpdir(), 'cli-host-'));
const SECRET = 'c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1uZXZlci1sZWFr';

function host(options: Partial<ConstructorParameters<typeof CliHost>[0]> = {}) {
  const written: string[] = [];
  const cli = new CliHost({
    inputs: ['organization', 'scopes'],
    writeErr: (t) => written.push(t),
    ...options,
  });
  return { cli, written };
}

test('inputs: the flag wins over the variable; blank is absent; undeclared inputs are ignored', () => {
  const env = {
    ADO_EPHEMERAL_PAT_ORGANIZATION: 'from-env',
    ADO_EPHEMERAL_PAT_SCOPES: ' ',
    ADO_EPHEMERAL_PAT_REVOKE: 'false',
  };
  const { cli } = host({ env, flags: { organization: 'from-flag' } });
  expect(cli.getInput('organization')).toBe('from-flag');
  expect(cli.getInput('scopes')).toBeUndefined();
  expect(cli.getInput('revoke')).toBeUndefined();
  expect(host({ env }).cli.getInput('organization')).toBe('from-env');
});

test('every form of a registered secret is scrubbed from stderr, in every log level', () => {
  const { cli, written } = host({ debug: true });
  cli.setSecret(SECRET);
  for (const form of maskForms(SECRET)) {
    cli.info(`info ${form}`);
    cli.warning(`warn ${form}`);
    cli.debug(`debug ${form}`);
    cli.setFailed(`failed ${form}`);
  }
  const text = written.join('');
  expect(maskForms(SECRET).filter((form) => text.includes(form))).toEqual([]);
  expect(text).toContain('warning: warn ***');
  expect(text).toContain('error: failed ***');
});

test('runner commands in messages are neutralized; colour only when asked; debug only with --debug', () => {
  const { cli, written } = host({ color: true });
  cli.info('::add-mask::x');
  cli.debug('hidden');
  cli.warning('careful');
  expect(written[0]).not.toMatch(/^::/);
  expect(written.join('')).not.toContain('hidden');
  expect(written[1]).toBe('\u001b[33mwarning: careful\u001b[0m\n');
});

describe.each([
  ['GitHub Actions', { GITHUB_ACTIONS: 'true' }, `::add-mask::${SECRET}\n`],
  ['Azure Pipelines', { TF_BUILD: 'True' }, `##vso[task.setsecret]${SECRET}\n`],
])('inside %s', (_name, env, command) => {
  test('a secret is registered with the runner when stderr is a pipe', () => {
    const { cli, written } = host({ env, stderrIsPipe: true });
    cli.setSecret(SECRET);
    expect(written).toEqual([command]);
  });

  test('with stderr not a pipe (a file), no mask command holds a secret; that is said once', () => {
    const { cli, written } = host({ env, stderrIsPipe: false });
    cli.setSecret(SECRET);
    cli.setSecret(`${SECRET}-2`);
    const text = written.join('');
    expect(maskForms(SECRET).filter((form) => text.includes(form))).toEqual([]);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(
      /^warning: Secrets are not registered with the runner's masker: stderr is not/,
    );
  });
});

test('outside a runner, nothing is said about masks whatever stderr is', () => {
  const { cli, written } = host({ env: {}, stderrIsPipe: false });
  cli.setSecret(SECRET);
  expect(written).toEqual([]);
});

test('state: written on every save with mode 0600; a symlinked state file is refused', () => {
  const file = path.join(dir(), 'nested', 'state.json');
  const { cli } = host({ stateFile: file });
  // As mint saves them: where the token lives, its name, then its id.
  const saved = {
    organization: 'contoso',
    authorityHost: 'https://login.microsoftonline.com',
    vsspsUrl: 'https://vssps.dev.azure.com',
    azureDevOpsUrl: 'https://dev.azure.com',
    displayName: 'ado-ephemeral-pat: x [0123abcd]',
    authorizationId: '4ab5764f-4193-4f1d-b995-64144880b7d7',
  };
  cli.saveState('organization', saved.organization);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  for (const [key, value] of Object.entries(saved).slice(1)) cli.saveState(key, value);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
    tool: 'ado-ephemeral-pat',
    version: 1,
    state: saved,
  });
  expect(host({ stateFile: file }).cli.getState('authorizationId')).toBe(saved.authorizationId);

  const link = path.join(dir(), 'link.json');
  symlinkSync(file, link);
  expect(() => host({ stateFile: link }).cli.saveState('a', 'b')).toThrow(/symbolic link/);
});

test('run context: GitLab, Jenkins, CircleCI, Buildkite; else the machine', () => {
  expect(
    cliRunContext({ GITLAB_CI: 'true', CI_PROJECT_PATH: 'g/p', CI_PIPELINE_ID: '7', CI_JOB_NAME: 'deploy' }),
  ).toEqual({
    source: 'g/p',
    runId: '7',
    job: 'deploy',
  });
  expect(cliRunContext({ JENKINS_URL: 'x', JOB_NAME: 'app/main', BUILD_NUMBER: '12' })).toEqual({
    source: 'app/main',
    runId: '12',
  });
  expect(
    cliRunContext({
      CIRCLECI: 'true',
      CIRCLE_PROJECT_USERNAME: 'o',
      CIRCLE_PROJECT_REPONAME: 'r',
      CIRCLE_BUILD_NUM: '3',
      CIRCLE_JOB: 'b',
    }),
  ).toEqual({
    source: 'o/r',
    runId: '3',
    job: 'b',
  });
  expect(
    cliRunContext({
      BUILDKITE: 'true',
      BUILDKITE_ORGANIZATION_SLUG: 'o',
      BUILDKITE_PIPELINE_SLUG: 'p',
      BUILDKITE_BUILD_NUMBER: '4',
      BUILDKITE_RETRY_COUNT: '1',
      BUILDKITE_LABEL: 'l',
    }),
  ).toEqual({
    source: 'o/p',
    runId: '4',
    attempt: '1',
    job: 'l',
  });
  expect(cliRunContext({}, () => 'build-host')).toEqual({ source: 'cli on build-host' });
});

test('env format: every value survives eval in bash, whatever it contains', () => {
  const outputs = { token: 'tok', 'display-name': `it's "odd" $(rm -rf /) \`x\` \\ end`, scopes: 'vso.code' };
  const text = formatMint(
    'env',
    outputs,
    [{ name: 'AZURE_DEVOPS_EXT_PAT', value: 'tok', secret: true }],
    'P_',
  );
  const script = `eval "$(cat)"; printf '%s\\n' "$P_DISPLAY_NAME" "$P_TOKEN" "$AZURE_DEVOPS_EXT_PAT" "$P_AUTHORIZATION_ID"`;
  const printed = execFileSync('bash', ['-c', script], { input: text }).toString();
  expect(printed).toBe(`${outputs['display-name']}\ntok\ntok\n\n`);
  expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
  expect(formatMint('token', { token: 'tok' }, [], 'P_')).toBe('tok\n');
});

test('tables are aligned and a hostile cell cannot break a line or become a command', () => {
  const table = formatTable(['A', 'B'], [['1', 'x\n::add-mask::y']]);
  expect(table.split('\n')).toHaveLength(3);
  expect(table).not.toMatch(/^::/m);
});

test('parse errors never echo a value', () => {
  const error = Object.assign(new Error("Unexpected argument 'hunter2'"), {
    code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  });
  expect(usageFromParseError(error, []).message).not.toContain('hunter2');
  const ambiguous = Object.assign(new Error("Option '--password' argument is ambiguous."), {
    code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  });
  expect(usageFromParseError(ambiguous, []).message).toBe('The value of --password starts with a dash.');
});
