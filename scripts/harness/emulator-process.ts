/** Starts the built emulator as a user would (`node dist/emulator/index.js`) and reads its ready line. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { distDir } from './github-runner';

export interface EmulatorReady {
  ready: true;
  url: string;
  caCertFile: string;
  tenantId: string;
  organization: string;
  project: string;
  repository: string;
  bot: { username: string; password: string; refreshToken: string; clientId: string };
  authorityHost: string;
  vsspsUrl: string;
  azureDevOpsUrl: string;
  [key: string]: unknown;
}

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
