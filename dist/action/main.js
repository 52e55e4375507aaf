"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// src/core/platform-text.ts
var LABELS = {
  github: "GitHub Actions",
  "azure-pipelines": "Azure Pipelines",
  cli: "Command line"
};
function onPlatform(text, platform) {
  return typeof text == "string" ? text : platform !== void 0 ? text[platform] : Object.keys(LABELS).map((name) => `${LABELS[name]}: ${text[name]}`).join(" ");
}
var POST_STEP = {
  github: "the post step",
  "azure-pipelines": "the post-job step",
  cli: "`ado-ephemeral-pat revoke`"
};

// src/core/errors.ts
var ActionableError = class extends Error {
  kind;
  /** The fix, or one per platform when it names a platform's own settings (see fixOn). */
  fixes;
  code;
  status;
  retryable;
  notApplied;
  constructor(kind, message, fix, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause }), this.name = "ActionableError", this.kind = kind, this.fixes = fix, this.code = options.code, this.status = options.status, this.retryable = options.retryable ?? !1, this.notApplied = options.notApplied ?? !1;
  }
  /** The fix, every platform's version when it depends on the platform. */
  get fix() {
    return onPlatform(this.fixes);
  }
  /** The fix as a user of `platform` reads it. */
  fixOn(platform) {
    return onPlatform(this.fixes, platform);
  }
}, InputError = class extends ActionableError {
  input;
  constructor(input, message, fix, code = "invalid_input") {
    super("input", message, fix, { code }), this.name = "InputError", this.input = input;
  }
};
function describeError(error, platform) {
  if (error instanceof ActionableError) {
    let code = error.code === void 0 ? "" : ` ${codeTag(error.code)}`;
    return `${error.message} Fix: ${error.fixOn(platform)}${code}`;
  }
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}. This is a bug in ado-ephemeral-pat; please report it with the step log.`;
}
function codeTag(code) {
  return `[code: ${code}]`;
}

// src/core/inputs/names.ts
var CREDENTIAL_INPUTS = [
  "auth",
  "refresh-token",
  "client-id",
  "tenant-id",
  "access-token",
  "username",
  "password",
  "key-vault-url",
  "key-vault-secret",
  "azure-client-id",
  "azure-tenant-id",
  "entra-scope"
], ENDPOINT_INPUTS = ["authority-host", "vssps-url", "azure-devops-url"], OPT_IN_INPUTS = ["allow-custom-endpoints", "allow-token-scopes"], INPUT_NAMES = /* @__PURE__ */ new Set([
  "organization",
  "scopes",
  "lifetime",
  "display-name",
  "revoke",
  "git-credentials",
  "export-variable",
  "token-type",
  "dry-run",
  "export-for",
  "feeds",
  ...CREDENTIAL_INPUTS,
  ...ENDPOINT_INPUTS,
  ...OPT_IN_INPUTS
]);
function inputRef(name) {
  return `\`${name}\``;
}

// src/core/inputs/characters.ts
var WHITESPACE_OR_CONTROL = /[\s\p{Cc}\p{Cf}]/u, WHITESPACE_CONTROL_OR_BACKSLASH = /[\s\p{Cc}\p{Cf}\\]/u, INVISIBLE_OR_BREAKING = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
function hasWhitespaceOrControl(text) {
  return WHITESPACE_OR_CONTROL.test(text);
}
function hasWhitespaceControlOrBackslash(text) {
  return WHITESPACE_CONTROL_OR_BACKSLASH.test(text);
}

// src/core/safety/log-safety.ts
var ZWSP = "\u200B", HASH_COMMAND = /#(?=#(?:vso)?\[)/gi;
function unicodeEscape(chars) {
  let escaped = "";
  for (let i = 0; i < chars.length; i++) escaped += `\\u${chars.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return escaped;
}
function quote(value, maxLength = 80) {
  let limit = Math.max(1, Math.floor(maxLength)), codePoints = Array.from(value.slice(0, 2 * limit + 1)), truncated = codePoints.length > limit, kept = truncated ? codePoints.slice(0, limit).join("") : value;
  return `"${JSON.stringify(kept).slice(1, -1).replace(INVISIBLE_OR_BREAKING, unicodeEscape).replace(HASH_COMMAND, "\\u0023")}${truncated ? "\u2026" : ""}"`;
}
function quoteInput(value, maxLength = 80) {
  let length = Array.from(value).length;
  return length <= maxLength ? quote(value, maxLength) : `[a ${length}-character value, not shown]`;
}
var LINE_BREAK = /\r\n|\r|\n/, LEADING_COLONS = /^([\s\u0085]*):(?=:)/u, HIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
function neutralizeLine(line) {
  return line.replace(HIDDEN_CONTROL, unicodeEscape).replace(HASH_COMMAND, `#${ZWSP}`).replace(LEADING_COLONS, `$1:${ZWSP}`);
}
function neutralizeCommands(text) {
  return text.split(LINE_BREAK).map(neutralizeLine).join(`
`);
}
var REDACTED = "***", JWT_RUN = /[A-Za-z0-9_.-]+/g, MAX_JWT_DOTS = 4;
function scrubJwtRun(run) {
  let result = "", from = 0;
  for (let at = run.indexOf("eyJ"); at !== -1; at = run.indexOf("eyJ", at + 1)) {
    let dot = run.indexOf(".", at + 3);
    if (dot === -1) break;
    if (dot - (at + 3) < 4) continue;
    let end = dot;
    for (let dots = 0; dots < MAX_JWT_DOTS && end < run.length && run[end] === "."; dots++) {
      let next = run.indexOf(".", end + 1);
      end = next === -1 ? run.length : next;
    }
    result += run.slice(from, at) + REDACTED, from = end, at = end - 1;
  }
  return from === 0 ? run : result + run.slice(from);
}
var SECRET_FIELD = /(\b(?:refresh_token|access_token|id_token|client_secret|client_assertion|assertion|device_code|password|passwd|pwd|secret|token|sig)\b["']?\s*[:=]\s*["']?)([^\s"'&,;{}[\]()<>]+)/gi, CREDENTIAL_HEADER = /(\b(?:proxy-)?authorization\b["']?\s*[:=]\s*["']?)(?:(basic|bearer|negotiate|ntlm|digest|token)\s+)?([^\r\n"']+)/gi, COOKIE_HEADER = /(\b(?:set-)?cookie\b["']?\s*[:=]\s*["']?)([^\r\n"']+)/gi, URL_USER_INFO = /:\/\/([^\s/@:]*):([^\s/@]+)@/g;
function isSchemeCharacter(char) {
  return char !== void 0 && /^[A-Za-z0-9+.-]$/.test(char);
}
function hasScheme(text, end) {
  let start = end;
  for (; isSchemeCharacter(text[start - 1]); ) start--;
  for (let i = start; i < end; i++) {
    let char = text[i] ?? "", before = text[i - 1], wordBefore = before !== void 0 && /^\w$/.test(before);
    if (/^[A-Za-z]$/.test(char) && !wordBefore) return !0;
  }
  return !1;
}
var LONG_RUN = /[A-Za-z0-9+/_=-]{32,}/g, GUID_LIKE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-?)+$/i, PAT_LEGACY = /^[a-z2-7]{52}$/i, PAT_CURRENT = /^[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}$/;
function trimPadding(run) {
  let padding = (char) => char === "/" || char === "_" || char === "=" || char === "-", start = 0, end = run.length;
  for (; start < end && padding(run[start]); ) start++;
  for (; end > start && padding(run[end - 1]); ) end--;
  return run.slice(start, end);
}
function isSecretLike(run) {
  if (PAT_LEGACY.test(run) || PAT_CURRENT.test(run)) return !0;
  if (GUID_LIKE.test(run)) return !1;
  let core = trimPadding(run);
  if (core.length < 32) return !1;
  let digit = /[0-9]/.test(core), upper = /[A-Z]/.test(core), lower = /[a-z]/.test(core);
  return digit && (upper || lower) || upper && lower;
}
function scrubSecrets(text) {
  return text.replace(
    CREDENTIAL_HEADER,
    (_m, key, scheme) => scheme === void 0 ? `${key}${REDACTED}` : `${key}${scheme} ${REDACTED}`
  ).replace(COOKIE_HEADER, `$1${REDACTED}`).replace(
    URL_USER_INFO,
    (match, user, _password, offset, whole) => hasScheme(whole, offset) ? `://${user}:${REDACTED}@` : match
  ).replace(SECRET_FIELD, `$1${REDACTED}`).replace(JWT_RUN, scrubJwtRun).replace(LONG_RUN, (run) => isSecretLike(run) ? REDACTED : run);
}

// src/core/inputs/validate.ts
function readInput(read, name, keepWhitespace = !1) {
  let raw = read(name);
  if (!(raw === void 0 || raw.trim() === ""))
    return keepWhitespace ? raw : raw.trim();
}
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]), FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]), YAML_BOOLEANS = "true, True, TRUE, false, False or FALSE";
function parseBoolean(input, raw, fallback) {
  if (raw === void 0) return fallback;
  let value = raw.trim();
  if (TRUE.has(value)) return !0;
  if (FALSE.has(value)) return !1;
  throw new InputError(input, `Input ${inputRef(input)} must be a boolean, got ${quoteInput(raw)}.`, {
    github: `Set ${inputRef(input)} to ${YAML_BOOLEANS} (default: ${fallback}).`,
    "azure-pipelines": `Set ${inputRef(input)} to true or false, in any case (default: ${fallback}).`,
    cli: `Set ${inputRef(input)} to ${YAML_BOOLEANS} (default: ${fallback}).`
  });
}
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isGuid(value) {
  return GUID.test(value);
}
function parseGuid(input, raw, what = "an application (client) id") {
  let value = raw.trim();
  if (isGuid(value)) return value.toLowerCase();
  throw new InputError(
    input,
    `Input ${inputRef(input)} must be ${what}, a GUID like 00000000-0000-0000-0000-000000000000; got ${quoteInput(raw)}.`,
    `Copy the "Application (client) ID" from the app registration's overview page in the Entra admin center.`
  );
}
var DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, MULTI_TENANT = /* @__PURE__ */ new Set(["organizations", "common", "consumers"]);
function parseTenant(input, raw, allowMultiTenant = !0) {
  let value = raw.trim(), lower = value.toLowerCase();
  if (isGuid(value) || DOMAIN.test(value) || allowMultiTenant && MULTI_TENANT.has(lower)) return lower;
  let alternatives = allowMultiTenant ? ", a verified domain, or organizations" : " or a verified domain";
  throw new InputError(
    input,
    `Input ${inputRef(input)} must be a tenant id (a GUID)${alternatives}; got ${quoteInput(raw)}.`,
    'Copy the "Directory (tenant) ID" from the Entra admin center (Overview page).'
  );
}
var KEY_VAULT_SECRET_NAME_MAX_LENGTH = 127, KEY_VAULT_SECRET_NAME = new RegExp(`^[0-9a-zA-Z-]{1,${KEY_VAULT_SECRET_NAME_MAX_LENGTH}}$`);
function quoteSecretName(name) {
  return quoteInput(name, KEY_VAULT_SECRET_NAME_MAX_LENGTH);
}
function parseKeyVaultSecretName(input, raw) {
  let value = raw.trim();
  if (KEY_VAULT_SECRET_NAME.test(value)) return value;
  throw new InputError(
    input,
    `Input ${inputRef(input)} must be a Key Vault secret name, got ${quoteInput(raw)}.`,
    "Use the secret name only (1 to 127 letters, digits and hyphens), not its URL or value."
  );
}
var QUOTES = /["'\u2018-\u201f\u00ab\u00bb]/, TOKEN_CHARACTERS = /^[\x21-\x7e]+$/;
function checkTokenShape(input, value) {
  let refuse4 = (problem, fix) => new InputError(input, `Input ${inputRef(input)} ${problem} (its value is not shown).`, fix);
  if (/^bearer\s/i.test(value))
    throw new InputError(
      input,
      `Input ${inputRef(input)} starts with "Bearer ".`,
      'Pass the token alone, without the "Bearer " scheme.'
    );
  if (QUOTES.test(value))
    throw refuse4(
      "contains quote characters",
      "Remove the quotes from the value: the secret or variable must hold the token alone, as a single line without spaces."
    );
  if (hasWhitespaceOrControl(value))
    throw refuse4(
      "contains whitespace or control characters",
      "Store the token as a single line without spaces, quotes or a trailing line break."
    );
  if (!TOKEN_CHARACTERS.test(value))
    throw refuse4(
      "contains characters outside printable ASCII, which no token has",
      "Copy the token again as plain text (not from a formatted document) and store it alone, as a single line."
    );
  return value;
}
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/, RESERVED_NAMES = new Set(
  "PATH HOME USER USERNAME USERPROFILE LOGNAME SHELL PWD OLDPWD TMP TEMP TMPDIR LANG LANGUAGE TERM IFS PS1 PS2 PS4 ENV BASH_ENV PROMPT_COMMAND CDPATH PATHEXT COMSPEC SYSTEMROOT WINDIR PROGRAMFILES APPDATA LOCALAPPDATA HOSTNAME CI TF_BUILD HTTP_PROXY HTTPS_PROXY NO_PROXY ALL_PROXY SSL_CERT_FILE SSL_CERT_DIR CLASSPATH PYTHONPATH PYTHONSTARTUP PYTHONHOME PERL5LIB PERL5OPT RUBYOPT RUBYLIB JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS DOTNET_STARTUP_HOOKS GOFLAGS EDITOR VISUAL PAGER".split(" ")
), RESERVED_PREFIXES = [
  "GITHUB_",
  "RUNNER_",
  "ACTIONS_",
  "INPUT_",
  "STATE_",
  "SYSTEM_",
  "AGENT_",
  "BUILD_",
  "RELEASE_",
  "PIPELINE_",
  "ENDPOINT_",
  "VSTS_",
  "LD_",
  "DYLD_",
  "NODE_",
  "NPM_CONFIG_",
  "GIT_",
  "BASH_FUNC_"
];
function parseExportVariable(input, raw) {
  let name = raw.trim();
  if (!ENV_NAME.test(name) || name.length > 255)
    throw new InputError(
      input,
      `Input ${inputRef(input)} must be an environment variable name, got ${quoteInput(raw)}.`,
      "Use letters, digits and underscores, not starting with a digit, e.g. AZURE_DEVOPS_EXT_PAT."
    );
  let upper = name.toUpperCase(), prefix = RESERVED_PREFIXES.find((p) => upper.startsWith(p));
  if (RESERVED_NAMES.has(upper) || prefix !== void 0)
    throw new InputError(
      input,
      `Input ${inputRef(input)} names ${quoteInput(name)}, ${prefix === void 0 ? "a variable" : `in the ${prefix}* namespace,`} that the runner, the shell or a tool relies on: overwriting it would break later steps.`,
      "Choose a name of your own, e.g. AZURE_DEVOPS_EXT_PAT (read by `az devops`) or ADO_PAT."
    );
  return name;
}

// src/core/inputs/dry-run.ts
var DRY_RUN = "dry-run";
function parseDryRun(read) {
  let raw = readInput(read, DRY_RUN);
  if (raw === void 0) return "off";
  if (raw.trim().toLowerCase() === "probe") return "probe";
  try {
    return parseBoolean(DRY_RUN, raw, !1) ? "checks" : "off";
  } catch {
    throw new InputError(
      DRY_RUN,
      `Input ${inputRef(DRY_RUN)} must be true, false or probe, got ${quoteInput(raw)}.`,
      `Set ${inputRef(DRY_RUN)} to true to check without minting, or to probe to also mint and revoke a 5-minute probe token.`
    );
  }
}

// src/core/inputs/token-type.ts
var TOKEN_TYPES = ["pat", "entra"];
function readTokenType(read) {
  let raw = readInput(read, "token-type");
  if (raw === void 0) return "pat";
  let type = TOKEN_TYPES.find((candidate) => candidate === raw.toLowerCase());
  if (type !== void 0) return type;
  throw new InputError(
    "token-type",
    `Input \`token-type\` must be pat or entra, got ${quoteInput(raw, 40)}.`,
    "Use pat (a PAT minted for the bot user) or entra (the job identity's Entra access token, no bot user)."
  );
}

// src/core/entra/jwt.ts
var AZURE_DEVOPS_AUDIENCES = /* @__PURE__ */ new Set([
  "499b84ac-1321-427f-aa17-267ca6975798",
  "api://499b84ac-1321-427f-aa17-267ca6975798",
  "https://app.vssps.visualstudio.com"
]), PAT_SCOPES = ["vso.pats_manage", "user_impersonation"];
function decodeSegment(segment) {
  if (/^[A-Za-z0-9_-]+={0,2}$/.test(segment))
    try {
      let parsed = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
      return typeof parsed == "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
    } catch {
      return;
    }
}
function decodeJwtUnverified(token) {
  let parts = token.trim().split(".");
  if (parts.length !== 3) return;
  let header = decodeSegment(parts[0] ?? ""), payload = decodeSegment(parts[1] ?? "");
  return header && payload ? { header, payload } : void 0;
}
var USER_CREDENTIAL_FIX = "Use a user credential: a refresh token of the bot user from `ado-ephemeral-pat login` (the `refresh-token` input, or a Key Vault secret read by the job identity), the bot user's `username`/`password`, or `auth: azure-cli` after `az login` as that user.";
function audiences(payload) {
  let aud = payload.aud;
  return typeof aud == "string" ? [aud] : Array.isArray(aud) ? aud.filter((value) => typeof value == "string") : [];
}
function assertDelegatedUserToken(token, origin) {
  let decoded = decodeJwtUnverified(token);
  if (!decoded) return;
  let { payload } = decoded, scp = payload.scp;
  if (payload.idtyp === "app" || typeof scp != "string" || scp.trim() === "") {
    let appId = typeof payload.appid == "string" ? payload.appid : payload.azp, who = typeof appId == "string" ? ` (app ${quote(appId, 40)})` : "";
    throw new ActionableError(
      "auth",
      `The Entra token from ${origin} is an app-only token${who}: it belongs to a service principal or managed identity, and Azure DevOps refuses those for PAT management (they cannot create or revoke PATs).`,
      USER_CREDENTIAL_FIX,
      { code: "app_only_token" }
    );
  }
  let aud = audiences(payload);
  if (aud.length > 0 && !aud.some((value) => AZURE_DEVOPS_AUDIENCES.has(value)))
    throw new ActionableError(
      "auth",
      `The Entra token from ${origin} is for ${aud.map((value) => quote(value, 80)).join(", ")}, not for Azure DevOps.`,
      "Request the token for Azure DevOps (resource 499b84ac-1321-427f-aa17-267ca6975798, scope 499b84ac-1321-427f-aa17-267ca6975798/vso.pats_manage), e.g. `az account get-access-token --resource 499b84ac-1321-427f-aa17-267ca6975798`.",
      { code: "wrong_audience" }
    );
}
function tokenExpiry(token) {
  let exp = decodeJwtUnverified(token)?.payload.exp;
  return typeof exp == "number" && Number.isFinite(exp) ? new Date(exp * 1e3) : void 0;
}
function patScopeWarning(token, origin) {
  let scp = decodeJwtUnverified(token)?.payload.scp;
  if (typeof scp != "string") return;
  let granted = scp.split(/\s+/);
  if (!PAT_SCOPES.some((scope) => granted.includes(scope)))
    return `The Entra token from ${origin} has the scopes ${quote(scp, 200)} but not vso.pats_manage: Azure DevOps will probably refuse to create or revoke a PAT. Consent to vso.pats and vso.pats_manage for the app.`;
}

// src/core/credentials/credential.ts
var TokenCache = class {
  constructor(now = Date.now) {
    this.now = now;
  }
  now;
  cached;
  pending;
  get(fetch) {
    return this.cached && this.cached.expiresOn.getTime() - 3e5 > this.now() ? Promise.resolve(this.cached.token) : (this.pending ??= fetch().then((fresh) => (this.cached = fresh, fresh.token)).finally(() => {
      this.pending = void 0;
    }), this.pending);
  }
};

// src/core/credentials/access-token.ts
var ORIGIN = "the `access-token` input", AccessTokenCredential = class {
  constructor(accessToken, context, now = Date.now) {
    this.accessToken = accessToken;
    this.context = context;
    this.now = now;
    context.mask(accessToken);
  }
  accessToken;
  context;
  now;
  source = "access-token";
  checked = !1;
  // async so a failed check rejects the promise rather than throwing synchronously
  // eslint-disable-next-line @typescript-eslint/require-await
  async getAccessToken() {
    return this.check(), this.accessToken;
  }
  check() {
    assertDelegatedUserToken(this.accessToken, ORIGIN);
    let expiry = tokenExpiry(this.accessToken);
    if (expiry && expiry.getTime() <= this.now())
      throw new ActionableError(
        "auth",
        `The Entra token from ${ORIGIN} expired at ${expiry.toISOString()}.`,
        "Obtain the token right before this step (Entra access tokens live about an hour), or use the refresh-token source, which fetches fresh tokens itself.",
        { code: "access_token_expired" }
      );
    if (this.checked) return;
    this.checked = !0, expiry && expiry.getTime() - 3e5 <= this.now() && this.context.warn(
      `The Entra token from ${ORIGIN} expires at ${expiry.toISOString()}, in less than 5 minutes: revoking the PAT at the end of the job may fail. Prefer the refresh-token source.`
    );
    let warning = patScopeWarning(this.accessToken, ORIGIN);
    warning && this.context.warn(warning);
  }
};

// src/core/entra/scopes.ts
var AZURE_DEVOPS_RESOURCE = "499b84ac-1321-427f-aa17-267ca6975798", PAT_MANAGEMENT_SCOPES = [
  `${AZURE_DEVOPS_RESOURCE}/vso.pats`,
  `${AZURE_DEVOPS_RESOURCE}/vso.pats_manage`
], DEFAULT_RESOURCE_SCOPE = `${AZURE_DEVOPS_RESOURCE}/.default`, ENTRA_SCOPES = {
  granular: PAT_MANAGEMENT_SCOPES,
  default: [DEFAULT_RESOURCE_SCOPE]
};
function scopeSettingOf(scopes) {
  for (let [setting, list] of Object.entries(ENTRA_SCOPES))
    if (list.length === scopes.length && list.every((scope) => scopes.includes(scope))) return setting;
}

// src/core/safety/server-text.ts
var MAX_SERVER_TEXT = 8 * 1024;
function isTokenCharacter(code) {
  return code >= 48 && code <= 57 || // 0-9
  code >= 65 && code <= 90 || // A-Z
  code >= 97 && code <= 122 || // a-z
  code === 43 || // +
  code === 45 || // -
  code === 46 || // .
  code === 47 || // /
  code === 61 || // =
  code === 95 || // _
  code === 126 || // ~
  code === 37;
}
function boundText(text, max = MAX_SERVER_TEXT) {
  if (text.length <= max) return text;
  let end = max;
  for (; end > 0 && isTokenCharacter(text.charCodeAt(end - 1)); ) end--;
  let last = text.charCodeAt(end - 1);
  return end > 0 && last >= 55296 && last <= 56319 && end--, `${text.slice(0, end)}\u2026`;
}
function serverText(text, maxLength = 300) {
  return quote(scrubSecrets(boundText(text).trim()), maxLength);
}
var CODE = /^[A-Za-z][A-Za-z0-9_.]{0,63}$/;
function printableCode(value) {
  if (!(typeof value != "string" || !CODE.test(value)) && !(value.startsWith("eyJ") || value.length >= 20 && /[0-9]/.test(value)))
    return value;
}
function endsSentence(quoted) {
  return /[.!?…]"$/u.test(quoted) ? quoted : `${quoted}.`;
}

// src/core/entra/errors.ts
var LOGIN_AGAIN = "Run `ado-ephemeral-pat login` again as the bot user and store the new refresh token where the job reads it (the `refresh-token` secret, or the Key Vault secret).", ENTRA_ERROR_RULES = [
  {
    id: "refresh_token_expired",
    kind: "auth",
    codes: [70008, 700082, 700084, 50173, 9002313, 70043, 700081],
    cause: "The refresh token expired, was revoked (password change, admin sign-out, sign-in frequency policy, 90 days unused) or is not a valid refresh token for this app and tenant.",
    fix: LOGIN_AGAIN
  },
  {
    id: "interaction_required",
    kind: "auth",
    codes: [50076, 50079, 50158, 53003, 50074, 50072],
    cause: "Multi-factor authentication or a Conditional Access policy requires an interactive sign-in, which a password or non-interactive flow cannot do.",
    fix: "Use the refresh-token source: run `ado-ephemeral-pat login` once (device code, where MFA can be done) and store the refresh token; or ask an admin to exempt the bot user from the policy for this app."
  },
  {
    id: "consent_required",
    kind: "auth",
    codes: [65001, 65004],
    cause: "The user (or an admin) has not consented to the Azure DevOps permissions requested.",
    fix: 'Grant consent: run `ado-ephemeral-pat login` as the bot user and accept, or have an admin use "Grant admin consent" on the app registration\'s API permissions page. An app consented only to user_impersonation (before vso.pats existed) works with `entra-scope` set to default.'
  },
  {
    id: "app_or_tenant_invalid",
    kind: "input",
    codes: [7000218, 700016, 90002, 900023, 50059, 90033],
    cause: "The app registration or tenant cannot be used: the client id is unknown in this tenant, the tenant does not exist, or the app is not a public client (Entra asked for a client secret).",
    fix: 'Check the `client-id` and `tenant-id` inputs; on the app registration enable Authentication -> "Allow public client flows".'
  },
  {
    id: "invalid_username_or_password",
    kind: "auth",
    codes: [50126],
    cause: "The username or password is wrong.",
    fix: "Check the `username` (a UPN such as bot@contoso.onmicrosoft.com) and `password` inputs. Federated (ADFS) accounts cannot use the password flow: use the refresh-token source."
  },
  {
    id: "account_unusable",
    kind: "auth",
    codes: [50034, 50057, 50053, 50055, 50144],
    cause: "The bot user does not exist in this tenant, is disabled or locked, or its password has expired.",
    fix: "Sign in once interactively as the bot user to see what Entra ID asks for, or ask an admin to fix the account."
  },
  {
    id: "invalid_scope",
    kind: "input",
    codes: [70011, 650057, 500011],
    cause: "Entra ID cannot issue the Azure DevOps permissions asked for: the app does not list them, or the tenant has no Azure DevOps.",
    fix: "Add the delegated Azure DevOps permissions vso.pats and vso.pats_manage to the app registration, and check that the tenant is the one your Azure DevOps organization is connected to."
  },
  {
    id: "invalid_client",
    kind: "auth",
    codes: [7000215, 7000222, 700027, 700024],
    errors: ["invalid_client", "unauthorized_client"],
    cause: "Entra ID refused the app's credentials or the app is not allowed to use this flow.",
    fix: 'Check the `client-id` input; for a public client enable "Allow public client flows"; for a federated identity check the federated credential\'s issuer, subject and audience.'
  },
  {
    id: "device_code_expired",
    kind: "auth",
    codes: [70020],
    errors: ["expired_token", "code_expired"],
    cause: "The sign-in code expired before it was entered.",
    fix: "Run `ado-ephemeral-pat login` again and enter the code within the time shown."
  },
  {
    id: "authorization_declined",
    kind: "auth",
    codes: [70019, 65004],
    errors: ["authorization_declined", "access_denied"],
    cause: "The user declined the sign-in or the consent prompt.",
    fix: "Run `ado-ephemeral-pat login` again and accept the permissions asked for."
  },
  {
    id: "bad_verification_code",
    kind: "auth",
    codes: [],
    errors: ["bad_verification_code", "invalid_device_code"],
    cause: "Entra ID does not recognise the device code (it was already used, or belongs to another app).",
    fix: "Run `ado-ephemeral-pat login` again."
  }
], ENTRA_FALLBACK = {
  id: "entra_error",
  kind: "auth",
  cause: "Microsoft Entra ID refused the request for a reason not listed here.",
  fix: "Look the AADSTS code up at https://login.microsoftonline.com/error, fix the cause, and run the job again."
};
function parseEntraErrorBody(body) {
  try {
    let parsed = JSON.parse(body);
    if (typeof parsed != "object" || parsed === null) return;
    let value = parsed;
    return typeof value.error != "string" ? void 0 : {
      error: value.error,
      error_description: typeof value.error_description == "string" ? value.error_description : void 0,
      error_codes: Array.isArray(value.error_codes) ? value.error_codes.filter((code) => typeof code == "number") : void 0,
      correlation_id: typeof value.correlation_id == "string" ? value.correlation_id : void 0,
      trace_id: typeof value.trace_id == "string" ? value.trace_id : void 0
    };
  } catch {
    return;
  }
}
function aadstsCodes(body) {
  if (body.error_codes && body.error_codes.length > 0) return body.error_codes;
  let match = /AADSTS(\d{1,12})/.exec(boundText(body.error_description ?? ""));
  return match?.[1] ? [Number(match[1])] : [];
}
function findEntraRule(body) {
  let codes = aadstsCodes(body);
  return ENTRA_ERROR_RULES.find((rule) => rule.codes.some((code) => codes.includes(code))) ?? ENTRA_ERROR_RULES.find((rule) => body.error !== void 0 && rule.errors?.includes(body.error));
}
function redactSecrets(text, secrets) {
  let result = text;
  for (let secret of secrets) secret.length >= 4 && (result = result.split(secret).join(REDACTED));
  return scrubSecrets(boundText(result));
}
var TRACE = "Trace ID:";
function firstSentences(description) {
  let newline = description.indexOf(`
`), head = newline === -1 ? description : description.slice(0, newline);
  for (let at = head.indexOf(TRACE); at !== -1; at = head.indexOf(TRACE, at + 1))
    if (at > 0 && /\s/.test(head[at - 1] ?? "")) {
      head = head.slice(0, at);
      break;
    }
  return head.trim();
}
function entraError(body, operation, secrets = []) {
  let rule = findEntraRule(body), codes = aadstsCodes(body), errorName = body.error && /^[a-z_]{1,60}$/.test(body.error) ? body.error : "unknown_error", label = codes.length > 0 ? `AADSTS${codes[0]}` : errorName, description = body.error_description ? ` Entra ID said: ${endsSentence(quote(redactSecrets(firstSentences(body.error_description), secrets), 300))}` : "", correlation = body.correlation_id ? ` (correlation id ${boundText(body.correlation_id, 200).replace(/[^0-9a-f-]/gi, "").slice(0, 36)})` : "", chosen = rule ?? ENTRA_FALLBACK;
  return new ActionableError(
    chosen.kind,
    `Microsoft Entra ID refused to ${operation} (${label}): ${chosen.cause}${description}${correlation}`,
    chosen.fix,
    { code: rule ? rule.id : label }
  );
}
var SCOPE_REFUSALS = /* @__PURE__ */ new Set(["consent_required", "invalid_scope"]), SCOPE_ADVICE = {
  granular: `Set \`entra-scope\` to default: the token is then requested for ${ENTRA_SCOPES.default.join(" ")}, the Azure DevOps permissions the app already has consent for (an app consented before vso.pats existed has user_impersonation). Or keep granular and grant consent to vso.pats and vso.pats_manage: run \`ado-ephemeral-pat login\` as the bot user and accept, or have an admin use "Grant admin consent" on the app registration's API permissions page.`,
  default: 'The app has no consent for any Azure DevOps permission. Add the delegated permissions vso.pats and vso.pats_manage to the app registration and grant consent (run `ado-ephemeral-pat login` as the bot user and accept, or "Grant admin consent"), then set `entra-scope` to granular (the default).'
};
function withScopeAdvice(error, scopes) {
  if (!(error instanceof ActionableError) || !SCOPE_REFUSALS.has(error.code)) return error;
  let setting = scopeSettingOf(scopes);
  return setting === void 0 ? error : new ActionableError(
    error.kind,
    `${error.message} Requested with \`entra-scope\` ${setting}: ${scopes.join(" ")}.`,
    SCOPE_ADVICE[setting],
    { code: error.code, status: error.status, cause: error }
  );
}

// src/core/entra/token-client.ts
var OFFLINE_ACCESS = "offline_access", DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code", JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
function withOfflineAccess(scopes) {
  return [.../* @__PURE__ */ new Set([...scopes, OFFLINE_ACCESS])].join(" ");
}
function positiveNumber(value) {
  let number = typeof value == "string" ? Number(value) : value;
  return typeof number == "number" && Number.isFinite(number) && number > 0 ? number : void 0;
}
function accountOf(idToken, accessToken) {
  for (let token of [idToken, accessToken]) {
    if (typeof token != "string") continue;
    let claims = decodeJwtUnverified(token)?.payload, name = claims?.preferred_username ?? claims?.upn ?? claims?.unique_name;
    if (typeof name == "string") return name;
  }
}
var EntraClient = class {
  base;
  http;
  mask;
  sleep;
  now;
  constructor(options) {
    this.base = `${options.authorityHost.replace(/\/+$/, "")}/${encodeURIComponent(options.tenantId)}/oauth2/v2.0`, this.http = options.http, this.mask = options.mask ?? (() => {
    }), this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))), this.now = options.now ?? Date.now;
  }
  /** Adds offline_access so Entra returns the rotated refresh token, which the caller must keep. */
  redeemRefreshToken(input) {
    let scopes = input.scopes ?? PAT_MANAGEMENT_SCOPES, form = {
      grant_type: "refresh_token",
      client_id: input.clientId,
      refresh_token: input.refreshToken,
      scope: withOfflineAccess(scopes)
    };
    return this.token(form, "redeem the refresh token", [input.refreshToken], scopes);
  }
  /** Resource-owner password grant: deprecated by Microsoft, fails under MFA and Conditional Access. */
  passwordGrant(input) {
    let scopes = input.scopes ?? PAT_MANAGEMENT_SCOPES, form = {
      grant_type: "password",
      client_id: input.clientId,
      username: input.username,
      password: input.password,
      scope: withOfflineAccess(scopes)
    }, operation = `sign in as ${input.username.replace(/[^\w.@+-]/g, "")}`;
    return this.token(form, operation, [input.password], scopes);
  }
  /**
   * App-only token for the job's own identity (e.g. Key Vault access with a federated client assertion).
   * Such a token can never mint a PAT.
   */
  clientCredentials(input) {
    let form = {
      grant_type: "client_credentials",
      client_id: input.clientId,
      scope: input.scopes.join(" ")
    };
    input.clientAssertion !== void 0 && (form.client_assertion_type = JWT_BEARER_ASSERTION, form.client_assertion = input.clientAssertion), input.clientSecret !== void 0 && (form.client_secret = input.clientSecret);
    let secrets = [input.clientAssertion, input.clientSecret].filter((s) => s !== void 0);
    return this.token(form, "issue a token for the job identity", secrets);
  }
  async startDeviceCode(input) {
    let scopes = input.scopes ?? PAT_MANAGEMENT_SCOPES, form = { client_id: input.clientId, scope: withOfflineAccess(scopes) }, json = await this.post("devicecode", form, "start the device code sign-in", []).catch(
      (error) => {
        throw withScopeAdvice(error, scopes);
      }
    ), deviceCode = json.device_code, userCode = json.user_code, verificationUri = json.verification_uri ?? json.verification_url;
    if (typeof deviceCode != "string" || typeof userCode != "string" || typeof verificationUri != "string")
      throw this.malformed("the device code response lacks device_code, user_code or verification_uri");
    this.mask(deviceCode);
    let expiresIn = positiveNumber(json.expires_in) ?? 900, interval = positiveNumber(json.interval) ?? 5, message = typeof json.message == "string" ? json.message : `To sign in, open ${verificationUri} and enter the code ${userCode}.`;
    return { deviceCode, userCode, verificationUri, expiresIn, interval, message };
  }
  /** Polls until the user signs in; slow_down adds 5 s to the interval, as RFC 8628 asks. */
  async pollDeviceCode(input) {
    let deadline = this.now() + input.expiresIn * 1e3, interval = Math.max(1, input.interval), form = { grant_type: DEVICE_CODE_GRANT, client_id: input.clientId, device_code: input.deviceCode };
    for (; this.now() + interval * 1e3 <= deadline; ) {
      await this.sleep(interval * 1e3);
      let response = await this.http.send(this.request("token", form), { idempotent: !0 }), pending2 = parseEntraErrorBody(response.body)?.error;
      if (!(response.status === 400 && pending2 === "authorization_pending")) {
        if (response.status === 400 && pending2 === "slow_down") {
          interval += 5;
          continue;
        }
        return this.tokens(response, "complete the device code sign-in", [input.deviceCode]);
      }
    }
    throw entraError({ error: "expired_token" }, "complete the device code sign-in");
  }
  /** `scopes`: the delegated scopes asked for, so that a consent refusal can say which setting fixes it. */
  token(form, operation, secrets, scopes = []) {
    return this.http.send(this.request("token", form), { idempotent: !0 }).then((response) => this.tokens(response, operation, secrets)).catch((error) => {
      throw withScopeAdvice(error, scopes);
    });
  }
  request(endpoint, form) {
    return {
      method: "POST",
      url: `${this.base}/${endpoint}`,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams(form).toString()
    };
  }
  async post(endpoint, form, operation, secrets) {
    let response = await this.http.send(this.request(endpoint, form), { idempotent: !0 });
    return this.json(response, operation, secrets);
  }
  tokens(response, operation, secrets) {
    let json = this.json(response, operation, secrets);
    for (let key of ["access_token", "refresh_token", "id_token"]) {
      let value = json[key];
      typeof value == "string" && value !== "" && this.mask(value);
    }
    let accessToken = json.access_token;
    if (typeof accessToken != "string" || accessToken === "")
      throw this.malformed("the token response has no access_token");
    let expiresIn = positiveNumber(json.expires_in) ?? 3600;
    return {
      accessToken,
      refreshToken: typeof json.refresh_token == "string" && json.refresh_token !== "" ? json.refresh_token : void 0,
      expiresOn: new Date(this.now() + expiresIn * 1e3),
      scope: typeof json.scope == "string" ? json.scope : void 0,
      account: accountOf(json.id_token, accessToken)
    };
  }
  json(response, operation, secrets) {
    let parsed;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      parsed = void 0;
    }
    let isObject2 = typeof parsed == "object" && parsed !== null && !Array.isArray(parsed);
    if (response.status >= 200 && response.status < 300 && isObject2) return parsed;
    let error = parseEntraErrorBody(response.body);
    throw error ? entraError(error, operation, secrets) : this.unexpected(response, operation);
  }
  unexpected(response, operation) {
    let type = response.headers.get("content-type")?.split(";")[0] ?? "no content type", wrongEndpoint = response.status === 404 || response.status === 405 || /html/.test(type);
    return new ActionableError(
      wrongEndpoint ? "input" : "server",
      `The Entra ID endpoint ${this.base} did not answer like Microsoft Entra ID when asked to ${operation} (HTTP ${response.status}, ${type}).`,
      wrongEndpoint ? "Check the `authority-host` input (e.g. https://login.microsoftonline.com) and the `tenant-id` input; a proxy that answers with its own page can also cause this." : "This is usually temporary: run the job again later.",
      { code: "unexpected_entra_response", status: response.status, retryable: !wrongEndpoint }
    );
  }
  malformed(detail) {
    return new ActionableError(
      "server",
      `Microsoft Entra ID answered in an unexpected shape: ${detail}.`,
      "Check the `authority-host` input; if it is right, run the job again later.",
      { code: "unexpected_entra_response" }
    );
  }
};

