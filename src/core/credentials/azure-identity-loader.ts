/**
 * Loads @azure/identity on demand: a lazy require, which the build turns into the separate chunk
 * dist/chunks/azure-identity.js. Never import it at module top level: the common path must start fast.
 */
import type * as Chunk from '../../chunks/azure-identity';

export type AzureIdentity = typeof Chunk;

export function loadAzureIdentity(): AzureIdentity {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load is the point
  return require('@azure/identity') as AzureIdentity;
}
