/**
 * Throughput: N mint-and-revoke pairs at once, through the core (`mint`, then `revokeMinted` with the state
 * it saved) and its real HttpClient, against an emulator whose throttling budget makes most of them wait.
 * Runs in a child process started with NODE_EXTRA_CA_CERTS, because Node reads it only at start-up.
 */
import { tmpdir } from 'node:os';
import type { Host, RunContext } from '../src/core/host';
import { mint } from '../src/core/steps/mint';
import { revokeMinted } from '../src/core/steps/revoke';
import { emulatorInputs, type EmulatorInfo } from './steps';

class BenchHost implements Host {
  readonly platform = 'cli' as const;
  readonly state = new Map<string, string>();
  failed: string | undefined;
  warnings: string[] = [];

  constructor(
    private readonly inputs: Record<string, string>,
    private readonly index: number,
  ) {}

  getInput(name: string): string | undefined {
    return this.inputs[name] || undefined;
  }
  setSecret(): void {}
  setOutput(): void {}
  saveState(name: string, value: string): void {
    this.state.set(name, value);
  }
  getState(name: string): string | undefined {
    return this.state.get(name) || undefined;
  }
  clearState(): void {
    this.state.clear();
  }
  exportVariable(): void {}
  info(): void {}
  warning(message: string): void {
    this.warnings.push(message);
  }
  debug(): void {}
  setFailed(message: string): void {
    this.failed = message;
  }
  addSummary(): void {}
  tempDir(): string {
    return tmpdir();
  }
  runContext(): RunContext {
    return { source: 'bench', runId: String(this.index), attempt: '1', job: 'throughput' };
  }
}

export interface ThroughputResult {
  pairs: number;
  wallMs: number;
  minted: number;
  revoked: number;
  failures: string[];
}

export async function mintAndRevoke(emu: EmulatorInfo, pairs: number): Promise<ThroughputResult> {
  const inputs = emulatorInputs(emu);
  const failures: string[] = [];
  let minted = 0;
  let revoked = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: pairs }, async (_, index) => {
      const host = new BenchHost(inputs, index);
      try {
        await mint(host);
        minted++;
        const { outcome } = await revokeMinted(host);
        if (outcome === 'revoked') revoked++;
        else failures.push(`revoke ${index}: ${outcome} ${host.warnings.join(' ')}`);
      } catch (error) {
        failures.push(`pair ${index}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  return { pairs, wallMs: Date.now() - started, minted, revoked, failures };
}
