// The floor of a main step: the same two requests as the GitHub main step (refresh token at Entra, then a PAT
// from Azure DevOps), written by hand with nothing else: no input checks, no retries, no error messages, no
// proxy, no state for the post step. Both connections open at once, as the real step does. The benchmark
// times it like a step, so the table shows how much of a step's ratio any tool doing this job pays.
// With --node-http the same two requests go through node:http's client and parser over the same sockets, as
// the steps' do (docs/decisions.md, decision 24): the part of the steps' 1.25x that Node's parser takes.
// Never a product path: it trusts its inputs and the emulator's answers, and exits non-zero on any surprise.
const fs = require('node:fs');
const { isIP } = require('node:net');
const tls = require('node:tls');

const input = (name) => process.env[`INPUT_${name.toUpperCase()}`] ?? '';
const ADO_RESOURCE = '499b84ac-1321-427f-aa17-267ca6975798';

function open(url) {
  const { hostname, port } = new URL(url);
  return tls.connect({
    host: hostname,
    port: Number(port || 443),
    servername: isIP(hostname) ? undefined : hostname,
  });
}

/** Sends one POST on `socket` and resolves with the answer's body once Content-Length bytes arrived. */
function postByHand(socket, url, headers, body) {
  const { host, pathname, search } = new URL(url);
  const lines = Object.entries({ ...headers, 'Content-Length': Buffer.byteLength(body) }).map(
    ([name, value]) => `${name}: ${value}\r\n`,
  );
  // One write: a second one would wait for the first one's ACK (Nagle's algorithm), about 40 ms on Linux.
  socket.write(
    `POST ${pathname}${search} HTTP/1.1\r\nHost: ${host}\r\n${lines.join('')}Connection: close\r\n\r\n${body}`,
  );
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(
        /content-length: *(\d+)/i.exec(received.subarray(0, end).toString('latin1'))?.[1],
      );
      if (received.length - end - 4 < length) return;
      socket.destroy();
      resolve(JSON.parse(received.subarray(end + 4).toString('utf8')));
    });
    socket.on('error', reject);
  });
}

/** The same POST through node:http: Node writes the request and parses the answer. */
function postThroughNodeHttp(socket, url, headers, body) {
  const { pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        method: 'POST',
        path: `${pathname}${search}`,
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body), Connection: 'close' },
        createConnection: () => socket,
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          socket.destroy();
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const http = process.argv.includes('--node-http') ? require('node:http') : undefined;
const post = http ? postThroughNodeHttp : postByHand;

async function main() {
  fs.writeSync(1, `::add-mask::${input('refresh-token')}\n`);
  const tokenUrl = `${input('authority-host')}/${input('tenant-id')}/oauth2/v2.0/token`;
  const patUrl = `${input('vssps-url')}/${input('organization')}/_apis/tokens/pats?api-version=7.1-preview.1`;
  const entra = open(tokenUrl);
  const azureDevOps = open(patUrl);
  const form = new URLSearchParams({
    client_id: input('client-id'),
    grant_type: 'refresh_token',
    refresh_token: input('refresh-token'),
    scope: `${ADO_RESOURCE}/vso.pats ${ADO_RESOURCE}/vso.pats_manage offline_access`,
  });
  const tokens = await post(
    entra,
    tokenUrl,
    { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    form.toString(),
  );
  fs.writeSync(1, `::add-mask::${tokens.access_token}\n`);
  const validTo = new Date(Date.now() + 3600_000).toISOString();
  const body = JSON.stringify({
    displayName: `floor-${Date.now()}`,
    scope: input('scopes'),
    validTo,
    allOrgs: false,
  });
  const answer = await post(
    azureDevOps,
    patUrl,
    {
      Authorization: `Bearer ${tokens.access_token}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body,
  );
  fs.writeSync(1, `::add-mask::${answer.patToken.token}\n`);
  fs.appendFileSync(process.env.GITHUB_OUTPUT, `token<<EOF_FLOOR\n${answer.patToken.token}\nEOF_FLOOR\n`);
  fs.appendFileSync(
    process.env.GITHUB_STATE,
    `authorization-id<<EOF_FLOOR\n${answer.patToken.authorizationId}\nEOF_FLOOR\n`,
  );
  process.exit(0);
}

main().catch(() => process.exit(1));
