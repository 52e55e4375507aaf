/**
 * The real services' error shapes, and `HttpError`, which any handler may throw to answer with one of them.
 * Azure DevOps: `{$id, innerException, message, typeName, typeKey, errorCode, eventId}`.
 * Entra ID: `{error, error_description, error_codes, timestamp, trace_id, correlation_id, error_uri}`.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { RouteFamily } from './routes';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
    this.name = 'HttpError';
  }
}

export interface AzureDevOpsErrorOptions {
  typeKey: string;
  /** Defaults to `Microsoft.TeamFoundation.Framework.Server.{typeKey}, Microsoft.TeamFoundation.Framework.Server`. */
  typeName?: string;
  eventId?: number;
  errorCode?: number;
  customProperties?: Record<string, unknown>;
}

export function azureDevOpsErrorBody(
  message: string,
  options: AzureDevOpsErrorOptions,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    $id: '1',
    innerException: null,
    message,
    typeName:
      options.typeName ??
      `Microsoft.TeamFoundation.Framework.Server.${options.typeKey}, Microsoft.TeamFoundation.Framework.Server`,
    typeKey: options.typeKey,
    errorCode: options.errorCode ?? 0,
    eventId: options.eventId ?? 3000,
  };
  if (options.customProperties) body.customProperties = options.customProperties;
  return body;
}

export function azureDevOpsError(
  status: number,
  message: string,
  options: AzureDevOpsErrorOptions,
  headers: Record<string, string> = {},
): HttpError {
  return new HttpError(status, azureDevOpsErrorBody(message, options), headers);
}

/** The body Azure DevOps answers malformed JSON with (vsts-rest-api-specs#636). */
export function jsonReaderError(): HttpError {
  return azureDevOpsError(400, `TF400898: An Internal Error Occurred. Activity Id: ${randomUUID()}.`, {
    typeKey: 'JsonReaderException',
    typeName: 'Newtonsoft.Json.JsonReaderException, Newtonsoft.Json',
    eventId: 0,
  });
}

/** `2024-05-01 12:34:56Z`, the format Entra uses in `timestamp` and in error descriptions. */
export function entraTimestamp(nowMs: number): string {
  return new Date(nowMs)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
}

export function entraErrorBody(
  error: string,
  code: number | undefined,
  description: string,
  nowMs: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = entraTimestamp(nowMs);
  const prefix = code === undefined ? '' : `AADSTS${code}: `;
  return {
    error,
    error_description: `${prefix}${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: code === undefined ? [] : [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    ...(code === undefined ? {} : { error_uri: `https://login.microsoftonline.com/error?code=${code}` }),
    ...extra,
  };
}

/** Entra's status per OAuth error: `invalid_client` is 401, the rest 400. */
export function entraError(
  error: string,
  code: number | undefined,
  description: string,
  nowMs: number,
  extra: Record<string, unknown> = {},
): HttpError {
  return new HttpError(
    error === 'invalid_client' ? 401 : 400,
    entraErrorBody(error, code, description, nowMs, extra),
  );
}

/** A generic error in the given family's shape, used by the framework (faults, 413, 500, unknown routes). */
export function familyError(family: RouteFamily, status: number, message: string, nowMs: number): HttpError {
  switch (family) {
    case 'azure-devops':
      return azureDevOpsError(status, message, { typeKey: typeKeyForStatus(status) });
    case 'entra':
      return new HttpError(
        status,
        entraErrorBody(
          status >= 500 ? 'temporarily_unavailable' : 'invalid_request',
          undefined,
          message,
          nowMs,
        ),
      );
    case 'plain':
      return new HttpError(status, { error: statusName(status), message });
  }
}

function typeKeyForStatus(status: number): string {
  if (status === 400) return 'ArgumentException';
  if (status === 401) return 'UnauthorizedRequestException';
  if (status === 403) return 'InvalidAccessException';
  if (status === 404) return 'VssResourceNotFoundException';
  if (status === 405) return 'HttpMethodNotAllowedException';
  if (status === 413) return 'RequestContentTooLargeException';
  if (status === 415) return 'VssRequestContentTypeNotSupportedException';
  if (status === 429) return 'ClientRequestThrottledException';
  if (status === 503) return 'CircuitBreakerShortCircuitException';
  return 'VssServiceException';
}

function statusName(status: number): string {
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status >= 500) return 'server_error';
  return 'bad_request';
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendHttpError(res: ServerResponse, error: HttpError): void {
  if (error.body === undefined || error.body === null) {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(error.status, error.headers);
    res.end();
    return;
  }
  if (typeof error.body === 'string') {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(error.status, { 'content-type': 'text/plain; charset=utf-8', ...error.headers });
    res.end(error.body);
    return;
  }
  sendJson(res, error.status, error.body, error.headers);
}