// src/core/safety/cmd-line.ts
var import_node_path2 = __toESM(require("node:path"));

// src/core/safety/find-program.ts
var import_node_fs = require("node:fs"), import_node_path = __toESM(require("node:path")), STARTABLE = /* @__PURE__ */ new Set([".COM", ".EXE", ".BAT", ".CMD"]), DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD";
function envVariable(env, name) {
  let key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === void 0 ? void 0 : env[key];
}
function windowsAbsolute(entry) {
  return /^[A-Za-z]:[\\/]/.test(entry) || /^[\\/]{2}[^\\/]/.test(entry);
}
function defaultIsFile(file) {
  try {
    return (0, import_node_fs.statSync)(file).isFile();
  } catch {
    return !1;
  }
}
function searchDirectories(lookup) {
  let windows = lookup.platform === "win32", paths = windows ? import_node_path.default.win32 : import_node_path.default.posix, raw = envVariable(lookup.env, "PATH") ?? "", cwd = paths.resolve(lookup.cwd), same = (a, b) => windows ? a.toLowerCase() === b.toLowerCase() : a === b;
  return raw.split(windows ? ";" : ":").map((entry) => windows ? entry.trim().replace(/^"(.*)"$/, "$1") : entry).filter((entry) => windows ? windowsAbsolute(entry) : paths.isAbsolute(entry)).filter((entry) => !same(paths.resolve(entry), cwd));
}
function candidateNames(name, lookup) {
  if (lookup.platform !== "win32") return [name];
  let extensions = (envVariable(lookup.env, "PATHEXT") || DEFAULT_PATHEXT).split(";").map((ext) => ext.trim().toUpperCase()).filter((ext) => STARTABLE.has(ext));
  return [...new Set(extensions)].map((ext) => `${name}${ext.toLowerCase()}`);
}
function findProgram(name, lookup = {}) {
  let full = {
    platform: lookup.platform ?? process.platform,
    env: lookup.env ?? process.env,
    cwd: lookup.cwd ?? process.cwd(),
    isFile: lookup.isFile ?? defaultIsFile
  }, paths = full.platform === "win32" ? import_node_path.default.win32 : import_node_path.default.posix;
  for (let dir of searchDirectories(full))
    for (let candidate of candidateNames(name, full)) {
      let file = paths.join(dir, candidate);
      if (full.isFile(file)) return file;
    }
}

// src/core/safety/cmd-line.ts
var UNSAFE = /["%!^\r\n\0]/;
function quoteForCmd(text) {
  if (UNSAFE.test(text) || text === "")
    throw new Error(`Refusing to pass ${JSON.stringify(text)} through cmd.exe: it is not a plain argument.`);
  return `"${text}"`;
}
function commandInterpreter(env) {
  let get = (name) => envVariable(env, name), comspec = get("COMSPEC");
  if (comspec !== void 0 && /^[A-Za-z]:\\/.test(comspec)) return comspec;
  let root = get("SYSTEMROOT");
  return import_node_path2.default.win32.join(
    root !== void 0 && /^[A-Za-z]:\\/.test(root) ? root : "C:\\Windows",
    "System32",
    "cmd.exe"
  );
}
function cmdInvocation(script, args, env) {
  let line = [script, ...args].map(quoteForCmd).join(" ");
  return {
    file: commandInterpreter(env),
    args: ["/d", "/s", "/c", `"${line}"`],
    windowsVerbatimArguments: !0
  };
}

// src/core/credentials/azure-cli.ts
var AZ_ARGS = [
  "account",
  "get-access-token",
  "--resource",
  AZURE_DEVOPS_RESOURCE,
  "--output",
  "json"
], ORIGIN2 = "the Azure CLI (`az account get-access-token`)", AZ_TIMEOUT_MS = 6e4, AzError = class extends Error {
  constructor(error, stderr) {
    super(error.message);
    this.stderr = stderr;
    this.name = "AzError", this.code = error.code, this.killed = error.killed === !0;
  }
  stderr;
  code;
  killed;
}, AZ_ENV_NAMES = /* @__PURE__ */ new Set([
  // Programs, the user's profile and temporary files; on Windows also what cmd.exe and Python start with.
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "TMPDIR",
  "TMP",
  "TEMP",
  "SYSTEMROOT",
  "SYSTEMDRIVE",
  "WINDIR",
  "COMSPEC",
  "PATHEXT",
  "USERPROFILE",
  "USERNAME",
  "HOMEDRIVE",
  "HOMEPATH",
  "APPDATA",
  "LOCALAPPDATA",
  "PROGRAMDATA",
  "PROGRAMFILES",
  "PROGRAMFILES(X86)",
  // Its sign-in and settings.
  "AZURE_CONFIG_DIR",
  "AZURE_CLI_DISABLE_CONNECTION_VERIFICATION",
  // The network: proxies and the certificate authorities Python's requests trusts.
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "REQUESTS_CA_BUNDLE",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "CURL_CA_BUNDLE",
  // The locale, which decides the encoding of what it prints.
  "LANG",
  "LANGUAGE"
]), AZ_ENV_PREFIXES = ["AZURE_CORE_", "AZURE_CLOUD_", "AZURE_EXTENSION_", "AZURE_LOGGING_", "LC_"];
function azEnvironment(env) {
  let kept = {};
  for (let [name, value] of Object.entries(env)) {
    let upper = name.toUpperCase();
    value !== void 0 && (AZ_ENV_NAMES.has(upper) || AZ_ENV_PREFIXES.some((prefix) => upper.startsWith(prefix))) && (kept[name] = value);
  }
  return kept;
}
function azCommand(args, lookup) {
  let platform = lookup.platform ?? process.platform;
  if (platform !== "win32") return { file: "az", args: [...args], windowsVerbatimArguments: !1 };
  let found = findProgram("az", { ...lookup, platform });
  if (found === void 0)
    throw Object.assign(new Error("az was not found on the absolute PATH entries"), { code: "ENOENT" });
  return /\.(bat|cmd)$/i.test(found) ? cmdInvocation(found, args, lookup.env) : { file: found, args: [...args], windowsVerbatimArguments: !1 };
}
var runAz = async (args) => {
  let { execFile } = await import("node:child_process"), env = azEnvironment(process.env), command;
  try {
    command = azCommand(args, { env: process.env });
  } catch (error) {
    throw new AzError(error, error.message);
  }
  return new Promise((resolve, reject) => {
    execFile(
      command.file,
      command.args,
      {
        env,
        timeout: AZ_TIMEOUT_MS,
        windowsHide: !0,
        windowsVerbatimArguments: command.windowsVerbatimArguments,
        maxBuffer: 1024 * 1024
      },
      (error, stdout, stderr) => {
        error ? reject(new AzError(error, stderr)) : resolve({ stdout, stderr });
      }
    );
  });
};
function parseAzExpiry(output) {
  let epoch = typeof output.expires_on == "string" ? Number(output.expires_on) : output.expires_on;
  if (typeof epoch == "number" && Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1e3);
  if (typeof output.expiresOn == "string") {
    let local = Date.parse(output.expiresOn.trim().replace(" ", "T"));
    if (!Number.isNaN(local)) return new Date(local);
  }
}
var SIGNED_OUT = /az login|not logged in|no subscription found|AADSTS70043|AADSTS700082/i;
function notLoggedIn(stderr) {
  return SIGNED_OUT.test(stderr) ? !0 : stderr.split(/[\n\r\u2028\u2029]/).some((line) => {
    let lower = line.toLowerCase(), at = lower.indexOf("refresh token");
    return at !== -1 && lower.includes("expired", at + 13);
  });
}
function failure(error) {
  let details = error;
  if (details.code === "ENOENT")
    return new ActionableError(
      "input",
      "The Azure CLI (`az`) is not installed on this runner or not on PATH.",
      "Install the Azure CLI and run `az login` as the bot user before this step, or choose another credential source (refresh-token is recommended).",
      { code: "azure_cli_missing" }
    );
  let stderr = typeof details.stderr == "string" ? boundText(details.stderr) : "";
  if (notLoggedIn(stderr))
    return new ActionableError(
      "auth",
      "The Azure CLI is not signed in (or its sign-in expired).",
      "Run `az login` as the bot user (a user account, not --service-principal or --identity) on this runner before this step; `az login --use-device-code` works on a headless runner.",
      { code: "azure_cli_not_logged_in" }
    );
  let firstLine = stderr.split(/\r?\n/).find((line) => line.trim() !== "") ?? "", said2 = firstLine ? ` It said: ${endsSentence(quote(scrubSecrets(firstLine.trim()), 300))}` : "";
  return new ActionableError(
    "auth",
    `\`az account get-access-token\` failed${details.killed === !0 ? " (timed out)" : ""}.${said2}`,
    "Run `az account get-access-token --resource 499b84ac-1321-427f-aa17-267ca6975798` on the runner to see the whole message; `az login` as the bot user again if its sign-in expired.",
    { code: "azure_cli_failed", cause: error }
  );
}
function parseOutput(stdout, mask) {
  let output;
  try {
    output = JSON.parse(stdout);
  } catch {
    output = void 0;
  }
  let token = output?.accessToken;
  if (typeof token != "string" || token === "")
    throw new ActionableError(
      "server",
      "`az account get-access-token` printed no accessToken (its output is not shown: it may hold a token).",
      "Update the Azure CLI, and check that `az account get-access-token --output json` works on the runner.",
      { code: "azure_cli_unexpected_output" }
    );
  mask(token);
  let expiresOn = tokenExpiry(token) ?? parseAzExpiry(output ?? {}) ?? new Date(Date.now() + 5 * 6e4);
  return { token, expiresOn };
}
var AzureCliCredential = class {
  constructor(context, run = runAz, now) {
    this.context = context;
    this.run = run;
    this.cache = new TokenCache(now);
  }
  context;
  run;
  source = "azure-cli";
  cache;
  getAccessToken() {
    return this.cache.get(() => this.fetch());
  }
  async fetch() {
    this.context.debug("Asking the Azure CLI for a token for Azure DevOps.");
    let result;
    try {
      result = await this.run(AZ_ARGS);
    } catch (error) {
      throw failure(error);
    }
    let fresh = parseOutput(result.stdout, (secret) => this.context.mask(secret));
    try {
      assertDelegatedUserToken(fresh.token, ORIGIN2);
    } catch (error) {
      throw !(error instanceof ActionableError) || error.code !== "app_only_token" ? error : new ActionableError(
        error.kind,
        `${error.message} The Azure CLI is signed in as a service principal or managed identity.`,
        "Run `az login` as the bot user (a user account) on this runner instead of `az login --service-principal` or `--identity`; or choose another credential source (refresh-token is recommended).",
        { code: error.code, cause: error }
      );
    }
    let warning = patScopeWarning(fresh.token, ORIGIN2);
    return warning && this.context.warn(warning), fresh;
  }
};

// src/core/safety/shell-command.ts
var PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
function shellQuote(value) {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
function shellArg(value) {
  return PLAIN_WORD.test(value) ? value : shellQuote(value);
}
function cliCommand(args) {
  return ["npx", "ado-ephemeral-pat", ...args].map(shellArg).join(" ");
}

// src/core/credentials/azure-identity-loader.ts
function loadAzureIdentity() {
  return require("../chunks/azure-identity.js");
}

// src/core/credentials/federation.ts
var TOKEN_EXCHANGE_AUDIENCE = "api://AzureADTokenExchange", FEDERATION_MISMATCH = [70021, 700211, 700212, 700213], ADD_FEDERATED_CREDENTIAL = "Add a federated credential to that app registration (Certificates & secrets > Federated credentials) with exactly this issuer and subject and the audience api://AzureADTokenExchange.";
function federationMismatch(clientId, oidcToken2, cause) {
  let claims = oidcToken2 ? decodeJwtUnverified(oidcToken2)?.payload : void 0, text = (value) => typeof value == "string" ? value : "", presented = typeof claims?.sub == "string" ? ` The job presented issuer ${quote(text(claims.iss), 120)}, subject ${quote(claims.sub, 200)}, audience ${quote(text(claims.aud), 80)}.` : "";
  return new ActionableError(
    "auth",
    `No federated credential of the app ${clientId} matches this job's OIDC token.${presented} (${cause.message})`,
    {
      github: `${ADD_FEDERATED_CREDENTIAL} Issuer https://token.actions.githubusercontent.com, subject repo:OWNER/REPO:ref:refs/heads/BRANCH or repo:OWNER/REPO:environment:NAME. See docs/credentials.md.`,
      "azure-pipelines": `Use the app registration of the azureSubscription service connection: a service connection with workload identity federation creates the matching federated credential. Otherwise: ${ADD_FEDERATED_CREDENTIAL} See docs/credentials.md.`,
      cli: `${ADD_FEDERATED_CREDENTIAL} See docs/credentials.md.`
    },
    { code: "federated_credential_mismatch", cause }
  );
}

// src/core/credentials/key-vault-auth.ts
var RENEW_MARGIN_MS = 300 * 1e3;
function keyVaultScope(vaultUrl) {
  let host2 = new URL(vaultUrl).hostname.toLowerCase();
  return `https://${/^[^.]+\.(vault\.[a-z0-9.-]+)$/.exec(host2)?.[1] ?? "vault.azure.net"}/.default`;
}
function cached(fetch, mask) {
  let current;
  return async () => {
    if (current && current.expiresOnTimestamp - RENEW_MARGIN_MS > Date.now()) return current.token;
    let fresh = await fetch();
    return mask(fresh.token), current = fresh, fresh.token;
  };
}
function entraBodyOf(error) {
  let shape = error ?? {};
  if (Array.isArray(shape.errors))
    for (let inner of shape.errors) {
      let body = entraBodyOf(inner);
      if (body) return body;
    }
  let response = shape.errorResponse, message = typeof shape.message == "string" ? boundText(shape.message) : "", description = typeof response?.errorDescription == "string" ? boundText(response.errorDescription) : message, codes = Array.isArray(response?.errorCodes) ? response.errorCodes.filter((c) => typeof c == "number") : [...description.matchAll(/AADSTS(\d{1,12})/g)].map((m) => Number(m[1]));
  if (!(typeof response?.error != "string" && codes.length === 0))
    return {
      error: typeof response?.error == "string" ? response.error : void 0,
      error_description: description,
      error_codes: codes,
      correlation_id: typeof response?.correlationId == "string" ? response.correlationId : void 0
    };
}
function identityFailure(error, operation, fix) {
  if (error instanceof ActionableError) return error;
  let body = entraBodyOf(error);
  if (body) {
    let refused = entraError(body, operation);
    return new ActionableError(refused.kind, refused.message, fix, { code: refused.code, cause: error });
  }
  let name = error?.name, text = boundText(error instanceof Error ? error.message : String(error)), newline = text.indexOf(`
`), detail = scrubSecrets(newline === -1 ? text : text.slice(0, newline));
  return new ActionableError(
    "auth",
    `Could not ${operation}${name === "CredentialUnavailableError" ? ": no Azure identity is available" : ""}: ${quote(detail, 300)}.`,
    fix,
    { code: "key_vault_sign_in_failed", cause: error }
  );
}
function federatedVaultToken(options) {
  let { context, clientId } = options, credential, assertionError, oidcToken2, getAssertion = async () => {
    try {
      if (!context.getIdToken)
        throw new ActionableError(
          "input",
          "The Key Vault source needs the job's own federated identity, and this platform gives the step none.",
          {
            github: "Grant the job `permissions: id-token: write` in the workflow.",
            "azure-pipelines": "Set azureSubscription to an Azure Resource Manager service connection with workload identity federation.",
            cli: "Use the refresh-token source (`refresh-token` and `client-id`): the command line has no job identity of its own."
          },
          { code: "oidc_unavailable" }
        );
      let token = await context.getIdToken(TOKEN_EXCHANGE_AUDIENCE);
      return context.mask(token), oidcToken2 = token, token;
    } catch (error) {
      throw assertionError = error, error;
    }
  }, operation = `issue a Key Vault token for the job identity (app ${clientId})`;
  return cached(
    async () => {
      let identity = options.identity ?? loadAzureIdentity();
      credential ??= new identity.ClientAssertionCredential(options.tenantId, clientId, getAssertion, {
        authorityHost: context.endpoints.authorityHost,
        // Sovereign clouds and the emulator: do not ask login.microsoftonline.com about the authority.
        disableInstanceDiscovery: !0
      }), assertionError = void 0;
      try {
        return await credential.getToken(keyVaultScope(options.vaultUrl));
      } catch (error) {
        if (assertionError !== void 0)
          throw identityFailure(
            assertionError,
            "get this job's OIDC token",
            "Check that the runner can reach its OIDC token endpoint, then run the job again."
          );
        let failure2 = identityFailure(
          error,
          operation,
          "Check the `azure-client-id` and `azure-tenant-id` inputs and the `authority-host` input."
        );
        throw (entraBodyOf(error)?.error_codes ?? []).some((code) => FEDERATION_MISMATCH.includes(code)) ? federationMismatch(clientId, oidcToken2, failure2) : failure2;
      }
    },
    (secret) => context.mask(secret)
  );
}

// src/core/credentials/key-vault-client.ts
var KEY_VAULT_API_VERSION = "7.4";
function parseError(body) {
  try {
    let error = JSON.parse(body).error ?? {};
    return {
      code: printableCode(error.code),
      innerCode: printableCode(error.innererror?.code),
      message: typeof error.message == "string" ? error.message : void 0
    };
  } catch {
    return {};
  }
}
function said(error) {
  let message = error.message ?? "", newline = message.search(/[\r\n]/), first = (newline === -1 ? message : message.slice(0, newline)).trim();
  return first ? ` Key Vault said: ${endsSentence(serverText(first))}` : "";
}
var KeyVaultClient = class {
  constructor(options) {
    this.options = options;
    this.base = options.vaultUrl.replace(/\/+$/, "");
  }
  options;
  base;
  /** The newest enabled version of `name`. */
  async getSecret(name) {
    let response = await this.send("GET", name, void 0);
    if (response.status !== 200) throw this.failure(response, "read", name);
    return this.parseBundle(response, name);
  }
  /** Adds a new version (Key Vault keeps the older ones); returns it. */
  async setSecret(name, value) {
    this.options.mask(value);
    let response = await this.send("PUT", name, JSON.stringify({ value }));
    if (response.status !== 200) throw this.failure(response, "write", name);
    return this.parseBundle(response, name);
  }
  async send(method, name, body) {
    let token = await this.options.getToken(), url = `${this.base}/secrets/${encodeURIComponent(name)}?api-version=${KEY_VAULT_API_VERSION}`;
    return this.options.http.send(
      {
        method,
        url,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: "application/json",
          ...body === void 0 ? {} : { "Content-Type": "application/json" }
        },
        body
      },
      { idempotent: !0 }
    );
  }
  parseBundle(response, name) {
    let parsed;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      parsed = void 0;
    }
    if (typeof parsed?.value != "string")
      throw new ActionableError(
        "server",
        `Key Vault ${this.base} answered in an unexpected shape for the secret ${quoteSecretName(name)} (no value).`,
        "Check the `key-vault-url` input (https://<vault-name>.vault.azure.net); a proxy answering with its own page can also cause this.",
        { code: "unexpected_key_vault_response" }
      );
    parsed.value !== "" && this.options.mask(parsed.value);
    let version = typeof parsed.id == "string" ? parsed.id.split("/").pop() ?? "" : "";
    return { value: parsed.value, version: /^[0-9a-f]{32}$/i.test(version) ? version : "" };
  }
  failure(response, action, name) {
    let error = parseError(response.body), secret = `the secret ${quoteSecretName(name)} in ${this.base}`, role = action === "read" ? '"Key Vault Secrets Officer" (Azure RBAC; "Key Vault Secrets User" can only read, and the rotated token must be written back)' : '"Key Vault Secrets Officer" (Azure RBAC)';
    if (response.status === 404 && action === "read")
      return new ActionableError(
        "not-found",
        `Key Vault ${this.base} has no secret ${quoteSecretName(name)} (${error.code ?? "HTTP 404"}).${said(error)}`,
        `Store the bot user's refresh token there first: \`npx ado-ephemeral-pat login --client-id <app> --key-vault-url ${this.base} --key-vault-secret ${name}\`; or fix the \`key-vault-secret\` and \`key-vault-url\` inputs (names are case-insensitive; a deleted secret must be recovered first).`,
        { code: "key_vault_secret_not_found", status: 404 }
      );
    if (response.status === 403) {
      let model = error.innerCode === "ForbiddenByRbac" ? "Azure RBAC" : "the access policies";
      return new ActionableError(
        "auth",
        `Key Vault refused to let ${this.options.who} ${action} ${secret} (HTTP 403, ${error.innerCode ?? error.code ?? "Forbidden"}: ${model}).${said(error)}`,
        `Grant ${this.options.who} ${role} on the secret or vault, or with access policies the secret permissions Get and Set. Also check the vault's firewall allows the runner.`,
        { code: "key_vault_forbidden", status: 403 }
      );
    }
    if (response.status === 401)
      return new ActionableError(
        "auth",
        `Key Vault did not accept the token of ${this.options.who} (HTTP 401).${said(error)}`,
        "The vault must belong to the same tenant as the identity: check the `azure-tenant-id` input (or AZURE_TENANT_ID) and the `key-vault-url` input.",
        { code: "key_vault_unauthorized", status: 401 }
      );
    let wrongEndpoint = response.status === 404 || response.status === 400 || response.status === 405;
    return new ActionableError(
      wrongEndpoint ? "input" : "server",
      `Key Vault ${this.base} refused to ${action} ${secret} (HTTP ${response.status}${error.code ? `, ${error.code}` : ""}).${said(error)}`,
      wrongEndpoint ? "Check the `key-vault-url` input: it is the vault URI, e.g. https://my-vault.vault.azure.net." : "This is usually temporary: run the job again later.",
      { code: "key_vault_error", status: response.status, retryable: !wrongEndpoint }
    );
  }
};

