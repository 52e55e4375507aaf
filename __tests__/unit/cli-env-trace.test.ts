/**
 * `--format env` sourced under shell tracing (`sh -xe` in Jenkins, CI_DEBUG_TRACE in GitLab, `bash -x`): what
 * bash, dash, the system's sh and bash in POSIX mode actually print. No form of a secret may appear, the
 * switching must not be traced either, and tracing must come back only where it was on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatMint } from '../../src/cli/formats';
import { basicAuth, maskForms } from '../../src/core/safety/secrets';

const TOKEN = 'c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1uZXZlci1sZWFr';
const SHELLS: [string, string[]][] = [
  ['bash', []],
  ['dash', []],
  ['sh', []],
  ['bash', ['--posix']],
];

/** The env format of a mint with git credentials, written where a later step sources it. */
function envFile(): string {
  const outputs = {
    token: TOKEN,
    'basic-auth': basicAuth(TOKEN),
    'display-name': "it's odd",
    scopes: 'vso.code',
  };
  const exported = [
    { name: 'GIT_CONFIG_COUNT', value: '1', secret: false },
    { name: 'GIT_CONFIG_VALUE_0', value: `AUTHORIZATION: basic ${basicAuth(TOKEN)}`, secret: true },
  ];
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'env-trace-')), 'pat.env');
  writeFileSync(file, formatMint('env', outputs, exported, 'ADO_PAT_'));
  return file;
}

function run(shell: string, args: string[], script: string) {
  const result = spawnSync(shell, [...args, '-c', script], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result;
}

/** The variable names a shell's `set` listed. */
function names(file: string): Set<string> {
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line) => /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.slice(1) ?? []),
  );
}

const leaked = (text: string) => maskForms(TOKEN).filter((form) => text.includes(form)).length;

describe.each(SHELLS)('%s %j', (shell, args) => {
  test('-x: sourcing traces the `.` and what follows, never a value nor the switching', () => {
    const file = envFile();
    const result = run(shell, [...args, '-xe'], `. '${file}'\n: next command`);
    expect(result.status).toBe(0);
    expect(leaked(result.stdout + result.stderr)).toBe(0);
    // Tracing is back on after the file (the next command is traced) and the file left nothing else in it.
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^\\+ \\. '?${file.replaceAll('.', '\\.')}'?$`));
    expect(lines[1]).toMatch(/^\+ : /);
  });

  test('-x: the values arrive whole', () => {
    const file = envFile();
    const result = run(
      shell,
      [...args, '-xe'],
      `. '${file}'\n{ printf '%s\\n' "$ADO_PAT_TOKEN" "$ADO_PAT_DISPLAY_NAME" "$GIT_CONFIG_VALUE_0" > '${file}.out'; } 2>/dev/null`,
    );
    expect(result.status).toBe(0);
    expect(readFileSync(`${file}.out`, 'utf8')).toBe(
      `${TOKEN}\nit's odd\nAUTHORIZATION: basic ${basicAuth(TOKEN)}\n`,
    );
  });

  test('without -x: tracing stays off, and the file defines only the variables it exports', () => {
    const file = envFile();
    const result = run(
      shell,
      [...args, '-eu'],
      `: bash sets PIPESTATUS after a first command\nset > '${file}.before'\n. '${file}'\nset > '${file}.after'\ncase $- in *x*) echo tracing ;; esac`,
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    const before = names(`${file}.before`);
    const added = [...names(`${file}.after`)].filter((name) => !before.has(name));
    expect(added.sort()).toEqual([
      'ADO_PAT_AUTHORIZATION_ID',
      'ADO_PAT_BASIC_AUTH',
      'ADO_PAT_DISPLAY_NAME',
      'ADO_PAT_EXPIRES_AT',
      'ADO_PAT_SCOPES',
      'ADO_PAT_TOKEN',
      'GIT_CONFIG_COUNT',
      'GIT_CONFIG_VALUE_0',
    ]);
  });
});
