/**
 * The `entra-scope` input: which delegated scopes the bot user's Entra token is requested with. Only the
 * known values are accepted (`granular`, `default`, or either one's literal scope string), so an input cannot
 * ask Entra for some other resource's token.
 */
import { ENTRA_SCOPES, scopeSettingOf, type EntraScopeSetting } from '../entra/scopes';
import { InputError } from '../errors';
import { inputRef } from './names';
import { quoteInput } from '../safety/log-safety';

export function parseEntraScope(raw: string | undefined): EntraScopeSetting {
  if (raw === undefined) return 'granular';
  const keyword = raw.trim().toLowerCase();
  if (keyword === 'granular' || keyword === 'default') return keyword;
  const literal = scopeSettingOf(raw.split(/[\s,]+/).filter((part) => part !== ''));
  if (literal !== undefined) return literal;
  throw new InputError(
    'entra-scope',
    `Input ${inputRef('entra-scope')} must be granular or default, got ${quoteInput(raw, 120)}.`,
    `Use granular (the default: ${ENTRA_SCOPES.granular.join(' ')}) or default (${ENTRA_SCOPES.default.join(' ')}, ` +
      'for an app consented only to user_impersonation).',
  );
}
