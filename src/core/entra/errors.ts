/**
 * Microsoft Entra ID token endpoint errors -> ActionableError. Entra answers
 * `{error, error_description, error_codes: [AADSTS numbers], trace_id, correlation_id}`; the AADSTS code
 * says far more than `error`, so rules match codes first. The rule table also feeds docs/troubleshooting.md.
 */
import { ActionableError } from '../errors';
import type { ErrorKind } from '../errors';
import { quote, REDACTED, scrubSecrets } from '../safety/log-safety';
import { ENTRA_SCOPES, scopeSettingOf, type EntraScopeSetting } from './scopes';
import { boundText, endsSentence } from '../safety/server-text';

export interface EntraErrorRule {
  /** Stable code for ActionableError.code and the docs. */
  id: string;
  kind: ErrorKind;
  /** AADSTS numbers this rule explains. */
  codes: number[];
  /** OAuth `error` values this rule explains when no AADSTS code matched. */
  errors?: string[];
  cause: string;
  fix: string;
}

const LOGIN_AGAIN =
  'Run `ado-ephemeral-pat login` again as the bot user and store the new refresh token where the job reads it ' +
  '(the `refresh-token` secret, or the Key Vault secret).';

export const ENTRA_ERROR_RULES: readonly EntraErrorRule[] = [
  {
    id: 'refresh_token_expired',
    kind: 'auth',
    codes: [70008, 700082, 700084, 50173, 9002313, 70043, 700081],
    cause:
      'The refresh token expired, was revoked (password change, admin sign-out, sign-in frequency policy, ' +
      '90 days unused) or is not a valid refresh token for this app and tenant.',
    fix: LOGIN_AGAIN,
  },
  {
    id: 'interaction_required',
    kind: 'auth',
    codes: [50076, 50079, 50158, 53003, 50074, 50072],
    cause:
      'Multi-factor authentication or a Conditional Access policy requires an interactive sign-in, which a ' +
      'password or non-interactive flow cannot do.',
    fix:
      'Use the refresh-token source: run `ado-ephemeral-pat login` once (device code, where MFA can be done) ' +
      'and store the refresh token; or ask an admin to exempt the bot user from the policy for this app.',
  },
  {
    id: 'consent_required',
    kind: 'auth',
    codes: [65001, 65004],
    cause: 'The user (or an admin) has not consented to the Azure DevOps permissions requested.',
    fix:
      'Grant consent: run `ado-ephemeral-pat login` as the bot user and accept, or have an admin use "Grant admin ' +
      'consent" on the app registration\'s API permissions page. An app consented only to user_impersonation ' +
      '(before vso.pats existed) works with `entra-scope` set to default.',
  },
  {
    id: 'app_or_tenant_invalid',
    kind: 'input',
    codes: [7000218, 700016, 90002, 900023, 50059, 90033],
    cause:
      'The app registration or tenant cannot be used: the client id is unknown in this tenant, the tenant does ' +
      'not exist, or the app is not a public client (Entra asked for a client secret).',
    fix:
      'Check the `client-id` and `tenant-id` inputs; on the app registration enable Authentication -> ' +
      '"Allow public client flows".',
  },
  {
    id: 'invalid_username_or_password',
    kind: 'auth',
    codes: [50126],
    cause: 'The username or password is wrong.',
    fix:
      'Check the `username` (a UPN such as bot@contoso.onmicrosoft.com) and `password` inputs. Federated ' +
      '(ADFS) accounts cannot use the password flow: use the refresh-token source.',
  },
  {
    id: 'account_unusable',
    kind: 'auth',
    codes: [50034, 50057, 50053, 50055, 50144],
    cause: 'The bot user does not exist in this tenant, is disabled or locked, or its password has expired.',
    fix: 'Sign in once interactively as the bot user to see what Entra ID asks for, or ask an admin to fix the account.',
  },
  {
    id: 'invalid_scope',
    kind: 'input',
    codes: [70011, 650057, 500011],
    cause:
      'Entra ID cannot issue the Azure DevOps permissions asked for: the app does not list them, or the tenant ' +
      'has no Azure DevOps.',
    fix:
      'Add the delegated Azure DevOps permissions vso.pats and vso.pats_manage to the app registration, and ' +
      'check that the tenant is the one your Azure DevOps organization is connected to.',
  },
  {
    id: 'invalid_client',
    kind: 'auth',
    codes: [7000215, 7000222, 700027, 700024],
    errors: ['invalid_client', 'unauthorized_client'],
    cause: "Entra ID refused the app's credentials or the app is not allowed to use this flow.",
    fix:
      'Check the `client-id` input; for a public client enable "Allow public client flows"; for a federated ' +
      "identity check the federated credential's issuer, subject and audience.",
  },
  {
    id: 'device_code_expired',
    kind: 'auth',
    codes: [70020],
    errors: ['expired_token', 'code_expired'],
    cause: 'The sign-in code expired before it was entered.',
    fix: 'Run `ado-ephemeral-pat login` again and enter the code within the time shown.',
  },
  {
    id: 'authorization_declined',
    kind: 'auth',
    codes: [70019, 65004],
    errors: ['authorization_declined', 'access_denied'],
    cause: 'The user declined the sign-in or the consent prompt.',
    fix: 'Run `ado-ephemeral-pat login` again and accept the permissions asked for.',
  },
  {
    id: 'bad_verification_code',
    kind: 'auth',
    codes: [],
    errors: ['bad_verification_code', 'invalid_device_code'],
    cause: 'Entra ID does not recognise the device code (it was already used, or belongs to another app).',
    fix: 'Run `ado-ephemeral-pat login` again.',
  },
];

