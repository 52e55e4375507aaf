#!/usr/bin/env node
/** The `ado-ephemeral-pat` command. Everything runs inside main(); nothing escapes as a stack trace. */
import { main } from '../cli/main';
import { stderrIsPipe } from '../hosts/cli/runner-masks';

const color = process.stderr.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';

main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color,
  stderrIsPipe: stderrIsPipe(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `error: Unexpected error: ${error instanceof Error ? error.message : String(error)}. ` +
        'This is a bug in ado-ephemeral-pat; please report it.\n',
    );
    process.exitCode = 1;
  },
);
