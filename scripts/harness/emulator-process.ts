/** Starts the built emulator as a user would (`node dist/emulator/index.js`) and reads its ready line. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { EmulatorInfo } from '../../emulator/index';
import { distDir } from './github-runner';

/** The ready line the emulator prints on stdout. */
export type EmulatorReady = EmulatorInfo;

export async function startEmulatorProcess(args: string[] = []) {
  const child = spawn(
    process.execPath,
    [path.join(distDir, 'emulator', 'index.js'), '--port', '0', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const lines = createInterface({ input: child.stdout });
  const ready = await new Promise<EmulatorReady>((resolve, reject) => {
    lines.once('line', (line) => resolve(JSON.parse(line) as EmulatorReady));
    child.once('exit', (code) =>
      reject(new Error(`The emulator exited (${code}) before it was ready: ${stderr}`)),
    );
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { ready, stop };
}