/** The generic answer when no rule matches: quote the code and Entra's own description. */
export const ENTRA_FALLBACK = {
  id: 'entra_error',
  kind: 'auth' as ErrorKind,
  cause: 'Microsoft Entra ID refused the request for a reason not listed here.',
  fix: 'Look the AADSTS code up at https://login.microsoftonline.com/error, fix the cause, and run the job again.',
};

export interface EntraErrorBody {
  error?: string;
  error_description?: string;
  error_codes?: number[];
  correlation_id?: string;
  trace_id?: string;
}

export function parseEntraErrorBody(body: string): EntraErrorBody | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const value = parsed as Record<string, unknown>;
    if (typeof value.error !== 'string') return undefined;
    return {
      error: value.error,
      error_description: typeof value.error_description === 'string' ? value.error_description : undefined,
      error_codes: Array.isArray(value.error_codes)
        ? value.error_codes.filter((code): code is number => typeof code === 'number')
        : undefined,
      correlation_id: typeof value.correlation_id === 'string' ? value.correlation_id : undefined,
      trace_id: typeof value.trace_id === 'string' ? value.trace_id : undefined,
    };
  } catch {
    return undefined;
  }
}

/** AADSTS numbers from `error_codes`, else from the description ("AADSTS70008: …"). */
function aadstsCodes(body: EntraErrorBody): number[] {
  if (body.error_codes && body.error_codes.length > 0) return body.error_codes;
  const match = /AADSTS(\d{1,12})/.exec(boundText(body.error_description ?? ''));
  return match?.[1] ? [Number(match[1])] : [];
}

export function findEntraRule(body: EntraErrorBody): EntraErrorRule | undefined {
  const codes = aadstsCodes(body);
  return (
    ENTRA_ERROR_RULES.find((rule) => rule.codes.some((code) => codes.includes(code))) ??
    ENTRA_ERROR_RULES.find((rule) => body.error !== undefined && rule.errors?.includes(body.error))
  );
}

