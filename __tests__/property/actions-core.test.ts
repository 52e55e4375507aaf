/**
 * The GitHub adapter writes the runner protocol by hand; @actions/core is the reference implementation of
 * that protocol. Random values go through both and the bytes they write (stdout, file commands, the job
 * summary) must be the same, except where the adapter deliberately differs; those cases are asserted below.
 */
import type * as ActionsCore from '@actions/core';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFileCommands, parseWorkflowCommands } from '../../scripts/harness/file-commands';
import { GitHubHost } from '../../src/hosts/github/host';
import { commandLine } from '../../src/hosts/github/commands';
import { loadEsmPackage } from '../helpers/esm-package';
import { anyInput } from './arbitraries';

let core: typeof ActionsCore;

const FILES = {
  GITHUB_OUTPUT: 'output',
  GITHUB_STATE: 'state',
  GITHUB_ENV: 'env',
  GITHUB_STEP_SUMMARY: 'summary',
} as const;
type FileVariable = keyof typeof FILES;

/** One directory of empty command files per side, and the environment that points at them. */
function commandFiles(side: string): {
  env: Record<FileVariable, string>;
  read: (v: FileVariable) => string;
} {
  const dir = mkdtempSync(path.join(tmpdir(), `actions-core-${side}-`));
  const env = {} as Record<FileVariable, string>;
  for (const [variable, name] of Object.entries(FILES) as Array<[FileVariable, string]>) {
    env[variable] = path.join(dir, name);
    writeFileSync(env[variable], '');
  }
  return { env, read: (variable) => readFileSync(env[variable], 'utf8') };
}

// The toolkit reads the file paths from process.env and the summary caches its path on first use, so the
// toolkit's files are set up once and emptied before each run.
const toolkitFiles = commandFiles('toolkit');
const savedEnv = { ...process.env };
const savedExitCode = process.exitCode;
beforeAll(async () => {
  core = await loadEsmPackage<typeof ActionsCore>('@actions/core');
  Object.assign(process.env, toolkitFiles.env);
});
afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  process.exitCode = savedExitCode;
});

function resetToolkitFiles(): void {
  for (const file of Object.values(toolkitFiles.env)) writeFileSync(file, '');
}

/** What the toolkit writes to stdout while `run` runs. */
function toolkitStdout(run: () => void): string {
  let text = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return text;
}

function adapter(env: Record<string, string | undefined>) {
  let stdout = '';
  const host = new GitHubHost(env, (text) => (stdout += text));
  return { host, stdout: () => stdout };
}

/** Each file command record uses a fresh random delimiter; compare the records with it made constant. */
const DELIMITER = /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
function withFixedDelimiter(text: string): string {
  return text.replace(DELIMITER, 'ghadelimiter_<uuid>');
}

/** Text with everything the escaping rules care about: %, CR, LF, `:`, `,`, `::`, unicode, empty. */
const text = fc.oneof(
  anyInput,
  fc.constantFrom('', '%', '%25', '%0A', '\r', '\n', '\r\n', ':', ',', '::', 'a::b', 'k=v,x:y', 'é😀\u2028'),
);
/** Non-empty text, for what the adapter never sends empty (secrets, property values). */
const nonEmpty = text.filter((value) => value !== '');
/** Environment variable names a workflow can use (process.env refuses some strings as keys). */
const variableName = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,11}$/).map((name) => `ORACLE_${name}`);

