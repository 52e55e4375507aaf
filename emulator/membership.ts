/**
 * Organization membership. A tenant user whom no one added to the organization signs in to Entra ID
 * normally, but Azure DevOps refuses every call they make in it (seed `nonMembers`, by UPN or object id).
 */
import type { EmulatorConfig } from './config';

export function isOrganizationMember(config: EmulatorConfig, user: { oid: string; upn: string }): boolean {
  const ids = [user.oid.toLowerCase(), user.upn.toLowerCase()];
  return !config.nonMembers.some((entry) => ids.includes(entry.toLowerCase()));
}
