/**
 * The layers' direction is enforced by ESLint's `no-restricted-imports` (eslint.config.mjs): these imports are
 * linted as if they sat in the file named, and each one against the direction must be refused.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

const refused: [string, string, RegExp][] = [
  ['src/core/steps/mint.ts', '../../hosts/github/host', /platform-free/],
  ['src/core/steps/mint.ts', '../../cli/state-file', /platform-free/],
  ['src/core/steps/run.ts', '../../entries/action-main', /Entry points/],
  ['src/core/credentials/context.ts', '@actions/core', /runner libraries/],
  ['src/core/safety/secrets.ts', 'azure-pipelines-task-lib/task', /runner libraries/],
  ['src/core/inputs/settings.ts', '../net/http', /network layer/],
  ['src/core/inputs/settings.ts', '../../hosts/cli/host', /platform-free/],
  ['src/hosts/github/host.ts', '../../entries/action-main', /Entry points/],
  ['src/cli/commands/mint.ts', '../../entries/cli', /Entry points/],
];
const allowed: [string, string][] = [
  ['src/core/steps/mint.ts', '../azure-devops/pat-client'],
  ['src/core/steps/mint.ts', '../net/http'],
  ['src/core/inputs/settings.ts', './scopes'],
  ['src/hosts/github/host.ts', '../../core/steps/run'],
  ['src/entries/action-main.ts', '../hosts/github/host'],
];

let messages: string[][];
beforeAll(() => {
  const cases = [...refused, ...allowed].map(([file, specifier]) => [file, specifier]);
  const out = execFileSync(
    process.execPath,
    [path.join(__dirname, 'restricted-imports.mjs'), JSON.stringify(cases)],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  messages = JSON.parse(out) as string[][];
}, 60_000);

describe('the layers only import downwards', () => {
  test.each(refused.map((c, i) => [...c, i] as const))('%s may not import %s', (_file, _spec, message, i) => {
    expect(messages[i]).toHaveLength(1);
    expect(messages[i]?.[0]).toMatch(message);
  });

  test.each(allowed.map((c, i) => [...c, refused.length + i] as const))(
    '%s may import %s',
    (_file, _spec, i) => {
      expect(messages[i]).toEqual([]);
    },
  );
});
