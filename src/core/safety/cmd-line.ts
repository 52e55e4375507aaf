/**
 * The argv that starts a batch file (`az.cmd`) through cmd.exe, the only way Node can run one since the
 * CVE-2024-27980 fix. cmd.exe parses its command line itself: `/d` skips AutoRun commands, `/s /c "…"`
 * strips exactly the outer quotes, and every part is quoted so that `&`, `|`, `(`… are literal. Inside quotes
 * cmd.exe still expands `%VAR%` (and `!VAR!` under delayed expansion) and a `"` would end the quoting, so
 * those, and line breaks, are refused: the arguments passed here are constants and stay so.
 */
import path from 'node:path';
import { envVariable } from './find-program';

export interface CmdInvocation {
  file: string;
  args: string[];
  /** Node must pass the line as built: its own quoting would double ours. */
  windowsVerbatimArguments: true;
}

const UNSAFE = /["%!^\r\n\0]/;

/** Throws on text that cmd.exe could read as more than one literal argument. */
export function quoteForCmd(text: string): string {
  if (UNSAFE.test(text) || text === '') {
    throw new Error(`Refusing to pass ${JSON.stringify(text)} through cmd.exe: it is not a plain argument.`);
  }
  return `"${text}"`;
}

/** cmd.exe itself: COMSPEC when it is an absolute path, else the one in SystemRoot. */
export function commandInterpreter(env: Record<string, string | undefined>): string {
  const get = (name: string) => envVariable(env, name);
  const comspec = get('COMSPEC');
  if (comspec !== undefined && /^[A-Za-z]:\\/.test(comspec)) return comspec;
  const root = get('SYSTEMROOT');
  return path.win32.join(
    root !== undefined && /^[A-Za-z]:\\/.test(root) ? root : 'C:\\Windows',
    'System32',
    'cmd.exe',
  );
}

export function cmdInvocation(
  script: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
): CmdInvocation {
  const line = [script, ...args].map(quoteForCmd).join(' ');
  return {
    file: commandInterpreter(env),
    args: ['/d', '/s', '/c', `"${line}"`],
    windowsVerbatimArguments: true,
  };
}
