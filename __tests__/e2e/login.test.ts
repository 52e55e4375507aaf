/**
 * `ado-ephemeral-pat login` through the built CLI against the emulator: the device code is approved through
 * the emulator's control API while the CLI polls, and the refresh token lands only where it was asked to.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { distDir, runActionJob } from '../../scripts/harness/github-runner';
import { maskForms } from '../../src/core/safety/secrets';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

let emu: TestEmulator;
let dir: string;
beforeAll(async () => {
  emu = await startTestEmulator({ entra: { deviceCodePollIntervalSeconds: 1 } });
});
afterAll(async () => emu.close());
beforeEach(async () => {
  await emu.reset();
  dir = mkdtempSync(path.join(tmpdir(), 'login-'));
});

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  userCode?: string;
}

async function control<T>(method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${emu.emulator.url}/_emulator/${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${method} ${route}: ${response.status}`);
  return (await response.json()) as T;
}

/** Runs `login` with the emulator's endpoints; approves (or declines) the code as soon as it is shown. */
function runLogin(
  args: string[],
  options: { env?: Record<string, string>; deny?: boolean } = {},
): Promise<CliRun> {
  const child = spawn(
    process.execPath,
    [
      path.join(distDir, 'cli', 'index.js'),
      'login',
      '--client-id',
      emu.emulator.bot.clientId,
      '--tenant-id',
      emu.emulator.tenantId,
      '--authority-host',
      emu.emulator.authorityHost,
      ...args,
    ],
    {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS,
        ...options.env,
      },
    },
  );
  const run: CliRun = { code: null, stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => {
    run.stderr += chunk.toString('utf8');
    const code = /enter the code ([A-Z0-9]+)/.exec(run.stderr)?.[1];
    if (code && !run.userCode) {
      run.userCode = code;
      void control('POST', 'devicecode/approve', { userCode: code, deny: options.deny === true });
    }
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ...run, code });
    }),
  );
}

const REFRESH_TOKEN = /^\d+\.emu\.[A-Za-z0-9_-]{20,}$/;

function expectNotIn(text: string, secret: string): void {
  for (const form of maskForms(secret)) expect(text.includes(form)).toBe(false);
}