/**
 * Removes exact secret values (the refresh token or password just sent), then bounds the text, then removes
 * anything secret-like. Exact values go first, so that bounding cannot leave a cut secret that no longer
 * matches them.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret.length >= 4) result = result.split(secret).join(REDACTED);
  return scrubSecrets(boundText(result));
}

const TRACE = 'Trace ID:';

/**
 * Entra's description without its trace/correlation/timestamp tail, which is noise in a CI log: the first
 * line, up to whitespace followed by `Trace ID:`. String code: `\s+Trace ID:` retries from every space.
 */
function firstSentences(description: string): string {
  const newline = description.indexOf('\n');
  let head = newline === -1 ? description : description.slice(0, newline);
  for (let at = head.indexOf(TRACE); at !== -1; at = head.indexOf(TRACE, at + 1)) {
    if (at > 0 && /\s/.test(head[at - 1] ?? '')) {
      head = head.slice(0, at);
      break;
    }
  }
  return head.trim();
}

/**
 * @param operation what we asked for, e.g. "redeem the refresh token"
 * @param secrets values sent in the request: never echoed even if Entra quotes them back
 */
export function entraError(
  body: EntraErrorBody,
  operation: string,
  secrets: readonly string[] = [],
): ActionableError {
  const rule = findEntraRule(body);
  const codes = aadstsCodes(body);
  // `error` is printed and used as a code: accept only what OAuth error names look like.
  const errorName = body.error && /^[a-z_]{1,60}$/.test(body.error) ? body.error : 'unknown_error';
  const label = codes.length > 0 ? `AADSTS${codes[0]}` : errorName;
  const description = body.error_description
    ? ` Entra ID said: ${endsSentence(quote(redactSecrets(firstSentences(body.error_description), secrets), 300))}`
    : '';
  const correlation = body.correlation_id
    ? ` (correlation id ${boundText(body.correlation_id, 200)
        .replace(/[^0-9a-f-]/gi, '')
        .slice(0, 36)})`
    : '';
  const chosen = rule ?? ENTRA_FALLBACK;
  return new ActionableError(
    chosen.kind,
    `Microsoft Entra ID refused to ${operation} (${label}): ${chosen.cause}${description}${correlation}`,
    chosen.fix,
    { code: rule ? rule.id : label },
  );
}

/** Refusals that a different `entra-scope` setting can fix. */
const SCOPE_REFUSALS: ReadonlySet<string | undefined> = new Set(['consent_required', 'invalid_scope']);

const SCOPE_ADVICE: Readonly<Record<EntraScopeSetting, string>> = {
  granular:
    `Set \`entra-scope\` to default: the token is then requested for ${ENTRA_SCOPES.default.join(' ')}, the ` +
    'Azure DevOps permissions the app already has consent for (an app consented before vso.pats existed has ' +
    'user_impersonation). Or keep granular and grant consent to vso.pats and vso.pats_manage: run ' +
    '`ado-ephemeral-pat login` as the bot user and accept, or have an admin use "Grant admin consent" on the ' +
    "app registration's API permissions page.",
  default:
    'The app has no consent for any Azure DevOps permission. Add the delegated permissions vso.pats and ' +
    'vso.pats_manage to the app registration and grant consent (run `ado-ephemeral-pat login` as the bot user ' +
    'and accept, or "Grant admin consent"), then set `entra-scope` to granular (the default).',
};

/**
 * A consent or scope refusal, rewritten to say which scopes were requested and which `entra-scope` setting
 * fixes it. Any other error is returned as it is.
 */
export function withScopeAdvice(error: unknown, scopes: readonly string[]): unknown {
  if (!(error instanceof ActionableError) || !SCOPE_REFUSALS.has(error.code)) return error;
  const setting = scopeSettingOf(scopes);
  if (setting === undefined) return error;
  return new ActionableError(
    error.kind,
    `${error.message} Requested with \`entra-scope\` ${setting}: ${scopes.join(' ')}.`,
    SCOPE_ADVICE[setting],
    { code: error.code, status: error.status, cause: error },
  );
}
