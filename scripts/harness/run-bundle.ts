/** Runs one built bundle in a child `node`, as a runner or agent does, and captures everything it wrote. */
import { spawn } from 'node:child_process';

export interface KillWhen {
  signal: NodeJS.Signals;
  /** Checked on every stdout chunk; the signal is sent once, the first time it returns true. */
  when: (stdout: string) => boolean;
}

export interface BundleRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export async function runBundle(
  bundle: string,
  options: { env: Record<string, string | undefined>; cwd: string; kill?: KillWhen; timeoutMs?: number },
): Promise<BundleRun> {
  const child = spawn(process.execPath, [bundle], { env: options.env, cwd: options.cwd });
  let stdout = '';
  let stderr = '';
  let killed = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    if (options.kill && !killed && options.kill.when(stdout)) {
      killed = true;
      child.kill(options.kill.signal);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig])),
  );
  clearTimeout(timer);
  return { exitCode, signal, stdout, stderr };
}