describe('stdout commands match @actions/core byte for byte', () => {
  it('::add-mask:: for any non-empty secret', () => {
    fc.assert(
      fc.property(nonEmpty, (secret) => {
        const ours = adapter({});
        ours.host.setSecret(secret);
        expect(ours.stdout()).toBe(toolkitStdout(() => core.setSecret(secret)));
      }),
      { numRuns: 1000 },
    );
  });

  it('::debug::, ::warning:: and ::error:: (setFailed) for any message', () => {
    fc.assert(
      fc.property(text, (message) => {
        const ours = adapter({});
        ours.host.debug(message);
        ours.host.warning(message);
        ours.host.setFailed(message);
        const theirs = toolkitStdout(() => {
          core.debug(message);
          core.warning(message);
          core.setFailed(message);
        });
        expect(ours.stdout()).toBe(theirs);
      }),
      { numRuns: 1000 },
    );
  });

  it('::warning and ::error with annotation properties, any values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Array<'warning' | 'error'>>('warning', 'error'),
        text,
        nonEmpty,
        nonEmpty,
        fc.integer({ min: 1, max: 99999 }),
        fc.integer({ min: 1, max: 999 }),
        (name, message, title, file, line, column) => {
          const ours = commandLine(name, message, {
            title,
            file,
            line: String(line),
            col: String(column),
          });
          const theirs = toolkitStdout(() =>
            core[name](message, { title, file, startLine: line, startColumn: column }),
          );
          expect(`${ours}\n`).toBe(theirs);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('legacy ::save-state and ::set-env (no command file) for any value', () => {
    fc.assert(
      fc.property(nonEmpty, variableName, text, (stateName, variable, value) => {
        const ours = adapter({});
        ours.host.saveState(stateName, value);
        ours.host.exportVariable(variable, value);
        const theirs = toolkitStdout(() => {
          const files = { GITHUB_STATE: process.env.GITHUB_STATE, GITHUB_ENV: process.env.GITHUB_ENV };
          delete process.env.GITHUB_STATE;
          delete process.env.GITHUB_ENV;
          try {
            core.saveState(stateName, value);
            core.exportVariable(variable, value);
          } finally {
            Object.assign(process.env, files);
            delete process.env[variable];
          }
        });
        expect(ours.stdout()).toBe(theirs);
      }),
      { numRuns: 500 },
    );
  });
});

describe('file commands match @actions/core byte for byte (delimiter made constant)', () => {
  it('GITHUB_OUTPUT, GITHUB_STATE and GITHUB_ENV records for any name and value', () => {
    fc.assert(
      fc.property(text, text, variableName, text, (outputName, stateName, variable, value) => {
        resetToolkitFiles();
        const files = commandFiles('adapter');
        const ours = adapter({ ...files.env });
        ours.host.setOutput(outputName, value);
        ours.host.saveState(stateName, value);
        ours.host.exportVariable(variable, value);
        const stdout = toolkitStdout(() => {
          core.setOutput(outputName, value);
          core.saveState(stateName, value);
          core.exportVariable(variable, value);
        });
        delete process.env[variable];
        expect([ours.stdout(), stdout]).toEqual(['', '']);
        for (const variableOfFile of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV'] as const) {
          const oursText = files.read(variableOfFile);
          const theirsText = toolkitFiles.read(variableOfFile);
          expect([variableOfFile, withFixedDelimiter(oursText)]).toEqual([
            variableOfFile,
            withFixedDelimiter(theirsText),
          ]);
          // Each record has its own fresh delimiter on both sides, never a reused one.
          expect(oursText.match(DELIMITER)).toHaveLength(2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the runner reads back the same record from both', () => {
    fc.assert(
      fc.property(
        text.map((value) => value.replace(/\r/g, '')),
        (value) => {
          resetToolkitFiles();
          const files = commandFiles('adapter');
          adapter({ ...files.env }).host.setOutput('token', value);
          core.setOutput('token', value);
          expect(parseFileCommands(files.read('GITHUB_OUTPUT'))).toEqual(
            parseFileCommands(toolkitFiles.read('GITHUB_OUTPUT')),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the job summary: one markdown block appended, as summary.addRaw(text, true).write() does', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (markdown) => {
        resetToolkitFiles();
        const files = commandFiles('adapter');
        adapter({ ...files.env }).host.addSummary(markdown);
        await core.summary.emptyBuffer().addRaw(markdown, true).write();
        expect(files.read('GITHUB_STEP_SUMMARY')).toBe(toolkitFiles.read('GITHUB_STEP_SUMMARY'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('where the adapter differs from @actions/core, on purpose or harmlessly', () => {
  it('an empty secret: the toolkit writes a bare ::add-mask::, the adapter writes nothing', () => {
    const ours = adapter({});
    ours.host.setSecret('');
    expect(ours.stdout()).toBe('');
    expect(toolkitStdout(() => core.setSecret(''))).toBe('::add-mask::\n');
  });

  it('legacy ::set-output: the toolkit writes an empty line first, the adapter only the command', () => {
    fc.assert(
      fc.property(nonEmpty, text, (name, value) => {
        const ours = adapter({});
        ours.host.setOutput(name, value);
        const output = process.env.GITHUB_OUTPUT;
        delete process.env.GITHUB_OUTPUT;
        try {
          expect(toolkitStdout(() => core.setOutput(name, value))).toBe(`\n${ours.stdout()}`);
        } finally {
          process.env.GITHUB_OUTPUT = output;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an empty property: the toolkit drops it, the adapter writes `key=` (it only ever sends a name)', () => {
    const ours = `${commandLine('warning', 'm', { title: '', file: 'f' })}\n`;
    const theirs = toolkitStdout(() => core.warning('m', { title: '', file: 'f' }));
    expect([ours, theirs]).toEqual(['::warning title=,file=f::m\n', '::warning file=f::m\n']);
  });

  it('info: the adapter neutralizes a line that would be read as a command; the toolkit writes it as is', () => {
    const message = 'before\n::add-mask::x';
    const ours = adapter({});
    ours.host.info(message);
    expect(toolkitStdout(() => core.info(message))).toBe(`${message}\n`);
    expect(parseWorkflowCommands(toolkitStdout(() => core.info(message)))).toHaveLength(1);
    expect(parseWorkflowCommands(ours.stdout())).toEqual([]);
  });
});
