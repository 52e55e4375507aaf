/**
 * api-version rules of the PAT API: every version is preview-only, so the value must carry
 * `-preview`; none at all is refused too. Read from the query or the Accept header, as Azure DevOps does.
 */
import { azureDevOpsError } from '../errors';
import type { EmulatorRequest } from '../routes';

const SUPPORTED = ['6.1', '7.0', '7.1', '7.2'];
const WEBAPI = 'Microsoft.VisualStudio.Services.WebApi';

function webApiType(name: string): string {
  return `${WEBAPI}.${name}, ${WEBAPI}`;
}

export function requestedApiVersion(req: EmulatorRequest): string | undefined {
  const fromQuery = req.query.get('api-version');
  if (fromQuery !== null) return fromQuery;
  const accept = String(req.headers.accept ?? '');
  return /api-version=([^;,\s]+)/i.exec(accept)?.[1];
}

/** Throws the real 400 for a missing, malformed, out-of-range or non-preview api-version. */
export function checkPreviewApiVersion(req: EmulatorRequest): string {
  const version = requestedApiVersion(req);
  if (!version) {
    throw azureDevOpsError(
      400,
      `No api-version was supplied for the "${req.method}" request. The version must be supplied either as part of the Accept header (e.g. "application/json; api-version=1.0") or as a query parameter (e.g. "?api-version=1.0").`,
      { typeKey: 'VssVersionNotSpecifiedException', typeName: webApiType('VssVersionNotSpecifiedException') },
    );
  }
  const match = /^(\d+\.\d+)(-preview(\.\d+)?)?$/i.exec(version);
  if (!match) {
    throw azureDevOpsError(400, `The api-version '${version}' is not valid.`, {
      typeKey: 'VssInvalidApiVersionException',
      typeName: webApiType('VssInvalidApiVersionException'),
    });
  }
  const number = match[1] ?? '';
  if (Number(number) > Number(SUPPORTED[SUPPORTED.length - 1])) {
    throw azureDevOpsError(
      400,
      `The requested REST API version of ${number} is out of range for this server. The latest REST API version this server supports is ${SUPPORTED[SUPPORTED.length - 1]}.`,
      { typeKey: 'VssVersionOutOfRangeException', typeName: webApiType('VssVersionOutOfRangeException') },
    );
  }
  if (!SUPPORTED.includes(number)) {
    throw azureDevOpsError(
      404,
      `API resource location 55967393-20ef-45c6-a96c-b5d5d5986a9a is not registered for version ${number}.`,
      { typeKey: 'VssResourceNotFoundException', typeName: webApiType('VssResourceNotFoundException') },
    );
  }
  if (!match[2]) {
    throw azureDevOpsError(
      400,
      `The requested version "${number}" of the resource is under preview. The -preview flag must be supplied in the api-version for such requests. For example: "${number}-preview"`,
      {
        typeKey: 'VssInvalidPreviewVersionException',
        typeName: webApiType('VssInvalidPreviewVersionException'),
      },
    );
  }
  return version;
}
