/**
 * The bot's service connection: an endpoint of the type this extension contributes (vss-extension.json), whose
 * authorization holds the refresh-token source's refresh token, client id and tenant id, and whose URL is the
 * organization. The refresh token then lives in a service connection instead of a pipeline variable. The
 * agent hands the endpoint to the task like any other: ENDPOINT_URL_<id>, ENDPOINT_AUTH_PARAMETER_<id>_<KEY>.
 */

/** The task input that names the connection; its type is `connectedService:<BOT_ENDPOINT_TYPE>`. */
export const BOT_CONNECTION_INPUT = 'botConnection';

/** The endpoint type's name in vss-extension.json. */
export const BOT_ENDPOINT_TYPE = 'EphemeralPatBot';

/** Core inputs the connection gives, by the ids of its authentication scheme's input descriptors. */
export const BOT_CONNECTION_PARAMETERS: Readonly<Record<string, string>> = {
  'refresh-token': 'apitoken',
  'client-id': 'clientid',
  'tenant-id': 'tenantid',
};