describe('login --output', () => {
  test('stores a working refresh token in a new 0600 file, and shows the code on stderr only', async () => {
    const file = path.join(dir, 'bot.token');
    const run = await runLogin(['--output', file]);
    expect(run.code).toBe(0);
    expect(run.userCode).toBeDefined();
    expect(run.stderr).toContain(`${emu.emulator.url}/devicelogin`);
    expect(run.stdout).toBe('');
    expect(lstatSync(file).mode & 0o777).toBe(0o600);
    const token = readFileSync(file, 'utf8');
    expect(token).toMatch(REFRESH_TOKEN);
    expect(token).not.toBe(emu.emulator.bot.refreshToken);
    expectNotIn(run.stderr, token);
    expect(run.stderr).toContain('Signed in as pat-bot@contoso.example');

    // The token mints (and the post step revokes) through the built action.
    const { main, post } = await runActionJob({ inputs: emu.inputs({ 'refresh-token': token }) });
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(post.stdout).toContain('Revoked');
  });

  test('refuses an existing file before the sign-in, and replaces it with --force', async () => {
    const file = path.join(dir, 'bot.token');
    writeFileSync(file, 'keep me', { mode: 0o644 });
    const refused = await runLogin(['--output', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the file exists');
    expect(refused.userCode).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe('keep me');

    const forced = await runLogin(['--output', file, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(REFRESH_TOKEN);
    expect(lstatSync(file).mode & 0o777).toBe(0o600);
  });

  test('never writes through a symlink, even with --force', async () => {
    const victim = path.join(dir, 'victim');
    writeFileSync(victim, 'original');
    const link = path.join(dir, 'link');
    symlinkSync(victim, link);
    const run = await runLogin(['--output', link, '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('symbolic link');
    expect(readFileSync(victim, 'utf8')).toBe('original');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  test('never writes through a symlinked directory in the working directory, before the sign-in', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'login-outside-'));
    symlinkSync(outside, path.join(dir, 'secrets'));
    const run = await runLogin(['--output', 'secrets/bot.token']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the directory "secrets" is a symbolic link');
    expect(run.userCode).toBeUndefined();
    expect(readdirSync(outside)).toEqual([]);
  });

  test('creates missing directories (0700) for the file, as mint --output does', async () => {
    const run = await runLogin(['--output', 'nodir/sub/bot.token']);
    expect(run.code).toBe(0);
    const file = path.join(dir, 'nodir', 'sub', 'bot.token');
    expect(readFileSync(file, 'utf8')).toMatch(REFRESH_TOKEN);
    expect(lstatSync(file).mode & 0o777).toBe(0o600);
    expect(lstatSync(path.join(dir, 'nodir')).mode & 0o777).toBe(0o700);
    expect(lstatSync(path.join(dir, 'nodir', 'sub')).mode & 0o777).toBe(0o700);
  });

  test('refuses a path it cannot create before the sign-in (exit 2)', async () => {
    writeFileSync(path.join(dir, 'nodir'), 'a file');
    const run = await runLogin(['--output', 'nodir/sub/bot.token']);
    expect(run.code).toBe(2);
    expect(run.userCode).toBeUndefined();
    expect(run.stderr).toContain(
      `error: Refusing to write the refresh token to "nodir/sub/bot.token": "${path.join(dir, 'nodir')}" is not a directory.`,
    );
    expect(run.stderr).toContain('[code: output_file_refused]');
    expect(run.stderr).not.toContain('bug');
  });

  test('a declined sign-in stores nothing and says why', async () => {
    const file = path.join(dir, 'bot.token');
    const run = await runLogin(['--output', file], { deny: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/declined/i);
    expect(existsSync(file)).toBe(false);
  });
});

describe('login --print', () => {
  test('prints the token to stdout only', async () => {
    const run = await runLogin(['--print']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.emu\.[A-Za-z0-9_-]{20,}\n$/);
    expectNotIn(run.stderr, run.stdout.trim());
  });
});

describe('login --key-vault-url --key-vault-secret', () => {
  test("stores a new secret version with the user's Azure identity; the Key Vault source then mints with it", async () => {
    const { emulator } = emu;
    const azureIdentity = {
      AZURE_CLIENT_ID: emulator.servicePrincipal.clientId,
      AZURE_CLIENT_SECRET: emulator.servicePrincipal.clientSecret,
      AZURE_TENANT_ID: emulator.tenantId,
      AZURE_AUTHORITY_HOST: emulator.authorityHost,
    };
    const versions = async () => {
      const state = await control<{ keyVault: { secrets: { name: string; versions: unknown[] }[] } }>(
        'GET',
        'state',
      );
      return state.keyVault.secrets.find((s) => s.name === 'ado-bot')?.versions.length ?? 0;
    };
    expect(await versions()).toBe(0);
    const run = await runLogin(['--key-vault-url', emulator.keyVaultUrl, '--key-vault-secret', 'ado-bot'], {
      env: azureIdentity,
    });
    expect(run.stderr).toContain('Stored the refresh token as a new version');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(await versions()).toBe(1);
    expect(run.stderr).not.toContain(emulator.servicePrincipal.clientSecret);

    const { main } = await runActionJob({
      inputs: {
        ...emu.inputs({ 'refresh-token': '' }),
        'key-vault-url': emulator.keyVaultUrl,
        'key-vault-secret': 'ado-bot',
        'azure-client-id': emulator.servicePrincipal.clientId,
        'azure-tenant-id': emulator.tenantId,
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: emulator.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.github.requestToken,
      },
    });
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
  });

  test('without an Azure identity it fails before the device code is shown', async () => {
    const run = await runLogin(
      ['--key-vault-url', emu.emulator.keyVaultUrl, '--key-vault-secret', 'ado-bot'],
      {
        env: {
          AZURE_CLIENT_ID: emu.emulator.servicePrincipal.clientId,
          AZURE_TENANT_ID: emu.emulator.tenantId,
          AZURE_CLIENT_SECRET: 'wrong-secret',
          AZURE_AUTHORITY_HOST: emu.emulator.authorityHost,
        },
      },
    );
    expect(run.code).toBe(1);
    expect(run.userCode).toBeUndefined();
    expect(run.stderr).toContain('Key Vault');
    expect(run.stderr).not.toContain('wrong-secret');
  });
});

describe('login usage', () => {
  test('needs exactly one destination', async () => {
    for (const args of [
      [],
      ['--print', '--output', path.join(dir, 'x')],
      ['--key-vault-url', 'https://v.vault.azure.net'],
    ]) {
      const run = await runLogin(args);
      expect(run.code).toBe(2);
      expect(run.userCode).toBeUndefined();
    }
  });

  test('a conflict names each store and the variable it came from', async () => {
    const vaultUrl = { ADO_EPHEMERAL_PAT_KEY_VAULT_URL: 'https://v.vault.azure.net' };
    const printing = await runLogin(['--print'], { env: vaultUrl });
    expect(printing.code).toBe(2);
    expect(printing.userCode).toBeUndefined();
    expect(printing.stdout).toBe('');
    expect(printing.stderr).toContain(
      'error: Say where to store the refresh token: exactly one of --output <file>, --key-vault-url with ' +
        '--key-vault-secret, or --print; got --key-vault-url (from ADO_EPHEMERAL_PAT_KEY_VAULT_URL) and --print. ' +
        'Keep one: drop the other flags, or unset ADO_EPHEMERAL_PAT_KEY_VAULT_URL ' +
        '(`unset ADO_EPHEMERAL_PAT_KEY_VAULT_URL`).\n',
    );

    const typed = await runLogin(['--output', 'bot.token', '--key-vault-url', 'https://v.vault.azure.net'], {
      env: { ADO_EPHEMERAL_PAT_KEY_VAULT_SECRET: 'ado-bot' },
    });
    expect(typed.code).toBe(2);
    expect(typed.stderr).toContain(
      '; got --output, --key-vault-url and --key-vault-secret (from ADO_EPHEMERAL_PAT_KEY_VAULT_SECRET). ',
    );

    const alone = await runLogin([], { env: vaultUrl });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain(
      'error: --key-vault-url (from ADO_EPHEMERAL_PAT_KEY_VAULT_URL) needs its partner: ' +
        '--key-vault-url and --key-vault-secret go together.\n',
    );
  });

  test('--help describes every destination', async () => {
    const run = await runLogin(['--help']);
    expect(run.code).toBe(0);
    for (const flag of [
      '--output',
      '--force',
      '--key-vault-url',
      '--key-vault-secret',
      '--print',
      '--authority-host',
    ]) {
      expect(run.stdout).toContain(flag);
    }
  });
});
