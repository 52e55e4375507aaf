// Bad requests get the real services' error shapes and never take the emulator down.
import { connect } from 'node:tls';
import type { EmulatorHandle } from '../../emulator/index';
import { API, botToken, call, emulator, patsUrl, testCa } from './harness';

let emu: EmulatorHandle;
let token: string;
beforeAll(async () => {
  emu = await emulator({ config: { limits: { maxBodyBytes: 64 * 1024 } } });
  token = await botToken(emu);
});

const write = (body: string | Buffer, contentType = 'application/json') =>
  call(patsUrl(emu), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body,
  });

test('malformed JSON is 400 JsonReaderException (TF400898)', async () => {
  for (const body of ['{"displayName":', '', 'null', '[1]']) {
    const r = await write(body);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ $id: '1', innerException: null, errorCode: 0 });
    expect(['JsonReaderException', 'ArgumentNullException']).toContain(r.body.typeKey);
  }
  const r = await write('{"displayName":');
  expect(r.body).toMatchObject({ typeKey: 'JsonReaderException', eventId: 0 });
  expect(String(r.body.message)).toMatch(/^TF400898: An Internal Error Occurred\. Activity Id: /);
});

test('a wrong content type is 415 in the Azure DevOps shape', async () => {
  const r = await write('{"displayName":"x"}', 'text/plain');
  expect(r.status).toBe(415);
  expect(r.body).toMatchObject({ $id: '1', typeKey: 'VssRequestContentTypeNotSupportedException' });
});

test('a huge body is 413, declared or streamed, and the emulator carries on', async () => {
  const big = Buffer.alloc(200 * 1024, 'a');
  const r = await write(big);
  expect(r.status).toBe(413);
  expect(r.body).toMatchObject({ typeKey: 'RequestContentTooLargeException' });
  const entra = await call(`${emu.url}/${emu.tenantId}/oauth2/v2.0/token`, {
    body: big,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(entra.status).toBe(413);
  expect(entra.body).toMatchObject({ error: 'invalid_request' });
  // Chunked (no content-length): the cap applies while reading.
  const chunked = await new Promise<number>((resolve, reject) => {
    const socket = connect(
      { host: '127.0.0.1', port: Number(new URL(emu.url).port), ca: testCa(), servername: 'localhost' },
      () => {
        socket.write(
          `POST /${emu.organization}/_apis/tokens/pats?${API} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${token}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`,
        );
        const chunk = Buffer.alloc(32 * 1024, 'b');
        for (let i = 0; i < 4; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString()}\r\n`);
      },
    );
    let text = '';
    socket.on('data', (d: Buffer) => {
      text += d.toString();
      const m = /^HTTP\/1\.1 (\d+)/.exec(text);
      if (m) {
        socket.destroy();
        resolve(Number(m[1]));
      }
    });
    socket.on('error', reject);
  });
  expect(chunked).toBe(413);
  expect((await call(patsUrl(emu), { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
});

test('unknown routes: Azure DevOps 404 body, Entra OAuth error, 405 for a wrong method', async () => {
  const ado = await call(`${emu.url}/${emu.organization}/_apis/nothing`);
  expect(ado.status).toBe(404);
  expect(ado.body).toMatchObject({ $id: '1', typeKey: 'VssResourceNotFoundException', eventId: 3000 });
  const entra = await call(`${emu.url}/${emu.tenantId}/oauth2/v2.0/nothing`);
  expect(entra.status).toBe(404);
  expect(entra.body).toMatchObject({ error: 'invalid_request' });
  const method = await call(patsUrl(emu), { method: 'PATCH', headers: { authorization: `Bearer ${token}` } });
  expect(method.status).toBe(405);
  expect(method.body).toMatchObject({ typeKey: 'HttpMethodNotAllowedException' });
  const entraMethod = await call(`${emu.url}/${emu.tenantId}/oauth2/v2.0/token`);
  expect(entraMethod.status).toBe(405);
  expect(entraMethod.body).toMatchObject({ error: 'invalid_request' });
});

test('garbage on the wire, odd paths and odd headers never crash it', async () => {
  const raw = (payload: string) =>
    new Promise<string>((resolve) => {
      const socket = connect(
        { host: '127.0.0.1', port: Number(new URL(emu.url).port), ca: testCa(), servername: 'localhost' },
        () => socket.end(payload),
      );
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
  await raw('NOT HTTP AT ALL\r\n\r\n');
  await raw('GET /%%%/../\u0000 HTTP/1.1\r\nhost: x\r\n\r\n');
  const odd = [
    `${emu.url}/%E0%A4%A`,
    `${emu.url}//double//slashes`,
    `${emu.url}/${emu.organization}/_apis/tokens/pats?${API}&$top=abc`,
  ];
  for (const url of odd)
    expect(
      (await call(url, { headers: { authorization: 'Bearer not.a.jwt' } })).status,
    ).toBeGreaterThanOrEqual(300);
  for (const authorization of [
    'Bearer',
    'Basic !!!',
    'Negotiate abc',
    'Bearer a.b.c',
    `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.e30.`,
  ]) {
    const r = await call(patsUrl(emu), { headers: { authorization } });
    expect(r.status).toBe(401);
  }
  expect((await call(patsUrl(emu), { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
});