// src/core/credentials/refresh-token.ts
var RefreshTokenCredential = class {
  constructor(options, context) {
    this.options = options;
    this.context = context;
    context.mask(options.refreshToken), this.refreshToken = options.refreshToken, this.cache = new TokenCache(options.now), this.entra = new EntraClient({
      authorityHost: context.endpoints.authorityHost,
      tenantId: options.tenantId,
      http: context.http,
      mask: (secret) => context.mask(secret),
      now: options.now
    });
  }
  options;
  context;
  source = "refresh-token";
  entra;
  cache;
  refreshToken;
  rotatedCount = 0;
  /** The newest refresh token: the input one until Entra rotates it. */
  get currentRefreshToken() {
    return this.refreshToken;
  }
  /** True once Entra returned a refresh token different from the input one. */
  get rotated() {
    return this.rotatedCount > 0;
  }
  getAccessToken() {
    return this.cache.get(() => this.redeem());
  }
  async redeem() {
    let origin = this.options.origin ?? "the refresh token";
    this.context.debug("Redeeming the refresh token at Microsoft Entra ID.");
    let tokens = await this.entra.redeemRefreshToken({
      clientId: this.options.clientId,
      refreshToken: this.refreshToken,
      scopes: ENTRA_SCOPES[this.options.entraScope ?? "granular"]
    });
    tokens.refreshToken && tokens.refreshToken !== this.refreshToken && (this.refreshToken = tokens.refreshToken, this.rotatedCount++, await this.options.onRotated?.(tokens.refreshToken)), assertDelegatedUserToken(tokens.accessToken, `redeeming ${origin}`);
    let warning = patScopeWarning(tokens.accessToken, `redeeming ${origin}`);
    return warning && this.context.warn(warning), { token: tokens.accessToken, expiresOn: tokens.expiresOn };
  }
};

// src/core/credentials/key-vault.ts
var MIN_REFRESH_TOKEN_LENGTH = 20;
function loginCommand(settings) {
  return cliCommand([
    "login",
    "--client-id",
    settings.clientId,
    "--tenant-id",
    settings.tenantId,
    "--key-vault-url",
    settings.keyVaultUrl,
    "--key-vault-secret",
    settings.keyVaultSecret
  ]);
}
function notARefreshToken(value) {
  if (value === "") return "it is empty (or only whitespace)";
  if (/^bearer\s/i.test(value)) return 'it starts with "Bearer " (an Authorization header value)';
  if (hasWhitespaceOrControl(value)) return "it contains whitespace or control characters inside";
  if (decodeJwtUnverified(value)) return "it is a JWT (an access or ID token, which expires within hours)";
  if (value.startsWith("{") || value.startsWith("["))
    return "it is JSON (store only the refresh_token value)";
  if (value.length < MIN_REFRESH_TOKEN_LENGTH) return `it is only ${value.length} characters long`;
}
function checkStoredRefreshToken(value, settings) {
  let trimmed = value.trim(), reason = notARefreshToken(trimmed);
  if (reason === void 0) return trimmed;
  throw new ActionableError(
    "input",
    `The Key Vault secret ${quoteSecretName(settings.keyVaultSecret)} in ${settings.keyVaultUrl} does not hold a refresh token: ${reason}. Its value is not shown.`,
    `Store the bot user's refresh token in it as the whole secret value: \`${loginCommand(settings)}\`.`,
    { code: "key_vault_secret_not_refresh_token" }
  );
}
function jobIdentity(settings) {
  return { clientId: settings.azureClientId, tenantId: settings.azureTenantId };
}
var KeyVaultCredential = class {
  constructor(settings, context, deps = {}) {
    this.settings = settings;
    this.context = context;
    let identity = jobIdentity(settings);
    this.vault = new KeyVaultClient({
      vaultUrl: settings.keyVaultUrl,
      http: context.http,
      mask: (secret) => context.mask(secret),
      who: `the job identity (app ${identity.clientId})`,
      getToken: deps.vaultToken ?? federatedVaultToken({ ...identity, vaultUrl: settings.keyVaultUrl, context })
    });
  }
  settings;
  context;
  source = "key-vault";
  vault;
  opened;
  async getAccessToken() {
    this.opened ??= this.open().catch((error) => {
      throw this.opened = void 0, error;
    });
    let credential = await this.opened;
    try {
      return await credential.getAccessToken();
    } catch (error) {
      throw this.explain(error);
    }
  }
  async open() {
    let { keyVaultSecret: name } = this.settings;
    this.context.debug(`Reading the newest version of the Key Vault secret ${quoteSecretName(name)}.`);
    let secret = await this.vault.getSecret(name);
    return new RefreshTokenCredential(
      {
        refreshToken: checkStoredRefreshToken(secret.value, this.settings),
        clientId: this.settings.clientId,
        tenantId: this.settings.tenantId,
        origin: `the Key Vault secret ${quoteSecretName(name)}`,
        onRotated: (rotated) => this.writeBack(rotated),
        entraScope: this.settings.entraScope
      },
      this.context
    );
  }
  /** Awaited by the refresh-token credential before it hands out the access token. */
  async writeBack(rotated) {
    let { keyVaultSecret: name } = this.settings, stored = await this.vault.setSecret(name, rotated);
    this.context.info(
      `Stored the rotated refresh token as a new version${stored.version ? ` (${stored.version})` : ""} of the Key Vault secret ${quoteSecretName(name)}.`
    );
  }
  /** An expired or revoked refresh token: say how to put a new one into this vault. */
  explain(error) {
    return !(error instanceof ActionableError) || error.code !== "refresh_token_expired" ? error : new ActionableError(
      error.kind,
      `${error.message} (read from the Key Vault secret ${quoteSecretName(this.settings.keyVaultSecret)})`,
      `Sign the bot user in again and store the new refresh token in the vault: \`${loginCommand(this.settings)}\`.`,
      { code: error.code, cause: error }
    );
  }
};

// src/core/credentials/password.ts
var ORIGIN3 = "the password sign-in", PasswordCredential = class {
  constructor(settings, context, now) {
    this.settings = settings;
    this.context = context;
    context.mask(settings.password), this.cache = new TokenCache(now), this.entra = new EntraClient({
      authorityHost: context.endpoints.authorityHost,
      tenantId: settings.tenantId,
      http: context.http,
      mask: (secret) => context.mask(secret),
      now
    });
  }
  settings;
  context;
  source = "password";
  entra;
  cache;
  getAccessToken() {
    return this.cache.get(() => this.signIn());
  }
  async signIn() {
    this.context.debug("Signing the bot user in with the password grant at Microsoft Entra ID.");
    let tokens;
    try {
      tokens = await this.entra.passwordGrant({
        clientId: this.settings.clientId,
        username: this.settings.username,
        password: this.settings.password,
        scopes: ENTRA_SCOPES[this.settings.entraScope ?? "granular"]
      });
    } catch (error) {
      throw this.explain(error);
    }
    assertDelegatedUserToken(tokens.accessToken, ORIGIN3);
    let warning = patScopeWarning(tokens.accessToken, ORIGIN3);
    return warning && this.context.warn(warning), { token: tokens.accessToken, expiresOn: tokens.expiresOn };
  }
  /** MFA / Conditional Access: the password flow can never pass; the device code login can. */
  explain(error) {
    return !(error instanceof ActionableError) || error.code !== "interaction_required" ? error : new ActionableError(
      error.kind,
      `${error.message} The password source cannot sign in ${this.settings.username.replace(/[^\w.@+-]/g, "")}.`,
      `Switch to the refresh-token path: run \`npx ado-ephemeral-pat login --client-id ${this.settings.clientId} --tenant-id ${this.settings.tenantId} --output bot.refresh-token\` once (device code: MFA works there), store the token as a CI secret and pass it as \`refresh-token\` (or store it in Key Vault for the key-vault source); then remove \`username\` and \`password\`.`,
      { code: error.code, cause: error }
    );
  }
};

// src/core/credentials/index.ts
function createCredential(settings, context) {
  switch (settings.source) {
    case "refresh-token":
      return new RefreshTokenCredential(
        {
          refreshToken: settings.refreshToken,
          clientId: settings.clientId,
          tenantId: settings.tenantId,
          origin: "the `refresh-token` input",
          entraScope: settings.entraScope
        },
        context
      );
    case "access-token":
      return new AccessTokenCredential(settings.accessToken, context);
    case "password":
      return new PasswordCredential(settings, context);
    case "key-vault":
      return new KeyVaultCredential(settings, context);
    case "azure-cli":
      return new AzureCliCredential(context);
  }
}

// src/core/azure-devops/pat-errors.ts
var NOT_FOUND_VALUES = /* @__PURE__ */ new Set([
  "tokenNotFound",
  "authorizationNotFound",
  "hostAuthorizationNotFound",
  "invalidAuthorizationId"
]), USER_CREDENTIAL = "Use a delegated Microsoft Entra user token for Azure DevOps with vso.pats and vso.pats_manage: the bot user's refresh token (`ado-ephemeral-pat login`), its username/password, or `az login` as that user. Service principals and managed identities cannot mint PATs.", TEMPORARY = "Usually temporary: run the job again. If it persists, check https://status.dev.azure.com.", ADMIN_ALLOW_LIST = "ask the Azure DevOps Administrator to add the bot user to the policy's allow-list", ALREADY_GONE = "Nothing to do when revoking: the token is already gone.", ISSUES = "https://github.com/ado-ephemeral-pat/ado-ephemeral-pat/issues", OAUTH_CLIENT = {
  kind: "auth",
  cause: "Azure DevOps refused the OAuth client (the Entra app) that the token was issued to.",
  fix: "Check the `client-id` input: a registered public client app with the delegated Azure DevOps permissions vso.pats and vso.pats_manage."
}, SOURCE_RESTRICTED = {
  kind: "policy",
  cause: "An IP or source restriction (Conditional Access, IP allow-list) refused this runner's address.",
  fix: "Ask the tenant or organization admin to allow the runner's IP ranges, or use a runner inside the allowed network."
}, TOKEN_REFUSED = {
  kind: "auth",
  cause: "Azure DevOps refused the Entra token's type, audience or subject.",
  fix: USER_CREDENTIAL
}, PAT_TOKEN_ERRORS = {
  displayNameRequired: {
    kind: "input",
    cause: "The display name is empty (after HTML encoding).",
    fix: "Set `display-name` to a non-empty name, or leave it unset to derive one from the run."
  },
  invalidDisplayName: {
    kind: "input",
    cause: "The display name is longer than 256 characters after HTML encoding, or has characters Azure DevOps refuses.",
    fix: "Shorten `display-name` (& < > \" ' and every non-ASCII character grow when encoded) and remove control characters."
  },
  invalidValidTo: {
    kind: "input",
    cause: "Azure DevOps refused the expiry date (in the past, too far ahead, or malformed).",
    fix: "Check `lifetime` (5 minutes to 7 days, e.g. `1h`) and that the runner's clock is right."
  },
  invalidScope: {
    kind: "input",
    cause: "Azure DevOps does not accept one of the requested scopes.",
    fix: "Use scope ids from the catalogue in docs (e.g. `vso.code_write` or `code_write`); drop scopes Azure DevOps no longer offers."
  },
  userIdRequired: { kind: "auth", cause: "The Entra token does not identify a user.", fix: USER_CREDENTIAL },
  invalidUserId: {
    kind: "auth",
    cause: "The user in the Entra token is not a valid user of this organization.",
    fix: "Add the bot user to the organization (Organization settings -> Users) with Basic or Stakeholder access."
  },
  invalidUserType: {
    kind: "auth",
    cause: "The identity is a service identity or a deployment admin, which cannot own PATs.",
    fix: USER_CREDENTIAL
  },
  accessDenied: {
    kind: "auth",
    cause: "Azure DevOps denied the request: this identity may not manage PATs here (alternate credentials, impersonation, or a failed permission check).",
    fix: `Make sure the bot user is a member of the organization. ${USER_CREDENTIAL}`
  },
  failedToIssueAccessToken: {
    kind: "server",
    cause: "Azure DevOps failed to issue the token.",
    fix: TEMPORARY,
    retryable: !0
  },
  invalidClient: OAUTH_CLIENT,
  invalidClientType: OAUTH_CLIENT,
  invalidClientId: OAUTH_CLIENT,
  invalidTargetAccounts: {
    kind: "input",
    cause: "The token would target more than one organization, or an organization other than this one.",
    fix: "Check `organization`: the bot user must belong to it. (ado-ephemeral-pat always sends allOrgs: false.)"
  },
  hostAuthorizationNotFound: {
    kind: "not-found",
    cause: "No authorization with that id exists in this organization.",
    fix: `${ALREADY_GONE} Otherwise check \`organization\`.`
  },
  authorizationNotFound: {
    kind: "not-found",
    cause: "No authorization with that id exists for this user.",
    fix: `${ALREADY_GONE} Otherwise check that the same user minted it.`
  },
  failedToUpdateAccessToken: {
    kind: "server",
    cause: "Azure DevOps failed to update the token.",
    fix: TEMPORARY,
    retryable: !0
  },
  sourceNotSupported: SOURCE_RESTRICTED,
  invalidSourceIP: SOURCE_RESTRICTED,
  invalidSource: SOURCE_RESTRICTED,
  duplicateHash: {
    kind: "server",
    cause: "Azure DevOps generated a token that collided with an existing one.",
    fix: "Run the job again.",
    retryable: !0
  },
  sshPolicyDisabled: {
    kind: "policy",
    cause: "An organization policy on SSH keys and tokens refused the request.",
    fix: "Ask an organization admin to review Organization settings -> Policies."
  },
  invalidToken: {
    kind: "not-found",
    cause: "The PAT is revoked or no longer valid.",
    fix: `${ALREADY_GONE} Mint a new token if you need one.`
  },
  tokenNotFound: {
    kind: "not-found",
    cause: "No PAT with that authorization id exists for this user in this organization.",
    fix: `${ALREADY_GONE} Otherwise check \`organization\` and that the same user minted it.`
  },
  invalidAuthorizationId: {
    kind: "not-found",
    cause: "The authorization id is not valid.",
    fix: `${ALREADY_GONE} Otherwise check the saved authorization id.`
  },
  failedToReadTenantPolicy: {
    kind: "server",
    cause: "Azure DevOps could not read the tenant's PAT policies.",
    fix: TEMPORARY,
    retryable: !0
  },
  globalPatPolicyViolation: {
    kind: "policy",
    cause: "A tenant policy restricts global (all-organization) PATs.",
    fix: `ado-ephemeral-pat only asks for organization-scoped PATs; if this persists, ${ADMIN_ALLOW_LIST}.`
  },
  fullScopePatPolicyViolation: {
    kind: "policy",
    cause: "A tenant policy forbids full-access PATs.",
    fix: `Request narrower \`scopes\`, or ${ADMIN_ALLOW_LIST}.`
  },
  patLifespanPolicyViolation: {
    kind: "policy",
    cause: "A tenant policy caps the lifetime of PATs, and the requested lifetime exceeds it.",
    fix: `Reduce \`lifetime\` below the tenant's maximum, or ${ADMIN_ALLOW_LIST}.`
  },
  invalidTokenType: TOKEN_REFUSED,
  invalidAudience: TOKEN_REFUSED,
  invalidSubject: TOKEN_REFUSED,
  deploymentHostNotSupported: {
    kind: "input",
    cause: "This Azure DevOps host does not offer the PAT API at this level.",
    fix: "Set `organization` to the organization name and `vssps-url` to https://vssps.dev.azure.com (the default)."
  },
  disablePatCreationPolicyViolation: {
    kind: "policy",
    cause: 'The organization policy "Restrict personal access token (PAT) creation" is on, and the bot user is not on its allow-list.',
    fix: "Ask an organization admin to add the bot user (or its group) to the allow-list in Organization settings -> Policies; if only packaging scopes are allowed, request only vso.packaging scopes."
  },
  failedToReadOrgPolicy: {
    kind: "server",
    cause: "Azure DevOps could not read the organization's PAT policies.",
    fix: TEMPORARY,
    retryable: !0
  },
  globalPATCreationBlocked: {
    kind: "policy",
    cause: "Creating global (all-organization) PATs was retired in March 2026.",
    fix: "Request an organization-scoped PAT; ado-ephemeral-pat always does, so report this if you see it."
  },
  expiredPatCannotBeExtended: {
    kind: "input",
    cause: "The PAT has already expired and cannot be extended.",
    fix: "Mint a new token."
  }
}, UNKNOWN_VALUE = {
  kind: "server",
  cause: "Azure DevOps reported an error this version of ado-ephemeral-pat does not know.",
  fix: "Read the message from Azure DevOps; update ado-ephemeral-pat, and report the value if it is still unknown."
};
function patTokenError(value, serverMessage, operation) {
  let name = /^[A-Za-z]{1,60}$/.test(value) && printableCode(value) ? value : "unrecognised", entry = (Object.hasOwn(PAT_TOKEN_ERRORS, name) ? PAT_TOKEN_ERRORS[name] : void 0) ?? UNKNOWN_VALUE, said2 = serverMessage?.trim() ? ` Azure DevOps said: ${endsSentence(serverText(serverMessage))}` : "";
  return new ActionableError(
    entry.kind,
    `Azure DevOps refused to ${operation} (patTokenError ${quote(name, 60)}): ${entry.cause}${said2}`,
    entry.fix,
    { code: name, status: 200, retryable: entry.retryable ?? !1, notApplied: !0 }
  );
}
var PAT_HTTP_FAILURES = {
  sign_in_page: {
    seen: "HTTP 203, a 3xx redirect to `_signin`, or any `text/html` body",
    kind: "auth",
    cause: "Azure DevOps answered with a sign-in page: the bearer was not accepted. The token is missing, expired, not for Azure DevOps, or not a user token.",
    fix: USER_CREDENTIAL
  },
  http_401: {
    seen: "HTTP 401",
    kind: "auth",
    cause: "Azure DevOps rejected the Entra token: it is expired, not for Azure DevOps, or lacks vso.pats/vso.pats_manage.",
    fix: `${USER_CREDENTIAL} Make sure the app has consent for vso.pats and vso.pats_manage.`
  },
  service_principal: {
    seen: 'HTTP 403 "Service principals are not allowed to perform this action."',
    kind: "auth",
    cause: "The token belongs to a service principal or managed identity; those cannot create or revoke PATs.",
    fix: USER_CREDENTIAL
  },
  invalid_access: {
    seen: 'HTTP 403 `InvalidAccessException` "The requested operation is not allowed."',
    kind: "auth",
    cause: "The PAT API accepts only Microsoft Entra user tokens; a PAT, Basic auth or System.AccessToken was refused.",
    fix: USER_CREDENTIAL
  },
  http_403: {
    seen: "HTTP 403 with another message",
    kind: "auth",
    cause: "Azure DevOps refused the request for this user.",
    fix: `Check that the bot user is a member of the organization and may create PATs. ${USER_CREDENTIAL}`
  },
  api_version: {
    seen: "HTTP 400 `VssInvalidPreviewVersionException`",
    // No input sets the api-version: only a new release can change it.
    kind: "server",
    cause: "The PAT API is in preview and refused the api-version that this version of ado-ephemeral-pat sends.",
    fix: `Update ado-ephemeral-pat to the latest release; if the error remains, report it with the step log at ${ISSUES}.`
  },
  http_400: {
    seen: "HTTP 400 with another message",
    kind: "server",
    cause: "Azure DevOps refused the request as malformed.",
    fix: "Check `display-name`, `lifetime` and `scopes`; if they look right, report the message as a bug."
  },
  org_not_found: {
    seen: "HTTP 404",
    kind: "not-found",
    cause: "Azure DevOps found no such organization at this URL.",
    fix: "Check `organization` (the name in https://dev.azure.com/<name>) and `vssps-url`."
  },
  unexpected_response: {
    seen: "HTTP 2xx whose body is not the expected JSON",
    kind: "server",
    cause: "Azure DevOps answered in an unexpected shape (a proxy page, or a changed API).",
    fix: "Check `vssps-url` and any proxy between the runner and Azure DevOps; run the job again later.",
    retryable: !0
  },
  http_error: {
    seen: "any other HTTP status",
    kind: "server",
    cause: "Azure DevOps answered with an unexpected HTTP status.",
    fix: TEMPORARY
  }
};
function adoErrorBody(body) {
  try {
    let parsed = JSON.parse(body);
    if (typeof parsed != "object" || parsed === null) return {};
    let { message, typeKey } = parsed;
    return {
      message: typeof message == "string" ? message : void 0,
      typeKey: typeof typeKey == "string" ? typeKey : void 0
    };
  } catch {
    return {};
  }
}
function isHtml(response) {
  let type = boundText(response.headers.get("content-type") ?? "", 200), start = response.body.trimStart().slice(0, 14).toLowerCase();
  return /text\/html/i.test(type) || start.startsWith("<!doctype html") || start.startsWith("<html");
}
function classifyPatResponse(response) {
  let { status } = response, body = adoErrorBody(response.body);
  return status === 203 || status >= 300 && status < 400 || isHtml(response) ? { id: "sign_in_page", body } : status === 401 ? { id: "http_401", body } : status === 403 ? /service principals/i.test(boundText(body.message ?? "")) ? { id: "service_principal", body } : body.typeKey === "InvalidAccessException" ? { id: "invalid_access", body } : { id: "http_403", body } : status === 400 ? { id: body.typeKey === "VssInvalidPreviewVersionException" || /-preview/.test(boundText(body.message ?? "")) ? "api_version" : "http_400", body } : status === 404 ? { id: "org_not_found", body } : status >= 200 && status < 300 ? { id: "unexpected_response", body } : { id: "http_error", body };
}
function patHttpFailure(response, operation, detail = "") {
  let { id, body } = classifyPatResponse(response), entry = PAT_HTTP_FAILURES[id], code = printableCode(body.typeKey), typeKey = code && /^[A-Za-z.]+$/.test(code) ? `, ${code}` : "", parts = [
    `Could not ${operation}: Azure DevOps answered HTTP ${response.status}${typeKey}. ${entry.cause}`
  ];
  detail && parts.push(detail), body.message && id !== "sign_in_page" && parts.push(`Azure DevOps said: ${endsSentence(serverText(body.message))}`);
  let serviceError = response.headers.get("x-tfs-serviceerror");
  return serviceError && parts.push(`(${serverText(safeDecode(boundText(serviceError)), 200)})`), new ActionableError(entry.kind, parts.join(" "), entry.fix, {
    code: id === "http_error" ? `http_${response.status}` : id,
    status: response.status,
    retryable: entry.retryable ?? response.status >= 500,
    // A refusal (4xx, a redirect or the 203 sign-in page) did nothing. Judged by the status alone: a 2xx the
    // client cannot read, or any 5xx (an HTML page from a proxy included), may have been applied.
    notApplied: response.status === 203 || response.status >= 300 && response.status < 500
  });
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// src/core/azure-devops/pat-client.ts
var DEFAULT_API_VERSION = "7.1-preview.1", PAGE_SIZE = 100, MAX_PAGES = 200, SAFE_ID = /^[A-Za-z0-9-]{1,100}$/, NAMED_ENTITIES = /* @__PURE__ */ new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["nbsp", "\xA0"]
]);
function decodeHtmlEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body) => {
    if (body.startsWith("#")) {
      let code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES.get(body.toLowerCase()) ?? entity;
  });
}
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function malformed(operation, detail, retryable = !0) {
  let entry = PAT_HTTP_FAILURES.unexpected_response;
  return new ActionableError("server", `Could not ${operation}: ${entry.cause} (${detail})`, entry.fix, {
    code: "unexpected_response",
    retryable
  });
}
function parsePatToken(value, operation) {
  if (!isObject(value)) throw malformed(operation, "patToken is not an object");
  let { authorizationId, displayName, scope, targetAccounts, validFrom, validTo, token } = value;
  if (typeof authorizationId != "string" || !SAFE_ID.test(authorizationId))
    throw malformed(operation, "patToken.authorizationId is missing or not an id");
  if (typeof validTo != "string" || Number.isNaN(Date.parse(validTo)))
    throw malformed(operation, "patToken.validTo is missing or not a date");
  let accounts = Array.isArray(targetAccounts) && targetAccounts.every((account) => typeof account == "string") ? targetAccounts : null;
  return {
    authorizationId,
    displayName: typeof displayName == "string" ? decodeHtmlEntities(displayName) : "",
    scope: typeof scope == "string" ? scope : "",
    targetAccounts: accounts,
    validFrom: typeof validFrom == "string" ? validFrom : "",
    validTo,
    token: typeof token == "string" && token !== "" ? token : null
  };
}
function isMissingOrganization(response) {
  try {
    let body = JSON.parse(response.body), typeKey = isObject(body) ? body.typeKey : void 0;
    return typeof typeKey == "string" && /account|host|organization|collection/i.test(boundText(typeKey, 200));
  } catch {
    return !1;
  }
}
var PatClient = class {
  base;
  getAccessToken;
  http;
  apiVersion;
  mask;
  constructor(options) {
    let vssps = options.vsspsUrl.replace(/\/+$/, "");
    this.base = `${vssps}/${encodeURIComponent(options.organization)}/_apis/tokens/pats`, this.getAccessToken = options.getAccessToken, this.http = options.http, this.apiVersion = options.apiVersion ?? DEFAULT_API_VERSION, this.mask = options.mask ?? (() => {
    });
  }
  /** Opens the connection to Azure DevOps ahead of the request, to overlap whatever is awaited first. */
  preconnect() {
    this.http.preconnect(this.base);
  }
  /** Never retried blindly (a lost answer may hide a created token): failures are retryable errors. */
  async create(input) {
    let operation = "create a PAT", body = JSON.stringify({
      displayName: input.displayName,
      scope: input.scope.join(" "),
      validTo: input.validTo.toISOString(),
      allOrgs: !1
    }), response = await this.send("POST", {}, operation, body, !1), result = this.result(response, operation), raw = isObject(result.patToken) ? result.patToken.token : void 0;
    typeof raw == "string" && raw !== "" && this.mask(raw);
    let error = result.patTokenError;
    if (typeof error == "string" && error !== "none")
      throw patTokenError(error, this.message(result), operation);
    if (result.patToken === null || result.patToken === void 0)
      throw malformed(operation, "patToken is null");
    let pat = parsePatToken(result.patToken, operation);
    if (pat.token === null) throw malformed(operation, "patToken.token is missing");
    return { ...pat, token: pat.token };
  }
  /** undefined when the server does not know the id (tokenNotFound and kin). */
  async get(authorizationId) {
    let operation = "read a PAT", response = await this.send("GET", { authorizationId }, operation), result = this.result(response, operation), error = result.patTokenError;
    if (!(typeof error == "string" && NOT_FOUND_VALUES.has(error))) {
      if (typeof error == "string" && error !== "none")
        throw patTokenError(error, this.message(result), operation);
      if (!(result.patToken === null || result.patToken === void 0))
        return parsePatToken(result.patToken, operation);
    }
  }
  /** Every page, $top=100 each, until the continuation token is empty. */
  async list(options = {}) {
    let operation = "list PATs", tokens = [], seen = /* @__PURE__ */ new Set(), continuationToken = "";
    for (let page = 1; ; page++) {
      let query = {
        displayFilterOption: options.filter ?? "active",
        sortByOption: "displayName",
        isSortAscending: "true",
        $top: String(PAGE_SIZE)
      };
      continuationToken && (query.continuationToken = continuationToken);
      let result = this.result(await this.send("GET", query, operation), operation);
      if (!Array.isArray(result.patTokens)) throw malformed(operation, "patTokens is not a list");
      for (let item of result.patTokens) tokens.push(parsePatToken(item, operation));
      let next = result.continuationToken;
      if (next == null || next === "") return tokens;
      if (typeof next != "string") throw malformed(operation, "continuationToken is not a string");
      if (seen.has(next)) throw malformed(operation, "the server repeated a continuation token", !1);
      if (page >= MAX_PAGES) throw malformed(operation, `still more pages after ${MAX_PAGES}`, !1);
      seen.add(next), continuationToken = next;
    }
  }
  /** One page of at most `top` active tokens: a cheap call that proves the API accepts the bot's token. */
  async listFirst(top = 1) {
    let operation = "list PATs", query = { displayFilterOption: "active", $top: String(top) }, result = this.result(await this.send("GET", query, operation), operation);
    if (!Array.isArray(result.patTokens)) throw malformed(operation, "patTokens is not a list");
    return result.patTokens.map((item) => parsePatToken(item, operation));
  }
  /** Moves a token's expiry; a tenant's lifetime policy may clamp it (read the answer) or refuse it. */
  async updateValidTo(authorizationId, validTo) {
    let operation = "update a PAT", body = JSON.stringify({ authorizationId, validTo: validTo.toISOString() }), result = this.result(await this.send("PUT", {}, operation, body), operation), error = result.patTokenError;
    if (typeof error == "string" && error !== "none")
      throw patTokenError(error, this.message(result), operation);
    if (result.patToken === null || result.patToken === void 0)
      throw malformed(operation, "patToken is null");
    return parsePatToken(result.patToken, operation);
  }
  /**
   * Active tokens whose (decoded) display name is exactly `displayName`. A continuation token is a row
   * offset: a token revoked on an earlier page while the pages are read (another job's post step) shifts
   * every later row back by one, and one row is never seen. So a name not found in a list of several pages
   * is looked for once more before it counts as absent.
   */
  async findActive(displayName) {
    let named = (tokens2) => tokens2.filter((token) => token.displayName === displayName), tokens = await this.list({ filter: "active" }), found = named(tokens);
    return found.length > 0 || tokens.length < PAGE_SIZE ? found : named(await this.list({ filter: "active" }));
  }
  /**
   * 'not-found' for 404 and for not-found `patTokenError`s (including an already revoked token): the status
   * the service uses for an unknown id is unverified, and for a revoke "already gone" is success anyway.
   */
  async revoke(authorizationId) {
    let operation = "revoke a PAT", response = await this.send("DELETE", { authorizationId }, operation);
    if (response.status === 404 && !isHtml(response)) {
      if (!isMissingOrganization(response)) return "not-found";
      throw patHttpFailure(response, operation, this.organizationDetail());
    }
    if ((response.status === 200 || response.status === 204) && !isHtml(response)) {
      if (response.body.trim() === "") return "revoked";
      let result = this.result(response, operation), error = result.patTokenError;
      if (typeof error != "string" || error === "none") return "revoked";
      if (NOT_FOUND_VALUES.has(error) || error === "invalidToken") return "not-found";
      throw patTokenError(error, this.message(result), operation);
    }
    throw patHttpFailure(response, operation);
  }
  async send(method, query, operation, body, idempotent = !0) {
    let pending2 = this.getAccessToken();
    this.preconnect();
    let headers = {
      Authorization: `Bearer ${await pending2}`,
      Accept: "application/json",
      // Ask for a 401 rather than a redirect to the sign-in page (both are handled).
      "X-TFS-FedAuthRedirect": "Suppress"
    };
    body !== void 0 && (headers["Content-Type"] = "application/json");
    let url = this.url(query), response = await this.http.send({ method, url, headers, body }, { idempotent });
    if (response.status === 404 && method !== "DELETE")
      throw patHttpFailure(response, operation, this.organizationDetail());
    return response;
  }
  organizationDetail() {
    return `The organization URL was ${this.base.replace(/\/_apis.*$/, "")}.`;
  }
  /** `$top` must stay literal (URLSearchParams would write %24top). */
  url(query) {
    let all = { ...query, "api-version": this.apiVersion }, text = Object.entries(all).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&");
    return `${this.base}?${text}`;
  }
  /** A 200 JSON object, or an ActionableError that explains what came back instead. */
  result(response, operation) {
    if (response.status !== 200 || isHtml(response)) throw patHttpFailure(response, operation);
    let parsed;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      throw patHttpFailure(response, operation);
    }
    if (!isObject(parsed)) throw malformed(operation, "the body is not a JSON object");
    return parsed;
  }
  message(result) {
    return typeof result.patTokenErrorMessage == "string" ? result.patTokenErrorMessage : void 0;
  }
};

