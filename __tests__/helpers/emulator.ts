/** An in-process emulator for one test file, with a small client for its control API. */
import { startEmulator } from '../../emulator/index';

export type TestEmulator = Awaited<ReturnType<typeof startTestEmulator>>;

export interface EmulatorPat {
  authorizationId: string;
  displayName: string;
  scope: string;
  status: 'active' | 'revoked' | 'expired';
  validTo: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  route: string;
  status: number;
}

export async function startTestEmulator(config?: Record<string, unknown>) {
  const emulator = await startEmulator({ port: 0, ...(config ? { config } : {}) });
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${emulator.url}/_emulator/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    emulator,
    /** Inputs that point the action at this emulator with the bot user's refresh token. */
    inputs(extra: Record<string, string> = {}): Record<string, string> {
      return {
        organization: emulator.organization,
        scopes: 'vso.code',
        'refresh-token': emulator.bot.refreshToken,
        'client-id': emulator.bot.clientId,
        'tenant-id': emulator.tenantId,
        'authority-host': emulator.authorityHost,
        'vssps-url': emulator.vsspsUrl,
        'azure-devops-url': emulator.azureDevOpsUrl,
        ...extra,
      };
    },
    async pats(): Promise<EmulatorPat[]> {
      return (await control<{ pats: EmulatorPat[] }>('GET', 'state')).pats;
    },
    async requests(): Promise<LoggedRequest[]> {
      const body = await control<{ requests: LoggedRequest[] } | LoggedRequest[]>('GET', 'requests');
      return Array.isArray(body) ? body : body.requests;
    },
    clearRequests: () => control('DELETE', 'requests'),
    fault: (spec: Record<string, unknown>) => control('POST', 'faults', spec),
    clearFaults: () => control('DELETE', 'faults'),
    policy: (policy: Record<string, unknown>) => control('POST', 'policy', policy),
    advanceClock: (seconds: number) => control('POST', 'clock', { advanceSeconds: seconds }),
    reset: () => control('POST', 'reset'),
    close: () => emulator.close(),
  };
}
