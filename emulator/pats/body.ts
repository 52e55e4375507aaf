/** Reading the JSON body of a PAT API write: the content type, then the real parse-error shapes. */
import { azureDevOpsError } from '../errors';
import type { EmulatorRequest } from '../routes';

export async function readJsonObject(
  req: EmulatorRequest,
  parameterName: string,
): Promise<Record<string, unknown>> {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json')) {
    throw azureDevOpsError(
      415,
      `The request entity's media type '${type || '(none)'}' is not supported for this resource.`,
      {
        typeKey: 'VssRequestContentTypeNotSupportedException',
        typeName:
          'Microsoft.VisualStudio.Services.WebApi.VssRequestContentTypeNotSupportedException, Microsoft.VisualStudio.Services.WebApi',
      },
    );
  }
  const body = await req.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw azureDevOpsError(400, `Value cannot be null.\r\nParameter name: ${parameterName}`, {
      typeKey: 'ArgumentNullException',
      typeName: 'System.ArgumentNullException, mscorlib',
      eventId: 0,
    });
  }
  return body as Record<string, unknown>;
}

/** The date in a request field, or NaN when it is not a date. */
export function parseDate(value: unknown): number {
  return typeof value === 'string' ? Date.parse(value) : NaN;
}
