/**
 * The on-demand chunk (dist/chunks/azure-identity.js): only what the Key Vault paths use from
 * @azure/identity, so the refresh-token path never parses it. scripts/build.mjs routes every
 * `require('@azure/identity')` of the entries here.
 */
export { AuthenticationError, ClientAssertionCredential, DefaultAzureCredential } from '@azure/identity';