// src/core/safety/secrets.ts
function base64(bytes) {
  return bytes.toString("base64");
}
function basicAuth(token) {
  return base64(Buffer.from(`:${token}`, "utf8"));
}
function alignedBase64(value, shift) {
  let bytes = Buffer.from(value, "utf8"), encoded = base64(Buffer.concat([Buffer.alloc(shift), bytes])), start = Math.ceil(8 * shift / 6), end = Math.floor(8 * (shift + bytes.length) / 6);
  return end > start ? encoded.slice(start, end) : "";
}
function toBase64Url(text) {
  return text.replaceAll("+", "-").replaceAll("/", "_");
}
function lowerHex(encoded) {
  return encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
}
function maskForms(secret) {
  if (secret === "") return [];
  let aligned = [0, 1, 2].map((shift) => alignedBase64(secret, shift)), urlEncoded = encodeURIComponent(secret), formEncoded = new URLSearchParams({ v: secret }).toString().slice(2), candidates = [
    ...secret.split(/\r\n|\r|\n/).map((line) => line.trim()),
    urlEncoded,
    lowerHex(urlEncoded),
    formEncoded,
    lowerHex(formEncoded),
    JSON.stringify(secret).slice(1, -1),
    base64(Buffer.from(secret, "utf8")),
    basicAuth(secret),
    ...aligned,
    ...aligned.map(toBase64Url)
  ], forms = /* @__PURE__ */ new Set([secret]);
  for (let form of candidates) form.length >= 8 && forms.add(form);
  return [...forms];
}
var SECRET_INPUTS = ["refresh-token", "access-token", "password"], registered = /* @__PURE__ */ new WeakMap();
function maskSecret(host2, secret) {
  let seen = registered.get(host2);
  if (seen || registered.set(host2, seen = { secrets: /* @__PURE__ */ new Set(), forms: /* @__PURE__ */ new Set() }), !seen.secrets.has(secret)) {
    seen.secrets.add(secret);
    for (let form of maskForms(secret))
      seen.forms.has(form) || (seen.forms.add(form), host2.setSecret(form));
  }
}
function maskSecretInputs(host2) {
  for (let name of SECRET_INPUTS) {
    let value = host2.getInput(name);
    value && maskSecret(host2, value);
  }
}

// src/core/credentials/context.ts
function credentialContext(host2, http, endpoints) {
  let getIdToken = host2.getIdToken?.bind(host2);
  return {
    http,
    endpoints,
    mask: (secret) => maskSecret(host2, secret),
    warn: (message) => host2.warning(message),
    info: (message) => host2.info(message),
    debug: (message) => host2.debug(message),
    getIdToken: getIdToken && ((audience) => getIdToken(audience, http))
  };
}
function connectBot(host2, http, target, settings) {
  let credential = createCredential(settings, credentialContext(host2, http, target.endpoints)), pats = new PatClient({
    vsspsUrl: target.endpoints.vsspsUrl,
    organization: target.organization,
    getAccessToken: () => credential.getAccessToken(),
    http,
    mask: (secret) => maskSecret(host2, secret)
  });
  return { credential, pats };
}

// src/core/loopback.ts
function isLoopbackHost(hostname) {
  let host2 = hostname.toLowerCase();
  return host2 === "localhost" || host2 === "[::1]" || host2 === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host2);
}

// src/core/inputs/endpoint-hosts.ts
var ENDPOINT_SERVICE = {
  "authority-host": "entra",
  "vssps-url": "azure-devops",
  "azure-devops-url": "azure-devops",
  "key-vault-url": "key-vault"
}, LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", ENTRA_HOSTS = /* @__PURE__ */ new Set([
  "login.microsoftonline.com",
  "login.windows.net",
  "login.microsoft.com",
  "sts.windows.net",
  "login.microsoftonline.us",
  "login.usgovcloudapi.net",
  "login-us.microsoftonline.com",
  "login.partner.microsoftonline.cn",
  "login.chinacloudapi.cn"
]), AZURE_DEVOPS_HOSTS = /* @__PURE__ */ new Set(["dev.azure.com", "vssps.dev.azure.com"]), AZURE_DEVOPS_PATTERN = new RegExp(`^${LABEL}(?:\\.vssps)?\\.visualstudio\\.com$`), KEY_VAULT_PATTERN = new RegExp(`^${LABEL}\\.vault\\.(?:azure\\.net|usgovcloudapi\\.net|azure\\.cn)$`);
function isKnownHost(service, hostname) {
  let host2 = hostname.toLowerCase();
  switch (service) {
    case "entra":
      return ENTRA_HOSTS.has(host2);
    case "azure-devops":
      return AZURE_DEVOPS_HOSTS.has(host2) || AZURE_DEVOPS_PATTERN.test(host2);
    case "key-vault":
      return KEY_VAULT_PATTERN.test(host2);
  }
}
function isAllowedHost(input, hostname) {
  return isLoopbackHost(hostname) || isKnownHost(ENDPOINT_SERVICE[input], hostname);
}
function knownHostsOf(input) {
  switch (ENDPOINT_SERVICE[input]) {
    case "entra":
      return [...ENTRA_HOSTS].join(", ");
    case "azure-devops":
      return "dev.azure.com, vssps.dev.azure.com, <org>.visualstudio.com, <org>.vssps.visualstudio.com";
    case "key-vault":
      return "<vault>.vault.azure.net, <vault>.vault.usgovcloudapi.net, <vault>.vault.azure.cn";
  }
}

// src/core/inputs/redact-url.ts
var SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
function redactUrl(raw) {
  let scheme = SCHEME.exec(raw)?.[0] ?? "", rest = raw.slice(scheme.length), queryAt = rest.search(/[?#]/), beforeQuery = queryAt === -1 ? rest : rest.slice(0, queryAt), pathAt = beforeQuery.indexOf("/"), authority = pathAt === -1 ? beforeQuery : beforeQuery.slice(0, pathAt), path5 = pathAt === -1 ? "" : beforeQuery.slice(pathAt), at = authority.lastIndexOf("@"), host2 = at === -1 ? authority : `***@${authority.slice(at + 1)}`;
  return `${scheme}${host2}${path5}${queryAt === -1 ? "" : "?\u2026"}`;
}

// src/core/inputs/endpoints.ts
var DEFAULT_ENDPOINTS = {
  authorityHost: "https://login.microsoftonline.com",
  vsspsUrl: "https://vssps.dev.azure.com",
  azureDevOpsUrl: "https://dev.azure.com"
}, ALLOW_CUSTOM_ENDPOINTS = "allow-custom-endpoints", ENDPOINT_NOT_ALLOWED = "endpoint_not_allowed";
function refuse(input, raw, problem) {
  throw new InputError(
    input,
    `Input ${inputRef(input)} ${problem}: ${quoteInput(redactUrl(raw), 200)}.`,
    `Give an absolute https:// URL without credentials, query or fragment (http:// only for localhost or 127.0.0.1), e.g. ${DEFAULT_ENDPOINTS.vsspsUrl}.`
  );
}
function refuseHost(input, host2) {
  throw new InputError(
    input,
    `Input ${inputRef(input)} names ${quoteInput(host2, 200)}, which is not a Microsoft host for this service: nothing was sent, because the credential would go there.`,
    `Use one of ${knownHostsOf(input)} (or leave the input empty for the public cloud). If you trust this host with the bot user's credential (a proxy of your own, say), turn on ${inputRef(ALLOW_CUSTOM_ENDPOINTS)}.`,
    ENDPOINT_NOT_ALLOWED
  );
}
function parseEndpointUrl(input, raw, allowCustom = !1) {
  let text = raw.trim();
  hasWhitespaceControlOrBackslash(text) && refuse(input, raw, "contains whitespace, control characters or backslashes");
  let url;
  try {
    url = new URL(text);
  } catch {
    refuse(input, raw, "is not an absolute URL");
  }
  return url.protocol !== "https:" && url.protocol !== "http:" && refuse(input, raw, "must use https"), url.protocol === "http:" && !isLoopbackHost(url.hostname) && refuse(input, raw, "must use https (plain http is allowed only on loopback addresses)"), (url.username !== "" || url.password !== "") && refuse(input, raw, "must not contain a user name or password"), (text.includes("?") || text.includes("#")) && refuse(input, raw, "must not contain a query or fragment"), url.hostname === "" && refuse(input, raw, "has no host"), !allowCustom && !isAllowedHost(input, url.hostname) && refuseHost(input, url.hostname), `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
function allowsCustomEndpoints(read) {
  return parseBoolean(ALLOW_CUSTOM_ENDPOINTS, readInput(read, ALLOW_CUSTOM_ENDPOINTS), !1);
}
function parseEndpoints(read) {
  let allowCustom = allowsCustomEndpoints(read), pick = (input, fallback) => {
    let raw = readInput(read, input);
    return raw === void 0 ? fallback : parseEndpointUrl(input, raw, allowCustom);
  };
  return {
    authorityHost: pick("authority-host", DEFAULT_ENDPOINTS.authorityHost),
    vsspsUrl: pick("vssps-url", DEFAULT_ENDPOINTS.vsspsUrl),
    azureDevOpsUrl: pick("azure-devops-url", DEFAULT_ENDPOINTS.azureDevOpsUrl)
  };
}
function customEndpointWarnings(endpoints) {
  return endpoints.flatMap(([input, value]) => {
    let host2 = new URL(value).hostname;
    return isAllowedHost(input, host2) ? [] : [
      `Input ${inputRef(input)} names ${quoteInput(host2, 200)}, a host outside Microsoft's clouds, allowed by ${inputRef(ALLOW_CUSTOM_ENDPOINTS)}: the bot user's credential and tokens are sent there.`
    ];
  });
}
function endpointWarnings(endpoints) {
  return customEndpointWarnings([
    ["authority-host", endpoints.authorityHost],
    ["vssps-url", endpoints.vsspsUrl],
    ["azure-devops-url", endpoints.azureDevOpsUrl]
  ]);
}

// src/core/inputs/entra-scope.ts
function parseEntraScope(raw) {
  if (raw === void 0) return "granular";
  let keyword = raw.trim().toLowerCase();
  if (keyword === "granular" || keyword === "default") return keyword;
  let literal = scopeSettingOf(raw.split(/[\s,]+/).filter((part) => part !== ""));
  if (literal !== void 0) return literal;
  throw new InputError(
    "entra-scope",
    `Input ${inputRef("entra-scope")} must be granular or default, got ${quoteInput(raw, 120)}.`,
    `Use granular (the default: ${ENTRA_SCOPES.granular.join(" ")}) or default (${ENTRA_SCOPES.default.join(" ")}, for an app consented only to user_impersonation).`
  );
}

// src/core/inputs/credential-settings.ts
var CREDENTIAL_SOURCES = [
  "refresh-token",
  "access-token",
  "password",
  "key-vault",
  "azure-cli"
], SELECTING_INPUTS = {
  "refresh-token": ["refresh-token"],
  "access-token": ["access-token"],
  password: ["username", "password"],
  "key-vault": ["key-vault-url", "key-vault-secret"],
  "azure-cli": []
}, SOURCE_INPUTS = {
  "refresh-token": ["refresh-token", "client-id", "tenant-id"],
  "access-token": ["access-token"],
  password: ["username", "password", "client-id", "tenant-id"],
  "key-vault": [
    "key-vault-url",
    "key-vault-secret",
    "client-id",
    "tenant-id",
    "azure-client-id",
    "azure-tenant-id"
  ],
  "azure-cli": []
}, CREDENTIAL_INPUTS2 = [...new Set(Object.values(SOURCE_INPUTS).flat())], SOURCE_REQUIREMENTS = "refresh-token (recommended): `refresh-token` + `client-id` [+ `tenant-id`]; key-vault: `key-vault-url` + `key-vault-secret` + `client-id` [+ `tenant-id`, `azure-client-id`, `azure-tenant-id`]; access-token: `access-token`; password (deprecated): `username` + `password` + `client-id` [+ `tenant-id`]; azure-cli: `auth` set to azure-cli.";
function present(read, name) {
  return readInput(read, name, !0) !== void 0;
}
function chooseSource(read) {
  let auth = readInput(read, "auth"), found = CREDENTIAL_INPUTS2.filter((name) => present(read, name)), selected = CREDENTIAL_SOURCES.filter(
    (source) => SELECTING_INPUTS[source].some((name) => present(read, name))
  ), listed = found.length > 0 ? `found: ${found.map(inputRef).join(", ")}` : "no credential input was given";
  if (auth !== void 0) {
    let source = CREDENTIAL_SOURCES.find((s) => s === auth.toLowerCase());
    if (source === void 0)
      throw new InputError(
        "auth",
        `Input \`auth\` must name a credential source, got ${quoteInput(auth)}.`,
        `Use one of ${CREDENTIAL_SOURCES.join(", ")}, or leave \`auth\` empty to choose from the inputs given.`
      );
    let conflicting = selected.filter((s) => s !== source);
    if (conflicting.length > 0)
      throw new InputError(
        "auth",
        `Input \`auth\` selects ${source}, but inputs of ${conflicting.join(" and ")} were also given (${listed}).`,
        `Give only the inputs of one source. ${SOURCE_REQUIREMENTS}`
      );
    return source;
  }
  if (selected.length === 1 && selected[0] !== void 0) return selected[0];
  throw new InputError(
    "auth",
    selected.length === 0 ? `No credential source given (${listed}).` : `Several credential sources given: ${selected.join(" and ")} (${listed}); exactly one is allowed.`,
    `Give the inputs of exactly one source. ${SOURCE_REQUIREMENTS}`
  );
}
function required(read, source, name, keepWhitespace = !1) {
  let value = readInput(read, name, keepWhitespace);
  if (value !== void 0) return value;
  throw new InputError(
    name,
    `The ${source} credential source needs input ${inputRef(name)}, which was not given.`,
    `Set ${inputRef(name)}. ${SOURCE_REQUIREMENTS}`
  );
}
function entraScope(read) {
  let raw = readInput(read, "entra-scope");
  return raw === void 0 ? void 0 : parseEntraScope(raw);
}
function tenant(read) {
  let raw = readInput(read, "tenant-id");
  return raw === void 0 ? "organizations" : parseTenant("tenant-id", raw);
}
function build(read, source) {
  switch (source) {
    case "refresh-token":
      return {
        source,
        refreshToken: checkTokenShape("refresh-token", required(read, source, "refresh-token")),
        clientId: parseGuid("client-id", required(read, source, "client-id")),
        tenantId: tenant(read),
        entraScope: entraScope(read)
      };
    case "access-token":
      return { source, accessToken: checkTokenShape("access-token", required(read, source, "access-token")) };
    case "password": {
      let username = required(read, source, "username");
      if (hasWhitespaceOrControl(username))
        throw new InputError(
          "username",
          `Input \`username\` must be a sign-in name without spaces, got ${quoteInput(username)}.`,
          "Use the user principal name, e.g. bot@contoso.onmicrosoft.com."
        );
      return {
        source,
        username,
        password: required(read, source, "password", !0),
        clientId: parseGuid("client-id", required(read, source, "client-id")),
        tenantId: tenant(read),
        entraScope: entraScope(read)
      };
    }
    case "key-vault": {
      let tenantId = tenant(read);
      return {
        source,
        keyVaultUrl: parseEndpointUrl(
          "key-vault-url",
          required(read, source, "key-vault-url"),
          allowsCustomEndpoints(read)
        ),
        keyVaultSecret: parseKeyVaultSecretName(
          "key-vault-secret",
          required(read, source, "key-vault-secret")
        ),
        azureClientId: parseGuid("azure-client-id", jobClientId(read), "the job identity's client id"),
        azureTenantId: jobTenant(read, tenantId),
        clientId: parseGuid("client-id", required(read, source, "client-id")),
        tenantId,
        entraScope: entraScope(read)
      };
    }
    case "azure-cli":
      return { source };
  }
}
var NO_JOB_IDENTITY_ON_CLI = "The command line has no job identity to read a Key Vault with: use the refresh-token source (`refresh-token` and `client-id`), or the key-vault source in the GitHub Action or Azure Pipelines task.";
function jobClientId(read) {
  let raw = readInput(read, "azure-client-id");
  if (raw !== void 0) return raw;
  throw new InputError(
    "azure-client-id",
    "The key-vault credential source needs input `azure-client-id`: the client id of the app registration (or user-assigned managed identity) whose federated credential trusts this job.",
    {
      github: "Set `azure-client-id` (and `azure-tenant-id`) and grant the job `permissions: id-token: write` in the workflow.",
      "azure-pipelines": "Set azureSubscription to an Azure Resource Manager service connection that uses workload identity federation.",
      cli: NO_JOB_IDENTITY_ON_CLI
    }
  );
}
function jobTenant(read, botTenant) {
  let raw = readInput(read, "azure-tenant-id");
  if (raw !== void 0) return parseTenant("azure-tenant-id", raw, !1);
  if (!MULTI_TENANT_ALIASES.has(botTenant.toLowerCase())) return botTenant;
  throw new InputError(
    "azure-tenant-id",
    "The key-vault credential source needs the job identity's tenant: input `azure-tenant-id`, or a specific `tenant-id`.",
    "Set `azure-tenant-id` to the directory (tenant) id of the app registration the job federates to."
  );
}
var MULTI_TENANT_ALIASES = /* @__PURE__ */ new Set(["organizations", "common", "consumers"]);
function parseCredential(read) {
  let source = chooseSource(read), credential = build(read, source), warnings = [], ignored = CREDENTIAL_INPUTS2.filter(
    (name) => !SOURCE_INPUTS[source].includes(name) && present(read, name)
  );
  return ignored.length > 0 && warnings.push(
    `Ignoring ${ignored.map(inputRef).join(", ")}: the ${source} credential source does not use them.`
  ), (source === "access-token" || source === "azure-cli") && entraScope(read) === "default" && warnings.push(
    `Ignoring ${inputRef("entra-scope")}: the ${source} credential source requests no Entra token itself.`
  ), credential.source === "key-vault" && warnings.push(...customEndpointWarnings([["key-vault-url", credential.keyVaultUrl]])), source === "password" && warnings.push(
    "The password source uses the resource-owner password flow, which Microsoft has deprecated and which fails for accounts with MFA or Conditional Access. Switch to the refresh-token source (obtain one with `ado-ephemeral-pat login`) or the key-vault source."
  ), { credential, warnings };
}

