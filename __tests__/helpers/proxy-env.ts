/**
 * Runs each test of the calling file with no proxy variable set, whatever the machine has, and restores the
 * environment after it: the HTTP client reads HTTPS_PROXY and NO_PROXY from process.env on every request.
 */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy', 'HTTP_PROXY', 'http_proxy'];

export function withoutProxyVariables(): void {
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    saved = { ...process.env };
    for (const name of PROXY_VARIABLES) delete process.env[name];
  });
  afterEach(() => {
    process.env = saved;
  });
}
