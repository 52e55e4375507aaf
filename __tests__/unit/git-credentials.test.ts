/**
 * The GIT_CONFIG_* variables of `git-credentials: true`, read back by the real git: which remotes get the
 * header, and that configuration an earlier step passed the same way stays in effect.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gitCredentialVariables } from '../../src/core/git/credentials';

/** A stand-in for the Basic value: the tests only need to see where git would send it. */
const BASIC = 'basic-value';
const HEADER = `AUTHORIZATION: Basic ${BASIC}`;
const home = mkdtempSync(`${tmpdir()}/git-credentials-`);

/** What git prints with no system or global configuration, only `variables`. */
function git(variables: Record<string, string>, args: string[]): string[] {
  const run = spawnSync('git', args, {
    env: { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1', ...variables },
    encoding: 'utf8',
  });
  return run.stdout.split('\n').filter(Boolean);
}

/** The extra headers git sends to `remote`. */
function headersFor(variables: Record<string, string>, remote: string): string[] {
  return git(variables, ['config', '--get-urlmatch', 'http.extraheader', remote]);
}

describe('which remotes get the header', () => {
  const variables = gitCredentialVariables({}, 'https://dev.azure.com', 'Contoso', BASIC);

  test("the organization's, in the case given or in lower case, and on visualstudio.com; no other", () => {
    const remotes: [string, string[]][] = [
      ['https://dev.azure.com/Contoso/project/_git/repo', [HEADER]],
      ['https://dev.azure.com/contoso/project/_git/repo', [HEADER]],
      ['https://contoso@dev.azure.com/contoso/project/_git/repo', [HEADER]],
      ['https://contoso.visualstudio.com/project/_git/repo', [HEADER]],
      ['https://Contoso.VisualStudio.com/DefaultCollection/project/_git/repo', [HEADER]],
      ['https://dev.azure.com/fabrikam/project/_git/repo', []],
      ['https://dev.azure.com/contoso-labs/project/_git/repo', []],
      ['https://fabrikam.visualstudio.com/project/_git/repo', []],
      ['https://github.com/contoso/repo', []],
    ];
    expect(remotes.map(([remote]) => [remote, headersFor(variables, remote)])).toEqual(remotes);
  });

  test('a sovereign cloud or the emulator: its own URL in both cases, no visualstudio.com', () => {
    expect(gitCredentialVariables({}, 'https://ado.example', 'Contoso', BASIC)).toEqual({
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'http.https://ado.example/Contoso/.extraheader',
      GIT_CONFIG_VALUE_0: HEADER,
      GIT_CONFIG_KEY_1: 'http.https://ado.example/contoso/.extraheader',
      GIT_CONFIG_VALUE_1: HEADER,
    });
  });
});

describe('configuration passed the same way before', () => {
  const earlier = {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: 'user.name',
    GIT_CONFIG_VALUE_0: 'ci',
    GIT_CONFIG_KEY_1: 'http.https://dev.azure.com/contoso/.proxy',
    GIT_CONFIG_VALUE_1: 'http://proxy.example:3128',
  };

  test('stays in effect; the new entries come after it', () => {
    const variables = {
      ...earlier,
      ...gitCredentialVariables(earlier, 'https://dev.azure.com', 'contoso', BASIC),
    };
    expect(variables.GIT_CONFIG_COUNT).toBe('4');
    expect(git(variables, ['config', 'user.name'])).toEqual(['ci']);
    const remote = 'https://dev.azure.com/contoso/project/_git/repo';
    expect(git(variables, ['config', '--get-urlmatch', 'http.proxy', remote])).toEqual([
      'http://proxy.example:3128',
    ]);
    expect(headersFor(variables, remote)).toEqual([HEADER]);
    expect(headersFor(variables, 'https://contoso.visualstudio.com/project/_git/repo')).toEqual([HEADER]);
  });

  test('a count git refuses: the new entries go past every existing one', () => {
    const broken = { ...earlier, GIT_CONFIG_COUNT: 'x' };
    const variables = gitCredentialVariables(broken, 'https://ado.example', 'contoso', BASIC);
    expect(variables).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_2: 'http.https://ado.example/contoso/.extraheader',
      GIT_CONFIG_VALUE_2: HEADER,
    });
    expect(git({ ...broken, ...variables }, ['config', 'user.name'])).toEqual(['ci']);
  });
});
