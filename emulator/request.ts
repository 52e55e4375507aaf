/** Builds the `EmulatorRequest` handlers receive: lazy, capped body reading and the real parse-error shapes. */
import type { IncomingMessage } from 'node:http';
import { familyError, jsonReaderError } from './errors';
import type { CallerIdentity } from './identity';
import type { EmulatorRequest, RouteFamily } from './routes';

export interface RequestInit {
  raw: IncomingMessage;
  url: URL;
  params: Record<string, string>;
  identity: CallerIdentity;
  routeId: string;
  family: RouteFamily;
  maxBodyBytes: number;
  now: () => number;
}

/** Thrown when the body exceeds the cap; the server answers 413 and closes the connection. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body exceeds ${limit} bytes`);
  }
}

export function readBody(raw: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(raw.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        raw.off('data', onData);
        raw.pause();
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    raw.on('data', onData);
    raw.once('end', () => resolve(Buffer.concat(chunks)));
    raw.once('error', reject);
  });
}

export function createEmulatorRequest(init: RequestInit): EmulatorRequest {
  let body: Promise<Buffer> | undefined;
  const readAll = (): Promise<Buffer> => (body ??= readBody(init.raw, init.maxBodyBytes));
  return {
    method: init.raw.method ?? 'GET',
    url: init.url,
    path: init.url.pathname,
    query: init.url.searchParams,
    headers: init.raw.headers,
    params: init.params,
    identity: init.identity,
    routeId: init.routeId,
    raw: init.raw,
    body: readAll,
    async json() {
      const text = (await readAll()).toString('utf8');
      if (text.trim() === '') throw jsonReaderError();
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw jsonReaderError();
      }
    },
    async form() {
      const type = String(init.raw.headers['content-type'] ?? '').toLowerCase();
      const buffer = await readAll();
      // Like Entra: a body of another type reads as no parameters at all, which the grant then reports.
      if (!type.startsWith('application/x-www-form-urlencoded')) {
        if (buffer.length > 0 && init.family !== 'entra') {
          throw familyError(init.family, 415, `Unsupported content type '${type}'.`, init.now());
        }
        return new URLSearchParams();
      }
      return new URLSearchParams(buffer.toString('utf8'));
    },
  };
}
