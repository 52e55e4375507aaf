/**
 * The test-only retry scale: it shortens the waits of requests to this machine and nothing else, and the
 * client still counts each wait in full, so attempts and messages stay those of a real run.
 */
import { HttpClient, TEST_RETRY_SCALE_VARIABLE, testRetryScale } from '../../src/core/net/http';
import type { HttpClientOptions } from '../../src/core/net/http';
import { failure } from '../helpers/expect-failure';
import { fakeClock, StubServer } from '../helpers/stub-server';

let stub: StubServer;
const saved = process.env[TEST_RETRY_SCALE_VARIABLE];
beforeEach(async () => {
  stub = await StubServer.start();
});
afterEach(async () => {
  await stub.close();
  if (saved === undefined) delete process.env[TEST_RETRY_SCALE_VARIABLE];
  else process.env[TEST_RETRY_SCALE_VARIABLE] = saved;
});

function client(scale: string, options: HttpClientOptions = {}) {
  process.env[TEST_RETRY_SCALE_VARIABLE] = scale;
  const clock = fakeClock();
  const http = new HttpClient({ sleep: clock.sleep, now: clock.now, random: () => 0.5, ...options });
  return { http, clock };
}

describe('HttpClient under the test-only retry scale', () => {
  it('shortens backoff to the emulator on this machine; attempts and message are those of full waits', async () => {
    stub.fallback = () => ({ status: 503 });
    const { http, clock } = client('0.01', { retry: { attempts: 3 } });
    const error = await failure(http.send({ method: 'GET', url: stub.url }));
    // random() = 0.5 of caps 1 s and 2 s, a hundredth of each
    expect(clock.delays).toEqual([5, 10]);
    expect(stub.requests).toHaveLength(3);
    expect(error.message).toContain('after 3 attempts over 1.5 s');
  });

  it('counts each shortened wait in full against the time budget', async () => {
    stub.fallback = () => ({ status: 429, headers: { 'Retry-After': '1' } });
    const { http, clock } = client('0.01', { retry: { attempts: 4, totalMs: 10_000 } });
    const error = await failure(http.send({ method: 'GET', url: stub.url }));
    expect(clock.delays).toEqual(Array<number>(10).fill(10));
    expect(stub.requests).toHaveLength(11);
    expect(error.message).toContain('11 attempts over 10.0 s');
  });

  it.each([
    ['0', 0],
    ['0.5', 250],
    ['1', 500],
    ['2', 500],
    ['-0.5', 500],
    ['1e-3', 500],
    ['fast', 500],
    ['', 500],
  ])('with %j waits %d ms where the full wait is 500 ms: it can only shorten', async (scale, wait) => {
    stub.reply({ status: 503 }, { status: 200, body: 'ok' });
    const { http, clock } = client(scale);
    expect((await http.send({ method: 'GET', url: stub.url })).body).toBe('ok');
    expect(clock.delays).toEqual([wait]);
  });
});

describe('testRetryScale', () => {
  const env = { [TEST_RETRY_SCALE_VARIABLE]: '0.01' };

  it('applies to loopback hosts only, so a production run that sets it retries as before', () => {
    for (const url of [
      'https://127.0.0.1:8443/x',
      'https://localhost/x',
      'https://[::1]:9/x',
      'http://127.0.0.2',
    ]) {
      expect(testRetryScale(url, env)).toBe(0.01);
    }
    for (const url of [
      'https://dev.azure.com/contoso',
      'https://vssps.dev.azure.com',
      'https://127.0.0.1.example.com',
      'https://localhost.example.com',
      'not a url',
    ]) {
      expect(testRetryScale(url, env)).toBe(1);
    }
  });

  it('is 1 when the variable is not set', () => {
    expect(testRetryScale('https://127.0.0.1:8443', {})).toBe(1);
  });
});