// src/core/inputs/export-for.ts
var CONSUMER_NAMES = ["az", "terraform", "nuget", "npm", "renovate", "git"], SEPARATORS = /[\s,]+/;
function parseExportFor(raw) {
  if (raw === void 0) return [];
  let names = /* @__PURE__ */ new Set();
  for (let token of raw.split(SEPARATORS).filter((part) => part !== "")) {
    let name = token.toLowerCase();
    if (!CONSUMER_NAMES.includes(name))
      throw new InputError(
        "export-for",
        `Input ${inputRef("export-for")} names an unknown tool ${quoteInput(token, 40)}.`,
        `Use one or more of: ${CONSUMER_NAMES.join(", ")} (terraform also serves Pulumi's azuredevops provider).`
      );
    names.add(name);
  }
  return [...names];
}

// src/core/inputs/feeds.ts
var SEPARATORS2 = /[\s,]+/, NPM_PATH = /\/_packaging\/[^/]+\/npm\/registry\/?$/i, NUGET_PATH = /\/_packaging\/[^/]+\/nuget\//i;
function examples(organization) {
  return `https://pkgs.dev.azure.com/${organization}/_packaging/<feed>/npm/registry/ or https://pkgs.dev.azure.com/${organization}/_packaging/<feed>/nuget/v3/index.json`;
}
function refuse2(raw, problem, organization) {
  throw new InputError(
    "feeds",
    `Input ${inputRef("feeds")} has ${quoteInput(raw, 200)}, which ${problem}.`,
    `List Azure Artifacts feed URLs of the organization, e.g. ${examples(organization)} (a project feed has the project after the organization).`
  );
}
function isOrganizationFeed(url, organization) {
  let org = organization.toLowerCase(), firstSegment = decodeURIComponent(url.pathname.split("/")[1] ?? "").toLowerCase(), host2 = url.hostname.toLowerCase();
  return host2 === "pkgs.dev.azure.com" || isLoopbackHost(host2) ? firstSegment === org : host2 === `${org}.pkgs.visualstudio.com`;
}
function parseFeed(raw, organization) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return refuse2(raw, "is not a URL", organization);
  }
  if (url.protocol !== "https:" && refuse2(raw, "is not an https URL", organization), (url.username || url.password) && refuse2(raw, "carries a user name or password", organization), (url.search || url.hash) && refuse2(raw, "has a query or fragment", organization), isOrganizationFeed(url, organization) || refuse2(
    raw,
    `is not an Azure Artifacts host of the organization ${quoteInput(organization)}`,
    organization
  ), NPM_PATH.test(url.pathname)) {
    let path5 = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
    return { kind: "npm", url: `${url.origin}${path5}` };
  }
  return NUGET_PATH.test(url.pathname) ? { kind: "nuget", url: url.href } : refuse2(raw, "is neither an npm registry nor a NuGet endpoint of a feed", organization);
}
function parseFeeds(raw, organization, exportFor) {
  let feeds = { npm: [], nuget: [] };
  for (let token of (raw ?? "").split(SEPARATORS2).filter((part) => part !== "")) {
    let { kind, url } = parseFeed(token, organization);
    feeds[kind].includes(url) || feeds[kind].push(url);
  }
  let warnings = [];
  for (let kind of ["npm", "nuget"]) {
    let wanted = exportFor.includes(kind);
    if (wanted && feeds[kind].length === 0)
      throw new InputError(
        "feeds",
        `Input ${inputRef("export-for")} has ${kind}, but ${inputRef("feeds")} lists no ${kind} feed.`,
        `Add the feed's URL to ${inputRef("feeds")}, e.g. ${examples(organization)}.`
      );
    !wanted && feeds[kind].length > 0 && warnings.push(
      `Input ${inputRef("feeds")} lists ${kind} feeds, but ${inputRef("export-for")} does not name ${kind}: they are ignored.`
    );
  }
  return { feeds, warnings };
}

// src/core/inputs/lifetime.ts
var SECOND = 1e3, MINUTE = 60 * SECOND, HOUR = 60 * MINUTE, DAY = 24 * HOUR, MIN_LIFETIME_MS = 5 * MINUTE, MAX_LIFETIME_MS = 7 * DAY, DEFAULT_LIFETIME = "1h", COMPACT = /^(?:(\d+)\s*d\s*)?(?:(\d+)\s*h\s*)?(?:(\d+)\s*m\s*)?(?:(\d+)\s*s)?$/i, ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i, EXAMPLES = "`30m`, `2h`, `1h30m`, `1d`, or ISO 8601 `PT45M`, `P1D`, `P1DT2H`";
function total(parts, units) {
  if (!parts.every((part) => part === void 0))
    return parts.reduce((sum, part, i) => sum + (part === void 0 ? 0 : Number(part) * (units[i] ?? 0)), 0);
}
function toMilliseconds(text) {
  let iso = ISO.exec(text);
  if (iso !== null)
    return /T$/i.test(text) ? void 0 : total(iso.slice(1), [7 * DAY, DAY, HOUR, MINUTE, SECOND]);
  let compact = COMPACT.exec(text);
  return compact === null ? void 0 : total(compact.slice(1), [DAY, HOUR, MINUTE, SECOND]);
}
function formatDuration(milliseconds) {
  let rest = Math.round(milliseconds / SECOND) * SECOND, text = "";
  for (let [unit, size] of [
    ["d", DAY],
    ["h", HOUR],
    ["m", MINUTE],
    ["s", SECOND]
  ]) {
    let count = Math.floor(rest / size);
    rest -= count * size, count > 0 && (text += `${count}${unit}`);
  }
  return text || "0s";
}
function inRange(milliseconds) {
  return milliseconds !== void 0 && milliseconds >= MIN_LIFETIME_MS && milliseconds <= MAX_LIFETIME_MS;
}
var UNIT_WORDS = [
  ["d", /^(?:d|days?)$/],
  ["h", /^(?:h|hours?|hrs?)$/],
  ["m", /^(?:m|min|mins|minutes?)$/],
  ["s", /^(?:s|sec|secs|seconds?)$/]
], UNIT_NAMES = { s: "seconds", m: "minutes", h: "hours", d: "days" };
function fromWords(text) {
  let parts = [...text.toLowerCase().matchAll(/(\d+)\s*([a-z]+)\s*(?:,|and)?\s*/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join("") !== text.toLowerCase()) return;
  let compact = "";
  for (let [, count = "", word = ""] of parts) {
    let unit = UNIT_WORDS.find(([, words]) => words.test(word))?.[0];
    if (unit === void 0) return;
    compact += `${count}${unit}`;
  }
  return compact;
}
function suggestLifetimes(text) {
  if (/^\d+$/.test(text))
    return ["s", "m", "h", "d"].map((unit) => `${text}${unit}`).filter((v) => inRange(toMilliseconds(v)));
  let compact = fromWords(text.trim());
  return compact !== void 0 && inRange(toMilliseconds(compact)) ? [compact] : [];
}
function didYouMean(text) {
  let suggestions = suggestLifetimes(text), bare = /^\d+$/.test(text);
  if (suggestions.length === 0) return bare ? " A number needs a unit." : "";
  let named = suggestions.map((v) => bare ? `\`${v}\` (${UNIT_NAMES[v.slice(-1)] ?? ""})` : `\`${v}\``), list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} or ${named.at(-1) ?? ""}`;
  return bare ? ` A number needs a unit: did you mean ${list ?? ""}?` : ` Did you mean ${list ?? ""}?`;
}
function parseLifetime(raw) {
  let text = raw.trim(), milliseconds = text === "" ? void 0 : toMilliseconds(text);
  if (milliseconds === void 0)
    throw new InputError(
      "lifetime",
      `Invalid lifetime ${quoteInput(raw)}.${didYouMean(text)}`,
      `Use a duration such as ${EXAMPLES}.`
    );
  if (milliseconds < MIN_LIFETIME_MS || milliseconds > MAX_LIFETIME_MS)
    throw new InputError(
      "lifetime",
      `Lifetime ${quoteInput(raw)} is ${milliseconds < MIN_LIFETIME_MS ? "shorter than 5 minutes" : "longer than 7 days"}.`,
      `Use a duration from 5 minutes to 7 days that covers the job, e.g. ${EXAMPLES}; the token is revoked when the job ends anyway.`
    );
  return { milliseconds, text: formatDuration(milliseconds) };
}

// src/core/inputs/organization.ts
var ORGANIZATION_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,48}[A-Za-z0-9])?$/;
function isOrganizationName(value) {
  return ORGANIZATION_NAME.test(value);
}
function refuse3(raw, fix) {
  throw new InputError(
    "organization",
    `Input \`organization\` must be an Azure DevOps organization name or URL, got ${quoteInput(raw, 200)}.`,
    fix ?? "Give the name (letters, digits and hyphens, at most 50 characters, e.g. contoso) or its URL, e.g. https://dev.azure.com/contoso."
  );
}
function segmentsBelow(url, base) {
  let root = new URL(base);
  if (url.origin !== root.origin) return;
  let rootPath = root.pathname.replace(/\/+$/, "");
  if (!(url.pathname !== rootPath && !url.pathname.startsWith(`${rootPath}/`)))
    return url.pathname.slice(rootPath.length).split("/").filter((segment) => segment !== "");
}
function nameFromUrl(raw, text, azureDevOpsUrl) {
  let url;
  try {
    url = new URL(text);
  } catch {
    refuse3(raw);
  }
  (url.username !== "" || url.password !== "" || text.includes("?") || text.includes("#")) && refuse3(raw);
  let host2 = url.hostname.toLowerCase(), legacy = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(host2), segments = legacy !== null ? [
    legacy[1] ?? "",
    ...url.pathname.split("/").filter((s) => s !== "" && s.toLowerCase() !== "defaultcollection")
  ] : segmentsBelow(url, azureDevOpsUrl) ?? segmentsBelow(url, "https://dev.azure.com");
  if ((segments === void 0 || legacy !== null && url.protocol !== "https:") && refuse3(raw, "Use https://dev.azure.com/<name>, https://<name>.visualstudio.com, or just the name."), segments.length === 0 && refuse3(raw, "Add the organization to the URL, e.g. https://dev.azure.com/contoso."), segments.length > 1) {
    let first = segments[0] ?? "", name = isOrganizationName(first) ? `"${first}"` : 'the name alone, e.g. "contoso"';
    refuse3(
      raw,
      `Set \`organization\` to ${name}, without a project or other path: a token is for a whole organization.`
    );
  }
  return segments[0] ?? "";
}
var SCHEME2 = /^[a-z][a-z0-9+.-]*:\/\//i;
function withScheme(text) {
  return SCHEME2.test(text) ? text : `https://${text}`;
}
function parseOrganization(raw, azureDevOpsUrl = "https://dev.azure.com") {
  let text = raw.trim();
  hasWhitespaceControlOrBackslash(text) && refuse3(raw);
  let name = text.includes("/") || text.includes(":") || text.includes(".") ? nameFromUrl(raw, withScheme(text), azureDevOpsUrl) : text;
  return isOrganizationName(name) || refuse3(raw), name;
}
function readOrganization(read, azureDevOpsUrl, platformDefault) {
  let raw = readInput(read, "organization") ?? platformDefault;
  if (raw === void 0 || raw.trim() === "")
    throw new InputError(
      "organization",
      "Input `organization` is required and was not given.",
      'Set `organization` to the name ("contoso") or URL ("https://dev.azure.com/contoso") of the Azure DevOps organization.'
    );
  return parseOrganization(raw, azureDevOpsUrl);
}

// src/core/inputs/scope-labels.ts
var TABLE = [
  ["Agent Pools", "Read=agentpools; Read & manage=agentpools_manage"],
  ["Analytics", "Read=analytics"],
  ["Auditing|Audit Log", "Read Audit Log|Read=auditlog; Manage Audit Streams|Manage=auditstreams_manage"],
  ["Build", "Read=build; Read & execute=build_execute"],
  [
    "Code|Repos",
    "Read=code; Read & write=code_write; Read, write, & manage=code_manage; Full=code_full; Status=code_status"
  ],
  ["Connected Server", "Connected Server|Read=connected_server"],
  ["Deployment Groups", "Read & manage=machinegroup_manage"],
  ["Entitlements", "Read=entitlements"],
  ["Environment", "Read & manage=environment_manage"],
  ["Extension Data", "Read=extension.data; Read & write=extension.data_write"],
  ["Extensions", "Read=extension; Read & manage=extension_manage"],
  ["GitHub Connections", "Read=githubconnections; Read & manage=githubconnections_manage"],
  ["Graph", "Read=graph; Read & manage=graph_manage"],
  ["Identity", "Read=identity; Read & manage=identity_manage"],
  ["Marketplace", "Read=gallery; Acquire=gallery_acquire; Publish=gallery_publish; Manage=gallery_manage"],
  [
    "Member Entitlement Management",
    "Read=memberentitlementmanagement; Read & write=memberentitlementmanagement_write"
  ],
  [
    "Notifications",
    "Read=notification; Write=notification_write; Manage=notification_manage; Diagnostics=notification_diagnostics"
  ],
  [
    "Packaging|Packages|Artifacts",
    "Read=packaging; Read & write=packaging_write; Read, write, & manage=packaging_manage"
  ],
  ["Pipeline Resources", "Use=pipelineresources_use; Use & manage=pipelineresources_manage"],
  ["Project and Team", "Read=project; Read & write=project_write; Read, write, & manage=project_manage"],
  ["Pull Request Threads", "Read & write=threads_full"],
  [
    "Release",
    "Read=release; Read, write, & execute=release_execute; Read, write, execute, & manage=release_manage"
  ],
  [
    "Secure Files",
    "Read=securefiles_read; Read & create=securefiles_write; Read, create, & manage=securefiles_manage"
  ],
  ["Security", "Manage=security_manage"],
  [
    "Service Connections",
    "Read=serviceendpoint; Read & query=serviceendpoint_query; Read, query, & manage=serviceendpoint_manage"
  ],
  ["Symbols", "Read=symbols; Read & write=symbols_write; Read, write, & manage=symbols_manage"],
  [
    "Task Groups",
    "Read=taskgroups_read; Read & create=taskgroups_write; Read, create, & manage=taskgroups_manage"
  ],
  ["Team Dashboard|Dashboards", "Read=dashboards; Read & manage=dashboards_manage"],
  ["Test Management|Test Plans", "Read=test; Read & write=test_write"],
  ["Tokens", "Read & manage=tokens"],
  ["Token Administration", "Read & manage=tokenadministration"],
  ["User Profile|Profile", "Read=profile; Read & write=profile_write"],
  [
    "Variable Groups",
    "Read=variablegroups_read; Read & create=variablegroups_write; Read, create, & manage=variablegroups_manage"
  ],
  ["Wiki", "Read=wiki; Read & write=wiki_write"],
  ["Work Items|Work Item|Boards", "Read=work; Read & write=work_write; Read, write, & manage=work_full"]
];
function permissionKey(text) {
  return text.toLowerCase().replace(/[^a-z]/g, "").replace(/and/g, "");
}
function areaKey(text) {
  return permissionKey(text).replace(/s$/, "");
}
function buildAreas() {
  let areas2 = /* @__PURE__ */ new Map();
  for (let [names, permissions] of TABLE) {
    let area = { permissions: /* @__PURE__ */ new Map(), scopes: [] };
    for (let entry of permissions.split(";")) {
      let [labels = "", name = ""] = entry.split("="), scope = `vso.${name.trim()}`;
      area.scopes.push(scope);
      for (let label of labels.split("|")) {
        let lastWord = label.trim().split(/[\s,&]+/).at(-1) ?? "";
        for (let key of [permissionKey(label), permissionKey(lastWord)])
          area.permissions.has(key) || area.permissions.set(key, scope);
      }
    }
    for (let name of names.split("|")) areas2.set(areaKey(name), area);
  }
  return areas2;
}
var areas;
function allAreas() {
  return areas ??= buildAreas();
}
function lookUp(label, area, permission) {
  let found = allAreas().get(areaKey(area));
  if (found === void 0) return;
  let exact = permission === void 0 ? void 0 : found.permissions.get(permissionKey(permission));
  return { label, scopes: exact === void 0 ? [...found.scopes] : [exact] };
}
var MAX_AREA_WORDS = 3;
function findScopeLabels(raw) {
  let found = [];
  for (let { before, inside } of parenthesized(raw)) {
    let words = before.trim().split(/\s+/), permission = inside.trim();
    for (let count = Math.min(MAX_AREA_WORDS, words.length); count > 0; count--) {
      let area = words.slice(-count).join(" "), label = lookUp(`${area} (${permission})`, area, permission);
      if (label !== void 0) {
        found.push(label);
        break;
      }
    }
  }
  return found;
}
var ENDS_BEFORE = /* @__PURE__ */ new Set(["(", ")", ",", ";", "\r", `
`]), ENDS_INSIDE = /* @__PURE__ */ new Set(["(", ")", "\r", `
`]);
function* parenthesized(raw) {
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== "(") {
      ENDS_BEFORE.has(raw[i] ?? "") && (start = i + 1);
      continue;
    }
    let close = i + 1;
    for (; close < raw.length && !ENDS_INSIDE.has(raw[close] ?? ""); ) close++;
    raw[close] === ")" && (yield { before: raw.slice(start, i), inside: raw.slice(i + 1, close) }, i = close), start = i + 1;
  }
}
function scopeLabelOf(token) {
  let pair = /^([A-Za-z][A-Za-z_-]*)[:./]([A-Za-z_&,-]+)$/.exec(token);
  if (pair !== null) {
    let label = lookUp(token, pair[1] ?? "", pair[2] ?? "");
    return label?.scopes.length === 1 ? label : void 0;
  }
  return /^[A-Za-z][A-Za-z_-]*$/.test(token) ? lookUp(token, token, void 0) : void 0;
}

// src/core/inputs/scopes.ts
var SCOPES_DOCUMENTATION_URL = "https://learn.microsoft.com/azure/devops/integrate/get-started/authentication/oauth#scopes", FULL_ACCESS_SCOPE = "app_token", ENTRA_ONLY_SCOPES = /* @__PURE__ */ new Map([
  ["user_impersonation", { id: "user_impersonation", highPrivilege: !0, includes: [], area: "Entra" }],
  ["vso.pats", { id: "vso.pats", highPrivilege: !1, includes: [], area: "Entra" }],
  ["vso.pats_manage", { id: "vso.pats_manage", highPrivilege: !1, includes: ["vso.pats"], area: "Entra" }]
]), TABLE2 = [
  ["Advanced security", "advsec\u2605 advsec_write\u2605\u2192advsec advsec_manage\u2605\u2192advsec_write"],
  ["Agent pools", "agentpools agentpools_manage\u2605\u2192agentpools environment_manage\u2605\u2192agentpools_manage"],
  ["Analytics", "analytics"],
  ["Audit", "auditlog auditstreams_manage\u2605\u2192auditlog"],
  ["Build", "build\u2192hooks_write build_execute\u2605\u2192build"],
  ["Code", "code\u2192hooks_write code_write\u2605\u2192code code_manage\u2605\u2192code_write code_full\u2605\u2192code_manage code_status"],
  ["Connected server", "connected_server"],
  [
    "Entitlements",
    "entitlements memberentitlementmanagement memberentitlementmanagement_write\u2605\u2192memberentitlementmanagement"
  ],
  [
    "Extensions",
    "extension\u2192profile extension_manage\u2605\u2192extension extension.data\u2192profile extension.data_write\u2192extension.data"
  ],
  ["GitHub connections", "githubconnections githubconnections_manage\u2605\u2192githubconnections"],
  ["Graph and identity", "graph graph_manage\u2605\u2192graph identity identity_manage\u2605\u2192identity"],
  ["Deployment groups", "machinegroup_manage\u2605\u2192agentpools_manage"],
  [
    "Marketplace",
    "gallery\u2192profile gallery_acquire\u2192gallery gallery_publish\u2605\u2192gallery gallery_manage\u2605\u2192gallery_publish"
  ],
  [
    "Notifications",
    "notification\u2192profile notification_write\u2192notification notification_manage\u2192notification_write notification_diagnostics\u2192notification"
  ],
  ["Packaging", "packaging\u2192profile packaging_write\u2605\u2192packaging packaging_manage\u2605\u2192packaging_write"],
  ["Pipeline resources", "pipelineresources_use\u2605 pipelineresources_manage\u2605\u2192pipelineresources_use"],
  ["Project and team", "project project_write\u2192project project_manage\u2605\u2192project_write"],
  ["Release", "release\u2192profile release_execute\u2605\u2192release release_manage\u2605\u2192release_execute"],
  [
    "Secure files",
    "securefiles_read\u2605 securefiles_write\u2605\u2192securefiles_read securefiles_manage\u2605\u2192securefiles_write"
  ],
  ["Security", "security_manage\u2605"],
  [
    "Service connections",
    "serviceendpoint\u2192profile serviceendpoint_query\u2192serviceendpoint serviceendpoint_manage\u2605\u2192serviceendpoint_query"
  ],
  ["Service hooks", "hooks\u2192profile hooks_write\u2192hooks hooks_interact\u2192profile"],
  ["Settings", "settings settings_write\u2192settings"],
  ["Symbols", "symbols\u2192profile symbols_write\u2192symbols symbols_manage\u2192symbols_write"],
  ["Task groups", "taskgroups_read taskgroups_write\u2192taskgroups_read taskgroups_manage\u2605\u2192taskgroups_write"],
  ["Dashboards", "dashboards dashboards_manage\u2192dashboards"],
  ["Test", "test\u2192profile test_write\u2192test"],
  ["PR threads", "threads_full"],
  ["Tokens", "tokens\u2605 tokenadministration\u2605"],
  ["Profile", "profile profile_write\u2192profile"],
  [
    "Variable groups",
    "variablegroups_read variablegroups_write\u2192variablegroups_read variablegroups_manage\u2605\u2192variablegroups_write"
  ],
  ["Wiki", "wiki wiki_write\u2192wiki"],
  ["Work items", "work\u2192hooks_write work_write\u2192work work_full\u2192work_write"],
  // Accepted by Microsoft's AzureAuth CLI (src/AdoPat/Scopes.cs), absent from the OAuth page; the
  // read < write < manage chain is inferred from the naming convention. The retired load-test scopes are not.
  ["Drops (AzureAuth)", "drop drop_write\u2192drop drop_manage\u2192drop_write"]
];
function buildCatalogue() {
  let catalogue = /* @__PURE__ */ new Map();
  for (let [area, scopes] of TABLE2)
    for (let entry of scopes.split(" ")) {
      let [nameAndFlag = "", implied] = entry.split("\u2192"), highPrivilege = nameAndFlag.endsWith("\u2605"), id = `vso.${nameAndFlag.replace("\u2605", "")}`;
      catalogue.set(id, {
        id,
        highPrivilege,
        includes: implied === void 0 ? [] : [`vso.${implied}`],
        area
      });
    }
  return catalogue;
}
var SCOPE_CATALOGUE = buildCatalogue();
function directIncludes(scope) {
  return (SCOPE_CATALOGUE.get(scope) ?? ENTRA_ONLY_SCOPES.get(scope))?.includes ?? [];
}
function scopeClosure(scope) {
  let seen = /* @__PURE__ */ new Set(), pending2 = [scope];
  for (let next = pending2.pop(); next !== void 0; next = pending2.pop())
    seen.has(next) || (seen.add(next), pending2.push(...directIncludes(next)));
  return seen;
}
var SEPARATORS3 = /[\s,]+/;
function canonicalId(token) {
  let lower = token.toLowerCase();
  return lower.startsWith("vso.") ? lower : `vso.${lower}`;
}
var FULL_ACCESS_ALIASES = /* @__PURE__ */ new Set([
  FULL_ACCESS_SCOPE,
  "user_impersonation",
  "*",
  "all",
  "full",
  "full_access"
]), LEAST_PRIVILEGE_FIX = `List only the scopes the job needs, in \`scopes\`, e.g. \`vso.code\` to clone or \`vso.code_write\` to push (least privilege: a leaked token can do only what its scopes allow). Scopes: ${SCOPES_DOCUMENTATION_URL}`, ALLOW_TOKEN_SCOPES = "allow-token-scopes", TOKEN_SCOPES = /* @__PURE__ */ new Set(["vso.tokens", "vso.tokenadministration"]), TOKEN_SCOPE_NOT_ALLOWED = "token_scope_not_allowed";
function refuseScope(token, id) {
  throw id === "vso.pats" || id === "vso.pats_manage" ? new InputError(
    "scopes",
    `Scope ${quoteInput(token)} exists only for Entra tokens: a PAT cannot carry it (and a PAT that manages PATs would defeat the purpose).`,
    LEAST_PRIVILEGE_FIX
  ) : TOKEN_SCOPES.has(id) ? new InputError(
    "scopes",
    `Scope ${quoteInput(token)} lets the PAT mint or manage tokens, which could outlive the job that revokes it.`,
    `${LEAST_PRIVILEGE_FIX} If the job must manage tokens, turn on ${inputRef(ALLOW_TOKEN_SCOPES)}.`,
    TOKEN_SCOPE_NOT_ALLOWED
  ) : new InputError(
    "scopes",
    `Scope ${quoteInput(token)} asks for a full-access token, which this product never mints.`,
    LEAST_PRIVILEGE_FIX
  );
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let current = [i];
    for (let j = 1; j <= b.length; j++) {
      let substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function suggestScopes(id) {
  let name = id.slice(4);
  if (name.length > 64) return [];
  let stem = name.split(/[_.]/)[0] ?? name, threshold = Math.max(2, Math.floor(name.length / 3));
  return [...SCOPE_CATALOGUE.keys()].map((candidate) => {
    let candidateName = candidate.slice(4), distance = editDistance(name, candidateName), prefix = stem.length >= 3 && candidateName.startsWith(stem);
    return { candidate, score: prefix ? Math.min(distance, threshold) : distance };
  }).filter(({ score }) => score <= threshold).sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate)).slice(0, 3).map(({ candidate }) => candidate);
}
function didYouMean2(scopes) {
  let quoted = scopes.map((scope) => `\`${scope}\``), last = quoted.pop() ?? "";
  return `Did you mean ${quoted.length > 0 ? `${quoted.join(", ")} or ${last}` : last}?`;
}
var CATALOGUE_HINT = `Use a scope id from the catalogue (with or without the \`vso.\` prefix): ${SCOPES_DOCUMENTATION_URL}`;
function refuseLabels(labels) {
  let names = labels.map((label) => quoteInput(label.label)), many = labels.length > 1;
  throw new InputError(
    "scopes",
    `${many ? "Scopes" : "Scope"} ${names.join(", ")} ${many ? "are labels" : "is a label"} of the Azure DevOps web page, not ${many ? "scope ids" : "a scope id"}.`,
    `${didYouMean2(labels.flatMap((label) => label.scopes))} ${CATALOGUE_HINT}`
  );
}
function refuseUnknown(token, id) {
  let label = scopeLabelOf(token);
  label !== void 0 && refuseLabels([label]);
  let suggestions = suggestScopes(id), hint = suggestions.length > 0 ? `${didYouMean2(suggestions)} ` : "";
  throw new InputError(
    "scopes",
    `Unknown Azure DevOps scope ${quoteInput(token)}.`,
    `${hint}${CATALOGUE_HINT}`
  );
}
function parseScopes(raw, options = {}) {
  let tokens = raw.split(SEPARATORS3).filter((token) => token !== "");
  if (tokens.length === 0)
    throw new InputError(
      "scopes",
      "No scope given: Azure DevOps would turn an empty scope into a full-access token.",
      LEAST_PRIVILEGE_FIX
    );
  let labels = findScopeLabels(raw);
  labels.length > 0 && refuseLabels(labels);
  let requested = /* @__PURE__ */ new Set();
  for (let token of tokens) {
    let id = canonicalId(token);
    FULL_ACCESS_ALIASES.has(id.slice(4)) && refuseScope(token, id), ENTRA_ONLY_SCOPES.has(id) && refuseScope(token, id), TOKEN_SCOPES.has(id) && options.allowTokenScopes !== !0 && refuseScope(token, id), SCOPE_CATALOGUE.has(id) || refuseUnknown(token, id), requested.add(id);
  }
  let implied = /* @__PURE__ */ new Set();
  for (let id of requested) for (let other of scopeClosure(id)) other !== id && implied.add(other);
  let scopes = [...requested].filter((id) => !implied.has(id)).sort(), highPrivilege = scopes.filter((id) => SCOPE_CATALOGUE.get(id)?.highPrivilege === !0);
  return { scopes, highPrivilege };
}

// src/core/inputs/settings.ts
function highPrivilegeWarning(scopes) {
  let areas2 = [...new Set(scopes.map((id) => SCOPE_CATALOGUE.get(id)?.area ?? id))].join(", ");
  return `Requested high-privilege scope${scopes.length > 1 ? "s" : ""} ${scopes.join(", ")} (${areas2}). Keep them only if the job needs them: the token can do everything they allow until it is revoked.`;
}
function tokenScopesWarning(scopes) {
  return `Scope${scopes.length > 1 ? "s" : ""} ${scopes.join(", ")}, allowed by ${inputRef(ALLOW_TOKEN_SCOPES)}: the PAT can mint or manage tokens, and a token it makes is not revoked when the job ends.`;
}
function parseSettings(read, defaults = {}) {
  let endpoints = parseEndpoints(read), organization = readOrganization(read, endpoints.azureDevOpsUrl, defaults.organization), scopesRaw = readInput(read, "scopes");
  if (scopesRaw === void 0)
    throw new InputError(
      "scopes",
      "Input `scopes` is required: Azure DevOps would turn an empty scope into a full-access token.",
      "List only the scopes the job needs, in `scopes`, e.g. `vso.code` to clone or `vso.code_write` to push."
    );
  let allowTokenScopes = parseBoolean(ALLOW_TOKEN_SCOPES, readInput(read, ALLOW_TOKEN_SCOPES), !1), { scopes, highPrivilege } = parseScopes(scopesRaw, { allowTokenScopes }), lifetime = parseLifetime(readInput(read, "lifetime") ?? DEFAULT_LIFETIME), revoke = parseBoolean("revoke", readInput(read, "revoke"), !0), exportFor = parseExportFor(readInput(read, "export-for")), { feeds, warnings: feedWarnings } = parseFeeds(readInput(read, "feeds"), organization, exportFor), gitCredentials = parseBoolean("git-credentials", readInput(read, "git-credentials"), !1) || exportFor.includes("git"), exportRaw = readInput(read, "export-variable"), exportVariable = exportRaw === void 0 ? void 0 : parseExportVariable("export-variable", exportRaw), { credential, warnings } = parseCredential(read);
  warnings.push(...feedWarnings);
  let tokenScopes = scopes.filter((id) => TOKEN_SCOPES.has(id));
  return tokenScopes.length > 0 && warnings.unshift(tokenScopesWarning(tokenScopes)), highPrivilege.length > 0 && warnings.unshift(highPrivilegeWarning(highPrivilege)), warnings.unshift(...endpointWarnings(endpoints)), {
    settings: {
      organization,
      scopes,
      highPrivilegeScopes: highPrivilege,
      lifetime,
      displayName: readInput(read, "display-name"),
      revoke,
      gitCredentials,
      exportVariable,
      exportFor: exportFor.filter((name) => name !== "git"),
      feeds,
      endpoints,
      credential
    },
    warnings
  };
}

// src/core/net/failures.ts
var PROXY_CREDENTIALS = "Give the proxy its credentials: in HTTPS_PROXY, URL-encoded (http://user:pass@host:port)", HTTP_CLIENT_FAILURES = {
  throttled: {
    seen: "HTTP 429 until the retry budget ran out (or a Retry-After beyond it)",
    kind: "throttled",
    cause: "Azure DevOps or Entra ID throttled the requests (200 TSTUs per identity per 5 minutes).",
    fix: "Wait a few minutes and run the job again; if many jobs mint tokens with the same bot user at once, stagger them or use more than one bot user."
  },
  server: {
    seen: "HTTP 500, 502, 503 or 504 until the retry budget ran out; once for a create",
    kind: "server",
    cause: "The service failed. A failed create is not repeated blindly: it may have been applied.",
    fix: "This is usually temporary: run the job again later. Check https://status.dev.azure.com if it persists."
  },
  network: {
    seen: "a connection refused, reset, DNS failure or timeout until the retry budget ran out",
    kind: "network",
    cause: "The runner could not reach the host named in the message.",
    fix: "If the runner needs a proxy, set HTTPS_PROXY=http://host:port (and NO_PROXY for hosts reached directly). Check that a firewall allows the host, and the endpoint inputs (`organization`, `vssps-url`, `authority-host`)."
  },
  proxy_refused: {
    seen: "the proxy refused the tunnel (e.g. HTTP 407; not retried)",
    kind: "network",
    cause: "The proxy would not connect the runner to the host, often because it needs credentials.",
    fix: {
      github: `${PROXY_CREDENTIALS}; or exempt the host in NO_PROXY if it must be reached directly.`,
      "azure-pipelines": `${PROXY_CREDENTIALS}, or in the agent's proxy settings when the agent has a proxy; or exempt the host (NO_PROXY, or the agent's proxy bypass list) if it must be reached directly.`,
      cli: `${PROXY_CREDENTIALS}; or exempt the host in NO_PROXY if it must be reached directly.`
    }
  },
  tls: {
    seen: "a TLS or certificate error (not retried)",
    kind: "network",
    cause: "The server certificate is not trusted by Node, or the endpoint does not speak TLS.",
    fix: "If a proxy inspects TLS or you use the emulator, trust its CA with NODE_EXTRA_CA_CERTS=<pem file>; otherwise check the endpoint URL inputs."
  },
  insecure_url: {
    seen: "an http:// endpoint that is not loopback (nothing is sent)",
    kind: "input",
    cause: "Tokens must not travel in clear text.",
    fix: "Use an https:// URL in the endpoint inputs (`vssps-url`, `authority-host`, `azure-devops-url`)."
  }
}, NEVER_REACHED_SERVER = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
function field(value, name) {
  return typeof value == "object" && value !== null ? value[name] : void 0;
}
function stringField(value, name) {
  let found = field(value, name);
  return typeof found == "string" ? found : void 0;
}
function networkErrorCode(error) {
  let name = stringField(error, "name");
  if (name === "TimeoutError") return "timeout";
  if (name === "AbortError") return "aborted";
  let cause = field(error, "cause"), nested = field(cause, "errors"), first = Array.isArray(nested) ? nested[0] : void 0;
  return stringField(cause, "code") ?? stringField(first, "code") ?? stringField(error, "code") ?? name ?? "unknown";
}
function isMalformedRequest(error) {
  let code = stringField(error, "code");
  return code === "ERR_INVALID_CHAR" || code === "ERR_INVALID_HTTP_TOKEN";
}
var PROXY_REFUSED = "ERR_PROXY_TUNNEL";
function isTlsFailure(code) {
  return /CERT|^ERR_TLS_|^ERR_SSL_|^UNABLE_TO_|^DEPTH_ZERO|^EPROTO$/.test(code);
}
function mayRetryAfter(error, idempotent) {
  let code = networkErrorCode(error);
  return isMalformedRequest(error) || isTlsFailure(code) || code === PROXY_REFUSED ? !1 : idempotent || NEVER_REACHED_SERVER.has(code);
}
function describeNetworkFailure(error, url, target, tries, idempotent) {
  if (isMalformedRequest(error))
    return new ActionableError(
      "input",
      `${target} could not be sent: a header value has characters HTTP does not allow.`,
      "Check the credential inputs for a stray line break, quote or non-ASCII character.",
      { code: "invalid_request", notApplied: !0 }
    );
  let code = networkErrorCode(error), host2 = url.host, proxy = stringField(error, "proxy");
  if (code === PROXY_REFUSED)
    return new ActionableError(
      "network",
      `The proxy ${proxy ?? ""} refused to connect to ${host2} (HTTP ${String(field(error, "status"))}) for ${target}.`,
      HTTP_CLIENT_FAILURES.proxy_refused.fix,
      { code: "proxy_refused", retryable: !1, notApplied: !0 }
    );
  if (isTlsFailure(code)) {
    let peer = proxy ? `the proxy ${proxy}` : host2;
    return new ActionableError(
      "network",
      `The TLS connection to ${peer} failed (${code}) for ${target}.`,
      HTTP_CLIENT_FAILURES.tls.fix,
      { code, retryable: !1, notApplied: !0 }
    );
  }
  let maybeApplied = idempotent || NEVER_REACHED_SERVER.has(code) ? "" : " The request may have reached the server, so it was not repeated.", via = proxy ? ` through the proxy ${proxy}` : "", what = code === "timeout" ? `${host2} did not answer in time` : `Could not reach ${host2}${via} (${code})`;
  return new ActionableError(
    "network",
    `${what} for ${target} after ${tries}.${maybeApplied}`,
    HTTP_CLIENT_FAILURES.network.fix,
    { code, retryable: !0, notApplied: NEVER_REACHED_SERVER.has(code) }
  );
}

// src/core/net/http1/exchange.ts
var import_node_http2 = require("node:http");

// src/core/net/http1/body.ts
var BodyTooLargeError = class extends Error {
  code = "HPE_BODY_TOO_LARGE";
  constructor() {
    super("The response body is larger than 33554432 bytes."), this.name = "BodyTooLargeError";
  }
}, BodyCollector = class {
  buffer;
  length = 0;
  /** `expected`: the Content-Length, when the response gives one (refused at once when too large). */
  constructor(expected) {
    if (expected !== void 0 && expected > 33554432) throw new BodyTooLargeError();
    this.buffer = Buffer.allocUnsafe(expected ?? 16384);
  }
  /** Copies `chunk` in; throws BodyTooLargeError past MAX_BODY_BYTES. */
  push(chunk) {
    let needed = this.length + chunk.length;
    if (needed > 33554432) throw new BodyTooLargeError();
    if (needed > this.buffer.length) {
      let grown = Buffer.allocUnsafe(Math.min(33554432, Math.max(needed, this.buffer.length * 2)));
      this.buffer.copy(grown, 0, 0, this.length), this.buffer = grown;
    }
    chunk.copy(this.buffer, this.length), this.length = needed;
  }
  /** The body so far: a view of the one buffer that holds it. */
  bytes() {
    return this.buffer.subarray(0, this.length);
  }
  /** How many bytes are held, used or not: at most twice the body, or its announced length. */
  get capacity() {
    return this.buffer.length;
  }
};

// src/core/net/http1/connect.ts
var import_node_net = require("node:net"), import_node_tls = require("node:tls");

// src/core/net/http1/url-parts.ts
function bareHost(url) {
  return url.hostname.replace(/^\[|\]$/g, "");
}
function portOf(url) {
  return Number(url.port) || (url.protocol === "https:" ? 443 : 80);
}

// src/core/net/http1/connect.ts
function secure(url, socket) {
  let host2 = bareHost(url);
  return (0, import_node_tls.connect)({
    host: host2,
    port: portOf(url),
    socket,
    servername: (0, import_node_net.isIP)(host2) ? void 0 : host2,
    ALPNProtocols: ["http/1.1"]
  });
}
function connect(url) {
  return url.protocol === "https:" ? secure(url) : (0, import_node_net.connect)(portOf(url), bareHost(url));
}

// src/core/net/http1/proxy.ts
var import_node_net2 = require("node:net");
function proxiable(target) {
  return target.protocol === "https:" && !isLoopbackHost(target.hostname);
}
function variable(env, name) {
  return [env[name], env[name.toLowerCase()]].map((value) => value?.trim()).find(Boolean);
}
function proxyOf(target, resolve = proxyFor) {
  return proxiable(target) ? resolve(target) : void 0;
}
function proxyFor(target, env = process.env) {
  if (!proxiable(target)) return;
  let setting = variable(env, "HTTPS_PROXY");
  if (!(setting === void 0 || bypassed(target, variable(env, "NO_PROXY"))))
    return parseProxy(setting, {
      name: "HTTPS_PROXY",
      fix: "Set HTTPS_PROXY to http://host:port (user and password URL-encoded: http://user:pass@host:port), or unset it to connect directly."
    });
}
function parseProxy(setting, origin, credentials) {
  let invalid = (message) => new ActionableError("input", message, origin.fix, { code: "invalid_proxy" }), url;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(setting) ? setting : `http://${setting}`);
  } catch {
    throw invalid(`${origin.name} is not a valid URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw invalid(
      `${origin.name} uses ${url.protocol.slice(0, -1)}, which is not supported: only http:// and https:// proxies are.`
    );
  let user = credentials;
  try {
    user ??= { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  } catch {
    throw invalid(`${origin.name} has a user name or password that is not validly URL-encoded.`);
  }
  let authorization = user.username || user.password ? `Basic ${Buffer.from(`${user.username}:${user.password}`).toString("base64")}` : void 0;
  return { url, authorization };
}
function bypassed(target, noProxy) {
  if (noProxy === void 0) return !1;
  let host2 = withoutTrailingDot(bareHost(target).toLowerCase()), port = String(portOf(target));
  return noProxy.split(/[\s,]+/).filter(Boolean).some((entry) => {
    if (entry === "*") return !0;
    if (entry.includes("/")) return inRange2(host2, entry);
    let match = /^(?:\*?\.)?(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry.toLowerCase());
    if (!match) return !1;
    let name = withoutTrailingDot((match[1] ?? "").replace(/^\[|\]$/g, ""));
    return match[2] !== void 0 && match[2] !== port ? !1 : host2 === name || host2.endsWith(`.${name}`);
  });
}
function withoutTrailingDot(name) {
  return name.endsWith(".") ? name.slice(0, -1) : name;
}
function inRange2(host2, cidr) {
  let [address = "", bits = "", ...rest] = cidr.replace(/^\[|\](?=\/)/g, "").split("/"), family = (0, import_node_net2.isIP)(address);
  if (rest.length > 0 || family === 0 || (0, import_node_net2.isIP)(host2) !== family || !/^\d{1,3}$/.test(bits)) return !1;
  let prefix = Number(bits);
  if (prefix > (family === 4 ? 32 : 128)) return !1;
  let range = new import_node_net2.BlockList();
  return range.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6"), range.check(host2, family === 4 ? "ipv4" : "ipv6");
}

// src/core/net/http1/tunnel.ts
var import_node_http = require("node:http");
var ProxyTunnelError = class extends Error {
  constructor(status) {
    super(`The proxy refused the tunnel with HTTP ${status}.`);
    this.status = status;
    this.name = "ProxyTunnelError";
  }
  status;
  code = "ERR_PROXY_TUNNEL";
};
function openTunnel(proxy, target, done2) {
  let socket = connect(proxy.url), authority = `${target.hostname}:${portOf(target)}`, headers = { Host: authority };
  proxy.authorization && (headers["Proxy-Authorization"] = proxy.authorization);
  let connectRequest = (0, import_node_http.request)({
    method: "CONNECT",
    path: authority,
    headers,
    createConnection: () => socket
  });
  connectRequest.removeHeader("Connection");
  let called = !1, failed2 = (error) => {
    if (called) return;
    called = !0, socket.destroy();
    let failure2 = typeof error == "object" && error !== null ? error : new Error(String(error));
    done2(Object.assign(failure2, { proxy: proxy.url.host }));
  };
  return connectRequest.on("error", failed2), connectRequest.on("connect", (answer, tunnel, head) => {
    if (answer.statusCode !== 200) return failed2(new ProxyTunnelError(answer.statusCode ?? 0));
    called = !0, head.length > 0 && tunnel.unshift(head), done2(void 0, tunnel);
  }), connectRequest.end(), socket;
}

// src/core/net/http1/warm-connections.ts
var WARM_IDLE_MS = 1e4, warm = /* @__PURE__ */ new Map();
function preconnect(url, options = {}) {
  let origin = url.origin;
  if (warm.has(origin) || throughProxy(url, options.resolveProxy)) return;
  let socket = connect(url), drop = () => {
    warm.get(origin)?.socket === socket && warm.delete(origin), socket.destroy();
  };
  socket.on("error", drop), socket.on("data", drop), socket.on("end", drop), socket.on("close", drop), socket.setTimeout(options.idleMs ?? WARM_IDLE_MS, drop), socket.unref(), warm.set(origin, { socket, drop });
}
function throughProxy(url, resolveProxy) {
  try {
    return proxyOf(url, resolveProxy) !== void 0;
  } catch {
    return !0;
  }
}
function takeWarm(url) {
  let entry = warm.get(url.origin);
  if (!entry) return;
  warm.delete(url.origin);
  let { socket, drop } = entry;
  for (let event of ["error", "data", "end", "close"]) socket.off(event, drop);
  if (socket.setTimeout(0), socket.destroyed || !socket.writable) {
    socket.destroy();
    return;
  }
  return socket.ref(), socket;
}

// src/core/net/http1/exchange.ts
var MAX_HEAD_BYTES = 16 * 1024, MAX_WIRE_BYTES = 2 * 33554432, RESERVED = /* @__PURE__ */ new Set(["host", "connection", "content-length", "transfer-encoding"]), BODY_METHODS = /* @__PURE__ */ new Set(["POST", "PUT", "PATCH"]);
function exchange(request2, timeoutMs, resolveProxy) {
  let { url } = request2, proxy = proxyOf(url, resolveProxy), { body } = request2, headers = { Host: url.host, Connection: "close" };
  for (let [name, value] of Object.entries(request2.headers))
    RESERVED.has(name.toLowerCase()) || (headers[name] = value);
  (body !== void 0 || BODY_METHODS.has(request2.method)) && (headers["Content-Length"] = `${body === void 0 ? 0 : Buffer.byteLength(body)}`);
  for (let [name, value] of Object.entries(headers))
    (0, import_node_http2.validateHeaderName)(name), (0, import_node_http2.validateHeaderValue)(name, value);
  let resolve = () => {
  }, reject = () => {
  }, answered = new Promise((onAnswer, onFailure) => {
    resolve = onAnswer, reject = onFailure;
  }), sockets = [], settled = !1, finish = (error, response) => {
    if (settled) return;
    settled = !0, clearTimeout(timer);
    let opened = sockets;
    if (response) {
      resolve(response), setImmediate(() => opened.forEach((socket) => socket.destroy()));
      return;
    }
    opened.forEach((socket) => socket.destroy()), reject(error);
  }, deliver = () => {
  }, direct = proxy ? void 0 : bounded(takeWarm(url) ?? connect(url));
  direct ? sockets = [direct] : proxy && (sockets = [openTunnel(proxy, url, (error, tunnel) => {
    if (error || !tunnel) return finish(error);
    if (settled) return tunnel.destroy();
    let inside = secure(url, tunnel);
    sockets = [inside, tunnel], deliver(bounded(inside));
  })]);
  let outgoing;
  try {
    outgoing = (0, import_node_http2.request)({
      method: request2.method,
      path: `${url.pathname}${url.search}`,
      headers,
      maxHeaderSize: MAX_HEAD_BYTES,
      createConnection: (_options, created) => (deliver = (socket) => created(null, socket), direct)
    });
  } catch (error) {
    throw sockets.forEach((socket) => socket.destroy()), error;
  }
  let timer = setTimeout(
    () => finish(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
    timeoutMs
  ), answer;
  return outgoing.on("error", (error) => {
    answer?.complete || finish(error);
  }), outgoing.on("response", (response) => {
    answer = response, receive(response, finish);
  }), outgoing.end(body, "utf8"), answered;
  function bounded(socket) {
    let read = 0;
    return socket.on("data", (chunk) => {
      read += chunk.length, read > MAX_WIRE_BYTES && finish(Object.assign(new Error("The answer is too large."), { code: "HPE_BODY_TOO_LARGE" }));
    }), socket;
  }
}
function receive(answer, finish) {
  let collector;
  try {
    let length = answer.headers["content-length"];
    collector = new BodyCollector(length === void 0 ? void 0 : Number(length));
  } catch (error) {
    finish(error);
    return;
  }
  answer.on("data", (chunk) => {
    try {
      collector.push(chunk);
    } catch (error) {
      finish(error);
    }
  }), answer.on("error", finish), answer.on(
    "end",
    () => finish(void 0, {
      status: answer.statusCode ?? 0,
      headers: headersOf(answer),
      body: collector.bytes()
    })
  );
}
function headersOf(answer) {
  let headers = /* @__PURE__ */ new Map(), raw = answer.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    let name = (raw[i] ?? "").toLowerCase(), value = raw[i + 1] ?? "", previous = headers.get(name);
    headers.set(name, previous === void 0 ? value : `${previous}, ${value}`);
  }
  return headers;
}

// src/core/net/http.ts
var ReceivedHeaders = class {
  constructor(raw) {
    this.raw = raw;
  }
  raw;
  get(name) {
    return this.raw.get(name.toLowerCase()) ?? null;
  }
}, DEFAULT_RETRY_POLICY = {
  attempts: 5,
  totalMs: 6e4,
  baseDelayMs: 1e3,
  maxDelayMs: 3e4
}, DEFAULT_TIMEOUT_MS = 3e4, MIN_PACED_DELAY_MS = 250, MAX_ATTEMPTS = 50, DEFAULT_USER_AGENT = "ado-ephemeral-pat", TEST_RETRY_SCALE_VARIABLE = "ADO_EPHEMERAL_PAT_TEST_RETRY_SCALE";
function testRetryScale(url, env = process.env) {
  let value = env[TEST_RETRY_SCALE_VARIABLE]?.trim() ?? "", scale = /^\d+(\.\d+)?$/.test(value) ? Number(value) : 1;
  try {
    return scale < 1 && isLoopbackHost(new URL(url).hostname) ? scale : 1;
  } catch {
    return 1;
  }
}
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
function redactUrl2(url) {
  try {
    let parsed = new URL(url), names = [...parsed.searchParams.keys()], query = names.length > 0 ? `?${names.map((name) => `${name}=\u2026`).join("&")}` : "";
    return `${parsed.origin}${parsed.pathname}${query}`;
  } catch {
    return "(invalid URL)";
  }
}
function assertSecureUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new ActionableError(
      "input",
      `The URL ${redactUrl2(url)} is not valid.`,
      "Check the endpoint inputs (`organization`, `vssps-url`, `authority-host`).",
      { code: "invalid_url" }
    );
  }
  if (parsed.protocol === "https:" || parsed.protocol === "http:" && isLoopbackHost(parsed.hostname)) return parsed;
  throw new ActionableError(
    "input",
    `Refusing to send a request to ${redactUrl2(url)}: only HTTPS is allowed (plain HTTP only on loopback).`,
    HTTP_CLIENT_FAILURES.insecure_url.fix,
    { code: "insecure_url", notApplied: !0 }
  );
}
function serverRequestedDelayMs(status, headers, now) {
  let retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1e3);
    let date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  let reset = headers.get("x-ratelimit-reset")?.trim();
  if (status === 429 && reset && /^\d+$/.test(reset)) {
    let delay = Number(reset) * 1e3 - now;
    if (delay > 0) return delay;
  }
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
var HttpClient = class {
  policy;
  log;
  sleep;
  random;
  now;
  userAgent;
  proxy;
  constructor(options = {}) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry }, this.log = options.log ?? (() => {
    }), this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))), this.random = options.random ?? Math.random, this.now = options.now ?? Date.now, this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT, this.proxy = options.proxy;
  }
  /**
   * Opens a connection to `url`'s origin for a request that follows soon (see http1/warm-connections).
   * Never fails: a bad URL or an unreachable host is reported by the request itself.
   */
  preconnect(url) {
    try {
      preconnect(assertSecureUrl(url), { resolveProxy: this.proxy });
    } catch {
    }
  }
  /**
   * Idempotent requests (the default for every method but POST) are retried on 429, 500/502/503/504,
   * timeouts and network errors. Non-idempotent ones only on 429 and on failures where the request surely
   * never reached the server; any other failure throws a retryable ActionableError so the caller can check
   * what the server did. Other responses, 2xx or not, are returned.
   */
  async send(request2, options = {}) {
    let url = assertSecureUrl(request2.url), idempotent = options.idempotent ?? request2.method !== "POST", started = this.now(), scale = testRetryScale(url), failures = 0;
    for (let attempt = 1; ; attempt++) {
      let outcome = await this.attempt(request2, url, started), elapsed = this.now() - started, verdict = this.judge(outcome, idempotent);
      if (verdict === "done" && "response" in outcome) return outcome.response;
      if (verdict === "fail") throw this.failure(request2, url, outcome, attempt, elapsed, idempotent);
      let requested = "response" in outcome ? serverRequestedDelayMs(outcome.response.status, outcome.response.headers, this.now()) : void 0, paced = requested !== void 0 && "response" in outcome && outcome.response.status === 429;
      paced || failures++;
      let delay = paced ? Math.max(requested, MIN_PACED_DELAY_MS) : requested ?? this.backoff(failures);
      if (failures >= this.policy.attempts || attempt >= MAX_ATTEMPTS || elapsed + delay > this.policy.totalMs) throw this.failure(request2, url, outcome, attempt, elapsed, idempotent, requested);
      this.log(
        `Retrying ${request2.method} ${redactUrl2(request2.url)} after ${this.reason(outcome)} in ${seconds(delay)} (attempt ${attempt + 1}${paced ? "" : ` of ${this.policy.attempts}`}).`
      );
      let wait = delay * scale;
      started -= delay - wait, await this.sleep(wait);
    }
  }
  /** Full jitter: a random delay up to the exponential cap, so parallel jobs do not retry in lock step. */
  backoff(attempt) {
    let cap = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(this.random() * cap);
  }
  async attempt(request2, url, started) {
    let remaining = Math.max(1e3, this.policy.totalMs - (this.now() - started)), timeoutMs = Math.min(request2.timeoutMs ?? DEFAULT_TIMEOUT_MS, remaining), headers = { "User-Agent": this.userAgent, ...request2.headers };
    try {
      let answer = await exchange(
        { method: request2.method, url, headers, body: request2.body },
        timeoutMs,
        this.proxy
      );
      return {
        response: {
          status: answer.status,
          headers: new ReceivedHeaders(answer.headers),
          body: answer.body.toString("utf8"),
          url: request2.url
        }
      };
    } catch (error) {
      return { error };
    }
  }
  judge(outcome, idempotent) {
    if ("response" in outcome) {
      let { status } = outcome.response;
      return RETRYABLE_STATUS.has(status) ? status === 429 || idempotent ? "retry" : "fail" : "done";
    }
    return outcome.error instanceof ActionableError ? "fail" : mayRetryAfter(outcome.error, idempotent) ? "retry" : "fail";
  }
  reason(outcome) {
    return "response" in outcome ? `HTTP ${outcome.response.status}` : networkErrorCode(outcome.error);
  }
  failure(request2, url, outcome, attempts, elapsed, idempotent, requestedDelay) {
    let tries = `${attempts} attempt${attempts === 1 ? "" : "s"} over ${seconds(elapsed)}`, target = `${request2.method} ${redactUrl2(request2.url)}`, budget = requestedDelay !== void 0 && elapsed + requestedDelay > this.policy.totalMs ? ` The server asked to wait ${seconds(requestedDelay)}, beyond the retry budget of ${seconds(this.policy.totalMs)}.` : "";
    if ("error" in outcome && outcome.error instanceof ActionableError) return outcome.error;
    if ("error" in outcome) return describeNetworkFailure(outcome.error, url, target, tries, idempotent);
    let { status } = outcome.response;
    if (status === 429)
      return new ActionableError(
        "throttled",
        `The server throttled ${target} (HTTP 429) after ${tries}.${budget}`,
        HTTP_CLIENT_FAILURES.throttled.fix,
        { code: "http_429", status, retryable: !0 }
      );
    let appliedMaybe = idempotent ? "" : " The request may have been applied before the error.";
    return new ActionableError(
      "server",
      `The server failed ${target} with HTTP ${status} after ${tries}.${budget}${appliedMaybe}`,
      HTTP_CLIENT_FAILURES.server.fix,
      { code: `http_${status}`, status, retryable: !0 }
    );
  }
};

// src/core/net/host-http.ts
function httpClientFor(host2, options = {}) {
  return new HttpClient({ log: (message) => host2.debug(message), proxy: host2.httpProxy?.(), ...options });
}

// src/core/steps/doctor/checks.ts
var MARKS = { ok: "ok  ", fail: "FAIL", skip: "--  " };
function checkLine(check) {
  let fix = check.status === "fail" && check.fix ? ` Fix: ${check.fix}` : "";
  return `${MARKS[check.status]} ${check.title}: ${check.detail}${fix}`;
}
function ok(id, title, detail) {
  return { id, status: "ok", title, detail };
}
function skip(id, title, detail) {
  return { id, status: "skip", title, detail };
}
function fail(id, title, detail, fix) {
  return { id, status: "fail", title, detail, fix };
}
function failed(id, title, error, platform) {
  return error instanceof ActionableError ? fail(id, title, error.message, error.fixOn(platform)) : { id, status: "fail", title, detail: describeError(error, platform) };
}

// src/core/steps/doctor/entra-scopes.ts
var ID = "entra-scopes", TITLE = "Entra scopes", NEEDED_SCOPES = ["vso.pats", "vso.pats_manage"], BROAD_SCOPE = "user_impersonation", SAFE_ID2 = /^[A-Za-z0-9.-]{1,100}$/;
function claim(payload, name) {
  let value = payload[name];
  return typeof value == "string" && SAFE_ID2.test(value) ? value : void 0;
}
function adminConsentUrl(authorityHost, tenantId, clientId) {
  let scope = NEEDED_SCOPES.map((name) => `${AZURE_DEVOPS_RESOURCE}/${name}`).join(" ");
  return `${authorityHost}/${encodeURIComponent(tenantId)}/v2.0/adminconsent?client_id=${encodeURIComponent(clientId)}&scope=${encodeURIComponent(scope)}`;
}
function consentFix(authorityHost, tenantId, clientId) {
  return `Consent to vso.pats and vso.pats_manage (Azure DevOps) for the app: ${tenantId && clientId ? `an administrator opens ${adminConsentUrl(authorityHost, tenantId, clientId)} and accepts` : `an administrator grants admin consent on the app registration's "API permissions" page`}; or run \`ado-ephemeral-pat login\` again as the bot user and accept, then store the new refresh token.`;
}
function checkEntraScopes(accessToken, authorityHost) {
  let payload = decodeJwtUnverified(accessToken)?.payload, scp = payload?.scp;
  if (!payload || typeof scp != "string")
    return skip(ID, TITLE, "not visible to this check: the token is not a readable JWT with an scp claim.");
  let granted = scp.split(/\s+/).filter(Boolean), missing = NEEDED_SCOPES.filter((name) => !granted.includes(name));
  return missing.length === 0 ? ok(ID, TITLE, `the token grants ${NEEDED_SCOPES.join(" and ")}.`) : granted.includes(BROAD_SCOPE) ? ok(
    ID,
    TITLE,
    `the token grants ${BROAD_SCOPE}, the broad scope from before vso.pats and vso.pats_manage; Azure DevOps accepts it for PATs where that is still allowed (the PAT API check below tells).`
  ) : fail(
    ID,
    TITLE,
    `the token lacks ${missing.join(" and ")} (it grants ${quote(scp, 200)}): ado-ephemeral-pat needs vso.pats to list tokens and vso.pats_manage to create and revoke them.`,
    consentFix(authorityHost, claim(payload, "tid"), claim(payload, "appid") ?? claim(payload, "azp"))
  );
}
function tokenUser(accessToken) {
  let payload = decodeJwtUnverified(accessToken)?.payload;
  if (payload)
    for (let name of ["upn", "unique_name", "preferred_username"]) {
      let value = payload[name];
      if (typeof value == "string" && /^[^\s`]{1,200}$/.test(value)) return value;
    }
}

// src/core/steps/doctor/organization.ts
var ID2 = "organization", TITLE2 = "organization";
function errorMessage(response) {
  try {
    let body = JSON.parse(response.body), message = typeof body == "object" && body !== null ? body.message : "";
    return typeof message == "string" && message.trim() ? ` Azure DevOps said: ${endsSentence(serverText(message))}` : "";
  } catch {
    return "";
  }
}
async function checkOrganization(input) {
  let { organization, user } = input, url = `${input.azureDevOpsUrl}/${encodeURIComponent(organization)}/_apis/connectionData`, response;
  try {
    response = await input.http.send({
      method: "GET",
      url,
      headers: {
        Authorization: `Bearer ${input.accessToken}`,
        Accept: "application/json",
        // A 401 rather than a redirect to the sign-in page.
        "X-TFS-FedAuthRedirect": "Suppress"
      }
    });
  } catch (error) {
    return failed(ID2, TITLE2, error, input.platform);
  }
  let { status } = response;
  return status === 200 && !isHtml(response) ? ok(ID2, TITLE2, `${organization} exists and the bot user ${user} is a member.`) : status === 404 ? fail(
    ID2,
    TITLE2,
    `Azure DevOps found no organization ${organization} at ${input.azureDevOpsUrl} (HTTP 404).${errorMessage(response)}`,
    `Check ${inputRef("organization")} (the name in https://dev.azure.com/<name>) and ${inputRef("azure-devops-url")}.`
  ) : status === 401 || status === 203 || status >= 300 && status < 400 || isHtml(response) ? fail(
    ID2,
    TITLE2,
    `${organization} did not let the bot user ${user} in (HTTP ${status}): the user is not a member of the organization, or the organization does not accept its token.${errorMessage(response)}`,
    `Add ${user} to ${organization} (Organization settings > Users > Add users, access level Basic or Stakeholder). If it is a member, check that the organization is connected to the bot user's Microsoft Entra tenant (Organization settings > Microsoft Entra).`
  ) : fail(
    ID2,
    TITLE2,
    `Azure DevOps answered HTTP ${status} for ${organization}.${errorMessage(response)}`,
    "Run the check again later; if it persists, check the status of Azure DevOps and any proxy in between."
  );
}

// src/core/azure-devops/display-name.ts
var import_node_crypto = require("node:crypto");
var DISPLAY_NAME_PREFIX = "ado-ephemeral-pat", DISPLAY_NAME_MAX_ENCODED_LENGTH = 256;
function randomSuffix() {
  return (0, import_node_crypto.randomBytes)(4).toString("hex");
}
var SUFFIX = /^[0-9a-f]{8}$/, HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function htmlEncode(text) {
  let encoded = "";
  for (let char of text) {
    let code = char.codePointAt(0) ?? 0;
    encoded += HTML_ENTITIES[char] ?? (code < 32 || code > 126 ? `&#${code};` : char);
  }
  return encoded;
}
function htmlEncodedLength(text) {
  return htmlEncode(text).length;
}
function cleanDisplayName(text) {
  return text.replace(INVISIBLE_OR_BREAKING, " ").replace(/\s+/g, " ").trim();
}
function deriveBaseName(ctx) {
  let parts = [];
  return ctx.source && parts.push(ctx.source), ctx.runId && parts.push(`run ${ctx.runId}${ctx.attempt ? `.${ctx.attempt}` : ""}`), ctx.job && parts.push(`job ${ctx.job}`), cleanDisplayName(parts.join(" ")) || "ci job";
}
function buildDisplayName(requested, ctx, suffix) {
  return planDisplayName(requested, ctx, suffix).name;
}
function planDisplayName(requested, ctx, suffix) {
  if (!SUFFIX.test(suffix)) throw new TypeError("display name suffix must be 8 lower-case hex characters");
  let head = `${DISPLAY_NAME_PREFIX}: `, tail = ` [${suffix}]`, base = cleanDisplayName(requested ?? "") || deriveBaseName(ctx), budget = DISPLAY_NAME_MAX_ENCODED_LENGTH - htmlEncodedLength(head) - htmlEncodedLength(tail);
  if (htmlEncodedLength(base) <= budget) return { name: head + base + tail, shortened: !1 };
  let ellipsis = "...", kept = "", used = htmlEncodedLength(ellipsis);
  for (let char of base) {
    let cost = htmlEncodedLength(char);
    if (used + cost > budget) break;
    kept += char, used += cost;
  }
  return { name: `${head}${kept.trimEnd()}${ellipsis}${tail}`, shortened: !0 };
}
var OWN_NAME = new RegExp(`^${DISPLAY_NAME_PREFIX}: .* \\[[0-9a-f]{8}\\]$`, "s");

// src/core/consumers/files.ts
var import_node_fs3 = require("node:fs"), import_node_path4 = __toESM(require("node:path"));

// src/core/safety/private-file.ts
var import_node_crypto2 = require("node:crypto"), import_node_fs2 = require("node:fs"), import_node_path3 = __toESM(require("node:path"));
function symlinkedDirectory(file, base = process.cwd()) {
  let inside = import_node_path3.default.relative(base, import_node_path3.default.dirname(import_node_path3.default.resolve(base, file)));
  if (inside === "" || inside === ".." || inside.startsWith(`..${import_node_path3.default.sep}`) || import_node_path3.default.isAbsolute(inside))
    return;
  let current = base;
  for (let part of inside.split(import_node_path3.default.sep)) {
    current = import_node_path3.default.join(current, part);
    try {
      if ((0, import_node_fs2.lstatSync)(current).isSymbolicLink()) return current;
    } catch (error) {
      let code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") return;
      throw error;
    }
  }
}
function refuseSymlinkedDirectory(file, what, base = process.cwd()) {
  let link = symlinkedDirectory(file, base);
  if (link !== void 0)
    throw new ActionableError(
      "input",
      `Refusing to write the ${what} to ${quote(file, 200)}: the directory ${quote(import_node_path3.default.relative(base, link), 200)} is a symbolic link.`,
      "Remove the link (a checkout can contain one) or give a path whose directories are real directories.",
      { code: "symlinked_directory" }
    );
}
function refuseUnwritableDirectory(file, what) {
  let nearest;
  try {
    nearest = nearestExisting(file);
  } catch (error) {
    let { code, path: where } = error;
    throw unwritable(file, what, `${quote(where ?? file, 200)} cannot be read (${code ?? "error"})`);
  }
  let dir = quote(nearest.path, 200);
  if (!nearest.isDirectory) throw unwritable(file, what, `${dir} is not a directory`);
  try {
    (0, import_node_fs2.accessSync)(nearest.path, import_node_fs2.constants.W_OK);
  } catch {
    throw unwritable(file, what, `this user cannot write to the directory ${dir}`);
  }
}
function nearestExisting(file) {
  let current = import_node_path3.default.dirname(import_node_path3.default.resolve(file));
  for (; ; )
    try {
      return { path: current, isDirectory: (0, import_node_fs2.statSync)(current).isDirectory() };
    } catch (error) {
      let code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR" || import_node_path3.default.dirname(current) === current) throw error;
      current = import_node_path3.default.dirname(current);
    }
}
function unwritable(file, what, reason) {
  return new ActionableError(
    "input",
    `Cannot write the ${what} to ${quote(file, 200)}: ${reason}.`,
    "Give a path in a directory that this user can write to (missing directories are created).",
    { code: "unwritable_path" }
  );
}
function privateFileFlags(flags = import_node_fs2.constants) {
  return flags.O_WRONLY | flags.O_CREAT | flags.O_EXCL | (flags.O_NOFOLLOW ?? 0);
}
function placePrivateFile(file, text, mode) {
  let target = import_node_path3.default.resolve(file), temp = import_node_path3.default.join(
    import_node_path3.default.dirname(target),
    `.${import_node_path3.default.basename(target)}.${(0, import_node_crypto2.randomBytes)(6).toString("hex")}.tmp`
  ), fd = (0, import_node_fs2.openSync)(temp, privateFileFlags(), 384);
  try {
    (0, import_node_fs2.writeSync)(fd, text), (0, import_node_fs2.fsyncSync)(fd);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  try {
    mode === "replace" ? (0, import_node_fs2.renameSync)(temp, target) : (0, import_node_fs2.linkSync)(temp, target);
  } finally {
    (0, import_node_fs2.rmSync)(temp, { force: !0 });
  }
}

// src/core/consumers/nuget.ts
var FEED_USERNAME = "ado-ephemeral-pat", nuget = {
  readsIt: "the Azure Artifacts Credential Provider (dotnet, nuget, msbuild)",
  exports: ({ token, feeds }) => ({
    variables: [
      {
        name: "ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS",
        // One line: the Azure Pipelines agent cannot mask a value that spans lines.
        value: JSON.stringify({
          endpointCredentials: feeds.nuget.map((endpoint) => ({
            endpoint,
            username: FEED_USERNAME,
            password: token
          }))
        }),
        secret: !0
      }
    ],
    files: []
  })
};

// src/core/consumers/npm.ts
var NPMRC_HEADER = "; ado-ephemeral-pat: npm credentials for this job only, deleted when it ends";
function registryKey(url) {
  return url.replace(/^https:/, "");
}
var npm = {
  readsIt: "npm",
  exports: ({ token, feeds }) => {
    let password = Buffer.from(token, "utf8").toString("base64"), lines = [NPMRC_HEADER];
    for (let feed of feeds.npm) {
      let key = registryKey(feed);
      lines.push(
        `${key}:username=${FEED_USERNAME}`,
        `${key}:_password=${password}`,
        `${key}:email=npm requires email to be set but doesn't use the value`
      );
    }
    return {
      variables: [],
      files: [{ name: "npmrc", content: `${lines.join(`
`)}
`, pathVariable: "NPM_CONFIG_USERCONFIG" }]
    };
  }
};

// src/core/consumers/files.ts
var HEADERS = { npmrc: NPMRC_HEADER }, DIRECTORY_PREFIX = "ado-ephemeral-pat-";
function stateKey(name) {
  return `${name}File`;
}
function startOf(file, length) {
  try {
    if (!(0, import_node_fs3.lstatSync)(file).isFile()) return;
    let fd = (0, import_node_fs3.openSync)(file, "r");
    try {
      let buffer = Buffer.alloc(length);
      return buffer.subarray(0, (0, import_node_fs3.readSync)(fd, buffer, 0, length, 0)).toString("utf8");
    } finally {
      (0, import_node_fs3.closeSync)(fd);
    }
  } catch {
    return;
  }
}
function isOurs(file, name) {
  let header = HEADERS[name];
  return header !== void 0 && startOf(file, header.length + 1) === `${header}
`;
}
function checkChosenPath(file, name) {
  refuseSymlinkedDirectory(file, `${name} file`), refuseUnwritableDirectory(file, `${name} file`);
  let exists = !0;
  try {
    (0, import_node_fs3.lstatSync)(file);
  } catch {
    exists = !1;
  }
  if (exists && !isOurs(file, name))
    throw new ActionableError(
      "input",
      `Refusing to write the ${name} file to ${quote(file, 200)}: something that this tool did not write is there.`,
      "Give the path of a file that does not exist yet (it is deleted by `revoke`).",
      { code: "unsafe_path" }
    );
}
function writeConsumerFile(host2, file) {
  let chosen = host2.consumerFile?.(file.name), target;
  return chosen !== void 0 ? (target = import_node_path4.default.resolve(chosen), checkChosenPath(target, file.name), (0, import_node_fs3.mkdirSync)(import_node_path4.default.dirname(target), { recursive: !0, mode: 448 })) : target = import_node_path4.default.join((0, import_node_fs3.mkdtempSync)(import_node_path4.default.join(host2.tempDir(), DIRECTORY_PREFIX)), file.name), placePrivateFile(target, file.content, "replace"), host2.saveState(stateKey(file.name), target), target;
}

// src/core/safety/signals.ts
var STOP_SIGNALS = ["SIGINT", "SIGTERM"], WINDOWS_STOP_SIGNALS = ["SIGINT", "SIGBREAK", "SIGTERM"];
function stopSignals(platform = process.platform) {
  return platform === "win32" ? WINDOWS_STOP_SIGNALS : STOP_SIGNALS;
}
var SIGNAL_GRACE_MS = 5e3, InterruptedError = class extends Error {
  constructor(signal) {
    super(`Stopped on ${signal} before starting a new request.`);
    this.signal = signal;
    this.name = "InterruptedError";
  }
  signal;
}, received, listeners = /* @__PURE__ */ new Set();
function throwIfInterrupted() {
  if (received) throw new InterruptedError(received);
}
function interruptibleSleep(ms) {
  return new Promise((resolve, reject) => {
    if (received) return reject(new InterruptedError(received));
    let onSignal = (signal) => {
      clearTimeout(timer), listeners.delete(onSignal), reject(new InterruptedError(signal));
    }, timer = setTimeout(() => {
      listeners.delete(onSignal), resolve();
    }, ms);
    listeners.add(onSignal);
  });
}
function watchStopSignals(onSignal, source = process, platform = process.platform) {
  let handlers = [];
  for (let signal of stopSignals(platform)) {
    let handler = () => {
      if (!received) {
        received = signal;
        for (let listener of [...listeners]) listener(signal);
        onSignal(signal);
      }
    };
    try {
      source.on(signal, handler), handlers.push([signal, handler]);
    } catch {
    }
  }
  return () => {
    for (let [signal, handler] of handlers) source.off(signal, handler);
  };
}
var abandonHooks = /* @__PURE__ */ new Set();
async function whileInFlight(work, onAbandoned) {
  abandonHooks.add(onAbandoned);
  try {
    return await work();
  } finally {
    abandonHooks.delete(onAbandoned);
  }
}
function abandonInFlight() {
  for (let hook of [...abandonHooks]) hook();
  abandonHooks.clear();
}

// src/core/steps/state.ts
var KEYS = {
  displayName: "displayName",
  authorizationId: "authorizationId",
  createAnswerLost: "createAnswerLost",
  expiresAt: "expiresAt",
  organization: "organization",
  authorityHost: "authorityHost",
  vsspsUrl: "vsspsUrl",
  azureDevOpsUrl: "azureDevOpsUrl",
  tokenType: "tokenType",
  dryRun: "dryRun"
};
function savePending(host2, organization, endpoints, displayName) {
  host2.saveState(KEYS.organization, organization), host2.saveState(KEYS.authorityHost, endpoints.authorityHost), host2.saveState(KEYS.vsspsUrl, endpoints.vsspsUrl), host2.saveState(KEYS.azureDevOpsUrl, endpoints.azureDevOpsUrl), host2.saveState(KEYS.displayName, displayName);
}
function saveCreateAnswerLost(host2) {
  host2.saveState(KEYS.createAnswerLost, "true");
}
function untilCreated(host2, create) {
  return whileInFlight(create, () => saveCreateAnswerLost(host2));
}
function saveMinted(host2, authorizationId, expiresAt) {
  host2.saveState(KEYS.authorizationId, authorizationId), host2.saveState(KEYS.expiresAt, expiresAt);
}
function saveBearer(host2, expiresAt) {
  host2.saveState(KEYS.tokenType, "entra"), host2.saveState(KEYS.expiresAt, expiresAt);
}
function saveDryRun(host2) {
  host2.saveState(KEYS.dryRun, "true");
}
function settleFailedCreate(host2, error, answerLost) {
  !answerLost && error instanceof ActionableError && error.notApplied && host2.clearState();
}

// src/core/steps/revoke.ts
var CLOCK_SKEW_MS = 5 * 6e4;
function handRevokeAdvice(state) {
  let handle = state.authorizationId ? ["--authorization-id", state.authorizationId] : ["--display-name", state.displayName ?? ""];
  return `It stays valid until ${state.expiresAt ?? "it expires"}. Revoke it by hand: in Azure DevOps open User settings > Personal access tokens, select "${state.displayName ?? state.authorizationId}" and choose Revoke; or run \`${cliCommand(["revoke", ...handle, ...targetArgs(state)])}\` with the bot user's credential.`;
}
function targetArgs(state) {
  let endpoints = state.endpoints ?? DEFAULT_ENDPOINTS, args = ["--organization", state.organization ?? "<organization>"];
  for (let [flag, value, fallback] of [
    ["--authority-host", endpoints.authorityHost, DEFAULT_ENDPOINTS.authorityHost],
    ["--vssps-url", endpoints.vsspsUrl, DEFAULT_ENDPOINTS.vsspsUrl],
    ["--azure-devops-url", endpoints.azureDevOpsUrl, DEFAULT_ENDPOINTS.azureDevOpsUrl]
  ])
    value !== fallback && args.push(flag, value);
  return args;
}

// src/core/steps/doctor/probe.ts
var PROBE_LIFETIME_MS = 5 * 6e4, PROBE_SCOPE = "vso.profile", PACKAGING_PROBE_SCOPE = "vso.packaging", LIFETIME_TOLERANCE_MS = 6e4;
function probeScope(scopes) {
  return scopes.every((scope) => scope.startsWith("vso.packaging")) ? PACKAGING_PROBE_SCOPE : PROBE_SCOPE;
}
async function probe(host2, pats, settings, deps) {
  let scope = probeScope(settings.scopes), ctx = host2.runContext(), displayName = buildDisplayName(
    `doctor probe ${deriveBaseName(ctx)}`,
    ctx,
    (deps.suffix ?? randomSuffix)()
  );
  savePending(host2, settings.organization, settings.endpoints, displayName);
  let token;
  try {
    token = await untilCreated(
      host2,
      () => pats.create({
        displayName,
        scope: [scope],
        validTo: new Date(deps.now().getTime() + PROBE_LIFETIME_MS)
      })
    );
  } catch (error) {
    return settleFailedCreate(host2, error, !1), [
      failed("allow-list", "PAT creation", error, host2.platform),
      skip("lifetime", "maximum lifetime", "not checked: the probe token could not be created.")
    ];
  }
  saveMinted(host2, token.authorizationId, new Date(token.validTo).toISOString());
  let saveExpiry = (wanted) => saveMinted(host2, token.authorizationId, wanted.toISOString()), lifetime = await checkLifetime(pats, token, settings, deps.now, host2.platform, saveExpiry), expiresAt = new Date(lifetime.validTo ?? token.validTo).toISOString();
  lifetime.validTo && saveMinted(host2, token.authorizationId, expiresAt);
  let results = [
    ok(
      "allow-list",
      "PAT creation",
      `the bot user may create PATs in ${settings.organization}: a probe token "${displayName}" with ${scope} for 5 minutes was created.`
    ),
    lifetime.check
  ];
  return results.push(await revokeProbe(host2, pats, token, settings, displayName, expiresAt)), results;
}
async function checkLifetime(pats, token, settings, now, platform, saveExpiry) {
  let id = "lifetime", title = "maximum lifetime", { milliseconds, text } = settings.lifetime;
  if (milliseconds <= PROBE_LIFETIME_MS)
    return { check: ok(id, title, `the probe token got the ${text} asked for.`) };
  let start = Date.parse(token.validFrom), wanted = new Date((Number.isNaN(start) ? now().getTime() : start) + milliseconds);
  saveExpiry(wanted);
  try {
    let updated = await pats.updateValidTo(token.authorizationId, wanted), granted = Date.parse(updated.validTo);
    return granted < wanted.getTime() - LIFETIME_TOLERANCE_MS ? { check: ok(
      id,
      title,
      `a tenant policy caps PAT lifetimes: a token asked for ${text} is granted only until ${new Date(granted).toISOString()} (the mint warns, and steps that use it must finish before then).`
    ), validTo: updated.validTo } : { check: ok(id, title, `a lifetime of ${text} is allowed.`), validTo: updated.validTo };
  } catch (error) {
    return { check: failed(id, title, error, platform) };
  }
}
async function revokeProbe(host2, pats, token, settings, displayName, expiresAt) {
  try {
    await pats.revoke(token.authorizationId);
  } catch (error) {
    let advice = handRevokeAdvice({
      authorizationId: token.authorizationId,
      displayName,
      expiresAt,
      organization: settings.organization,
      endpoints: settings.endpoints
    }), reason = error instanceof ActionableError ? error.message : String(error);
    return fail("probe-revoked", "probe revoked", `the probe token could not be revoked: ${reason}`, advice);
  }
  return host2.clearState(), ok("probe-revoked", "probe revoked", `the probe token "${displayName}" was revoked.`);
}

// src/core/steps/doctor/index.ts
async function runDoctor(host2, options) {
  maskSecretInputs(host2);
  let { settings, warnings } = parseSettings((name) => host2.getInput(name), {
    organization: host2.runContext().organization
  });
  for (let warning of warnings) host2.warning(warning);
  let http = options.http ?? httpClientFor(host2), { credential, pats } = connectBot(host2, http, settings, settings.credential), checks = [], report = (check) => {
    checks.push(check), host2.info(checkLine(check));
  };
  host2.info(
    `Checking ${settings.organization} for a PAT with ${settings.scopes.join(" ")}, valid for ${settings.lifetime.text}${options.probe ? ", with a probe token" : ""}. Nothing is minted${options.probe ? " but the probe" : ""}.`
  );
  let accessToken;
  try {
    accessToken = await credential.getAccessToken();
  } catch (error) {
    let check = failed("sign-in", "sign-in", error, host2.platform);
    check.fix && /consent/i.test(check.fix) && (check.fix = consentFixFor(settings)), report(check);
  }
  if (accessToken === void 0) {
    for (let check of notRun(settings, "the credential did not sign in")) report(check);
    return done(checks, settings);
  }
  let user = tokenUser(accessToken) ?? "the bot user";
  report(ok("sign-in", "sign-in", `the ${settings.credential.source} credential signed in as ${user}.`)), report(checkEntraScopes(accessToken, settings.endpoints.authorityHost));
  let organization = await checkOrganization({
    http,
    azureDevOpsUrl: settings.endpoints.azureDevOpsUrl,
    organization: settings.organization,
    accessToken,
    user,
    platform: host2.platform
  });
  if (report(organization), organization.status === "fail") {
    for (let check of notRun(settings, "the organization check failed").slice(2)) report(check);
    return done(checks, settings);
  }
  let api = await checkPatApi(pats, host2.platform);
  if (report(api), report(fullScopePolicy(settings)), api.status === "fail") {
    for (let check of notRun(settings, "the PAT API check failed").slice(4)) report(check);
    return done(checks, settings);
  }
  if (!options.probe) {
    let hidden = `not visible to this check (Azure DevOps does not show organization policies to its users); ${options.probeHint} to prove it with a 5-minute probe token.`;
    return report(
      skip(
        "allow-list",
        "PAT creation",
        `the "Restrict personal access token creation" allow-list is ${hidden}`
      )
    ), report(skip("lifetime", "maximum lifetime", `a maximum-lifetime policy is ${hidden}`)), done(checks, settings);
  }
  let now = options.now ?? (() => /* @__PURE__ */ new Date());
  for (let check of await probe(host2, pats, settings, { now, suffix: options.suffix })) report(check);
  return done(checks, settings);
}
function consentFixFor(settings) {
  let credential = settings.credential, ids = "tenantId" in credential && "clientId" in credential ? [credential.tenantId, credential.clientId] : [void 0, void 0];
  return consentFix(settings.endpoints.authorityHost, ids[0], ids[1]);
}
async function checkPatApi(pats, platform) {
  try {
    return await pats.listFirst(1), ok("pat-api", "PAT API", "the PAT API accepts the bot's token (it listed the bot's tokens).");
  } catch (error) {
    return failed("pat-api", "PAT API", error, platform);
  }
}
function fullScopePolicy(settings) {
  return ok(
    "full-scope",
    "full-scope policy",
    `does not apply: ${settings.scopes.join(" ")} is not full access (ado-ephemeral-pat never asks for app_token).`
  );
}
function notRun(settings, reason) {
  let detail = `not checked: ${reason}.`;
  return [
    skip("entra-scopes", "Entra scopes", detail),
    skip("organization", "organization", detail),
    skip("pat-api", "PAT API", detail),
    fullScopePolicy(settings),
    skip("allow-list", "PAT creation", detail),
    skip("lifetime", "maximum lifetime", detail)
  ];
}
function done(checks, settings) {
  return {
    ok: checks.every((check) => check.status !== "fail"),
    organization: settings.organization,
    checks
  };
}

// src/core/steps/dry-run.ts
async function dryRun(host2, withProbe) {
  saveDryRun(host2);
  let report = await runDoctor(host2, {
    probe: withProbe,
    probeHint: `set ${inputRef(DRY_RUN)} to probe`
  });
  saveDryRun(host2);
  let failedChecks = report.checks.filter((check) => check.status === "fail");
  if (failedChecks.length > 0)
    throw new ActionableError(
      "policy",
      `Dry run: ${failedChecks.length} check(s) failed (${failedChecks.map((check) => check.title).join(", ")}); no token was minted.`,
      "Follow the fix on each FAIL line above, then run the dry run again."
    );
  host2.info(`Dry run: every check passed in ${report.organization}; no token was minted.`);
}

// src/core/steps/create-pat.ts
async function createReconciled(pats, request2, log, options = {}) {
  let attempts = options.attempts ?? 3, sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++)
    try {
      return await pats.create(request2);
    } catch (error) {
      if (!(error instanceof ActionableError) || !error.retryable || attempt >= attempts || error.notApplied) throw error;
      options.onAnswerLost?.();
      let orphans = await pats.findActive(request2.displayName);
      for (let orphan of orphans) await pats.revoke(orphan.authorizationId);
      log.warning(
        `Creating the token failed (${error.message}). ` + (orphans.length > 0 ? `It had been created anyway; revoked ${orphans.length} such token(s). ` : "No token of this name exists yet; if the server still completes that request, revocation finds the token by its name. ") + `Trying again (attempt ${attempt + 1} of ${attempts}).`
      ), await sleep(1e3 * attempt);
    }
}

// src/core/credentials/job-identity-token.ts
var MISMATCH_LABEL = new RegExp(`\\(AADSTS(?:${FEDERATION_MISMATCH.join("|")})\\)`);
async function oidcToken(context) {
  if (!context.getIdToken)
    throw new ActionableError(
      "input",
      "`token-type` entra needs the job's own federated identity, and this platform gives the step none.",
      "Use the GitHub action with `permissions: id-token: write`, or the Azure Pipelines task with azureSubscription set to a service connection with workload identity federation: only they obtain the job's identity token (the command line does not).",
      { code: "oidc_unavailable" }
    );
  let token = await context.getIdToken(TOKEN_EXCHANGE_AUDIENCE);
  return context.mask(token), token;
}
function explain(error, identity, assertion) {
  return !(error instanceof ActionableError) || error.kind !== "auth" && error.kind !== "input" || error.code === "unexpected_entra_response" ? error : MISMATCH_LABEL.test(error.message) ? federationMismatch(identity.clientId, assertion, error) : new ActionableError(
    error.kind,
    error.message,
    'Check the `azure-client-id` and `azure-tenant-id` inputs (the app or managed identity the job federates to) and the `authority-host` input; the app needs no API permission for Azure DevOps, but must be added to the organization as a user (see docs/github.md or docs/azure-pipelines.md, "Bearer mode").',
    { code: error.code, status: error.status, retryable: error.retryable, cause: error }
  );
}
async function jobAzureDevOpsToken(context, identity) {
  let assertion = await oidcToken(context), entra = new EntraClient({
    authorityHost: context.endpoints.authorityHost,
    tenantId: identity.tenantId,
    http: context.http,
    mask: (secret) => context.mask(secret)
  });
  context.debug(`Exchanging the job's OIDC token for an Azure DevOps token of app ${identity.clientId}.`);
  let tokens = await entra.clientCredentials({
    clientId: identity.clientId,
    scopes: [DEFAULT_RESOURCE_SCOPE],
    clientAssertion: assertion
  }).catch((error) => {
    throw explain(error, identity, assertion);
  });
  return {
    accessToken: tokens.accessToken,
    // The token's own `exp` is the truth; `expires_in` is counted from when the answer arrived.
    expiresOn: tokenExpiry(tokens.accessToken) ?? tokens.expiresOn,
    scope: tokens.scope?.trim() || DEFAULT_RESOURCE_SCOPE
  };
}

// src/core/inputs/bearer-settings.ts
var JOB_IDENTITY_INPUTS = ["azure-client-id", "azure-tenant-id"], PAT_ONLY = [
  ["scopes", () => !1],
  ["lifetime", (raw) => raw === DEFAULT_LIFETIME],
  ["display-name", () => !1],
  ["revoke", (raw) => parseBoolean("revoke", raw, !0)],
  [ALLOW_TOKEN_SCOPES, (raw) => !parseBoolean(ALLOW_TOKEN_SCOPES, raw, !1)],
  ["entra-scope", (raw) => parseEntraScope(raw) === "granular"],
  ["export-for", () => !1],
  ["feeds", () => !1],
  // The dry run checks the bot user's PAT path (its credential, policies, scopes): nothing of entra's.
  [DRY_RUN, (raw) => parseDryRun(() => raw) === "off"],
  ...CREDENTIAL_INPUTS.filter((name) => !JOB_IDENTITY_INPUTS.includes(name) && name !== "entra-scope").map(
    (name) => [name, () => !1]
  )
];
function refusePatInputs(read) {
  let given = PAT_ONLY.filter(([name, unset]) => {
    let raw = readInput(read, name, !0);
    return raw !== void 0 && !unset(raw.trim());
  }).map(([name]) => name), first = given[0];
  if (first !== void 0)
    throw new InputError(
      first,
      `Only for \`token-type\` pat: ${given.map(inputRef).join(", ")}. With entra the job receives its own identity's Entra access token: it has the identity's permissions in the organization (no PAT scopes), Entra sets its lifetime (about an hour), it cannot be revoked, and no bot user's credential is used.`,
      "Leave out what is listed, or set `token-type` to pat to mint a PAT for the bot user.",
      "pat_only_input"
    );
}
function jobClientId2(read) {
  let raw = readInput(read, "azure-client-id");
  if (raw !== void 0) return parseGuid("azure-client-id", raw, "the job identity's client id");
  throw new InputError(
    "azure-client-id",
    "`token-type` entra needs `azure-client-id`: the client id of the app registration (or user-assigned managed identity) whose federated credential trusts this job.",
    {
      github: "Set `azure-client-id` and `azure-tenant-id`, and grant the job `permissions: id-token: write`.",
      "azure-pipelines": "Set azureSubscription to a service connection with workload identity federation.",
      cli: "The command line has no job identity: use `token-type` pat with the bot user's credential."
    }
  );
}
function jobTenantId(read) {
  let raw = readInput(read, "azure-tenant-id");
  if (raw !== void 0) return parseTenant("azure-tenant-id", raw, !1);
  throw new InputError(
    "azure-tenant-id",
    "`token-type` entra needs `azure-tenant-id`: the directory (tenant) id of the job identity's app.",
    "Set `azure-tenant-id` to the tenant your Azure DevOps organization is connected to."
  );
}
function parseBearerSettings(read, defaults = {}) {
  refusePatInputs(read);
  let endpoints = parseEndpoints(read), organization = readOrganization(read, endpoints.azureDevOpsUrl, defaults.organization), identity = { clientId: jobClientId2(read), tenantId: jobTenantId(read) }, gitCredentials = parseBoolean("git-credentials", readInput(read, "git-credentials"), !1), exportRaw = readInput(read, "export-variable"), exportVariable = exportRaw === void 0 ? void 0 : parseExportVariable("export-variable", exportRaw);
  return {
    settings: { organization, endpoints, identity, gitCredentials, exportVariable },
    warnings: endpointWarnings(endpoints)
  };
}

// src/core/git/credentials.ts
function organizationUrls(azureDevOpsUrl, organization) {
  let lower = organization.toLowerCase(), urls = [`${azureDevOpsUrl}/${organization}/`];
  return lower !== organization && urls.push(`${azureDevOpsUrl}/${lower}/`), azureDevOpsUrl === DEFAULT_ENDPOINTS.azureDevOpsUrl && urls.push(`https://${lower}.visualstudio.com/`), urls;
}
function gitAuthorizationVariables(env, azureDevOpsUrl, organization, authorization) {
  let header = `AUTHORIZATION: ${authorization}`;
  return appendGitConfig(
    env,
    organizationUrls(azureDevOpsUrl, organization).map((url) => [`http.${url}.extraheader`, header])
  );
}
var MAX_COUNT = 2 ** 31 - 1;
function parseCount(raw) {
  if (raw === "") return 0;
  if (!/^[ \t\n\v\f\r]*\+?[0-9]+$/.test(raw)) return;
  let count = Number(raw);
  return count <= MAX_COUNT ? count : void 0;
}
function pastEveryEntry(env) {
  let next = 0;
  for (let name of Object.keys(env)) {
    let match = /^GIT_CONFIG_(?:KEY|VALUE)_([0-9]+)$/.exec(name);
    match && env[name] !== void 0 && (next = Math.max(next, Number(match[1]) + 1));
  }
  return next;
}
function appendGitConfig(env, entries) {
  let raw = env.GIT_CONFIG_COUNT, first = (raw === void 0 ? 0 : parseCount(raw)) ?? pastEveryEntry(env), variables = { GIT_CONFIG_COUNT: String(first + entries.length) };
  return entries.forEach(([key, value], offset) => {
    variables[`GIT_CONFIG_KEY_${first + offset}`] = key, variables[`GIT_CONFIG_VALUE_${first + offset}`] = value;
  }), variables;
}

// src/core/steps/later-steps.ts
function handToLaterSteps(host2, env, settings, token) {
  if (settings.gitCredentials) {
    let variables = gitAuthorizationVariables(
      env,
      settings.azureDevOpsUrl,
      settings.organization,
      token.authorization
    );
    for (let [name, value] of Object.entries(variables))
      host2.exportVariable(name, value, { secret: !1 });
    host2.info(
      `Later steps' git commands authenticate to ${settings.azureDevOpsUrl}/${settings.organization}/${token.kind}.`
    );
  }
  settings.exportVariable && (host2.exportVariable(settings.exportVariable, token.value, { secret: !0 }), host2.info(`Exported the token to later steps as ${settings.exportVariable}.`));
}

// src/core/steps/outputs.ts
function setMintOutputs(host2, result) {
  host2.setOutput("token", result.token, { secret: !0 }), host2.setOutput("basic-auth", result.basicAuth, { secret: !0 }), host2.setOutput("authorization-id", result.authorizationId, { secret: !1 }), host2.setOutput("expires-at", result.expiresAt, { secret: !1 }), host2.setOutput("scopes", neutralizeCommands(result.scopes), { secret: !1 }), host2.setOutput("display-name", neutralizeCommands(result.displayName), { secret: !1 });
}

// src/core/steps/summary.ts
function cell(value) {
  return value.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/[`\r\n]/g, " ");
}
function bearerSummary(facts) {
  return table("### Azure DevOps bearer token issued", [
    ["Identity (app)", facts.clientId],
    ["Organization", facts.organization],
    ["Scopes", facts.scopes],
    ["Expires at", facts.expiresAt],
    ["Revoked at job end", "no (an Entra access token cannot be revoked; it expires)"]
  ]);
}
function table(title, rows) {
  return [
    title,
    "",
    "| | |",
    "|---|---|",
    ...rows.map(([name, value]) => `| ${name} | ${cell(value)} |`),
    ""
  ].join(`
`);
}
function mintSummary(facts) {
  let rows = [
    ["Display name", facts.displayName],
    ["Organization", facts.organization],
    ["Scopes", facts.scopes],
    ["Expires at", facts.expiresAt],
    ["Authorization id", facts.authorizationId],
    ["Revoked at job end", facts.revoke ? "yes" : "no (revoke: false)"]
  ];
  return table("### Azure DevOps PAT minted", rows);
}

// src/core/steps/mint-bearer.ts
async function mintBearer(host2, deps = {}) {
  let { settings, warnings } = parseBearerSettings((name) => host2.getInput(name), {
    organization: host2.runContext().organization
  });
  for (let warning of warnings) host2.warning(warning);
  let http = deps.http ?? httpClientFor(host2, { sleep: interruptibleSleep }), context = credentialContext(host2, http, settings.endpoints);
  host2.info(
    `Requesting an Entra access token for Azure DevOps as the job identity (app ${settings.identity.clientId}).`
  );
  let token = await jobAzureDevOpsToken(context, settings.identity);
  throwIfInterrupted();
  let expiresAt = token.expiresOn.toISOString();
  saveBearer(host2, expiresAt);
  let result = {
    token: token.accessToken,
    basicAuth: "",
    authorizationId: "",
    expiresAt,
    scopes: token.scope,
    displayName: ""
  };
  return setMintOutputs(host2, result), handToLaterSteps(
    host2,
    deps.env ?? process.env,
    { ...settings, azureDevOpsUrl: settings.endpoints.azureDevOpsUrl },
    {
      value: token.accessToken,
      authorization: `Bearer ${token.accessToken}`,
      kind: " with the bearer token"
    }
  ), host2.addSummary(
    bearerSummary({
      organization: settings.organization,
      clientId: settings.identity.clientId,
      scopes: result.scopes,
      expiresAt
    })
  ), host2.info(
    `Issued an Entra access token for Azure DevOps (app ${settings.identity.clientId}), scopes ${result.scopes}, expires ${expiresAt}. Use it as "Authorization: Bearer"; it is not revoked at the end of the job.`
  ), result;
}

// src/core/consumers/az.ts
var az = {
  readsIt: "az devops",
  exports: ({ token }) => ({
    variables: [{ name: "AZURE_DEVOPS_EXT_PAT", value: token, secret: !0 }],
    files: []
  })
};

// src/core/consumers/renovate.ts
var renovate = {
  readsIt: "Renovate",
  exports: ({ token }) => ({
    variables: [{ name: "RENOVATE_TOKEN", value: token, secret: !0 }],
    files: []
  })
};

// src/core/consumers/terraform.ts
var terraform = {
  readsIt: "the Terraform and Pulumi azuredevops providers",
  exports: ({ token, azureDevOpsUrl, organization }) => ({
    variables: [
      { name: "AZDO_PERSONAL_ACCESS_TOKEN", value: token, secret: !0 },
      { name: "AZDO_ORG_SERVICE_URL", value: `${azureDevOpsUrl}/${organization}`, secret: !1 }
    ],
    files: []
  })
};

// src/core/consumers/catalogue.ts
var CONSUMERS = {
  az,
  terraform,
  nuget,
  npm,
  renovate
};

// src/core/consumers/export.ts
function exportForConsumers(host2, names, input) {
  for (let name of names) {
    if (name === "git") continue;
    let consumer = CONSUMERS[name], { variables, files } = consumer.exports(input);
    for (let variable2 of variables) variable2.secret && maskSecret(host2, variable2.value);
    let exported = [...variables];
    for (let file of files)
      exported.push({ name: file.pathVariable, value: writeConsumerFile(host2, file), secret: !1 });
    for (let variable2 of exported) host2.exportVariable(variable2.name, variable2.value, { secret: !1 });
    host2.info(
      `For ${consumer.readsIt}: exported ${exported.map((variable2) => variable2.name).join(", ")} to later steps.`
    );
  }
}

// src/core/steps/mint.ts
var LIFETIME_TOLERANCE_MS2 = 6e4;
async function mint(host2, deps = {}) {
  if (maskSecretInputs(host2), readTokenType((name) => host2.getInput(name)) === "entra") return mintBearer(host2, deps);
  let { settings, warnings } = parseSettings((name) => host2.getInput(name), {
    organization: host2.runContext().organization
  });
  for (let warning of warnings) host2.warning(warning);
  let http = deps.http ?? httpClientFor(host2, { sleep: interruptibleSleep }), { credential, pats } = connectBot(host2, http, settings, settings.credential), accessToken = credential.getAccessToken();
  pats.preconnect(), await accessToken;
  let { name: displayName, shortened } = planDisplayName(
    settings.displayName,
    host2.runContext(),
    (deps.suffix ?? randomSuffix)()
  );
  shortened && host2.warning(
    `The token's display name was shortened to fit Azure DevOps' limit of ${DISPLAY_NAME_MAX_ENCODED_LENGTH} characters after HTML encoding (the "${DISPLAY_NAME_PREFIX}: " prefix and the unique suffix included); kept: ${quoteInput(displayName, DISPLAY_NAME_MAX_ENCODED_LENGTH)}. Give a shorter ${inputRef("display-name")} to choose what it says.`
  ), savePending(host2, settings.organization, settings.endpoints, displayName);
  let now = deps.now ?? (() => /* @__PURE__ */ new Date()), validTo = new Date(now().getTime() + settings.lifetime.milliseconds), scopeText = settings.scopes.join(" ");
  host2.info(
    `Minting a PAT in ${settings.organization} with ${scopeText}, valid for ${settings.lifetime.text}.`
  ), throwIfInterrupted();
  let scale = testRetryScale(settings.endpoints.vsspsUrl), answerLost = !1, pat = await untilCreated(
    host2,
    () => createReconciled(pats, { displayName, scope: settings.scopes, validTo }, host2, {
      sleep: (ms) => interruptibleSleep(ms * scale),
      onAnswerLost: () => {
        answerLost = !0, saveCreateAnswerLost(host2);
      }
    })
  ).catch((error) => {
    throw settleFailedCreate(host2, error, answerLost), error;
  }), basic = basicAuth(pat.token);
  maskSecret(host2, basic);
  let expiresAt = new Date(pat.validTo).toISOString();
  saveMinted(host2, pat.authorizationId, expiresAt), Date.parse(pat.validTo) < validTo.getTime() - LIFETIME_TOLERANCE_MS2 && host2.warning(
    `Azure DevOps granted the token until ${expiresAt}, earlier than the ${settings.lifetime.text} asked for: an organization policy caps PAT lifetimes. Steps that use the token must finish before then.`
  );
  let grantedScopes = pat.scope.split(/\s+/).filter(Boolean).join(" "), result = {
    token: pat.token,
    basicAuth: basic,
    authorizationId: pat.authorizationId,
    expiresAt,
    scopes: grantedScopes,
    displayName
  };
  return setMintOutputs(host2, result), handToLaterSteps(
    host2,
    deps.env ?? process.env,
    { ...settings, azureDevOpsUrl: settings.endpoints.azureDevOpsUrl },
    { value: pat.token, authorization: `Basic ${basic}`, kind: "" }
  ), exportForConsumers(host2, settings.exportFor, {
    token: pat.token,
    organization: settings.organization,
    azureDevOpsUrl: settings.endpoints.azureDevOpsUrl,
    feeds: settings.feeds
  }), host2.addSummary(
    mintSummary({
      ...result,
      scopes: grantedScopes,
      organization: settings.organization,
      revoke: settings.revoke
    })
  ), host2.info(
    `Minted "${displayName}" (authorization id ${pat.authorizationId}), scopes ${grantedScopes}, expires ${expiresAt}.`
  ), result;
}

// src/core/steps/main.ts
async function mainStep(host2) {
  let read = (name) => host2.getInput(name), mode = readTokenType(read) === "entra" ? "off" : parseDryRun(read);
  mode === "off" ? await mint(host2) : await dryRun(host2, mode === "probe");
}

// src/core/steps/run.ts
async function runStep(host2, step, options = {}) {
  let onSignal = () => {
  }, signalled = new Promise(
    (resolve) => onSignal = (signal) => resolve({ done: !1, signal })
  );
  watchStopSignals((signal) => onSignal(signal), options.signals);
  let work = step().then(
    () => ({ done: !0 }),
    (error) => ({ done: !0, error })
  ), exit = options.exit ?? ((code) => process.exit(code)), first = await Promise.race([work, signalled]);
  if (first.done) {
    "error" in first && host2.setFailed(describeError(first.error, host2.platform)), onSignal = () => exit(typeof process.exitCode == "number" ? process.exitCode : 0);
    return;
  }
  let graceMs = options.graceMs ?? SIGNAL_GRACE_MS, timer, timeout = new Promise(
    (resolve) => timer = setTimeout(() => resolve(void 0), graceMs)
  ), settled = await Promise.race([work, timeout]);
  if (clearTimeout(timer), settled === void 0 && abandonInFlight(), options.interrupted) {
    exit(options.interrupted(first.signal, settled !== void 0 && !("error" in settled)));
    return;
  }
  host2.setFailed(interruptedMessage(host2, first.signal, settled, graceMs)), exit(1);
}
function interruptedMessage(host2, signal, settled, graceMs) {
  let platform = host2.platform, what = settled === void 0 ? `the request in flight did not finish within ${graceMs / 1e3} s and was abandoned` : "error" in settled ? settled.error instanceof InterruptedError ? "no new request was started" : `the request in flight failed: ${describeError(settled.error, platform)}` : "the request in flight finished and its result was saved", revoker = host2.revokeCommand ? `\`${host2.revokeCommand()}\`` : POST_STEP[platform];
  return `Stopped on ${signal} (the job was cancelled or timed out): ${what}. The saved state names any token this step created, by authorization id or display name, so ${revoker} revokes it` + (platform === "cli" ? "." : `; if ${POST_STEP[platform]} does not run, revoke it with \`npx ado-ephemeral-pat revoke\`.`);
}

// src/hosts/github/host.ts
var import_node_fs6 = require("node:fs"), import_node_os2 = require("node:os");

// src/core/net/json.ts
function stringField2(body, field2) {
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return;
  }
  if (typeof parsed != "object" || parsed === null || Array.isArray(parsed)) return;
  let value = parsed[field2];
  return typeof value == "string" && value !== "" ? value : void 0;
}

// src/hosts/github/commands.ts
var import_node_crypto3 = require("node:crypto"), import_node_fs4 = require("node:fs"), import_node_os = require("node:os");
function escapeData(value) {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll(`
`, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function commandLine(name, data, properties = {}) {
  let props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(data)}`;
}
function appendFileCommand(file, key, value) {
  let delimiter = `ghadelimiter_${(0, import_node_crypto3.randomUUID)()}`;
  if (key.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Refusing to write ${key}: its value contains the file-command delimiter.`);
  (0, import_node_fs4.appendFileSync)(file, `${key}<<${delimiter}${import_node_os.EOL}${value}${import_node_os.EOL}${delimiter}${import_node_os.EOL}`, { encoding: "utf8" });
}

// src/hosts/github/environment.ts
var HELD_PREFIX = "INPUT_", HELD_NAMES = [
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RUNTIME_TOKEN"
], RunnerEnvironment = class {
  held = /* @__PURE__ */ new Map();
  constructor(env) {
    for (let [name, value] of Object.entries(env))
      !name.startsWith(HELD_PREFIX) && !HELD_NAMES.includes(name) || (value !== void 0 && this.held.set(name, value), delete env[name]);
  }
  /** The runner's name for input `name`: `INPUT_` and the name upper-cased, spaces as underscores. */
  input(name) {
    return this.held.get(`INPUT_${name.replaceAll(" ", "_").toUpperCase()}`);
  }
  oidcRequest() {
    let url = this.held.get("ACTIONS_ID_TOKEN_REQUEST_URL"), bearer = this.held.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN");
    return url && bearer ? { url, bearer } : void 0;
  }
};

// src/hosts/stdout.ts
var import_node_fs5 = require("node:fs"), pending = "", viaStream = !1, exitHooked = !1;
function writeStdout(text) {
  exitHooked || (exitHooked = !0, process.on("exit", flushStdout)), pending === "" && queueMicrotask(flushStdout), pending += text;
}
function flushStdout() {
  let text = pending;
  if (pending = "", text === "") return;
  if (viaStream) {
    process.stdout.write(text);
    return;
  }
  let bytes = Buffer.from(text, "utf8"), offset = 0;
  for (; offset < bytes.length; )
    try {
      offset += (0, import_node_fs5.writeSync)(1, bytes, offset);
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
      viaStream = !0, process.stdout.write(bytes.subarray(offset));
      return;
    }
}
function stdoutSettled() {
  return pending === "" && (!viaStream || process.stdout.writableLength === 0);
}
function exitWhenWritten() {
  flushStdout(), stdoutSettled() && process.exit();
}

// src/hosts/github/host.ts
var GitHubHost = class {
  constructor(env = process.env, write = writeStdout) {
    this.env = env;
    this.write = write;
    this.runner = new RunnerEnvironment(env);
  }
  env;
  write;
  /** The state names this step saved, so that clearState can empty them. */
  saved = /* @__PURE__ */ new Set();
  platform = "github";
  runner;
  getInput(name) {
    let value = this.runner.input(name)?.trim();
    return value || void 0;
  }
  setSecret(value) {
    value && this.line(commandLine("add-mask", value));
  }
  setOutput(name, value) {
    this.fileCommandOr("GITHUB_OUTPUT", name, value, () => commandLine("set-output", value, { name }));
  }
  saveState(name, value) {
    this.saved.add(name), this.fileCommandOr("GITHUB_STATE", name, value, () => commandLine("save-state", value, { name }));
  }
  getState(name) {
    return this.env[`STATE_${name}`] || void 0;
  }
  /** The runner keeps the last value of each name: an empty one reads as never saved. */
  clearState() {
    for (let name of this.saved) this.saveState(name, "");
  }
  exportVariable(name, value) {
    this.env[name] = value, this.fileCommandOr("GITHUB_ENV", name, value, () => commandLine("set-env", value, { name }));
  }
  info(message) {
    this.line(neutralizeCommands(message));
  }
  warning(message) {
    this.line(commandLine("warning", message));
  }
  debug(message) {
    this.line(commandLine("debug", message));
  }
  setFailed(message) {
    this.line(commandLine("error", message)), process.exitCode = 1;
  }
  addSummary(markdown) {
    let file = this.env.GITHUB_STEP_SUMMARY;
    file && (0, import_node_fs6.appendFileSync)(file, `${markdown}
`, "utf8");
  }
  runContext() {
    return {
      source: this.env.GITHUB_REPOSITORY,
      runId: this.env.GITHUB_RUN_ID,
      attempt: this.env.GITHUB_RUN_ATTEMPT,
      job: this.env.GITHUB_JOB
    };
  }
  tempDir() {
    return this.env.RUNNER_TEMP || (0, import_node_os2.tmpdir)();
  }
  async getIdToken(audience, http) {
    let request2 = this.runner.oidcRequest();
    if (!request2)
      throw new ActionableError(
        "input",
        "The GitHub OIDC token is not available to this job.",
        "Add `permissions: id-token: write` to the workflow or job (and keep `contents: read` if you list permissions).",
        { code: "oidc_permission_missing" }
      );
    let requestUrl = new URL(request2.url);
    requestUrl.searchParams.set("audience", audience);
    let response = await http.send({
      method: "GET",
      url: requestUrl.href,
      headers: { Authorization: `Bearer ${request2.bearer}`, Accept: "application/json" }
    }), token = response.status === 200 ? stringField2(response.body, "value") : void 0;
    if (token === void 0)
      throw new ActionableError(
        "auth",
        `GitHub refused the OIDC token request (HTTP ${response.status}).`,
        "Check `permissions: id-token: write` and that the runner can reach the Actions service.",
        { code: "oidc_request_failed", status: response.status }
      );
    return this.setSecret(token), token;
  }
  /** Uses the runner's file command when available, else the legacy stdout command (older runners, tests). */
  fileCommandOr(fileVariable, key, value, legacy) {
    let file = this.env[fileVariable];
    file ? appendFileCommand(file, key, value) : this.line(legacy());
  }
  line(text) {
    this.write(`${text}
`);
  }
};

// src/entries/action-main.ts
var host = new GitHubHost();
runStep(host, () => mainStep(host)).then(exitWhenWritten);
