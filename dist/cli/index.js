#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
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
function onPlatform(text, platform) {
  return typeof text == "string" ? text : platform !== void 0 ? text[platform] : Object.keys(LABELS).map((name) => `${LABELS[name]}: ${text[name]}`).join(" ");
}
var LABELS, MAIN_STEP, POST_STEP, init_platform_text = __esm({
  "src/core/platform-text.ts"() {
    "use strict";
    LABELS = {
      github: "GitHub Actions",
      "azure-pipelines": "Azure Pipelines",
      cli: "Command line"
    };
    MAIN_STEP = {
      github: "the main step",
      "azure-pipelines": "the task",
      cli: "`ado-ephemeral-pat mint`"
    }, POST_STEP = {
      github: "the post step",
      "azure-pipelines": "the post-job step",
      cli: "`ado-ephemeral-pat revoke`"
    };
  }
});

// src/core/errors.ts
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
var ActionableError, InputError, init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    init_platform_text();
    ActionableError = class extends Error {
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
  }
});

// src/core/inputs/characters.ts
function hasWhitespaceOrControl(text) {
  return WHITESPACE_OR_CONTROL.test(text);
}
function hasWhitespaceControlOrBackslash(text) {
  return WHITESPACE_CONTROL_OR_BACKSLASH.test(text);
}
var WHITESPACE_OR_CONTROL, WHITESPACE_CONTROL_OR_BACKSLASH, INVISIBLE_OR_BREAKING, init_characters = __esm({
  "src/core/inputs/characters.ts"() {
    "use strict";
    WHITESPACE_OR_CONTROL = /[\s\p{Cc}\p{Cf}]/u, WHITESPACE_CONTROL_OR_BACKSLASH = /[\s\p{Cc}\p{Cf}\\]/u, INVISIBLE_OR_BREAKING = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
  }
});

// src/core/safety/log-safety.ts
function unicodeEscape(chars) {
  let escaped = "";
  for (let i = 0; i < chars.length; i++) escaped += `\\u${chars.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return escaped;
}
function quote(value, maxLength = 80) {
  let limit = Math.max(1, Math.floor(maxLength)), codePoints = Array.from(value.slice(0, 2 * limit + 1)), truncated = codePoints.length > limit, kept2 = truncated ? codePoints.slice(0, limit).join("") : value;
  return `"${JSON.stringify(kept2).slice(1, -1).replace(INVISIBLE_OR_BREAKING, unicodeEscape).replace(HASH_COMMAND, "\\u0023")}${truncated ? "\u2026" : ""}"`;
}
function quoteInput(value, maxLength = 80) {
  let length = Array.from(value).length;
  return length <= maxLength ? quote(value, maxLength) : `[a ${length}-character value, not shown]`;
}
function neutralizeLine(line) {
  return line.replace(HIDDEN_CONTROL, unicodeEscape).replace(HASH_COMMAND, `#${ZWSP}`).replace(LEADING_COLONS, `$1:${ZWSP}`);
}
function neutralizeCommands(text) {
  return text.split(LINE_BREAK).map(neutralizeLine).join(`
`);
}
function scrubJwtRun(run8) {
  let result = "", from = 0;
  for (let at = run8.indexOf("eyJ"); at !== -1; at = run8.indexOf("eyJ", at + 1)) {
    let dot = run8.indexOf(".", at + 3);
    if (dot === -1) break;
    if (dot - (at + 3) < 4) continue;
    let end = dot;
    for (let dots = 0; dots < MAX_JWT_DOTS && end < run8.length && run8[end] === "."; dots++) {
      let next = run8.indexOf(".", end + 1);
      end = next === -1 ? run8.length : next;
    }
    result += run8.slice(from, at) + REDACTED, from = end, at = end - 1;
  }
  return from === 0 ? run8 : result + run8.slice(from);
}
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
function trimPadding(run8) {
  let padding = (char) => char === "/" || char === "_" || char === "=" || char === "-", start = 0, end = run8.length;
  for (; start < end && padding(run8[start]); ) start++;
  for (; end > start && padding(run8[end - 1]); ) end--;
  return run8.slice(start, end);
}
function isSecretLike(run8) {
  if (PAT_LEGACY.test(run8) || PAT_CURRENT.test(run8)) return !0;
  if (GUID_LIKE.test(run8)) return !1;
  let core = trimPadding(run8);
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
  ).replace(SECRET_FIELD, `$1${REDACTED}`).replace(JWT_RUN, scrubJwtRun).replace(LONG_RUN, (run8) => isSecretLike(run8) ? REDACTED : run8);
}
var ZWSP, HASH_COMMAND, LINE_BREAK, LEADING_COLONS, HIDDEN_CONTROL, REDACTED, JWT_RUN, MAX_JWT_DOTS, SECRET_FIELD, CREDENTIAL_HEADER, COOKIE_HEADER, URL_USER_INFO, LONG_RUN, GUID_LIKE, PAT_LEGACY, PAT_CURRENT, init_log_safety = __esm({
  "src/core/safety/log-safety.ts"() {
    "use strict";
    init_characters();
    ZWSP = "\u200B", HASH_COMMAND = /#(?=#(?:vso)?\[)/gi;
    LINE_BREAK = /\r\n|\r|\n/, LEADING_COLONS = /^([\s\u0085]*):(?=:)/u, HIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
    REDACTED = "***", JWT_RUN = /[A-Za-z0-9_.-]+/g, MAX_JWT_DOTS = 4;
    SECRET_FIELD = /(\b(?:refresh_token|access_token|id_token|client_secret|client_assertion|assertion|device_code|password|passwd|pwd|secret|token|sig)\b["']?\s*[:=]\s*["']?)([^\s"'&,;{}[\]()<>]+)/gi, CREDENTIAL_HEADER = /(\b(?:proxy-)?authorization\b["']?\s*[:=]\s*["']?)(?:(basic|bearer|negotiate|ntlm|digest|token)\s+)?([^\r\n"']+)/gi, COOKIE_HEADER = /(\b(?:set-)?cookie\b["']?\s*[:=]\s*["']?)([^\r\n"']+)/gi, URL_USER_INFO = /:\/\/([^\s/@:]*):([^\s/@]+)@/g;
    LONG_RUN = /[A-Za-z0-9+/_=-]{32,}/g, GUID_LIKE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-?)+$/i, PAT_LEGACY = /^[a-z2-7]{52}$/i, PAT_CURRENT = /^[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}$/;
  }
});

// src/core/inputs/names.ts
function inputRef(name) {
  return `\`${name}\``;
}
function replaceInputs(text, replace) {
  return text.replace(
    QUOTED_NAME,
    (quoted, name) => INPUT_NAMES.has(name) ? replace(name) : quoted
  );
}
var CREDENTIAL_INPUTS, ENDPOINT_INPUTS, OPT_IN_INPUTS, INPUT_NAMES, QUOTED_NAME, init_names = __esm({
  "src/core/inputs/names.ts"() {
    "use strict";
    CREDENTIAL_INPUTS = [
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
    QUOTED_NAME = /`([a-z][a-z-]*)`/g;
  }
});

// src/hosts/cli/context.ts
function withoutBlanks(context) {
  return Object.fromEntries(Object.entries(context).filter(([, value]) => value));
}
function cliRunContext(env, host = import_node_os.hostname) {
  let system = SYSTEMS.find((candidate) => env[candidate.marker]), context = system ? withoutBlanks(system.context(env)) : {};
  return !context.source && !context.runId ? { ...context, source: `cli on ${host()}` } : context;
}
var import_node_os, join, SYSTEMS, init_context = __esm({
  "src/hosts/cli/context.ts"() {
    "use strict";
    import_node_os = require("node:os"), join = (...parts) => parts.every(Boolean) ? parts.join("/") : void 0, SYSTEMS = [
      {
        marker: "GITLAB_CI",
        context: (env) => ({ source: env.CI_PROJECT_PATH, runId: env.CI_PIPELINE_ID, job: env.CI_JOB_NAME })
      },
      {
        marker: "JENKINS_URL",
        context: (env) => ({ source: env.JOB_NAME, runId: env.BUILD_NUMBER, job: env.STAGE_NAME })
      },
      {
        marker: "CIRCLECI",
        context: (env) => ({
          source: join(env.CIRCLE_PROJECT_USERNAME, env.CIRCLE_PROJECT_REPONAME),
          runId: env.CIRCLE_BUILD_NUM,
          job: env.CIRCLE_JOB
        })
      },
      {
        marker: "BUILDKITE",
        context: (env) => ({
          source: join(env.BUILDKITE_ORGANIZATION_SLUG, env.BUILDKITE_PIPELINE_SLUG),
          runId: env.BUILDKITE_BUILD_NUMBER,
          attempt: env.BUILDKITE_RETRY_COUNT,
          job: env.BUILDKITE_STEP_KEY ?? env.BUILDKITE_LABEL
        })
      },
      {
        marker: "BITBUCKET_BUILD_NUMBER",
        context: (env) => ({
          source: env.BITBUCKET_REPO_FULL_NAME,
          runId: env.BITBUCKET_BUILD_NUMBER,
          job: env.BITBUCKET_STEP_UUID
        })
      },
      {
        marker: "TRAVIS",
        context: (env) => ({
          source: env.TRAVIS_REPO_SLUG,
          runId: env.TRAVIS_BUILD_NUMBER,
          job: env.TRAVIS_JOB_NAME
        })
      },
      {
        marker: "TEAMCITY_VERSION",
        context: (env) => ({ source: env.TEAMCITY_BUILDCONF_NAME, runId: env.BUILD_NUMBER })
      },
      {
        marker: "GITHUB_ACTIONS",
        context: (env) => ({
          source: env.GITHUB_REPOSITORY,
          runId: env.GITHUB_RUN_ID,
          attempt: env.GITHUB_RUN_ATTEMPT,
          job: env.GITHUB_JOB
        })
      },
      {
        marker: "TF_BUILD",
        context: (env) => ({
          source: join(env.SYSTEM_TEAMPROJECT, env.BUILD_DEFINITIONNAME),
          runId: env.BUILD_BUILDID,
          attempt: env.SYSTEM_JOBATTEMPT,
          job: env.SYSTEM_JOBDISPLAYNAME
        })
      }
    ];
  }
});

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
function maskSecret(host, secret) {
  let seen = registered.get(host);
  if (seen || registered.set(host, seen = { secrets: /* @__PURE__ */ new Set(), forms: /* @__PURE__ */ new Set() }), !seen.secrets.has(secret)) {
    seen.secrets.add(secret);
    for (let form of maskForms(secret))
      seen.forms.has(form) || (seen.forms.add(form), host.setSecret(form));
  }
}
function maskSecretInputs(host) {
  for (let name of SECRET_INPUTS) {
    let value = host.getInput(name);
    value && maskSecret(host, value);
  }
}
var SECRET_INPUTS, registered, init_secrets = __esm({
  "src/core/safety/secrets.ts"() {
    "use strict";
    SECRET_INPUTS = ["refresh-token", "access-token", "password"], registered = /* @__PURE__ */ new WeakMap();
  }
});

// src/hosts/cli/redactor.ts
var Redactor, init_redactor = __esm({
  "src/hosts/cli/redactor.ts"() {
    "use strict";
    init_log_safety();
    init_secrets();
    Redactor = class {
      secrets = [];
      add(secret) {
        if (!secret) return;
        let known = new Set(this.secrets);
        for (let form of maskForms(secret)) known.add(form);
        this.secrets = [...known].sort((a, b) => b.length - a.length);
      }
      redact(text) {
        let result = text;
        for (let secret of this.secrets) result = result.split(secret).join(REDACTED);
        return result;
      }
    };
  }
});

// src/hosts/azure-pipelines/commands.ts
function escapeData(text) {
  return text.replaceAll("%", "%AZP25").replaceAll("\r", "%0D").replaceAll(`
`, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll("]", "%5D").replaceAll(";", "%3B");
}
function vsoCommand(command8, properties, message) {
  let pairs = Object.entries(properties).filter((pair) => !!pair[1]).map(([key, value]) => `${key}=${escapeProperty(value)};`);
  return `##vso[${Object.keys(properties).length > 0 ? `${command8} ${pairs.join("")}` : command8}]${escapeData(message)}${import_node_os2.EOL}`;
}
var import_node_os2, init_commands = __esm({
  "src/hosts/azure-pipelines/commands.ts"() {
    "use strict";
    import_node_os2 = require("node:os");
  }
});

// src/hosts/github/commands.ts
function escapeData2(value) {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll(`
`, "%0A");
}
function escapeProperty2(value) {
  return escapeData2(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function commandLine(name, data, properties = {}) {
  let props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty2(value)}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData2(data)}`;
}
var init_commands2 = __esm({
  "src/hosts/github/commands.ts"() {
    "use strict";
  }
});

// src/hosts/cli/runner-masks.ts
function runnerMaskCommands(env) {
  let github = env.GITHUB_ACTIONS === "true", azurePipelines = env.TF_BUILD?.toLowerCase() === "true";
  return (secret) => [
    ...github ? [`${commandLine("add-mask", secret)}
`] : [],
    ...azurePipelines ? [vsoCommand("task.setsecret", {}, secret)] : []
  ];
}
function stderrIsPipe() {
  try {
    let stats = (0, import_node_fs.fstatSync)(2);
    return stats.isFIFO() || stats.isSocket();
  } catch {
    return !1;
  }
}
var import_node_fs, MASKS_SKIPPED, init_runner_masks = __esm({
  "src/hosts/cli/runner-masks.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    init_commands();
    init_commands2();
    MASKS_SKIPPED = "Secrets are not registered with the runner's masker: stderr is not the runner's pipe (it goes to a file or a terminal), where the mask commands would show each secret in clear. The CLI still scrubs them from what it writes; to have the job log hide them wherever else they appear, leave stderr to the runner (no `2>` redirect to a file).";
  }
});

// src/core/azure-devops/display-name.ts
function randomSuffix() {
  return (0, import_node_crypto.randomBytes)(4).toString("hex");
}
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
  let ellipsis = "...", kept2 = "", used = htmlEncodedLength(ellipsis);
  for (let char of base) {
    let cost = htmlEncodedLength(char);
    if (used + cost > budget) break;
    kept2 += char, used += cost;
  }
  return { name: `${head}${kept2.trimEnd()}${ellipsis}${tail}`, shortened: !0 };
}
function isOwnDisplayName(name) {
  return OWN_NAME.test(name);
}
var import_node_crypto, DISPLAY_NAME_PREFIX, DISPLAY_NAME_MAX_ENCODED_LENGTH, SUFFIX, HTML_ENTITIES, OWN_NAME, init_display_name = __esm({
  "src/core/azure-devops/display-name.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_characters();
    DISPLAY_NAME_PREFIX = "ado-ephemeral-pat", DISPLAY_NAME_MAX_ENCODED_LENGTH = 256;
    SUFFIX = /^[0-9a-f]{8}$/, HTML_ENTITIES = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#39;"
    };
    OWN_NAME = new RegExp(`^${DISPLAY_NAME_PREFIX}: .* \\[[0-9a-f]{8}\\]$`, "s");
  }
});

// src/core/inputs/validate.ts
function readInput(read, name, keepWhitespace = !1) {
  let raw = read(name);
  if (!(raw === void 0 || raw.trim() === ""))
    return keepWhitespace ? raw : raw.trim();
}
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
function checkTokenShape(input, value) {
  let refuse5 = (problem, fix) => new InputError(input, `Input ${inputRef(input)} ${problem} (its value is not shown).`, fix);
  if (/^bearer\s/i.test(value))
    throw new InputError(
      input,
      `Input ${inputRef(input)} starts with "Bearer ".`,
      'Pass the token alone, without the "Bearer " scheme.'
    );
  if (QUOTES.test(value))
    throw refuse5(
      "contains quote characters",
      "Remove the quotes from the value: the secret or variable must hold the token alone, as a single line without spaces."
    );
  if (hasWhitespaceOrControl(value))
    throw refuse5(
      "contains whitespace or control characters",
      "Store the token as a single line without spaces, quotes or a trailing line break."
    );
  if (!TOKEN_CHARACTERS.test(value))
    throw refuse5(
      "contains characters outside printable ASCII, which no token has",
      "Copy the token again as plain text (not from a formatted document) and store it alone, as a single line."
    );
  return value;
}
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
var TRUE, FALSE, YAML_BOOLEANS, GUID, DOMAIN, MULTI_TENANT, KEY_VAULT_SECRET_NAME_MAX_LENGTH, KEY_VAULT_SECRET_NAME, QUOTES, TOKEN_CHARACTERS, ENV_NAME, RESERVED_NAMES, RESERVED_PREFIXES, init_validate = __esm({
  "src/core/inputs/validate.ts"() {
    "use strict";
    init_characters();
    init_errors();
    init_names();
    init_log_safety();
    TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]), FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]), YAML_BOOLEANS = "true, True, TRUE, false, False or FALSE";
    GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, MULTI_TENANT = /* @__PURE__ */ new Set(["organizations", "common", "consumers"]);
    KEY_VAULT_SECRET_NAME_MAX_LENGTH = 127, KEY_VAULT_SECRET_NAME = new RegExp(`^[0-9a-zA-Z-]{1,${KEY_VAULT_SECRET_NAME_MAX_LENGTH}}$`);
    QUOTES = /["'\u2018-\u201f\u00ab\u00bb]/, TOKEN_CHARACTERS = /^[\x21-\x7e]+$/;
    ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/, RESERVED_NAMES = new Set(
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
  }
});

// src/core/inputs/organization.ts
function isOrganizationName(value) {
  return ORGANIZATION_NAME.test(value);
}
function refuse(raw, fix) {
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
    refuse(raw);
  }
  (url.username !== "" || url.password !== "" || text.includes("?") || text.includes("#")) && refuse(raw);
  let host = url.hostname.toLowerCase(), legacy = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(host), segments = legacy !== null ? [
    legacy[1] ?? "",
    ...url.pathname.split("/").filter((s) => s !== "" && s.toLowerCase() !== "defaultcollection")
  ] : segmentsBelow(url, azureDevOpsUrl) ?? segmentsBelow(url, "https://dev.azure.com");
  if ((segments === void 0 || legacy !== null && url.protocol !== "https:") && refuse(raw, "Use https://dev.azure.com/<name>, https://<name>.visualstudio.com, or just the name."), segments.length === 0 && refuse(raw, "Add the organization to the URL, e.g. https://dev.azure.com/contoso."), segments.length > 1) {
    let first = segments[0] ?? "", name = isOrganizationName(first) ? `"${first}"` : 'the name alone, e.g. "contoso"';
    refuse(
      raw,
      `Set \`organization\` to ${name}, without a project or other path: a token is for a whole organization.`
    );
  }
  return segments[0] ?? "";
}
function withScheme(text) {
  return SCHEME.test(text) ? text : `https://${text}`;
}
function parseOrganization(raw, azureDevOpsUrl = "https://dev.azure.com") {
  let text = raw.trim();
  hasWhitespaceControlOrBackslash(text) && refuse(raw);
  let name = text.includes("/") || text.includes(":") || text.includes(".") ? nameFromUrl(raw, withScheme(text), azureDevOpsUrl) : text;
  return isOrganizationName(name) || refuse(raw), name;
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
var ORGANIZATION_NAME, SCHEME, init_organization = __esm({
  "src/core/inputs/organization.ts"() {
    "use strict";
    init_characters();
    init_errors();
    init_log_safety();
    init_validate();
    ORGANIZATION_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,48}[A-Za-z0-9])?$/;
    SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
  }
});

// src/core/safety/shell-command.ts
function shellQuote(value) {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
function shellArg(value) {
  return PLAIN_WORD.test(value) ? value : shellQuote(value);
}
function cliCommand(args) {
  return ["npx", "ado-ephemeral-pat", ...args].map(shellArg).join(" ");
}
var PLAIN_WORD, init_shell_command = __esm({
  "src/core/safety/shell-command.ts"() {
    "use strict";
    PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
  }
});

// src/core/safety/private-file.ts
function symlinkedDirectory(file, base = process.cwd()) {
  let inside = import_node_path.default.relative(base, import_node_path.default.dirname(import_node_path.default.resolve(base, file)));
  if (inside === "" || inside === ".." || inside.startsWith(`..${import_node_path.default.sep}`) || import_node_path.default.isAbsolute(inside))
    return;
  let current = base;
  for (let part of inside.split(import_node_path.default.sep)) {
    current = import_node_path.default.join(current, part);
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
      `Refusing to write the ${what} to ${quote(file, 200)}: the directory ${quote(import_node_path.default.relative(base, link), 200)} is a symbolic link.`,
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
  let current = import_node_path.default.dirname(import_node_path.default.resolve(file));
  for (; ; )
    try {
      return { path: current, isDirectory: (0, import_node_fs2.statSync)(current).isDirectory() };
    } catch (error) {
      let code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR" || import_node_path.default.dirname(current) === current) throw error;
      current = import_node_path.default.dirname(current);
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
  let target = import_node_path.default.resolve(file), temp = import_node_path.default.join(
    import_node_path.default.dirname(target),
    `.${import_node_path.default.basename(target)}.${(0, import_node_crypto2.randomBytes)(6).toString("hex")}.tmp`
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
var import_node_crypto2, import_node_fs2, import_node_path, init_private_file = __esm({
  "src/core/safety/private-file.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto"), import_node_fs2 = require("node:fs"), import_node_path = __toESM(require("node:path"));
    init_errors();
    init_log_safety();
  }
});

// src/cli/git-ignore.ts
function ignoreDirectoryInGit(dir) {
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(
      import_node_path2.default.join(dir, ".gitignore"),
      import_node_fs3.constants.O_WRONLY | import_node_fs3.constants.O_CREAT | import_node_fs3.constants.O_EXCL | (import_node_fs3.constants.O_NOFOLLOW ?? 0),
      420
    );
  } catch (error) {
    if (error.code === "EEXIST") return;
    throw error;
  }
  try {
    (0, import_node_fs3.writeSync)(fd, CONTENT);
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}
var import_node_fs3, import_node_path2, CONTENT, init_git_ignore = __esm({
  "src/cli/git-ignore.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs"), import_node_path2 = __toESM(require("node:path")), CONTENT = `# Written by ado-ephemeral-pat: its state, never to be committed.
*
`;
  }
});

// src/cli/files.ts
function checkWritablePath(file, what) {
  refuseSymlinkedDirectory(file, what), refuseUnwritableDirectory(file, what), refuseUnsafeFile(file, what);
}
function refuseUnsafeFile(file, what) {
  let stats;
  try {
    stats = (0, import_node_fs4.lstatSync)(file);
  } catch {
    return;
  }
  if (stats.isSymbolicLink() || !stats.isFile())
    throw new ActionableError(
      "input",
      `Refusing to write the ${what} to ${quote(file, 200)}: it is ${stats.isSymbolicLink() ? "a symbolic link" : "not a regular file"}.`,
      "Give the path of a regular file or of a file that does not exist yet.",
      { code: "unsafe_path" }
    );
}
function canonicalPath(file) {
  let absolute = import_node_path3.default.resolve(file), dir = import_node_path3.default.dirname(absolute), rest = import_node_path3.default.basename(absolute), resolved = absolute;
  for (; ; )
    try {
      resolved = import_node_path3.default.join(import_node_fs4.realpathSync.native(dir), rest);
      break;
    } catch {
      let parent = import_node_path3.default.dirname(dir);
      if (parent === dir) break;
      rest = import_node_path3.default.join(import_node_path3.default.basename(dir), rest), dir = parent;
    }
  return CASE_INSENSITIVE ? resolved.toLowerCase() : resolved;
}
function refuseSharedPath(files) {
  let seen = /* @__PURE__ */ new Map();
  for (let [flag, file] of files) {
    if (file === void 0) continue;
    let key = canonicalPath(file), other = seen.get(key);
    if (other !== void 0)
      throw new ActionableError(
        "input",
        `${other} and ${flag} name the same file ${quote(file, 200)}: one would overwrite the other once the token exists. Nothing was minted.`,
        `Give ${other} and ${flag} paths of their own.`,
        { code: "same_path" }
      );
    seen.set(key, flag);
  }
}
function writePrivateFile(file, text, what, mode = "replace", options = {}) {
  refuseSymlinkedDirectory(file, what), refuseUnsafeFile(file, what);
  let dir = import_node_path3.default.dirname(import_node_path3.default.resolve(file));
  (0, import_node_fs4.mkdirSync)(dir, { recursive: !0, mode: 448 }) !== void 0 && options.ignoreNewDirectory === !0 && ignoreDirectoryInGit(dir), placePrivateFile(file, text, mode);
}
var import_node_fs4, import_node_path3, CASE_INSENSITIVE, init_files = __esm({
  "src/cli/files.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs"), import_node_path3 = __toESM(require("node:path"));
    init_errors();
    init_log_safety();
    init_private_file();
    init_git_ignore();
    CASE_INSENSITIVE = process.platform === "win32" || process.platform === "darwin";
  }
});

// src/cli/state-file.ts
function invalid(file, detail) {
  return new ActionableError(
    "input",
    `The state file ${quote(file, 200)} is not one this tool wrote (${detail}). Nothing was sent.`,
    INVALID_FIX,
    { code: "invalid_state_file" }
  );
}
function badField(file, key, value, rule) {
  return new ActionableError(
    "input",
    `The state file ${quote(file, 200)} was not written by \`ado-ephemeral-pat mint\`: its ${key} ${quoteInput(value, DISPLAY_NAME_MAX_ENCODED_LENGTH)} is not ${rule}. Nothing was sent.`,
    INVALID_FIX,
    { code: "invalid_state_file" }
  );
}
function checkValues(file, values) {
  for (let [key, valid, rule] of FIELD_RULES) {
    let value = values[key];
    if (value !== void 0 && !valid(value)) throw badField(file, key, value, rule);
  }
  if (values.displayName === void 0 && values.authorizationId === void 0) return;
  let missing = TARGET_KEYS.filter((key) => !values[key]);
  if (missing.length > 0)
    throw invalid(file, `it names a token but not where it lives: no ${missing.join(", ")}`);
}
function readText(file) {
  try {
    return (0, import_node_fs5.readFileSync)(file, "utf8");
  } catch (error) {
    let code = error.code;
    if (code === "ENOENT") return;
    throw invalid(file, code === "EISDIR" ? "it is a directory" : `it cannot be read: ${code ?? "error"}`);
  }
}
function readStateFile(file) {
  let text = readText(file);
  if (text === void 0) return;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid(file, "not JSON");
  }
  let document = parsed;
  if (document?.tool !== TOOL || document.version !== VERSION) throw invalid(file, "unknown tool or version");
  let state = document.state;
  if (typeof state != "object" || state === null || Array.isArray(state)) throw invalid(file, "no state");
  let values = {};
  for (let [key, value] of Object.entries(state)) {
    if (typeof value != "string") throw invalid(file, `${quoteInput(key, 40)} is not a string`);
    values[key] = value;
  }
  return checkValues(file, values), values;
}
function writeStateFile(file, values, mode) {
  let text = `${JSON.stringify({ tool: TOOL, version: VERSION, state: values }, null, 2)}
`;
  try {
    writePrivateFile(file, text, "state file", mode, { ignoreNewDirectory: !0 });
  } catch (error) {
    throw error.code !== "EEXIST" ? error : new ActionableError(
      "input",
      `Another process created the state file ${quote(file, 200)} while this mint ran; nothing was minted.`,
      "Give each mint that runs at the same time its own --state-file.",
      { code: "state_file_in_use", cause: error }
    );
  }
}
function removeStateFile(file) {
  (0, import_node_fs5.rmSync)(file, { force: !0 });
}
function revokeCommandFor(file) {
  return ["ado-ephemeral-pat", "revoke", ...file === DEFAULT_STATE_FILE ? [] : ["--state-file", file]].map(shellArg).join(" ");
}
var import_node_fs5, DEFAULT_STATE_FILE, TOOL, VERSION, INVALID_FIX, FIELD_RULES, TARGET_KEYS, init_state_file = __esm({
  "src/cli/state-file.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    init_display_name();
    init_errors();
    init_organization();
    init_validate();
    init_log_safety();
    init_shell_command();
    init_files();
    DEFAULT_STATE_FILE = ".ado-ephemeral-pat/state.json", TOOL = "ado-ephemeral-pat", VERSION = 1, INVALID_FIX = "Give the --state-file that `ado-ephemeral-pat mint` wrote, and delete this file if mint did not write it. To revoke a token you know, give --authorization-id and --organization instead.";
    FIELD_RULES = [
      [
        "displayName",
        isOwnDisplayName,
        'a name this tool gives its tokens ("ado-ephemeral-pat: \u2026 [8 hex digits]")'
      ],
      ["authorizationId", isGuid, "a GUID"],
      ["organization", isOrganizationName, "an Azure DevOps organization name"]
    ], TARGET_KEYS = ["organization", "authorityHost", "vsspsUrl", "azureDevOpsUrl"];
  }
});

// src/hosts/cli/host.ts
function inputEnvName(name) {
  return ENV_PREFIX + name.toUpperCase().replace(/-/g, "_");
}
function withFlagNames(text, fromVariable = () => !1) {
  let named = /* @__PURE__ */ new Set();
  return replaceInputs(text, (name) => {
    if (name === "revoke") return inputRef(name);
    let flag = inputRef(`--${name}`);
    return named.has(name) || !fromVariable(name) ? flag : (named.add(name), `${flag} (from ${inputEnvName(name)})`);
  });
}
var import_node_os3, ENV_PREFIX, COLORS, CliHost, init_host = __esm({
  "src/hosts/cli/host.ts"() {
    "use strict";
    import_node_os3 = require("node:os");
    init_names();
    init_log_safety();
    init_context();
    init_redactor();
    init_runner_masks();
    init_state_file();
    ENV_PREFIX = "ADO_EPHEMERAL_PAT_";
    COLORS = { red: "\x1B[31m", yellow: "\x1B[33m", dim: "\x1B[2m", reset: "\x1B[0m" }, CliHost = class {
      constructor(options) {
        this.options = options;
        this.env = options.env ?? process.env, this.writeErr = options.writeErr ?? ((text) => process.stderr.write(text)), this.maskCommands = runnerMaskCommands(this.env);
      }
      options;
      platform = "cli";
      outputs = {};
      exported = [];
      redactor = new Redactor();
      failed;
      state;
      stateWritten = !1;
      /** Whether stderr is the runner's pipe, looked up once. */
      stderrPipe;
      env;
      writeErr;
      maskCommands;
      masksSkipped = !1;
      getInput(name) {
        if (!this.options.inputs.includes(name)) return;
        let value = this.options.flags?.[name] ?? this.env[inputEnvName(name)];
        return value === void 0 || value.trim() === "" ? void 0 : value;
      }
      /** Whether the input's value was read from its ADO_EPHEMERAL_PAT_* variable rather than a flag. */
      fromVariable(name) {
        return this.options.flags?.[name] === void 0 && this.getInput(name) !== void 0;
      }
      /**
       * Written as is: a runner command must reach the runner whole, and it is the one line meant to hold the value.
       * Only into a pipe, though: anywhere else (a file, a terminal) the line would keep the secret in clear.
       */
      setSecret(value) {
        if (!value) return;
        this.redactor.add(value);
        let commands = this.maskCommands(value);
        if (commands.length !== 0)
          if (this.stderrPipe ??= this.options.stderrIsPipe ?? stderrIsPipe(), this.stderrPipe)
            for (let command8 of commands) this.writeErr(command8);
          else this.masksSkipped || (this.masksSkipped = !0, this.warning(MASKS_SKIPPED));
      }
      setOutput(name, value) {
        this.outputs[name] = value;
      }
      /**
       * The first save creates the file and fails if one appeared since the command checked: the file is the only
       * handle on the token, and two mints sharing it would leave one token without any.
       */
      saveState(name, value) {
        this.state = { ...this.loadState(), [name]: value }, this.options.stateFile && (writeStateFile(this.options.stateFile, this.state, this.stateWritten ? "replace" : "create"), this.stateWritten = !0);
      }
      getState(name) {
        return this.loadState()[name] || void 0;
      }
      /** Whether this command wrote the state file (not only read one another command wrote). */
      savedState() {
        return this.stateWritten;
      }
      /** Removes the state file this command wrote, so a later mint finds the place free. */
      clearState() {
        this.state = {}, !(!this.options.stateFile || !this.stateWritten) && (removeStateFile(this.options.stateFile), this.stateWritten = !1);
      }
      /** The user revokes with the CLI's own command, which must read the state file this command wrote. */
      revokeCommand() {
        return revokeCommandFor(this.options.stateFile ?? DEFAULT_STATE_FILE);
      }
      /** A CLI has no later steps: variables are collected and printed by `--format env` for `eval`. */
      exportVariable(name, value, options) {
        this.exported.push({ name, value, secret: options.secret });
      }
      info(message) {
        this.line(message);
      }
      warning(message) {
        this.line(message, "warning: ", COLORS.yellow);
      }
      debug(message) {
        this.options.debug && this.line(message, "debug: ", COLORS.dim);
      }
      setFailed(message) {
        this.failed = message, this.line(message, "error: ", COLORS.red);
      }
      tempDir() {
        return (0, import_node_os3.tmpdir)();
      }
      consumerFile(name) {
        return name === "npmrc" ? this.options.npmrcFile : void 0;
      }
      /** No job summary outside a runner. */
      addSummary() {
      }
      runContext() {
        return cliRunContext(this.env);
      }
      /** Scrubs secrets, neutralizes runner commands (the CLI may run inside a GitHub or Azure job) and colours. */
      line(message, label = "", color2) {
        let named = withFlagNames(message, (name) => this.fromVariable(name)), text = neutralizeCommands(this.redactor.redact(`${label}${named}`)), painted = color2 && this.options.color ? `${color2}${text}${COLORS.reset}` : text;
        this.writeErr(`${painted}
`);
      }
      loadState() {
        return this.state === void 0 && (this.state = (this.options.stateFile ? readStateFile(this.options.stateFile) : void 0) ?? {}), this.state;
      }
    };
  }
});

// src/cli/exit-codes.ts
function isInputError(error) {
  return error instanceof ActionableError && error.kind === "input";
}
function exitCodeFor(error, otherwise = EXIT.failure) {
  return isInputError(error) ? EXIT.usage : otherwise;
}
var EXIT, init_exit_codes = __esm({
  "src/cli/exit-codes.ts"() {
    "use strict";
    init_errors();
    EXIT = {
      ok: 0,
      /** Minting, listing or sweeping failed: auth, policy, network, server; or a doctor check failed. */
      failure: 1,
      /**
       * Bad flags or inputs: found before any request (a missing credential, a bad scope), or refused by Azure DevOps
       * or Entra ID as such (an unknown client id, a scope it does not offer). No token was created or revoked.
       */
      usage: 2,
      /** A revocation failed: the token may still be valid. */
      revokeFailed: 3
    };
  }
});

// src/core/consumers/nuget.ts
var FEED_USERNAME, nuget, init_nuget = __esm({
  "src/core/consumers/nuget.ts"() {
    "use strict";
    FEED_USERNAME = "ado-ephemeral-pat", nuget = {
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
  }
});

// src/core/consumers/npm.ts
function registryKey(url) {
  return url.replace(/^https:/, "");
}
var NPMRC_HEADER, npm, init_npm = __esm({
  "src/core/consumers/npm.ts"() {
    "use strict";
    init_nuget();
    NPMRC_HEADER = "; ado-ephemeral-pat: npm credentials for this job only, deleted when it ends";
    npm = {
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
  }
});

// src/core/consumers/files.ts
function stateKey(name) {
  return `${name}File`;
}
function startOf(file, length) {
  try {
    if (!(0, import_node_fs6.lstatSync)(file).isFile()) return;
    let fd = (0, import_node_fs6.openSync)(file, "r");
    try {
      let buffer = Buffer.alloc(length);
      return buffer.subarray(0, (0, import_node_fs6.readSync)(fd, buffer, 0, length, 0)).toString("utf8");
    } finally {
      (0, import_node_fs6.closeSync)(fd);
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
    (0, import_node_fs6.lstatSync)(file);
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
function writeConsumerFile(host, file) {
  let chosen = host.consumerFile?.(file.name), target;
  return chosen !== void 0 ? (target = import_node_path4.default.resolve(chosen), checkChosenPath(target, file.name), (0, import_node_fs6.mkdirSync)(import_node_path4.default.dirname(target), { recursive: !0, mode: 448 })) : target = import_node_path4.default.join((0, import_node_fs6.mkdtempSync)(import_node_path4.default.join(host.tempDir(), DIRECTORY_PREFIX)), file.name), placePrivateFile(target, file.content, "replace"), host.saveState(stateKey(file.name), target), target;
}
function removeConsumerFiles(host) {
  for (let name of Object.keys(HEADERS)) {
    let file = host.getState(stateKey(name));
    if (file !== void 0) {
      if (!isOurs(file, name)) {
        startOf(file, 1) !== void 0 && host.warning(
          `Left ${quote(file, 200)} in place: it is not the ${name} file ${MAIN_STEP[host.platform]} wrote.`
        );
        continue;
      }
      try {
        (0, import_node_fs6.rmSync)(file);
        let dir = import_node_path4.default.dirname(file);
        import_node_path4.default.basename(dir).startsWith(DIRECTORY_PREFIX) && (0, import_node_fs6.rmdirSync)(dir), host.info(`Deleted the job's ${name} file.`);
      } catch (error) {
        host.warning(
          `Could not delete ${quote(file, 200)} (${error instanceof Error ? error.message : String(error)}): delete it by hand, it holds the token until the token is revoked.`
        );
      }
    }
  }
}
var import_node_fs6, import_node_path4, HEADERS, DIRECTORY_PREFIX, init_files2 = __esm({
  "src/core/consumers/files.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs"), import_node_path4 = __toESM(require("node:path"));
    init_errors();
    init_platform_text();
    init_log_safety();
    init_private_file();
    init_npm();
    HEADERS = { npmrc: NPMRC_HEADER }, DIRECTORY_PREFIX = "ado-ephemeral-pat-";
  }
});

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
var init_create_pat = __esm({
  "src/core/steps/create-pat.ts"() {
    "use strict";
    init_errors();
  }
});

// src/core/entra/jwt.ts
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
var AZURE_DEVOPS_AUDIENCES, PAT_SCOPES, USER_CREDENTIAL_FIX, init_jwt = __esm({
  "src/core/entra/jwt.ts"() {
    "use strict";
    init_errors();
    init_log_safety();
    AZURE_DEVOPS_AUDIENCES = /* @__PURE__ */ new Set([
      "499b84ac-1321-427f-aa17-267ca6975798",
      "api://499b84ac-1321-427f-aa17-267ca6975798",
      "https://app.vssps.visualstudio.com"
    ]), PAT_SCOPES = ["vso.pats_manage", "user_impersonation"];
    USER_CREDENTIAL_FIX = "Use a user credential: a refresh token of the bot user from `ado-ephemeral-pat login` (the `refresh-token` input, or a Key Vault secret read by the job identity), the bot user's `username`/`password`, or `auth: azure-cli` after `az login` as that user.";
  }
});

// src/core/credentials/credential.ts
var TokenCache, init_credential = __esm({
  "src/core/credentials/credential.ts"() {
    "use strict";
    TokenCache = class {
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
  }
});

// src/core/credentials/access-token.ts
var ORIGIN, AccessTokenCredential, init_access_token = __esm({
  "src/core/credentials/access-token.ts"() {
    "use strict";
    init_errors();
    init_jwt();
    init_credential();
    ORIGIN = "the `access-token` input", AccessTokenCredential = class {
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
  }
});

// src/core/entra/scopes.ts
function scopeSettingOf(scopes) {
  for (let [setting, list] of Object.entries(ENTRA_SCOPES))
    if (list.length === scopes.length && list.every((scope) => scopes.includes(scope))) return setting;
}
var AZURE_DEVOPS_RESOURCE, PAT_MANAGEMENT_SCOPES, DEFAULT_RESOURCE_SCOPE, ENTRA_SCOPES, init_scopes = __esm({
  "src/core/entra/scopes.ts"() {
    "use strict";
    AZURE_DEVOPS_RESOURCE = "499b84ac-1321-427f-aa17-267ca6975798", PAT_MANAGEMENT_SCOPES = [
      `${AZURE_DEVOPS_RESOURCE}/vso.pats`,
      `${AZURE_DEVOPS_RESOURCE}/vso.pats_manage`
    ], DEFAULT_RESOURCE_SCOPE = `${AZURE_DEVOPS_RESOURCE}/.default`, ENTRA_SCOPES = {
      granular: PAT_MANAGEMENT_SCOPES,
      default: [DEFAULT_RESOURCE_SCOPE]
    };
  }
});

// src/core/safety/server-text.ts
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
function printableCode(value) {
  if (!(typeof value != "string" || !CODE.test(value)) && !(value.startsWith("eyJ") || value.length >= 20 && /[0-9]/.test(value)))
    return value;
}
function endsSentence(quoted) {
  return /[.!?…]"$/u.test(quoted) ? quoted : `${quoted}.`;
}
var MAX_SERVER_TEXT, CODE, init_server_text = __esm({
  "src/core/safety/server-text.ts"() {
    "use strict";
    init_log_safety();
    MAX_SERVER_TEXT = 8 * 1024;
    CODE = /^[A-Za-z][A-Za-z0-9_.]{0,63}$/;
  }
});

// src/core/entra/errors.ts
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
var LOGIN_AGAIN, ENTRA_ERROR_RULES, ENTRA_FALLBACK, TRACE, SCOPE_REFUSALS, SCOPE_ADVICE, init_errors2 = __esm({
  "src/core/entra/errors.ts"() {
    "use strict";
    init_errors();
    init_log_safety();
    init_scopes();
    init_server_text();
    LOGIN_AGAIN = "Run `ado-ephemeral-pat login` again as the bot user and store the new refresh token where the job reads it (the `refresh-token` secret, or the Key Vault secret).", ENTRA_ERROR_RULES = [
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
    TRACE = "Trace ID:";
    SCOPE_REFUSALS = /* @__PURE__ */ new Set(["consent_required", "invalid_scope"]), SCOPE_ADVICE = {
      granular: `Set \`entra-scope\` to default: the token is then requested for ${ENTRA_SCOPES.default.join(" ")}, the Azure DevOps permissions the app already has consent for (an app consented before vso.pats existed has user_impersonation). Or keep granular and grant consent to vso.pats and vso.pats_manage: run \`ado-ephemeral-pat login\` as the bot user and accept, or have an admin use "Grant admin consent" on the app registration's API permissions page.`,
      default: 'The app has no consent for any Azure DevOps permission. Add the delegated permissions vso.pats and vso.pats_manage to the app registration and grant consent (run `ado-ephemeral-pat login` as the bot user and accept, or "Grant admin consent"), then set `entra-scope` to granular (the default).'
    };
  }
});

// src/core/entra/token-client.ts
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
var OFFLINE_ACCESS, DEVICE_CODE_GRANT, JWT_BEARER_ASSERTION, EntraClient, init_token_client = __esm({
  "src/core/entra/token-client.ts"() {
    "use strict";
    init_errors2();
    init_errors();
    init_jwt();
    init_scopes();
    init_scopes();
    OFFLINE_ACCESS = "offline_access", DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code", JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    EntraClient = class {
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
        let scopes = input.scopes ?? PAT_MANAGEMENT_SCOPES, form = { client_id: input.clientId, scope: withOfflineAccess(scopes) }, json2 = await this.post("devicecode", form, "start the device code sign-in", []).catch(
          (error) => {
            throw withScopeAdvice(error, scopes);
          }
        ), deviceCode = json2.device_code, userCode = json2.user_code, verificationUri = json2.verification_uri ?? json2.verification_url;
        if (typeof deviceCode != "string" || typeof userCode != "string" || typeof verificationUri != "string")
          throw this.malformed("the device code response lacks device_code, user_code or verification_uri");
        this.mask(deviceCode);
        let expiresIn = positiveNumber(json2.expires_in) ?? 900, interval = positiveNumber(json2.interval) ?? 5, message = typeof json2.message == "string" ? json2.message : `To sign in, open ${verificationUri} and enter the code ${userCode}.`;
        return { deviceCode, userCode, verificationUri, expiresIn, interval, message };
      }
      /** Polls until the user signs in; slow_down adds 5 s to the interval, as RFC 8628 asks. */
      async pollDeviceCode(input) {
        let deadline = this.now() + input.expiresIn * 1e3, interval = Math.max(1, input.interval), form = { grant_type: DEVICE_CODE_GRANT, client_id: input.clientId, device_code: input.deviceCode };
        for (; this.now() + interval * 1e3 <= deadline; ) {
          await this.sleep(interval * 1e3);
          let response = await this.http.send(this.request("token", form), { idempotent: !0 }), pending = parseEntraErrorBody(response.body)?.error;
          if (!(response.status === 400 && pending === "authorization_pending")) {
            if (response.status === 400 && pending === "slow_down") {
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
        let json2 = this.json(response, operation, secrets);
        for (let key of ["access_token", "refresh_token", "id_token"]) {
          let value = json2[key];
          typeof value == "string" && value !== "" && this.mask(value);
        }
        let accessToken = json2.access_token;
        if (typeof accessToken != "string" || accessToken === "")
          throw this.malformed("the token response has no access_token");
        let expiresIn = positiveNumber(json2.expires_in) ?? 3600;
        return {
          accessToken,
          refreshToken: typeof json2.refresh_token == "string" && json2.refresh_token !== "" ? json2.refresh_token : void 0,
          expiresOn: new Date(this.now() + expiresIn * 1e3),
          scope: typeof json2.scope == "string" ? json2.scope : void 0,
          account: accountOf(json2.id_token, accessToken)
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
  }
});

// src/core/safety/find-program.ts
function envVariable(env, name) {
  let key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === void 0 ? void 0 : env[key];
}
function windowsAbsolute(entry) {
  return /^[A-Za-z]:[\\/]/.test(entry) || /^[\\/]{2}[^\\/]/.test(entry);
}
function defaultIsFile(file) {
  try {
    return (0, import_node_fs7.statSync)(file).isFile();
  } catch {
    return !1;
  }
}
function searchDirectories(lookup) {
  let windows = lookup.platform === "win32", paths = windows ? import_node_path5.default.win32 : import_node_path5.default.posix, raw = envVariable(lookup.env, "PATH") ?? "", cwd = paths.resolve(lookup.cwd), same = (a, b) => windows ? a.toLowerCase() === b.toLowerCase() : a === b;
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
  }, paths = full.platform === "win32" ? import_node_path5.default.win32 : import_node_path5.default.posix;
  for (let dir of searchDirectories(full))
    for (let candidate of candidateNames(name, full)) {
      let file = paths.join(dir, candidate);
      if (full.isFile(file)) return file;
    }
}
var import_node_fs7, import_node_path5, STARTABLE, DEFAULT_PATHEXT, init_find_program = __esm({
  "src/core/safety/find-program.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs"), import_node_path5 = __toESM(require("node:path")), STARTABLE = /* @__PURE__ */ new Set([".COM", ".EXE", ".BAT", ".CMD"]), DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD";
  }
});

// src/core/safety/cmd-line.ts
function quoteForCmd(text) {
  if (UNSAFE.test(text) || text === "")
    throw new Error(`Refusing to pass ${JSON.stringify(text)} through cmd.exe: it is not a plain argument.`);
  return `"${text}"`;
}
function commandInterpreter(env) {
  let get = (name) => envVariable(env, name), comspec = get("COMSPEC");
  if (comspec !== void 0 && /^[A-Za-z]:\\/.test(comspec)) return comspec;
  let root = get("SYSTEMROOT");
  return import_node_path6.default.win32.join(
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
var import_node_path6, UNSAFE, init_cmd_line = __esm({
  "src/core/safety/cmd-line.ts"() {
    "use strict";
    import_node_path6 = __toESM(require("node:path"));
    init_find_program();
    UNSAFE = /["%!^\r\n\0]/;
  }
});

// src/core/credentials/azure-cli.ts
function azEnvironment(env) {
  let kept2 = {};
  for (let [name, value] of Object.entries(env)) {
    let upper = name.toUpperCase();
    value !== void 0 && (AZ_ENV_NAMES.has(upper) || AZ_ENV_PREFIXES.some((prefix) => upper.startsWith(prefix))) && (kept2[name] = value);
  }
  return kept2;
}
function azCommand(args, lookup) {
  let platform = lookup.platform ?? process.platform;
  if (platform !== "win32") return { file: "az", args: [...args], windowsVerbatimArguments: !1 };
  let found = findProgram("az", { ...lookup, platform });
  if (found === void 0)
    throw Object.assign(new Error("az was not found on the absolute PATH entries"), { code: "ENOENT" });
  return /\.(bat|cmd)$/i.test(found) ? cmdInvocation(found, args, lookup.env) : { file: found, args: [...args], windowsVerbatimArguments: !1 };
}
function parseAzExpiry(output) {
  let epoch = typeof output.expires_on == "string" ? Number(output.expires_on) : output.expires_on;
  if (typeof epoch == "number" && Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1e3);
  if (typeof output.expiresOn == "string") {
    let local = Date.parse(output.expiresOn.trim().replace(" ", "T"));
    if (!Number.isNaN(local)) return new Date(local);
  }
}
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
var AZ_ARGS, ORIGIN2, AZ_TIMEOUT_MS, AzError, AZ_ENV_NAMES, AZ_ENV_PREFIXES, runAz, SIGNED_OUT, AzureCliCredential, init_azure_cli = __esm({
  "src/core/credentials/azure-cli.ts"() {
    "use strict";
    init_token_client();
    init_errors();
    init_jwt();
    init_log_safety();
    init_server_text();
    init_cmd_line();
    init_find_program();
    init_credential();
    AZ_ARGS = [
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
    runAz = async (args) => {
      let { execFile } = await import("node:child_process"), env = azEnvironment(process.env), command8;
      try {
        command8 = azCommand(args, { env: process.env });
      } catch (error) {
        throw new AzError(error, error.message);
      }
      return new Promise((resolve, reject) => {
        execFile(
          command8.file,
          command8.args,
          {
            env,
            timeout: AZ_TIMEOUT_MS,
            windowsHide: !0,
            windowsVerbatimArguments: command8.windowsVerbatimArguments,
            maxBuffer: 1024 * 1024
          },
          (error, stdout, stderr) => {
            error ? reject(new AzError(error, stderr)) : resolve({ stdout, stderr });
          }
        );
      });
    };
    SIGNED_OUT = /az login|not logged in|no subscription found|AADSTS70043|AADSTS700082/i;
    AzureCliCredential = class {
      constructor(context, run8 = runAz, now) {
        this.context = context;
        this.run = run8;
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
  }
});

// src/core/credentials/azure-identity-loader.ts
function loadAzureIdentity() {
  return require("../chunks/azure-identity.js");
}
var init_azure_identity_loader = __esm({
  "src/core/credentials/azure-identity-loader.ts"() {
    "use strict";
  }
});

// src/core/credentials/federation.ts
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
var TOKEN_EXCHANGE_AUDIENCE, FEDERATION_MISMATCH, ADD_FEDERATED_CREDENTIAL, init_federation = __esm({
  "src/core/credentials/federation.ts"() {
    "use strict";
    init_errors();
    init_jwt();
    init_log_safety();
    TOKEN_EXCHANGE_AUDIENCE = "api://AzureADTokenExchange", FEDERATION_MISMATCH = [70021, 700211, 700212, 700213], ADD_FEDERATED_CREDENTIAL = "Add a federated credential to that app registration (Certificates & secrets > Federated credentials) with exactly this issuer and subject and the audience api://AzureADTokenExchange.";
  }
});

// src/core/credentials/key-vault-auth.ts
function keyVaultScope(vaultUrl) {
  let host = new URL(vaultUrl).hostname.toLowerCase();
  return `https://${/^[^.]+\.(vault\.[a-z0-9.-]+)$/.exec(host)?.[1] ?? "vault.azure.net"}/.default`;
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
function userVaultToken(options) {
  return cached(async () => {
    let identity = options.identity ?? loadAzureIdentity(), credential = new identity.DefaultAzureCredential({
      authorityHost: options.authorityHost,
      disableInstanceDiscovery: !0
    });
    try {
      return await credential.getToken(keyVaultScope(options.vaultUrl));
    } catch (error) {
      throw identityFailure(
        error,
        "sign in to Key Vault with your Azure identity",
        "Run `az login` (as someone who may set secrets in the vault), or set AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET for a service principal; then run `login` again."
      );
    }
  }, options.mask);
}
var RENEW_MARGIN_MS, init_key_vault_auth = __esm({
  "src/core/credentials/key-vault-auth.ts"() {
    "use strict";
    init_errors2();
    init_errors();
    init_log_safety();
    init_server_text();
    init_azure_identity_loader();
    init_federation();
    init_federation();
    RENEW_MARGIN_MS = 300 * 1e3;
  }
});

// src/core/credentials/key-vault-client.ts
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
var KEY_VAULT_API_VERSION, KeyVaultClient, init_key_vault_client = __esm({
  "src/core/credentials/key-vault-client.ts"() {
    "use strict";
    init_errors();
    init_server_text();
    init_validate();
    KEY_VAULT_API_VERSION = "7.4";
    KeyVaultClient = class {
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
        let version2 = typeof parsed.id == "string" ? parsed.id.split("/").pop() ?? "" : "";
        return { value: parsed.value, version: /^[0-9a-f]{32}$/i.test(version2) ? version2 : "" };
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
  }
});

// src/core/credentials/refresh-token.ts
var RefreshTokenCredential, init_refresh_token = __esm({
  "src/core/credentials/refresh-token.ts"() {
    "use strict";
    init_scopes();
    init_token_client();
    init_jwt();
    init_credential();
    RefreshTokenCredential = class {
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
  }
});

// src/core/credentials/key-vault.ts
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
var MIN_REFRESH_TOKEN_LENGTH, KeyVaultCredential, init_key_vault = __esm({
  "src/core/credentials/key-vault.ts"() {
    "use strict";
    init_characters();
    init_shell_command();
    init_errors();
    init_jwt();
    init_validate();
    init_key_vault_auth();
    init_key_vault_client();
    init_refresh_token();
    MIN_REFRESH_TOKEN_LENGTH = 20;
    KeyVaultCredential = class {
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
  }
});

// src/core/credentials/password.ts
var ORIGIN3, PasswordCredential, init_password = __esm({
  "src/core/credentials/password.ts"() {
    "use strict";
    init_scopes();
    init_token_client();
    init_errors();
    init_jwt();
    init_credential();
    ORIGIN3 = "the password sign-in", PasswordCredential = class {
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
  }
});

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
var init_credentials = __esm({
  "src/core/credentials/index.ts"() {
    "use strict";
    init_access_token();
    init_azure_cli();
    init_key_vault();
    init_password();
    init_refresh_token();
    init_access_token();
    init_refresh_token();
  }
});

// src/core/azure-devops/pat-errors.ts
function patTokenError(value, serverMessage, operation) {
  let name = /^[A-Za-z]{1,60}$/.test(value) && printableCode(value) ? value : "unrecognised", entry = (Object.hasOwn(PAT_TOKEN_ERRORS, name) ? PAT_TOKEN_ERRORS[name] : void 0) ?? UNKNOWN_VALUE, said2 = serverMessage?.trim() ? ` Azure DevOps said: ${endsSentence(serverText(serverMessage))}` : "";
  return new ActionableError(
    entry.kind,
    `Azure DevOps refused to ${operation} (patTokenError ${quote(name, 60)}): ${entry.cause}${said2}`,
    entry.fix,
    { code: name, status: 200, retryable: entry.retryable ?? !1, notApplied: !0 }
  );
}
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
var NOT_FOUND_VALUES, USER_CREDENTIAL, TEMPORARY, ADMIN_ALLOW_LIST, ALREADY_GONE, ISSUES, OAUTH_CLIENT, SOURCE_RESTRICTED, TOKEN_REFUSED, PAT_TOKEN_ERRORS, UNKNOWN_VALUE, PAT_HTTP_FAILURES, init_pat_errors = __esm({
  "src/core/azure-devops/pat-errors.ts"() {
    "use strict";
    init_errors();
    init_log_safety();
    init_server_text();
    NOT_FOUND_VALUES = /* @__PURE__ */ new Set([
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
    PAT_HTTP_FAILURES = {
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
  }
});

// src/core/azure-devops/pat-client.ts
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
var DEFAULT_API_VERSION, PAGE_SIZE, MAX_PAGES, SAFE_ID, NAMED_ENTITIES, PatClient, init_pat_client = __esm({
  "src/core/azure-devops/pat-client.ts"() {
    "use strict";
    init_errors();
    init_server_text();
    init_pat_errors();
    DEFAULT_API_VERSION = "7.1-preview.1", PAGE_SIZE = 100, MAX_PAGES = 200, SAFE_ID = /^[A-Za-z0-9-]{1,100}$/, NAMED_ENTITIES = /* @__PURE__ */ new Map([
      ["amp", "&"],
      ["lt", "<"],
      ["gt", ">"],
      ["quot", '"'],
      ["apos", "'"],
      ["nbsp", "\xA0"]
    ]);
    PatClient = class {
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
        let pending = this.getAccessToken();
        this.preconnect();
        let headers = {
          Authorization: `Bearer ${await pending}`,
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
  }
});

// src/core/credentials/context.ts
function credentialContext(host, http, endpoints) {
  let getIdToken = host.getIdToken?.bind(host);
  return {
    http,
    endpoints,
    mask: (secret) => maskSecret(host, secret),
    warn: (message) => host.warning(message),
    info: (message) => host.info(message),
    debug: (message) => host.debug(message),
    getIdToken: getIdToken && ((audience) => getIdToken(audience, http))
  };
}
function connectBot(host, http, target, settings) {
  let credential = createCredential(settings, credentialContext(host, http, target.endpoints)), pats = new PatClient({
    vsspsUrl: target.endpoints.vsspsUrl,
    organization: target.organization,
    getAccessToken: () => credential.getAccessToken(),
    http,
    mask: (secret) => maskSecret(host, secret)
  });
  return { credential, pats };
}
var init_context2 = __esm({
  "src/core/credentials/context.ts"() {
    "use strict";
    init_credentials();
    init_pat_client();
    init_secrets();
  }
});

// src/core/credentials/job-identity-token.ts
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
var MISMATCH_LABEL, init_job_identity_token = __esm({
  "src/core/credentials/job-identity-token.ts"() {
    "use strict";
    init_scopes();
    init_token_client();
    init_errors();
    init_jwt();
    init_federation();
    MISMATCH_LABEL = new RegExp(`\\(AADSTS(?:${FEDERATION_MISMATCH.join("|")})\\)`);
  }
});

// src/core/inputs/dry-run.ts
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
var DRY_RUN, init_dry_run = __esm({
  "src/core/inputs/dry-run.ts"() {
    "use strict";
    init_errors();
    init_names();
    init_validate();
    init_log_safety();
    DRY_RUN = "dry-run";
  }
});

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
var init_entra_scope = __esm({
  "src/core/inputs/entra-scope.ts"() {
    "use strict";
    init_scopes();
    init_errors();
    init_names();
    init_log_safety();
  }
});

// src/core/loopback.ts
function isLoopbackHost(hostname2) {
  let host = hostname2.toLowerCase();
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}
var init_loopback = __esm({
  "src/core/loopback.ts"() {
    "use strict";
  }
});

// src/core/inputs/endpoint-hosts.ts
function isKnownHost(service, hostname2) {
  let host = hostname2.toLowerCase();
  switch (service) {
    case "entra":
      return ENTRA_HOSTS.has(host);
    case "azure-devops":
      return AZURE_DEVOPS_HOSTS.has(host) || AZURE_DEVOPS_PATTERN.test(host);
    case "key-vault":
      return KEY_VAULT_PATTERN.test(host);
  }
}
function isAllowedHost(input, hostname2) {
  return isLoopbackHost(hostname2) || isKnownHost(ENDPOINT_SERVICE[input], hostname2);
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
var ENDPOINT_SERVICE, LABEL, ENTRA_HOSTS, AZURE_DEVOPS_HOSTS, AZURE_DEVOPS_PATTERN, KEY_VAULT_PATTERN, init_endpoint_hosts = __esm({
  "src/core/inputs/endpoint-hosts.ts"() {
    "use strict";
    init_loopback();
    ENDPOINT_SERVICE = {
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
  }
});

// src/core/inputs/redact-url.ts
function redactUrl(raw) {
  let scheme = SCHEME2.exec(raw)?.[0] ?? "", rest = raw.slice(scheme.length), queryAt = rest.search(/[?#]/), beforeQuery = queryAt === -1 ? rest : rest.slice(0, queryAt), pathAt = beforeQuery.indexOf("/"), authority = pathAt === -1 ? beforeQuery : beforeQuery.slice(0, pathAt), path9 = pathAt === -1 ? "" : beforeQuery.slice(pathAt), at = authority.lastIndexOf("@"), host = at === -1 ? authority : `***@${authority.slice(at + 1)}`;
  return `${scheme}${host}${path9}${queryAt === -1 ? "" : "?\u2026"}`;
}
var SCHEME2, init_redact_url = __esm({
  "src/core/inputs/redact-url.ts"() {
    "use strict";
    SCHEME2 = /^[a-z][a-z0-9+.-]*:\/\//i;
  }
});

// src/core/inputs/endpoints.ts
function refuse2(input, raw, problem) {
  throw new InputError(
    input,
    `Input ${inputRef(input)} ${problem}: ${quoteInput(redactUrl(raw), 200)}.`,
    `Give an absolute https:// URL without credentials, query or fragment (http:// only for localhost or 127.0.0.1), e.g. ${DEFAULT_ENDPOINTS.vsspsUrl}.`
  );
}
function refuseHost(input, host) {
  throw new InputError(
    input,
    `Input ${inputRef(input)} names ${quoteInput(host, 200)}, which is not a Microsoft host for this service: nothing was sent, because the credential would go there.`,
    `Use one of ${knownHostsOf(input)} (or leave the input empty for the public cloud). If you trust this host with the bot user's credential (a proxy of your own, say), turn on ${inputRef(ALLOW_CUSTOM_ENDPOINTS)}.`,
    ENDPOINT_NOT_ALLOWED
  );
}
function parseEndpointUrl(input, raw, allowCustom = !1) {
  let text = raw.trim();
  hasWhitespaceControlOrBackslash(text) && refuse2(input, raw, "contains whitespace, control characters or backslashes");
  let url;
  try {
    url = new URL(text);
  } catch {
    refuse2(input, raw, "is not an absolute URL");
  }
  return url.protocol !== "https:" && url.protocol !== "http:" && refuse2(input, raw, "must use https"), url.protocol === "http:" && !isLoopbackHost(url.hostname) && refuse2(input, raw, "must use https (plain http is allowed only on loopback addresses)"), (url.username !== "" || url.password !== "") && refuse2(input, raw, "must not contain a user name or password"), (text.includes("?") || text.includes("#")) && refuse2(input, raw, "must not contain a query or fragment"), url.hostname === "" && refuse2(input, raw, "has no host"), !allowCustom && !isAllowedHost(input, url.hostname) && refuseHost(input, url.hostname), `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
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
    let host = new URL(value).hostname;
    return isAllowedHost(input, host) ? [] : [
      `Input ${inputRef(input)} names ${quoteInput(host, 200)}, a host outside Microsoft's clouds, allowed by ${inputRef(ALLOW_CUSTOM_ENDPOINTS)}: the bot user's credential and tokens are sent there.`
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
var DEFAULT_ENDPOINTS, ALLOW_CUSTOM_ENDPOINTS, ENDPOINT_NOT_ALLOWED, init_endpoints = __esm({
  "src/core/inputs/endpoints.ts"() {
    "use strict";
    init_characters();
    init_endpoint_hosts();
    init_errors();
    init_names();
    init_redact_url();
    init_log_safety();
    init_validate();
    init_loopback();
    DEFAULT_ENDPOINTS = {
      authorityHost: "https://login.microsoftonline.com",
      vsspsUrl: "https://vssps.dev.azure.com",
      azureDevOpsUrl: "https://dev.azure.com"
    }, ALLOW_CUSTOM_ENDPOINTS = "allow-custom-endpoints", ENDPOINT_NOT_ALLOWED = "endpoint_not_allowed";
  }
});

// src/core/inputs/lifetime.ts
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
var SECOND, MINUTE, HOUR, DAY, MIN_LIFETIME_MS, MAX_LIFETIME_MS, DEFAULT_LIFETIME, COMPACT, ISO, EXAMPLES, UNIT_WORDS, UNIT_NAMES, init_lifetime = __esm({
  "src/core/inputs/lifetime.ts"() {
    "use strict";
    init_errors();
    init_log_safety();
    SECOND = 1e3, MINUTE = 60 * SECOND, HOUR = 60 * MINUTE, DAY = 24 * HOUR, MIN_LIFETIME_MS = 5 * MINUTE, MAX_LIFETIME_MS = 7 * DAY, DEFAULT_LIFETIME = "1h", COMPACT = /^(?:(\d+)\s*d\s*)?(?:(\d+)\s*h\s*)?(?:(\d+)\s*m\s*)?(?:(\d+)\s*s)?$/i, ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i, EXAMPLES = "`30m`, `2h`, `1h30m`, `1d`, or ISO 8601 `PT45M`, `P1D`, `P1DT2H`";
    UNIT_WORDS = [
      ["d", /^(?:d|days?)$/],
      ["h", /^(?:h|hours?|hrs?)$/],
      ["m", /^(?:m|min|mins|minutes?)$/],
      ["s", /^(?:s|sec|secs|seconds?)$/]
    ], UNIT_NAMES = { s: "seconds", m: "minutes", h: "hours", d: "days" };
  }
});

// src/core/inputs/scope-labels.ts
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
function allAreas() {
  return areas ??= buildAreas();
}
function lookUp(label, area, permission) {
  let found = allAreas().get(areaKey(area));
  if (found === void 0) return;
  let exact = permission === void 0 ? void 0 : found.permissions.get(permissionKey(permission));
  return { label, scopes: exact === void 0 ? [...found.scopes] : [exact] };
}
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
var TABLE, areas, MAX_AREA_WORDS, ENDS_BEFORE, ENDS_INSIDE, init_scope_labels = __esm({
  "src/core/inputs/scope-labels.ts"() {
    "use strict";
    TABLE = [
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
    MAX_AREA_WORDS = 3;
    ENDS_BEFORE = /* @__PURE__ */ new Set(["(", ")", ",", ";", "\r", `
`]), ENDS_INSIDE = /* @__PURE__ */ new Set(["(", ")", "\r", `
`]);
  }
});

// src/core/inputs/scopes.ts
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
function directIncludes(scope) {
  return (SCOPE_CATALOGUE.get(scope) ?? ENTRA_ONLY_SCOPES.get(scope))?.includes ?? [];
}
function scopeClosure(scope) {
  let seen = /* @__PURE__ */ new Set(), pending = [scope];
  for (let next = pending.pop(); next !== void 0; next = pending.pop())
    seen.has(next) || (seen.add(next), pending.push(...directIncludes(next)));
  return seen;
}
function canonicalId(token) {
  let lower = token.toLowerCase();
  return lower.startsWith("vso.") ? lower : `vso.${lower}`;
}
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
  let tokens = raw.split(SEPARATORS).filter((token) => token !== "");
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
var SCOPES_DOCUMENTATION_URL, FULL_ACCESS_SCOPE, ENTRA_ONLY_SCOPES, TABLE2, SCOPE_CATALOGUE, SEPARATORS, FULL_ACCESS_ALIASES, LEAST_PRIVILEGE_FIX, ALLOW_TOKEN_SCOPES, TOKEN_SCOPES, TOKEN_SCOPE_NOT_ALLOWED, CATALOGUE_HINT, init_scopes2 = __esm({
  "src/core/inputs/scopes.ts"() {
    "use strict";
    init_errors();
    init_names();
    init_scope_labels();
    init_log_safety();
    SCOPES_DOCUMENTATION_URL = "https://learn.microsoft.com/azure/devops/integrate/get-started/authentication/oauth#scopes", FULL_ACCESS_SCOPE = "app_token", ENTRA_ONLY_SCOPES = /* @__PURE__ */ new Map([
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
    SCOPE_CATALOGUE = buildCatalogue();
    SEPARATORS = /[\s,]+/;
    FULL_ACCESS_ALIASES = /* @__PURE__ */ new Set([
      FULL_ACCESS_SCOPE,
      "user_impersonation",
      "*",
      "all",
      "full",
      "full_access"
    ]), LEAST_PRIVILEGE_FIX = `List only the scopes the job needs, in \`scopes\`, e.g. \`vso.code\` to clone or \`vso.code_write\` to push (least privilege: a leaked token can do only what its scopes allow). Scopes: ${SCOPES_DOCUMENTATION_URL}`, ALLOW_TOKEN_SCOPES = "allow-token-scopes", TOKEN_SCOPES = /* @__PURE__ */ new Set(["vso.tokens", "vso.tokenadministration"]), TOKEN_SCOPE_NOT_ALLOWED = "token_scope_not_allowed";
    CATALOGUE_HINT = `Use a scope id from the catalogue (with or without the \`vso.\` prefix): ${SCOPES_DOCUMENTATION_URL}`;
  }
});

// src/core/inputs/bearer-settings.ts
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
function jobClientId(read) {
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
  let endpoints = parseEndpoints(read), organization = readOrganization(read, endpoints.azureDevOpsUrl, defaults.organization), identity = { clientId: jobClientId(read), tenantId: jobTenantId(read) }, gitCredentials = parseBoolean("git-credentials", readInput(read, "git-credentials"), !1), exportRaw = readInput(read, "export-variable"), exportVariable = exportRaw === void 0 ? void 0 : parseExportVariable("export-variable", exportRaw);
  return {
    settings: { organization, endpoints, identity, gitCredentials, exportVariable },
    warnings: endpointWarnings(endpoints)
  };
}
var JOB_IDENTITY_INPUTS, PAT_ONLY, init_bearer_settings = __esm({
  "src/core/inputs/bearer-settings.ts"() {
    "use strict";
    init_errors();
    init_dry_run();
    init_entra_scope();
    init_endpoints();
    init_lifetime();
    init_names();
    init_organization();
    init_scopes2();
    init_validate();
    JOB_IDENTITY_INPUTS = ["azure-client-id", "azure-tenant-id"], PAT_ONLY = [
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
  }
});

// src/core/net/failures.ts
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
  let code = networkErrorCode(error), host = url.host, proxy = stringField(error, "proxy");
  if (code === PROXY_REFUSED)
    return new ActionableError(
      "network",
      `The proxy ${proxy ?? ""} refused to connect to ${host} (HTTP ${String(field(error, "status"))}) for ${target}.`,
      HTTP_CLIENT_FAILURES.proxy_refused.fix,
      { code: "proxy_refused", retryable: !1, notApplied: !0 }
    );
  if (isTlsFailure(code)) {
    let peer = proxy ? `the proxy ${proxy}` : host;
    return new ActionableError(
      "network",
      `The TLS connection to ${peer} failed (${code}) for ${target}.`,
      HTTP_CLIENT_FAILURES.tls.fix,
      { code, retryable: !1, notApplied: !0 }
    );
  }
  let maybeApplied = idempotent || NEVER_REACHED_SERVER.has(code) ? "" : " The request may have reached the server, so it was not repeated.", via = proxy ? ` through the proxy ${proxy}` : "", what = code === "timeout" ? `${host} did not answer in time` : `Could not reach ${host}${via} (${code})`;
  return new ActionableError(
    "network",
    `${what} for ${target} after ${tries}.${maybeApplied}`,
    HTTP_CLIENT_FAILURES.network.fix,
    { code, retryable: !0, notApplied: NEVER_REACHED_SERVER.has(code) }
  );
}
var PROXY_CREDENTIALS, HTTP_CLIENT_FAILURES, NEVER_REACHED_SERVER, PROXY_REFUSED, init_failures = __esm({
  "src/core/net/failures.ts"() {
    "use strict";
    init_errors();
    PROXY_CREDENTIALS = "Give the proxy its credentials: in HTTPS_PROXY, URL-encoded (http://user:pass@host:port)", HTTP_CLIENT_FAILURES = {
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
    PROXY_REFUSED = "ERR_PROXY_TUNNEL";
  }
});

// src/core/net/http1/body.ts
var BodyTooLargeError, BodyCollector, init_body = __esm({
  "src/core/net/http1/body.ts"() {
    "use strict";
    BodyTooLargeError = class extends Error {
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
  }
});

// src/core/net/http1/url-parts.ts
function bareHost(url) {
  return url.hostname.replace(/^\[|\]$/g, "");
}
function portOf(url) {
  return Number(url.port) || (url.protocol === "https:" ? 443 : 80);
}
var init_url_parts = __esm({
  "src/core/net/http1/url-parts.ts"() {
    "use strict";
  }
});

// src/core/net/http1/connect.ts
function secure(url, socket) {
  let host = bareHost(url);
  return (0, import_node_tls.connect)({
    host,
    port: portOf(url),
    socket,
    servername: (0, import_node_net.isIP)(host) ? void 0 : host,
    ALPNProtocols: ["http/1.1"]
  });
}
function connect(url) {
  return url.protocol === "https:" ? secure(url) : (0, import_node_net.connect)(portOf(url), bareHost(url));
}
var import_node_net, import_node_tls, init_connect = __esm({
  "src/core/net/http1/connect.ts"() {
    "use strict";
    import_node_net = require("node:net"), import_node_tls = require("node:tls");
    init_url_parts();
  }
});

// src/core/net/http1/proxy.ts
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
  let invalid2 = (message) => new ActionableError("input", message, origin.fix, { code: "invalid_proxy" }), url;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(setting) ? setting : `http://${setting}`);
  } catch {
    throw invalid2(`${origin.name} is not a valid URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw invalid2(
      `${origin.name} uses ${url.protocol.slice(0, -1)}, which is not supported: only http:// and https:// proxies are.`
    );
  let user = credentials;
  try {
    user ??= { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  } catch {
    throw invalid2(`${origin.name} has a user name or password that is not validly URL-encoded.`);
  }
  let authorization = user.username || user.password ? `Basic ${Buffer.from(`${user.username}:${user.password}`).toString("base64")}` : void 0;
  return { url, authorization };
}
function bypassed(target, noProxy) {
  if (noProxy === void 0) return !1;
  let host = withoutTrailingDot(bareHost(target).toLowerCase()), port = String(portOf(target));
  return noProxy.split(/[\s,]+/).filter(Boolean).some((entry) => {
    if (entry === "*") return !0;
    if (entry.includes("/")) return inRange2(host, entry);
    let match = /^(?:\*?\.)?(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry.toLowerCase());
    if (!match) return !1;
    let name = withoutTrailingDot((match[1] ?? "").replace(/^\[|\]$/g, ""));
    return match[2] !== void 0 && match[2] !== port ? !1 : host === name || host.endsWith(`.${name}`);
  });
}
function withoutTrailingDot(name) {
  return name.endsWith(".") ? name.slice(0, -1) : name;
}
function inRange2(host, cidr) {
  let [address = "", bits = "", ...rest] = cidr.replace(/^\[|\](?=\/)/g, "").split("/"), family = (0, import_node_net2.isIP)(address);
  if (rest.length > 0 || family === 0 || (0, import_node_net2.isIP)(host) !== family || !/^\d{1,3}$/.test(bits)) return !1;
  let prefix = Number(bits);
  if (prefix > (family === 4 ? 32 : 128)) return !1;
  let range = new import_node_net2.BlockList();
  return range.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6"), range.check(host, family === 4 ? "ipv4" : "ipv6");
}
var import_node_net2, init_proxy = __esm({
  "src/core/net/http1/proxy.ts"() {
    "use strict";
    import_node_net2 = require("node:net");
    init_errors();
    init_loopback();
    init_url_parts();
  }
});

// src/core/net/http1/tunnel.ts
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
var import_node_http, ProxyTunnelError, init_tunnel = __esm({
  "src/core/net/http1/tunnel.ts"() {
    "use strict";
    import_node_http = require("node:http");
    init_connect();
    init_url_parts();
    ProxyTunnelError = class extends Error {
      constructor(status) {
        super(`The proxy refused the tunnel with HTTP ${status}.`);
        this.status = status;
        this.name = "ProxyTunnelError";
      }
      status;
      code = "ERR_PROXY_TUNNEL";
    };
  }
});

// src/core/net/http1/warm-connections.ts
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
var WARM_IDLE_MS, warm, init_warm_connections = __esm({
  "src/core/net/http1/warm-connections.ts"() {
    "use strict";
    init_connect();
    init_proxy();
    WARM_IDLE_MS = 1e4, warm = /* @__PURE__ */ new Map();
  }
});

// src/core/net/http1/exchange.ts
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
var import_node_http2, MAX_HEAD_BYTES, MAX_WIRE_BYTES, RESERVED, BODY_METHODS, init_exchange = __esm({
  "src/core/net/http1/exchange.ts"() {
    "use strict";
    import_node_http2 = require("node:http");
    init_body();
    init_connect();
    init_proxy();
    init_tunnel();
    init_warm_connections();
    init_tunnel();
    MAX_HEAD_BYTES = 16 * 1024, MAX_WIRE_BYTES = 2 * 33554432, RESERVED = /* @__PURE__ */ new Set(["host", "connection", "content-length", "transfer-encoding"]), BODY_METHODS = /* @__PURE__ */ new Set(["POST", "PUT", "PATCH"]);
  }
});

// src/core/net/http.ts
function testRetryScale(url, env = process.env) {
  let value = env[TEST_RETRY_SCALE_VARIABLE]?.trim() ?? "", scale = /^\d+(\.\d+)?$/.test(value) ? Number(value) : 1;
  try {
    return scale < 1 && isLoopbackHost(new URL(url).hostname) ? scale : 1;
  } catch {
    return 1;
  }
}
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
var ReceivedHeaders, DEFAULT_RETRY_POLICY, DEFAULT_TIMEOUT_MS, MIN_PACED_DELAY_MS, MAX_ATTEMPTS, DEFAULT_USER_AGENT, TEST_RETRY_SCALE_VARIABLE, RETRYABLE_STATUS, HttpClient, init_http = __esm({
  "src/core/net/http.ts"() {
    "use strict";
    init_errors();
    init_loopback();
    init_failures();
    init_exchange();
    init_warm_connections();
    ReceivedHeaders = class {
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
    RETRYABLE_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
    HttpClient = class {
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
  }
});

// src/core/net/host-http.ts
function httpClientFor(host, options = {}) {
  return new HttpClient({ log: (message) => host.debug(message), proxy: host.httpProxy?.(), ...options });
}
var init_host_http = __esm({
  "src/core/net/host-http.ts"() {
    "use strict";
    init_http();
  }
});

// src/core/safety/signals.ts
function stopSignals(platform = process.platform) {
  return platform === "win32" ? WINDOWS_STOP_SIGNALS : STOP_SIGNALS;
}
function interruption() {
  return received;
}
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
function watchStopSignals(onSignal, source2 = process, platform = process.platform) {
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
      source2.on(signal, handler), handlers.push([signal, handler]);
    } catch {
    }
  }
  return () => {
    for (let [signal, handler] of handlers) source2.off(signal, handler);
  };
}
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
var STOP_SIGNALS, WINDOWS_STOP_SIGNALS, SIGNAL_GRACE_MS, InterruptedError, received, listeners, abandonHooks, init_signals = __esm({
  "src/core/safety/signals.ts"() {
    "use strict";
    STOP_SIGNALS = ["SIGINT", "SIGTERM"], WINDOWS_STOP_SIGNALS = ["SIGINT", "SIGBREAK", "SIGTERM"];
    SIGNAL_GRACE_MS = 5e3, InterruptedError = class extends Error {
      constructor(signal) {
        super(`Stopped on ${signal} before starting a new request.`);
        this.signal = signal;
        this.name = "InterruptedError";
      }
      signal;
    }, listeners = /* @__PURE__ */ new Set();
    abandonHooks = /* @__PURE__ */ new Set();
  }
});

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
var MAX_COUNT, init_credentials2 = __esm({
  "src/core/git/credentials.ts"() {
    "use strict";
    init_endpoints();
    MAX_COUNT = 2 ** 31 - 1;
  }
});

// src/core/steps/later-steps.ts
function handToLaterSteps(host, env, settings, token) {
  if (settings.gitCredentials) {
    let variables = gitAuthorizationVariables(
      env,
      settings.azureDevOpsUrl,
      settings.organization,
      token.authorization
    );
    for (let [name, value] of Object.entries(variables))
      host.exportVariable(name, value, { secret: !1 });
    host.info(
      `Later steps' git commands authenticate to ${settings.azureDevOpsUrl}/${settings.organization}/${token.kind}.`
    );
  }
  settings.exportVariable && (host.exportVariable(settings.exportVariable, token.value, { secret: !0 }), host.info(`Exported the token to later steps as ${settings.exportVariable}.`));
}
var init_later_steps = __esm({
  "src/core/steps/later-steps.ts"() {
    "use strict";
    init_credentials2();
  }
});

// src/core/steps/outputs.ts
function setMintOutputs(host, result) {
  host.setOutput("token", result.token, { secret: !0 }), host.setOutput("basic-auth", result.basicAuth, { secret: !0 }), host.setOutput("authorization-id", result.authorizationId, { secret: !1 }), host.setOutput("expires-at", result.expiresAt, { secret: !1 }), host.setOutput("scopes", neutralizeCommands(result.scopes), { secret: !1 }), host.setOutput("display-name", neutralizeCommands(result.displayName), { secret: !1 });
}
var init_outputs = __esm({
  "src/core/steps/outputs.ts"() {
    "use strict";
    init_log_safety();
  }
});

// src/core/steps/state.ts
function savePending(host, organization, endpoints, displayName) {
  host.saveState(KEYS.organization, organization), host.saveState(KEYS.authorityHost, endpoints.authorityHost), host.saveState(KEYS.vsspsUrl, endpoints.vsspsUrl), host.saveState(KEYS.azureDevOpsUrl, endpoints.azureDevOpsUrl), host.saveState(KEYS.displayName, displayName);
}
function saveCreateAnswerLost(host) {
  host.saveState(KEYS.createAnswerLost, "true");
}
function untilCreated(host, create) {
  return whileInFlight(create, () => saveCreateAnswerLost(host));
}
function saveMinted(host, authorizationId, expiresAt) {
  host.saveState(KEYS.authorizationId, authorizationId), host.saveState(KEYS.expiresAt, expiresAt);
}
function saveBearer(host, expiresAt) {
  host.saveState(KEYS.tokenType, "entra"), host.saveState(KEYS.expiresAt, expiresAt);
}
function readState(host) {
  let get = (key) => host.getState(key), authorityHost = get(KEYS.authorityHost), vsspsUrl = get(KEYS.vsspsUrl), azureDevOpsUrl = get(KEYS.azureDevOpsUrl);
  return {
    displayName: get(KEYS.displayName),
    authorizationId: get(KEYS.authorizationId),
    createAnswerLost: get(KEYS.createAnswerLost) === "true",
    expiresAt: get(KEYS.expiresAt),
    organization: get(KEYS.organization),
    tokenType: get(KEYS.tokenType) === "entra" ? "entra" : void 0,
    dryRun: get(KEYS.dryRun) === "true",
    endpoints: authorityHost && vsspsUrl && azureDevOpsUrl ? { authorityHost, vsspsUrl, azureDevOpsUrl } : void 0
  };
}
function settleFailedCreate(host, error, answerLost) {
  !answerLost && error instanceof ActionableError && error.notApplied && host.clearState();
}
var KEYS, init_state = __esm({
  "src/core/steps/state.ts"() {
    "use strict";
    init_errors();
    init_signals();
    KEYS = {
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
  }
});

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
var init_summary = __esm({
  "src/core/steps/summary.ts"() {
    "use strict";
  }
});

// src/core/steps/mint-bearer.ts
async function mintBearer(host, deps = {}) {
  let { settings, warnings } = parseBearerSettings((name) => host.getInput(name), {
    organization: host.runContext().organization
  });
  for (let warning of warnings) host.warning(warning);
  let http = deps.http ?? httpClientFor(host, { sleep: interruptibleSleep }), context = credentialContext(host, http, settings.endpoints);
  host.info(
    `Requesting an Entra access token for Azure DevOps as the job identity (app ${settings.identity.clientId}).`
  );
  let token = await jobAzureDevOpsToken(context, settings.identity);
  throwIfInterrupted();
  let expiresAt = token.expiresOn.toISOString();
  saveBearer(host, expiresAt);
  let result = {
    token: token.accessToken,
    basicAuth: "",
    authorizationId: "",
    expiresAt,
    scopes: token.scope,
    displayName: ""
  };
  return setMintOutputs(host, result), handToLaterSteps(
    host,
    deps.env ?? process.env,
    { ...settings, azureDevOpsUrl: settings.endpoints.azureDevOpsUrl },
    {
      value: token.accessToken,
      authorization: `Bearer ${token.accessToken}`,
      kind: " with the bearer token"
    }
  ), host.addSummary(
    bearerSummary({
      organization: settings.organization,
      clientId: settings.identity.clientId,
      scopes: result.scopes,
      expiresAt
    })
  ), host.info(
    `Issued an Entra access token for Azure DevOps (app ${settings.identity.clientId}), scopes ${result.scopes}, expires ${expiresAt}. Use it as "Authorization: Bearer"; it is not revoked at the end of the job.`
  ), result;
}
var init_mint_bearer = __esm({
  "src/core/steps/mint-bearer.ts"() {
    "use strict";
    init_context2();
    init_job_identity_token();
    init_bearer_settings();
    init_host_http();
    init_signals();
    init_later_steps();
    init_outputs();
    init_state();
    init_summary();
  }
});

// src/core/consumers/az.ts
var az, init_az = __esm({
  "src/core/consumers/az.ts"() {
    "use strict";
    az = {
      readsIt: "az devops",
      exports: ({ token }) => ({
        variables: [{ name: "AZURE_DEVOPS_EXT_PAT", value: token, secret: !0 }],
        files: []
      })
    };
  }
});

// src/core/consumers/renovate.ts
var renovate, init_renovate = __esm({
  "src/core/consumers/renovate.ts"() {
    "use strict";
    renovate = {
      readsIt: "Renovate",
      exports: ({ token }) => ({
        variables: [{ name: "RENOVATE_TOKEN", value: token, secret: !0 }],
        files: []
      })
    };
  }
});

// src/core/consumers/terraform.ts
var terraform, init_terraform = __esm({
  "src/core/consumers/terraform.ts"() {
    "use strict";
    terraform = {
      readsIt: "the Terraform and Pulumi azuredevops providers",
      exports: ({ token, azureDevOpsUrl, organization }) => ({
        variables: [
          { name: "AZDO_PERSONAL_ACCESS_TOKEN", value: token, secret: !0 },
          { name: "AZDO_ORG_SERVICE_URL", value: `${azureDevOpsUrl}/${organization}`, secret: !1 }
        ],
        files: []
      })
    };
  }
});

// src/core/consumers/catalogue.ts
var CONSUMERS, init_catalogue = __esm({
  "src/core/consumers/catalogue.ts"() {
    "use strict";
    init_az();
    init_npm();
    init_nuget();
    init_renovate();
    init_terraform();
    CONSUMERS = {
      az,
      terraform,
      nuget,
      npm,
      renovate
    };
  }
});

// src/core/consumers/export.ts
function exportForConsumers(host, names, input) {
  for (let name of names) {
    if (name === "git") continue;
    let consumer = CONSUMERS[name], { variables, files } = consumer.exports(input);
    for (let variable2 of variables) variable2.secret && maskSecret(host, variable2.value);
    let exported = [...variables];
    for (let file of files)
      exported.push({ name: file.pathVariable, value: writeConsumerFile(host, file), secret: !1 });
    for (let variable2 of exported) host.exportVariable(variable2.name, variable2.value, { secret: !1 });
    host.info(
      `For ${consumer.readsIt}: exported ${exported.map((variable2) => variable2.name).join(", ")} to later steps.`
    );
  }
}
var init_export = __esm({
  "src/core/consumers/export.ts"() {
    "use strict";
    init_secrets();
    init_catalogue();
    init_files2();
  }
});

// src/core/inputs/credential-settings.ts
function present(read, name) {
  return readInput(read, name, !0) !== void 0;
}
function chooseSource(read) {
  let auth = readInput(read, "auth"), found = CREDENTIAL_INPUTS2.filter((name) => present(read, name)), selected = CREDENTIAL_SOURCES.filter(
    (source2) => SELECTING_INPUTS[source2].some((name) => present(read, name))
  ), listed3 = found.length > 0 ? `found: ${found.map(inputRef).join(", ")}` : "no credential input was given";
  if (auth !== void 0) {
    let source2 = CREDENTIAL_SOURCES.find((s) => s === auth.toLowerCase());
    if (source2 === void 0)
      throw new InputError(
        "auth",
        `Input \`auth\` must name a credential source, got ${quoteInput(auth)}.`,
        `Use one of ${CREDENTIAL_SOURCES.join(", ")}, or leave \`auth\` empty to choose from the inputs given.`
      );
    let conflicting = selected.filter((s) => s !== source2);
    if (conflicting.length > 0)
      throw new InputError(
        "auth",
        `Input \`auth\` selects ${source2}, but inputs of ${conflicting.join(" and ")} were also given (${listed3}).`,
        `Give only the inputs of one source. ${SOURCE_REQUIREMENTS}`
      );
    return source2;
  }
  if (selected.length === 1 && selected[0] !== void 0) return selected[0];
  throw new InputError(
    "auth",
    selected.length === 0 ? `No credential source given (${listed3}).` : `Several credential sources given: ${selected.join(" and ")} (${listed3}); exactly one is allowed.`,
    `Give the inputs of exactly one source. ${SOURCE_REQUIREMENTS}`
  );
}
function required(read, source2, name, keepWhitespace = !1) {
  let value = readInput(read, name, keepWhitespace);
  if (value !== void 0) return value;
  throw new InputError(
    name,
    `The ${source2} credential source needs input ${inputRef(name)}, which was not given.`,
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
function build(read, source2) {
  switch (source2) {
    case "refresh-token":
      return {
        source: source2,
        refreshToken: checkTokenShape("refresh-token", required(read, source2, "refresh-token")),
        clientId: parseGuid("client-id", required(read, source2, "client-id")),
        tenantId: tenant(read),
        entraScope: entraScope(read)
      };
    case "access-token":
      return { source: source2, accessToken: checkTokenShape("access-token", required(read, source2, "access-token")) };
    case "password": {
      let username = required(read, source2, "username");
      if (hasWhitespaceOrControl(username))
        throw new InputError(
          "username",
          `Input \`username\` must be a sign-in name without spaces, got ${quoteInput(username)}.`,
          "Use the user principal name, e.g. bot@contoso.onmicrosoft.com."
        );
      return {
        source: source2,
        username,
        password: required(read, source2, "password", !0),
        clientId: parseGuid("client-id", required(read, source2, "client-id")),
        tenantId: tenant(read),
        entraScope: entraScope(read)
      };
    }
    case "key-vault": {
      let tenantId = tenant(read);
      return {
        source: source2,
        keyVaultUrl: parseEndpointUrl(
          "key-vault-url",
          required(read, source2, "key-vault-url"),
          allowsCustomEndpoints(read)
        ),
        keyVaultSecret: parseKeyVaultSecretName(
          "key-vault-secret",
          required(read, source2, "key-vault-secret")
        ),
        azureClientId: parseGuid("azure-client-id", jobClientId2(read), "the job identity's client id"),
        azureTenantId: jobTenant(read, tenantId),
        clientId: parseGuid("client-id", required(read, source2, "client-id")),
        tenantId,
        entraScope: entraScope(read)
      };
    }
    case "azure-cli":
      return { source: source2 };
  }
}
function jobClientId2(read) {
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
function parseCredential(read) {
  let source2 = chooseSource(read), credential = build(read, source2), warnings = [], ignored = CREDENTIAL_INPUTS2.filter(
    (name) => !SOURCE_INPUTS[source2].includes(name) && present(read, name)
  );
  return ignored.length > 0 && warnings.push(
    `Ignoring ${ignored.map(inputRef).join(", ")}: the ${source2} credential source does not use them.`
  ), (source2 === "access-token" || source2 === "azure-cli") && entraScope(read) === "default" && warnings.push(
    `Ignoring ${inputRef("entra-scope")}: the ${source2} credential source requests no Entra token itself.`
  ), credential.source === "key-vault" && warnings.push(...customEndpointWarnings([["key-vault-url", credential.keyVaultUrl]])), source2 === "password" && warnings.push(
    "The password source uses the resource-owner password flow, which Microsoft has deprecated and which fails for accounts with MFA or Conditional Access. Switch to the refresh-token source (obtain one with `ado-ephemeral-pat login`) or the key-vault source."
  ), { credential, warnings };
}
var CREDENTIAL_SOURCES, SELECTING_INPUTS, SOURCE_INPUTS, CREDENTIAL_INPUTS2, SOURCE_REQUIREMENTS, NO_JOB_IDENTITY_ON_CLI, MULTI_TENANT_ALIASES, init_credential_settings = __esm({
  "src/core/inputs/credential-settings.ts"() {
    "use strict";
    init_characters();
    init_errors();
    init_endpoints();
    init_entra_scope();
    init_names();
    init_log_safety();
    init_validate();
    CREDENTIAL_SOURCES = [
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
    NO_JOB_IDENTITY_ON_CLI = "The command line has no job identity to read a Key Vault with: use the refresh-token source (`refresh-token` and `client-id`), or the key-vault source in the GitHub Action or Azure Pipelines task.";
    MULTI_TENANT_ALIASES = /* @__PURE__ */ new Set(["organizations", "common", "consumers"]);
  }
});

// src/core/inputs/export-for.ts
function parseExportFor(raw) {
  if (raw === void 0) return [];
  let names = /* @__PURE__ */ new Set();
  for (let token of raw.split(SEPARATORS2).filter((part) => part !== "")) {
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
var CONSUMER_NAMES, SEPARATORS2, init_export_for = __esm({
  "src/core/inputs/export-for.ts"() {
    "use strict";
    init_errors();
    init_names();
    init_log_safety();
    CONSUMER_NAMES = ["az", "terraform", "nuget", "npm", "renovate", "git"], SEPARATORS2 = /[\s,]+/;
  }
});

// src/core/inputs/feeds.ts
function examples(organization) {
  return `https://pkgs.dev.azure.com/${organization}/_packaging/<feed>/npm/registry/ or https://pkgs.dev.azure.com/${organization}/_packaging/<feed>/nuget/v3/index.json`;
}
function refuse3(raw, problem, organization) {
  throw new InputError(
    "feeds",
    `Input ${inputRef("feeds")} has ${quoteInput(raw, 200)}, which ${problem}.`,
    `List Azure Artifacts feed URLs of the organization, e.g. ${examples(organization)} (a project feed has the project after the organization).`
  );
}
function isOrganizationFeed(url, organization) {
  let org = organization.toLowerCase(), firstSegment = decodeURIComponent(url.pathname.split("/")[1] ?? "").toLowerCase(), host = url.hostname.toLowerCase();
  return host === "pkgs.dev.azure.com" || isLoopbackHost(host) ? firstSegment === org : host === `${org}.pkgs.visualstudio.com`;
}
function parseFeed(raw, organization) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return refuse3(raw, "is not a URL", organization);
  }
  if (url.protocol !== "https:" && refuse3(raw, "is not an https URL", organization), (url.username || url.password) && refuse3(raw, "carries a user name or password", organization), (url.search || url.hash) && refuse3(raw, "has a query or fragment", organization), isOrganizationFeed(url, organization) || refuse3(
    raw,
    `is not an Azure Artifacts host of the organization ${quoteInput(organization)}`,
    organization
  ), NPM_PATH.test(url.pathname)) {
    let path9 = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
    return { kind: "npm", url: `${url.origin}${path9}` };
  }
  return NUGET_PATH.test(url.pathname) ? { kind: "nuget", url: url.href } : refuse3(raw, "is neither an npm registry nor a NuGet endpoint of a feed", organization);
}
function parseFeeds(raw, organization, exportFor) {
  let feeds = { npm: [], nuget: [] };
  for (let token of (raw ?? "").split(SEPARATORS3).filter((part) => part !== "")) {
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
var SEPARATORS3, NPM_PATH, NUGET_PATH, init_feeds = __esm({
  "src/core/inputs/feeds.ts"() {
    "use strict";
    init_errors();
    init_loopback();
    init_names();
    init_log_safety();
    SEPARATORS3 = /[\s,]+/, NPM_PATH = /\/_packaging\/[^/]+\/npm\/registry\/?$/i, NUGET_PATH = /\/_packaging\/[^/]+\/nuget\//i;
  }
});

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
var init_settings = __esm({
  "src/core/inputs/settings.ts"() {
    "use strict";
    init_credential_settings();
    init_endpoints();
    init_errors();
    init_export_for();
    init_feeds();
    init_lifetime();
    init_organization();
    init_names();
    init_scopes2();
    init_validate();
  }
});

// src/core/inputs/token-type.ts
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
var TOKEN_TYPES, init_token_type = __esm({
  "src/core/inputs/token-type.ts"() {
    "use strict";
    init_errors();
    init_log_safety();
    init_validate();
    TOKEN_TYPES = ["pat", "entra"];
  }
});

// src/core/steps/mint.ts
async function mint(host, deps = {}) {
  if (maskSecretInputs(host), readTokenType((name) => host.getInput(name)) === "entra") return mintBearer(host, deps);
  let { settings, warnings } = parseSettings((name) => host.getInput(name), {
    organization: host.runContext().organization
  });
  for (let warning of warnings) host.warning(warning);
  let http = deps.http ?? httpClientFor(host, { sleep: interruptibleSleep }), { credential, pats } = connectBot(host, http, settings, settings.credential), accessToken = credential.getAccessToken();
  pats.preconnect(), await accessToken;
  let { name: displayName, shortened } = planDisplayName(
    settings.displayName,
    host.runContext(),
    (deps.suffix ?? randomSuffix)()
  );
  shortened && host.warning(
    `The token's display name was shortened to fit Azure DevOps' limit of ${DISPLAY_NAME_MAX_ENCODED_LENGTH} characters after HTML encoding (the "${DISPLAY_NAME_PREFIX}: " prefix and the unique suffix included); kept: ${quoteInput(displayName, DISPLAY_NAME_MAX_ENCODED_LENGTH)}. Give a shorter ${inputRef("display-name")} to choose what it says.`
  ), savePending(host, settings.organization, settings.endpoints, displayName);
  let now = deps.now ?? (() => /* @__PURE__ */ new Date()), validTo = new Date(now().getTime() + settings.lifetime.milliseconds), scopeText = settings.scopes.join(" ");
  host.info(
    `Minting a PAT in ${settings.organization} with ${scopeText}, valid for ${settings.lifetime.text}.`
  ), throwIfInterrupted();
  let scale = testRetryScale(settings.endpoints.vsspsUrl), answerLost = !1, pat = await untilCreated(
    host,
    () => createReconciled(pats, { displayName, scope: settings.scopes, validTo }, host, {
      sleep: (ms) => interruptibleSleep(ms * scale),
      onAnswerLost: () => {
        answerLost = !0, saveCreateAnswerLost(host);
      }
    })
  ).catch((error) => {
    throw settleFailedCreate(host, error, answerLost), error;
  }), basic = basicAuth(pat.token);
  maskSecret(host, basic);
  let expiresAt = new Date(pat.validTo).toISOString();
  saveMinted(host, pat.authorizationId, expiresAt), Date.parse(pat.validTo) < validTo.getTime() - LIFETIME_TOLERANCE_MS && host.warning(
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
  return setMintOutputs(host, result), handToLaterSteps(
    host,
    deps.env ?? process.env,
    { ...settings, azureDevOpsUrl: settings.endpoints.azureDevOpsUrl },
    { value: pat.token, authorization: `Basic ${basic}`, kind: "" }
  ), exportForConsumers(host, settings.exportFor, {
    token: pat.token,
    organization: settings.organization,
    azureDevOpsUrl: settings.endpoints.azureDevOpsUrl,
    feeds: settings.feeds
  }), host.addSummary(
    mintSummary({
      ...result,
      scopes: grantedScopes,
      organization: settings.organization,
      revoke: settings.revoke
    })
  ), host.info(
    `Minted "${displayName}" (authorization id ${pat.authorizationId}), scopes ${grantedScopes}, expires ${expiresAt}.`
  ), result;
}
var LIFETIME_TOLERANCE_MS, init_mint = __esm({
  "src/core/steps/mint.ts"() {
    "use strict";
    init_create_pat();
    init_mint_bearer();
    init_context2();
    init_display_name();
    init_export();
    init_host_http();
    init_http();
    init_secrets();
    init_names();
    init_settings();
    init_token_type();
    init_log_safety();
    init_signals();
    init_later_steps();
    init_outputs();
    init_state();
    init_summary();
    LIFETIME_TOLERANCE_MS = 6e4;
  }
});

// src/core/steps/run.ts
async function runStep(host, step, options = {}) {
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
    "error" in first && host.setFailed(describeError(first.error, host.platform)), onSignal = () => exit(typeof process.exitCode == "number" ? process.exitCode : 0);
    return;
  }
  let graceMs = options.graceMs ?? SIGNAL_GRACE_MS, timer, timeout = new Promise(
    (resolve) => timer = setTimeout(() => resolve(void 0), graceMs)
  ), settled = await Promise.race([work, timeout]);
  if (clearTimeout(timer), settled === void 0 && abandonInFlight(), options.interrupted) {
    exit(options.interrupted(first.signal, settled !== void 0 && !("error" in settled)));
    return;
  }
  host.setFailed(interruptedMessage(host, first.signal, settled, graceMs)), exit(1);
}
function interruptedMessage(host, signal, settled, graceMs) {
  let platform = host.platform, what = settled === void 0 ? `the request in flight did not finish within ${graceMs / 1e3} s and was abandoned` : "error" in settled ? settled.error instanceof InterruptedError ? "no new request was started" : `the request in flight failed: ${describeError(settled.error, platform)}` : "the request in flight finished and its result was saved", revoker = host.revokeCommand ? `\`${host.revokeCommand()}\`` : POST_STEP[platform];
  return `Stopped on ${signal} (the job was cancelled or timed out): ${what}. The saved state names any token this step created, by authorization id or display name, so ${revoker} revokes it` + (platform === "cli" ? "." : `; if ${POST_STEP[platform]} does not run, revoke it with \`npx ado-ephemeral-pat revoke\`.`);
}
var init_run = __esm({
  "src/core/steps/run.ts"() {
    "use strict";
    init_errors();
    init_platform_text();
    init_signals();
  }
});

// src/cli/formats.ts
function formatMint(format, outputs, exported, envPrefix) {
  if (format === "token") return `${outputs.token ?? ""}
`;
  if (format === "json") {
    let json2 = Object.fromEntries(OUTPUT_KEYS.map(([output, key]) => [key, outputs[output] ?? ""]));
    return `${JSON.stringify(json2, null, 2)}
`;
  }
  let lines = OUTPUT_KEYS.map(
    ([output]) => `export ${envPrefix}${output.toUpperCase().replace(/-/g, "_")}=${shellQuote(outputs[output] ?? "")}`
  );
  for (let variable2 of exported) lines.push(`export ${variable2.name}=${shellQuote(variable2.value)}`);
  return `${[TRACE_OFF, ...lines, TRACE_RESTORE].join(`
`)}
`;
}
function formatTable(header, rows) {
  let clean = (cell2) => neutralizeCommands(cell2).replace(/\n/g, " "), all = [header, ...rows].map((row) => row.map(clean)), widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  return all.map(
    (row) => row.map((cell2, i) => i === row.length - 1 ? cell2 : cell2.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  ).join(`
`).concat(`
`);
}
function json(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
var MINT_FORMATS, OUTPUT_KEYS, TRACE_FLAG, TRACE_OFF, TRACE_RESTORE, init_formats = __esm({
  "src/cli/formats.ts"() {
    "use strict";
    init_log_safety();
    init_shell_command();
    MINT_FORMATS = ["json", "env", "token"], OUTPUT_KEYS = [
      ["token", "token"],
      ["basic-auth", "basicAuth"],
      ["authorization-id", "authorizationId"],
      ["expires-at", "expiresAt"],
      ["scopes", "scopes"],
      ["display-name", "displayName"]
    ], TRACE_FLAG = "__ado_ephemeral_pat_xtrace", TRACE_OFF = `{ case $- in *x*) set +x; ${TRACE_FLAG}=1 ;; *) ${TRACE_FLAG}= ;; esac; } 2>/dev/null`, TRACE_RESTORE = `{ [ -z "$${TRACE_FLAG}" ] || set -x; unset ${TRACE_FLAG}; } 2>/dev/null`;
  }
});

// src/cli/inputs.ts
function inputOptions(names) {
  return Object.fromEntries(
    names.map((name) => [name, { type: SWITCHES.has(name) ? "boolean" : "string" }])
  );
}
function inputFlags(values, names) {
  let flags = {};
  for (let name of names) {
    let value = values[name];
    typeof value == "string" && (flags[name] = value), value === !0 && (flags[name] = "true");
  }
  return flags;
}
function warnSecretFlags(host, values) {
  for (let name of SECRET_INPUTS)
    typeof values[name] == "string" && host.warning(
      `--${name} on the command line is visible to other processes on this machine; set ${inputEnvName(name)} instead.`
    );
}
var CONNECTION_INPUTS, MINT_INPUTS, DOCTOR_INPUTS, SWITCHES, CONNECTION_HELP, COMMON_HELP, init_inputs = __esm({
  "src/cli/inputs.ts"() {
    "use strict";
    init_names();
    init_secrets();
    init_host();
    CONNECTION_INPUTS = [
      "organization",
      ...CREDENTIAL_INPUTS,
      ...ENDPOINT_INPUTS,
      "allow-custom-endpoints"
    ], MINT_INPUTS = [
      "organization",
      "scopes",
      "lifetime",
      "display-name",
      "git-credentials",
      "export-variable",
      "token-type",
      "export-for",
      "feeds",
      ...CREDENTIAL_INPUTS,
      ...ENDPOINT_INPUTS,
      ...OPT_IN_INPUTS
    ], DOCTOR_INPUTS = [
      "organization",
      "scopes",
      "lifetime",
      ...CREDENTIAL_INPUTS,
      ...ENDPOINT_INPUTS,
      ...OPT_IN_INPUTS
    ], SWITCHES = new Set(OPT_IN_INPUTS);
    CONNECTION_HELP = `Organization and credential (flag, or the variable in brackets):
  --organization <name|url>    Azure DevOps organization   [ADO_EPHEMERAL_PAT_ORGANIZATION]
  --refresh-token <token>      the bot user's refresh token (from \`login\`)   [ADO_EPHEMERAL_PAT_REFRESH_TOKEN]
  --client-id <guid>           the Entra app the refresh token belongs to   [ADO_EPHEMERAL_PAT_CLIENT_ID]
  --tenant-id <tenant>         the bot user's tenant (default: organizations)   [ADO_EPHEMERAL_PAT_TENANT_ID]
  --access-token <jwt>         a delegated Entra user token for Azure DevOps   [ADO_EPHEMERAL_PAT_ACCESS_TOKEN]
  --username, --password       resource-owner password flow (deprecated, no MFA)   [..._USERNAME, ..._PASSWORD]
  --key-vault-url, --key-vault-secret, --azure-client-id, --azure-tenant-id   Key Vault source
  --auth <source>              refresh-token | access-token | password | key-vault | azure-cli
  --entra-scope <setting>      granular (default: vso.pats + vso.pats_manage) or default (the resource's
                               .default, for an app consented only to user_impersonation)   [..._ENTRA_SCOPE]
  Secrets belong in the variables, not in flags: flags are visible in the process list.

Endpoints (sovereign clouds, the emulator):
  --authority-host <url>       default https://login.microsoftonline.com   [ADO_EPHEMERAL_PAT_AUTHORITY_HOST]
  --vssps-url <url>            default https://vssps.dev.azure.com   [ADO_EPHEMERAL_PAT_VSSPS_URL]
  --azure-devops-url <url>     default https://dev.azure.com   [ADO_EPHEMERAL_PAT_AZURE_DEVOPS_URL]
  --allow-custom-endpoints     allow hosts outside Microsoft's clouds (and loopback) in the endpoint flags and
                               --key-vault-url, with a warning   [ADO_EPHEMERAL_PAT_ALLOW_CUSTOM_ENDPOINTS=true]`, COMMON_HELP = `Common:
  --debug                      print debug lines (request retries, credential steps) to stderr
  -h, --help                   this help
Exit codes: 0 ok, 1 failure (doctor: a check failed), 2 usage or input error (no token created or revoked), 3 revocation failed.`;
  }
});

// src/cli/run.ts
function createHost(context, inputs, stateFile, npmrcFile) {
  let host = new CliHost({
    flags: inputFlags(context.values, inputs),
    inputs,
    env: context.io.env,
    writeErr: (text) => context.io.stderr(text),
    stderrIsPipe: context.io.stderrIsPipe,
    color: context.io.color,
    debug: context.debug,
    stateFile,
    npmrcFile
  });
  return maskSecretInputs(host), host;
}
async function guarded(host, step, onError) {
  try {
    return await step();
  } catch (error) {
    return host.setFailed(describeError(error, host.platform)), exitCodeFor(error, onError);
  }
}
function option(context, name, envName) {
  let value = context.values[name];
  if (typeof value == "string" && value.trim() !== "") return value;
  let fromEnv = envName ? context.io.env[envName] : void 0;
  return fromEnv === void 0 || fromEnv.trim() === "" ? void 0 : fromEnv;
}
var init_run2 = __esm({
  "src/cli/run.ts"() {
    "use strict";
    init_errors();
    init_secrets();
    init_host();
    init_exit_codes();
    init_inputs();
  }
});

// src/cli/usage.ts
function closest(word, known) {
  let best, bestDistance = 3;
  for (let candidate of known) {
    let distance = editDistance(word, candidate);
    distance < bestDistance && (best = candidate, bestDistance = distance);
  }
  return best;
}
function usageFromParseError(error, known) {
  let code = error.code, message = error instanceof Error ? error.message : String(error);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    let name = /'(-{1,2}[^'=]*)/.exec(message)?.[1] ?? "", guess = closest(name.replace(/^-+/, ""), known);
    return new UsageError(
      `Unknown option ${quoteInput(name, 60)}.`,
      guess ? `Did you mean --${guess}?` : void 0
    );
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return new UsageError(
      "Unexpected argument (not shown: it could be a secret). Every value belongs to a --flag.",
      "Check for a missing flag name or an unquoted value with spaces."
    );
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    let name = /'(--?[a-z0-9-]+)/i.exec(message)?.[1] ?? "an option";
    return message.includes("ambiguous") ? new UsageError(`The value of ${name} starts with a dash.`, `Write it as ${name}=<value>.`) : message.includes("does not take an argument") ? new UsageError(`${name} does not take a value.`) : new UsageError(`${name} needs a value.`);
  }
  return new UsageError("Invalid arguments.");
}
var UsageError, init_usage = __esm({
  "src/cli/usage.ts"() {
    "use strict";
    init_log_safety();
    init_scopes2();
    UsageError = class extends Error {
      constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = "UsageError";
      }
      hint;
    };
  }
});

// src/cli/commands/mint.ts
var mint_exports = {};
__export(mint_exports, {
  command: () => command
});
function parseFormat(raw) {
  let format = raw ?? "json";
  if (MINT_FORMATS.includes(format)) return format;
  throw new UsageError(`--format must be one of ${MINT_FORMATS.join(", ")}, got ${quoteInput(format, 40)}.`);
}
function checkStateFree(file) {
  let previous = readStateFile(file);
  if (previous === void 0) return;
  let name = previous.displayName, what = previous.authorizationId ? `still records the token "${name ?? ""}" (authorization id ${previous.authorizationId}), which was never revoked` : name ? `still records the token "${name}", whose create was sent but never confirmed: it may exist` : "exists but records no token: a mint stopped before creating one, or another mint is using it now";
  throw new ActionableError(
    "input",
    `The state file ${quote(file, 200)} ${what}.`,
    `Run \`ado-ephemeral-pat revoke --state-file ${shellArg(file)}\` first (it revokes what the file records and deletes it), or give another --state-file.`,
    { code: "state_file_in_use" }
  );
}
async function mintUntilStopped(host) {
  let failure2;
  if (await runStep(
    host,
    () => mint(host).catch((error) => {
      if (interruption()) throw error;
      failure2 = { error };
    }),
    { exit: (code) => process.exit(code === 0 ? EXIT.ok : EXIT.failure) }
  ), failure2) throw failure2.error;
}
function afterTokenRecorded(host, error, stateFile) {
  if (!host.savedState()) return error;
  let state = readState(host);
  if (!state.authorizationId && !state.displayName) return error;
  let name = quote(state.displayName ?? "", DISPLAY_NAME_MAX_ENCODED_LENGTH), token = state.authorizationId ? `The token ${name} (authorization id ${state.authorizationId}) was minted and stays valid until ${state.expiresAt ?? "it expires"}.` : `The token ${name} may have been created.`, revoke = `Revoke it: \`ado-ephemeral-pat revoke --state-file ${shellArg(stateFile)}\`.`;
  return error instanceof ActionableError ? new ActionableError(
    error.kind === "input" ? "server" : error.kind,
    `${error.message} ${token}`,
    `${revoke} ${error.fixOn(host.platform)}`,
    { code: error.code, status: error.status, cause: error }
  ) : new ActionableError("server", `${describeError(error, host.platform)} ${token}`, revoke, {
    cause: error
  });
}
async function run(context) {
  let format = parseFormat(option(context, "format")), output = option(context, "output");
  if (context.values.format === void 0 && output === void 0)
    throw new UsageError(
      "mint prints the token only where asked.",
      "Add --format json|env|token (stdout) or --output <file>."
    );
  let envPrefix = option(context, "env-prefix") ?? "ADO_PAT_";
  if (!ENV_NAME2.test(envPrefix))
    throw new UsageError("--env-prefix must be a shell variable name prefix, e.g. ADO_PAT_.");
  let stateFile = option(context, "state-file", "ADO_EPHEMERAL_PAT_STATE_FILE") ?? DEFAULT_STATE_FILE, npmrc = option(context, "npmrc"), host = createHost(context, MINT_INPUTS, stateFile, npmrc);
  return guarded(host, async () => {
    warnSecretFlags(host, context.values), refuseSharedPath([
      ["--output", output],
      ["--npmrc", npmrc],
      ["--state-file", stateFile]
    ]), output !== void 0 && checkWritablePath(output, "output"), npmrc !== void 0 && checkChosenPath(npmrc, "npmrc"), checkWritablePath(stateFile, "state file"), checkStateFree(stateFile), await mintUntilStopped(host).catch((error) => {
      throw afterTokenRecorded(host, error, stateFile);
    }), format !== "env" && host.exported.length > 0 && host.warning(
      "--git-credentials, --export-variable and --export-for print their variables only with --format env."
    );
    let text = formatMint(format, host.outputs, host.exported, envPrefix);
    try {
      output === void 0 ? context.io.stdout(text) : writePrivateFile(output, text, "output");
    } catch (error) {
      throw new ActionableError(
        "server",
        `The token was minted but could not be written out (${error instanceof Error ? error.message : String(error)}).`,
        `Revoke it: \`ado-ephemeral-pat revoke --state-file ${shellArg(stateFile)}\`.`,
        { cause: error }
      );
    }
    return output !== void 0 && host.info(`Wrote the ${format} result to ${output} (mode 0600).`), EXIT.ok;
  });
}
var ENV_NAME2, help, command, init_mint2 = __esm({
  "src/cli/commands/mint.ts"() {
    "use strict";
    init_display_name();
    init_files2();
    init_errors();
    init_log_safety();
    init_mint();
    init_run();
    init_state();
    init_shell_command();
    init_signals();
    init_files();
    init_state_file();
    init_exit_codes();
    init_formats();
    init_inputs();
    init_run2();
    init_usage();
    ENV_NAME2 = /^[A-Za-z_][A-Za-z0-9_]*$/, help = `Usage: ado-ephemeral-pat mint --organization <org> --scopes <scopes> (--format <f> | --output <file>) [flags]

Mints a PAT for the bot user and prints it only where asked. Logs go to stderr. The state file lets
\`revoke\` find the token later; it never holds a secret.

Token:
  --scopes <list>              scopes, space or comma separated: "vso.code_write" or "code_write"   [..._SCOPES]
  --lifetime <duration>        30m, 2h, 1d or ISO 8601 PT45M (default 1h; 5m..7d)   [..._LIFETIME]
  --display-name <name>        shown in Azure DevOps (default: from the CI job); a unique suffix is added
  --git-credentials <bool>     with --format env: print GIT_CONFIG_* variables so git uses the token
  --export-variable <NAME>     with --format env: also print \`export NAME=<token>\`
  --token-type pat|entra       pat (default); entra hands out the job identity's own Entra token, which
                               only the GitHub action and the Azure Pipelines task can obtain
  --export-for <tools>         with --format env: print the variables each tool reads: az, terraform (also
                               Pulumi), nuget, npm, renovate, git   [..._EXPORT_FOR]
  --feeds <urls>               Azure Artifacts feed URLs of the organization, for nuget and npm   [..._FEEDS]
  --npmrc <file>               where --export-for npm writes npm's config (mode 0600; default: a new file in
                               the temp dir); \`revoke\` deletes it
  --allow-token-scopes         allow vso.tokens and vso.tokenadministration, with a warning: such a PAT can
                               mint or manage tokens that outlive it   [..._ALLOW_TOKEN_SCOPES=true]

Result:
  --format json|env|token      json (default): {token, basicAuth, authorizationId, expiresAt, scopes,
                               displayName}; env: \`export ADO_PAT_TOKEN=\u2026\` lines for eval; token: the token
  -o, --output <file>          write the result there (mode 0600, replaced atomically, never via a symlink)
                               instead of stdout
  --env-prefix <PREFIX>        variable prefix for --format env (default ADO_PAT_)
  --state-file <file>          default ${DEFAULT_STATE_FILE}   [ADO_EPHEMERAL_PAT_STATE_FILE]

${CONNECTION_HELP}

${COMMON_HELP}
`;
    command = {
      name: "mint",
      help,
      options: {
        ...inputOptions(MINT_INPUTS),
        format: { type: "string" },
        output: { type: "string", short: "o" },
        "env-prefix": { type: "string" },
        "state-file": { type: "string" },
        npmrc: { type: "string" }
      },
      run
    };
  }
});

// src/core/steps/pat-session.ts
function openPatSession(host, deps = {}) {
  maskSecretInputs(host);
  let read = (name) => host.getInput(name), endpoints = parseEndpoints(read), organization = readOrganization(read, endpoints.azureDevOpsUrl, host.runContext().organization), { credential: settings, warnings } = parseCredential(read);
  for (let warning of [...endpointWarnings(endpoints), ...warnings]) host.warning(warning);
  let http = deps.http ?? httpClientFor(host), { pats } = connectBot(host, http, { organization, endpoints }, settings);
  return { organization, endpoints, pats };
}
var init_pat_session = __esm({
  "src/core/steps/pat-session.ts"() {
    "use strict";
    init_context2();
    init_credential_settings();
    init_endpoints();
    init_host_http();
    init_organization();
    init_secrets();
  }
});

// src/core/steps/revoke.ts
async function revokeMinted(host, deps = {}) {
  let revoked = [];
  return { outcome: await revokeSaved(host, deps, revoked), revoked };
}
async function revokeSaved(host, deps, revoked) {
  removeConsumerFiles(host);
  let state = readState(host);
  if (state.tokenType === "entra")
    return host.info(
      `Nothing to revoke: with \`token-type\` entra ${MAIN_STEP[host.platform]} handed out an Entra access token, which Azure DevOps cannot revoke; it stops working at ${state.expiresAt ?? "its expiry"}.`
    ), "not-revocable";
  if (!state.displayName && !state.authorizationId)
    return host.info(
      state.dryRun ? `Nothing to revoke: ${MAIN_STEP[host.platform]} was a dry run and kept no token.` : `Nothing to revoke: ${MAIN_STEP[host.platform]} did not mint a token.`
    ), "nothing-minted";
  maskSecretInputs(host);
  let what = describeToken(state);
  try {
    let read = (name) => host.getInput(name), keep = !state.dryRun && !parseBoolean("revoke", readInput(read, "revoke"), !0);
    if (keep && state.authorizationId && !state.createAnswerLost) return kept(host, what, state);
    let now = (deps.now ?? (() => /* @__PURE__ */ new Date()))();
    if (state.expiresAt && Date.parse(state.expiresAt) + CLOCK_SKEW_MS <= now.getTime())
      return host.info(`${capitalise(what)} expired at ${state.expiresAt}: nothing to revoke.`), "expired";
    if (!state.organization || !state.endpoints)
      throw new Error("the saved state is incomplete (organization or endpoints missing)");
    let target = { organization: state.organization, endpoints: state.endpoints };
    checkSavedTarget(read, target);
    let { credential: credentialSettings } = parseCredential(read), http = deps.http ?? httpClientFor(host, { retry: POST_RETRY }), { pats } = connectBot(host, http, target, credentialSettings);
    if (!state.authorizationId) {
      keep && host.info(`The job never received ${what} (revoke: false keeps only a token it received).`);
      let sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
      return await revokeByName(host, pats, state, sleep, revoked);
    }
    let outcome = keep ? kept(host, what, state) : await revokeById(host, pats, state.authorizationId, what, revoked);
    return state.createAnswerLost && state.displayName && await revokeLateCreates(host, pats, state.displayName, state.authorizationId, revoked), outcome;
  } catch (error) {
    return host.warning(`Could not revoke ${what}: ${whyAndWhatNow(host, error, state)}`), "failed";
  }
}
function whyAndWhatNow(host, error, state) {
  let byHand = handRevokeAdvice(state);
  if (!isTemporary(error)) return `${describeError(error, host.platform)} ${byHand}`;
  let command8 = host.revokeCommand?.(), fix = command8 ? `This is usually temporary: run \`${command8}\` again in a few minutes (the saved state was kept). ${byHand}` : byHand;
  return describeError(
    new ActionableError(error.kind, error.message, fix, {
      code: error.code,
      status: error.status,
      retryable: !0,
      cause: error
    }),
    host.platform
  );
}
function isTemporary(error) {
  return error instanceof ActionableError && error.retryable && (error.kind === "server" || error.kind === "throttled");
}
function kept(host, what, state) {
  return host.info(`Not revoking ${what} (revoke: false). It stays valid until ${state.expiresAt ?? "it expires"}.`), "skipped";
}
async function revokeById(host, pats, authorizationId, what, revoked) {
  return await pats.revoke(authorizationId) === "revoked" ? (revoked.push(authorizationId), host.info(`Revoked ${what}.`), "revoked") : (host.info(`${capitalise(what)} was already revoked or no longer exists: nothing to do.`), "already-gone");
}
async function revokeByName(host, pats, state, sleep, revoked) {
  let displayName = state.displayName ?? "", found = await pats.findActive(displayName);
  for (let wait of state.createAnswerLost ? LATE_COMMIT_WAITS_MS : []) {
    if (found.length > 0) break;
    host.info(
      `No token is named "${displayName}" yet, but a create answer was lost: the server may still commit it. Looking again in ${wait / 1e3} s.`
    ), await sleep(wait), found = await pats.findActive(displayName);
  }
  return await revokeEach(pats, found, revoked), found.length === 0 && state.createAnswerLost ? (host.warning(
    `No token named "${displayName}" was found, but the answer to a create request was lost in ${MAIN_STEP[host.platform]}, so the server may still complete it later. If a token of that name appears in the bot user's Personal access tokens, revoke it: run \`${cliCommand(["revoke", "--display-name", displayName, ...targetArgs(state)])}\`, or clean up on a schedule with \`${cliCommand(["sweep", "--older-than", "2h", ...targetArgs(state)])}\`.`
  ), "already-gone") : found.length === 0 ? (host.info(`No active token is named "${displayName}": ${MAIN_STEP[host.platform]} minted nothing.`), "already-gone") : (host.info(
    `${capitalise(MAIN_STEP[host.platform])} did not record the token's id; found ${found.length} token(s) named "${displayName}" and revoked them (${found.map((token) => token.authorizationId).join(", ")}).`
  ), "revoked");
}
async function revokeLateCreates(host, pats, displayName, received2, revoked) {
  let late = (await pats.findActive(displayName)).filter((token) => token.authorizationId !== received2);
  await revokeEach(pats, late, revoked), host.info(
    late.length === 0 ? `A create answer was lost in ${MAIN_STEP[host.platform]}; no other token is named "${displayName}".` : `A create answer was lost in ${MAIN_STEP[host.platform]} and the server committed it late: revoked ${late.length} more token(s) named "${displayName}" that the job never received (${late.map((token) => token.authorizationId).join(", ")}).`
  );
}
async function revokeEach(pats, tokens, revoked) {
  for (let token of tokens)
    await pats.revoke(token.authorizationId) === "revoked" && revoked.push(token.authorizationId);
}
function describeToken(state) {
  return state.authorizationId ? `the token "${state.displayName ?? ""}" (authorization id ${state.authorizationId})` : `the token "${state.displayName ?? ""}"`;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
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
function checkSavedTarget(read, saved) {
  let endpoints = parseEndpoints(read);
  for (let [key, input] of ENDPOINT_KEYS)
    if (endpoints[key] !== saved.endpoints[key])
      throw mismatch(input, saved.endpoints[key], endpoints[key]);
  let organization = readInput(read, "organization");
  if (organization === void 0) return;
  let given = parseOrganization(organization, endpoints.azureDevOpsUrl);
  if (given.toLowerCase() !== saved.organization.toLowerCase())
    throw mismatch("organization", saved.organization, given);
}
function mismatch(input, saved, given) {
  return new ActionableError(
    "input",
    `The saved state is for ${inputRef(input)} ${quoteInput(saved, 200)}, but this step's ${inputRef(input)} is ${quoteInput(given, 200)}. Nothing was sent: the bot's credential goes only where the inputs say.`,
    `Give the same ${inputRef(input)} as when the token was minted. A state file you did not write: delete it.`,
    { code: "state_mismatch" }
  );
}
var POST_RETRY, CLOCK_SKEW_MS, LATE_COMMIT_WAITS_MS, ENDPOINT_KEYS, init_revoke = __esm({
  "src/core/steps/revoke.ts"() {
    "use strict";
    init_files2();
    init_context2();
    init_errors();
    init_platform_text();
    init_host_http();
    init_credential_settings();
    init_endpoints();
    init_names();
    init_organization();
    init_validate();
    init_log_safety();
    init_secrets();
    init_shell_command();
    init_state();
    POST_RETRY = { attempts: 5, totalMs: 45e3 }, CLOCK_SKEW_MS = 5 * 6e4;
    LATE_COMMIT_WAITS_MS = [3e3, 7e3];
    ENDPOINT_KEYS = [
      ["authorityHost", "authority-host"],
      ["vsspsUrl", "vssps-url"],
      ["azureDevOpsUrl", "azure-devops-url"]
    ];
  }
});

// src/core/steps/revoke-handle.ts
function checkAuthorizationId(raw) {
  let id = raw.trim();
  if (!isGuid(id))
    throw new InputError(
      "authorization-id",
      `--authorization-id must be a GUID, got ${quoteInput(raw)}.`,
      "Use the authorization id that mint printed (e.g. 4ab5764f-4193-4f1d-b995-64144880b7d7), or `list` to find it."
    );
  return id;
}
async function revokeHandle(pats, handle, log) {
  if ("authorizationId" in handle) {
    let outcome = await pats.revoke(handle.authorizationId);
    return log.info(
      outcome === "revoked" ? `Revoked the token with authorization id ${handle.authorizationId}.` : `The token with authorization id ${handle.authorizationId} was already revoked or does not exist.`
    ), outcome === "revoked" ? { outcome: "revoked", revoked: [handle.authorizationId] } : { outcome: "already-gone", revoked: [] };
  }
  let found = await pats.findActive(handle.displayName), revoked = [];
  for (let token of found)
    await pats.revoke(token.authorizationId) === "revoked" && revoked.push(token.authorizationId);
  let name = quoteInput(handle.displayName, DISPLAY_NAME_MAX_ENCODED_LENGTH);
  return log.info(
    revoked.length > 0 ? `Revoked ${revoked.length} token(s) named ${name} (${revoked.join(", ")}).` : `No active token is named ${name}: nothing to revoke.`
  ), { outcome: revoked.length > 0 ? "revoked" : "already-gone", revoked };
}
var init_revoke_handle = __esm({
  "src/core/steps/revoke-handle.ts"() {
    "use strict";
    init_errors();
    init_display_name();
    init_log_safety();
    init_validate();
  }
});

// src/cli/commands/revoke.ts
var revoke_exports = {};
__export(revoke_exports, {
  command: () => command2
});
function chooseHandle(context) {
  let id = option(context, "authorization-id"), name = option(context, "display-name");
  if ([id, name, context.values["state-file"]].filter((value) => value !== void 0).length > 1)
    throw new UsageError("Give one handle: --state-file, --authorization-id or --display-name.");
  if (id !== void 0) return { authorizationId: checkAuthorizationId(id) };
  if (name !== void 0) return { displayName: name.trim() };
}
async function byStateFile(context, host, file) {
  let state = readStateFile(file);
  if (state === void 0)
    return host.info(
      `Nothing to revoke: there is no state file at ${quote(file, 200)} (mint did not get that far).`
    ), { outcome: "nothing-minted", revoked: [] };
  if (state.displayName || state.authorizationId) {
    let read = (name) => host.getInput(name);
    parseCredential(read);
    let saved = readState(host);
    saved.organization && saved.endpoints && checkSavedTarget(read, { organization: saved.organization, endpoints: saved.endpoints });
  }
  let { outcome, revoked } = await revokeMinted(host);
  return outcome === "failed" ? EXIT.revokeFailed : (removeStateFile(file), host.debug(`Deleted the state file ${file}.`), { outcome, revoked });
}
async function run2(context) {
  let handle = chooseHandle(context), stateFile = option(context, "state-file", "ADO_EPHEMERAL_PAT_STATE_FILE") ?? DEFAULT_STATE_FILE, host = createHost(context, CONNECTION_INPUTS, handle ? void 0 : stateFile);
  return guarded(
    host,
    async () => {
      warnSecretFlags(host, context.values);
      let report;
      if (handle === void 0) {
        let result = await byStateFile(context, host, stateFile);
        if (typeof result == "number") return result;
        report = result;
      } else {
        let { pats } = openPatSession(host);
        report = await revokeHandle(pats, handle, host);
      }
      return context.values.json === !0 && context.io.stdout(json(report)), EXIT.ok;
    },
    EXIT.revokeFailed
  );
}
var help2, command2, init_revoke2 = __esm({
  "src/cli/commands/revoke.ts"() {
    "use strict";
    init_credential_settings();
    init_log_safety();
    init_pat_session();
    init_revoke();
    init_revoke_handle();
    init_revoke();
    init_state();
    init_state_file();
    init_exit_codes();
    init_formats();
    init_inputs();
    init_run2();
    init_usage();
    help2 = `Usage: ado-ephemeral-pat revoke [--state-file <file> | --authorization-id <id> | --display-name <name>] [flags]

Revokes a token. Without a handle it reads the state file that \`mint\` wrote (and deletes it once the
token is revoked or gone): run it in a trap, after_script or post/finally block. A token that is already
revoked, expired or unknown counts as done.

Handles (one of):
  --state-file <file>          default ${DEFAULT_STATE_FILE}   [ADO_EPHEMERAL_PAT_STATE_FILE];
                               organization and endpoints come from the file
  --authorization-id <guid>    needs --organization
  --display-name <name>        the exact name mint printed; revokes every active token so named;
                               needs --organization

Output:
  --json                       print {"outcome", "revoked": [ids]} to stdout

${CONNECTION_HELP}

${COMMON_HELP}
`;
    command2 = {
      name: "revoke",
      help: help2,
      options: {
        ...inputOptions(CONNECTION_INPUTS),
        "state-file": { type: "string" },
        "authorization-id": { type: "string" },
        "display-name": { type: "string" },
        json: { type: "boolean" }
      },
      run: run2
    };
  }
});

// src/core/azure-devops/list-own.ts
async function listOwn(pats) {
  return (await pats.list({ filter: "active" })).filter((token) => isOwnDisplayName(token.displayName)).map(({ authorizationId, displayName, scope, validFrom, validTo }) => ({
    authorizationId,
    displayName,
    scope,
    validFrom,
    validTo
  })).sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.displayName.localeCompare(b.displayName));
}
var init_list_own = __esm({
  "src/core/azure-devops/list-own.ts"() {
    "use strict";
    init_display_name();
  }
});

// src/cli/commands/list.ts
var list_exports = {};
__export(list_exports, {
  command: () => command3
});
function isoTime(text) {
  let time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
function listed(token) {
  return {
    authorizationId: token.authorizationId,
    displayName: token.displayName,
    scopes: token.scope.split(/\s+/).filter(Boolean).join(" "),
    createdAt: isoTime(token.validFrom),
    expiresAt: isoTime(token.validTo)
  };
}
async function run3(context) {
  let host = createHost(context, CONNECTION_INPUTS);
  return guarded(host, async () => {
    warnSecretFlags(host, context.values);
    let { pats, organization } = openPatSession(host), tokens = (await listOwn(pats)).map(listed);
    if (context.values.json === !0)
      return context.io.stdout(json(tokens)), EXIT.ok;
    if (host.info(`${tokens.length} active token(s) minted by ado-ephemeral-pat in ${organization}.`), tokens.length > 0) {
      let rows = tokens.map((t) => [
        t.authorizationId,
        t.createdAt ?? "",
        t.expiresAt ?? "",
        t.scopes,
        t.displayName
      ]);
      context.io.stdout(
        formatTable(["AUTHORIZATION ID", "CREATED", "EXPIRES", "SCOPES", "DISPLAY NAME"], rows)
      );
    }
    return EXIT.ok;
  });
}
var help3, command3, init_list = __esm({
  "src/cli/commands/list.ts"() {
    "use strict";
    init_list_own();
    init_pat_session();
    init_exit_codes();
    init_formats();
    init_inputs();
    init_run2();
    help3 = `Usage: ado-ephemeral-pat list --organization <org> [--json] [flags]

Lists the active tokens of the bot user whose display name this tool built ("ado-ephemeral-pat: \u2026 [suffix]"),
oldest first. Tokens minted by hand or by other tools are not shown. Never prints a token's secret.

Output:
  --json                       a JSON array of {authorizationId, displayName, scopes, createdAt, expiresAt}:
                               the names and ISO 8601 times (milliseconds, UTC) of \`mint --format json\`

${CONNECTION_HELP}

${COMMON_HELP}
`;
    command3 = {
      name: "list",
      help: help3,
      options: { ...inputOptions(CONNECTION_INPUTS), json: { type: "boolean" } },
      run: run3
    };
  }
});

// src/core/steps/sweep.ts
function parseAge(input, raw) {
  let text = raw.trim().toLowerCase(), match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (text === "" || match === null)
    throw new InputError(
      input,
      `Invalid duration ${quoteInput(raw)}.`,
      "Use a duration such as `30m`, `2h`, `1d` or `1d12h`."
    );
  return ["d", "h", "m", "s"].reduce(
    (sum, unit, i) => sum + Number(match[i + 1] ?? 0) * (UNITS[unit] ?? 0),
    0
  );
}
async function sweep(pats, log, options) {
  let now = (options.now ?? (() => /* @__PURE__ */ new Date()))().getTime(), own = await listOwn(pats), matched = own.filter((token) => {
    let created = Date.parse(token.validFrom);
    return !Number.isNaN(created) && now - created >= options.olderThanMs;
  }), report = {
    dryRun: options.dryRun,
    olderThanMs: options.olderThanMs,
    matched,
    revoked: [],
    alreadyGone: [],
    failed: [],
    kept: own.length - matched.length
  };
  for (let token of matched) {
    let what = `"${token.displayName}" (authorization id ${token.authorizationId}, created ${token.validFrom})`;
    if (options.dryRun) {
      log.info(`Would revoke ${what}.`);
      continue;
    }
    try {
      let outcome = await pats.revoke(token.authorizationId);
      (outcome === "revoked" ? report.revoked : report.alreadyGone).push(token), log.info(outcome === "revoked" ? `Revoked ${what}.` : `${what} was already gone.`);
    } catch (error) {
      report.failed.push({ token, error: describeError(error, log.platform) }), log.warning(`Could not revoke ${what}: ${describeError(error, log.platform)}`);
    }
  }
  return report;
}
var UNITS, init_sweep = __esm({
  "src/core/steps/sweep.ts"() {
    "use strict";
    init_errors();
    init_list_own();
    init_log_safety();
    UNITS = { d: 864e5, h: 36e5, m: 6e4, s: 1e3 };
  }
});

// src/cli/commands/sweep.ts
var sweep_exports = {};
__export(sweep_exports, {
  command: () => command4
});
async function run4(context) {
  let olderThan = option(context, "older-than");
  if (olderThan === void 0) throw new UsageError("sweep needs --older-than, e.g. --older-than 2h.");
  let host = createHost(context, CONNECTION_INPUTS);
  return guarded(host, async () => {
    let olderThanMs = parseAge("older-than", olderThan);
    warnSecretFlags(host, context.values);
    let { pats, organization } = openPatSession(host), dryRun = context.values["dry-run"] === !0, report = await sweep(pats, host, { olderThanMs, dryRun }), age = formatDuration(olderThanMs);
    if (host.info(
      dryRun ? `Dry run: ${report.matched.length} token(s) in ${organization} older than ${age} would be revoked; ${report.kept} younger kept.` : `Revoked ${report.revoked.length} token(s) in ${organization} older than ${age} (${report.alreadyGone.length} already gone, ${report.failed.length} failed); ${report.kept} younger kept.`
    ), context.values.json === !0) {
      let { olderThanMs: _ms, ...rest } = report;
      context.io.stdout(json({ ...rest, olderThan: age }));
    }
    return report.failed.length > 0 ? EXIT.revokeFailed : EXIT.ok;
  });
}
var help4, command4, init_sweep2 = __esm({
  "src/cli/commands/sweep.ts"() {
    "use strict";
    init_lifetime();
    init_pat_session();
    init_sweep();
    init_exit_codes();
    init_formats();
    init_inputs();
    init_run2();
    init_usage();
    help4 = `Usage: ado-ephemeral-pat sweep --organization <org> --older-than <duration> [--dry-run] [--json] [flags]

Revokes the bot user's active tokens that this tool minted (by display name) and that were created longer
ago than --older-than. Run it on a schedule to clean up after runners that died before their revoke step.
Pick an age longer than your longest job: a younger token may belong to a job still running.

  --older-than <duration>      e.g. 2h, 90m, 1d (required)
  --dry-run                    list what would be revoked; revoke nothing
  --json                       print {dryRun, olderThan, matched, revoked, alreadyGone, failed, kept}

Exit code 3 when any revocation failed (the others are still revoked).

${CONNECTION_HELP}

${COMMON_HELP}
`;
    command4 = {
      name: "sweep",
      help: help4,
      options: {
        ...inputOptions(CONNECTION_INPUTS),
        "older-than": { type: "string" },
        "dry-run": { type: "boolean" },
        json: { type: "boolean" }
      },
      run: run4
    };
  }
});

// src/core/steps/doctor/checks.ts
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
var MARKS, init_checks = __esm({
  "src/core/steps/doctor/checks.ts"() {
    "use strict";
    init_errors();
    MARKS = { ok: "ok  ", fail: "FAIL", skip: "--  " };
  }
});

// src/core/steps/doctor/entra-scopes.ts
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
var ID, TITLE, NEEDED_SCOPES, BROAD_SCOPE, SAFE_ID2, init_entra_scopes = __esm({
  "src/core/steps/doctor/entra-scopes.ts"() {
    "use strict";
    init_jwt();
    init_token_client();
    init_log_safety();
    init_checks();
    ID = "entra-scopes", TITLE = "Entra scopes", NEEDED_SCOPES = ["vso.pats", "vso.pats_manage"], BROAD_SCOPE = "user_impersonation", SAFE_ID2 = /^[A-Za-z0-9.-]{1,100}$/;
  }
});

// src/core/steps/doctor/organization.ts
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
var ID2, TITLE2, init_organization2 = __esm({
  "src/core/steps/doctor/organization.ts"() {
    "use strict";
    init_pat_errors();
    init_server_text();
    init_names();
    init_checks();
    ID2 = "organization", TITLE2 = "organization";
  }
});

// src/core/steps/doctor/probe.ts
function probeScope(scopes) {
  return scopes.every((scope) => scope.startsWith("vso.packaging")) ? PACKAGING_PROBE_SCOPE : PROBE_SCOPE;
}
async function probe(host, pats, settings, deps) {
  let scope = probeScope(settings.scopes), ctx = host.runContext(), displayName = buildDisplayName(
    `doctor probe ${deriveBaseName(ctx)}`,
    ctx,
    (deps.suffix ?? randomSuffix)()
  );
  savePending(host, settings.organization, settings.endpoints, displayName);
  let token;
  try {
    token = await untilCreated(
      host,
      () => pats.create({
        displayName,
        scope: [scope],
        validTo: new Date(deps.now().getTime() + PROBE_LIFETIME_MS)
      })
    );
  } catch (error) {
    return settleFailedCreate(host, error, !1), [
      failed("allow-list", "PAT creation", error, host.platform),
      skip("lifetime", "maximum lifetime", "not checked: the probe token could not be created.")
    ];
  }
  saveMinted(host, token.authorizationId, new Date(token.validTo).toISOString());
  let saveExpiry = (wanted) => saveMinted(host, token.authorizationId, wanted.toISOString()), lifetime = await checkLifetime(pats, token, settings, deps.now, host.platform, saveExpiry), expiresAt = new Date(lifetime.validTo ?? token.validTo).toISOString();
  lifetime.validTo && saveMinted(host, token.authorizationId, expiresAt);
  let results = [
    ok(
      "allow-list",
      "PAT creation",
      `the bot user may create PATs in ${settings.organization}: a probe token "${displayName}" with ${scope} for 5 minutes was created.`
    ),
    lifetime.check
  ];
  return results.push(await revokeProbe(host, pats, token, settings, displayName, expiresAt)), results;
}
async function checkLifetime(pats, token, settings, now, platform, saveExpiry) {
  let id = "lifetime", title = "maximum lifetime", { milliseconds, text } = settings.lifetime;
  if (milliseconds <= PROBE_LIFETIME_MS)
    return { check: ok(id, title, `the probe token got the ${text} asked for.`) };
  let start = Date.parse(token.validFrom), wanted = new Date((Number.isNaN(start) ? now().getTime() : start) + milliseconds);
  saveExpiry(wanted);
  try {
    let updated = await pats.updateValidTo(token.authorizationId, wanted), granted = Date.parse(updated.validTo);
    return granted < wanted.getTime() - LIFETIME_TOLERANCE_MS2 ? { check: ok(
      id,
      title,
      `a tenant policy caps PAT lifetimes: a token asked for ${text} is granted only until ${new Date(granted).toISOString()} (the mint warns, and steps that use it must finish before then).`
    ), validTo: updated.validTo } : { check: ok(id, title, `a lifetime of ${text} is allowed.`), validTo: updated.validTo };
  } catch (error) {
    return { check: failed(id, title, error, platform) };
  }
}
async function revokeProbe(host, pats, token, settings, displayName, expiresAt) {
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
  return host.clearState(), ok("probe-revoked", "probe revoked", `the probe token "${displayName}" was revoked.`);
}
var PROBE_LIFETIME_MS, PROBE_SCOPE, PACKAGING_PROBE_SCOPE, LIFETIME_TOLERANCE_MS2, init_probe = __esm({
  "src/core/steps/doctor/probe.ts"() {
    "use strict";
    init_display_name();
    init_errors();
    init_revoke();
    init_state();
    init_checks();
    PROBE_LIFETIME_MS = 5 * 6e4, PROBE_SCOPE = "vso.profile", PACKAGING_PROBE_SCOPE = "vso.packaging", LIFETIME_TOLERANCE_MS2 = 6e4;
  }
});

// src/core/steps/doctor/index.ts
async function runDoctor(host, options) {
  maskSecretInputs(host);
  let { settings, warnings } = parseSettings((name) => host.getInput(name), {
    organization: host.runContext().organization
  });
  for (let warning of warnings) host.warning(warning);
  let http = options.http ?? httpClientFor(host), { credential, pats } = connectBot(host, http, settings, settings.credential), checks = [], report = (check) => {
    checks.push(check), host.info(checkLine(check));
  };
  host.info(
    `Checking ${settings.organization} for a PAT with ${settings.scopes.join(" ")}, valid for ${settings.lifetime.text}${options.probe ? ", with a probe token" : ""}. Nothing is minted${options.probe ? " but the probe" : ""}.`
  );
  let accessToken;
  try {
    accessToken = await credential.getAccessToken();
  } catch (error) {
    let check = failed("sign-in", "sign-in", error, host.platform);
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
    platform: host.platform
  });
  if (report(organization), organization.status === "fail") {
    for (let check of notRun(settings, "the organization check failed").slice(2)) report(check);
    return done(checks, settings);
  }
  let api = await checkPatApi(pats, host.platform);
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
  for (let check of await probe(host, pats, settings, { now, suffix: options.suffix })) report(check);
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
var init_doctor = __esm({
  "src/core/steps/doctor/index.ts"() {
    "use strict";
    init_context2();
    init_settings();
    init_host_http();
    init_secrets();
    init_checks();
    init_entra_scopes();
    init_organization2();
    init_probe();
  }
});

// src/cli/commands/doctor.ts
var doctor_exports = {};
__export(doctor_exports, {
  command: () => command5
});
async function run5(context) {
  let host = createHost(context, DOCTOR_INPUTS);
  return guarded(host, async () => {
    warnSecretFlags(host, context.values);
    let report = await runDoctor(host, {
      probe: context.values.probe === !0,
      probeHint: "run doctor with --probe"
    });
    context.values.json === !0 && context.io.stdout(json(report));
    let failed2 = report.checks.filter((check) => check.status === "fail").length;
    return failed2 > 0 ? (host.setFailed(`${failed2} check(s) failed; follow the fix on each FAIL line.`), EXIT.failure) : (host.info(`Every check passed in ${report.organization}.`), EXIT.ok);
  });
}
var help5, command5, init_doctor2 = __esm({
  "src/cli/commands/doctor.ts"() {
    "use strict";
    init_doctor();
    init_exit_codes();
    init_formats();
    init_inputs();
    init_run2();
    help5 = `Usage: ado-ephemeral-pat doctor --organization <org> --scopes <scopes> [--lifetime <d>] [--probe] [--json] [flags]

Checks, without minting, what a mint with the same flags needs, one line per check (ok, FAIL with the fix,
or -- when it cannot be seen): the credential signs in; its Entra token grants vso.pats and vso.pats_manage;
the organization exists and the bot user is a member; the PAT API accepts the token. Organization policies
(the PAT creation allow-list, a maximum lifetime) are not visible to users: --probe proves them by minting a
token with the smallest scope for 5 minutes, moving its expiry to --lifetime, and revoking it.

  --scopes <list>              the scopes the job will ask for   [ADO_EPHEMERAL_PAT_SCOPES]
  --lifetime <duration>        the lifetime the job will ask for (default 1h)   [ADO_EPHEMERAL_PAT_LIFETIME]
  --probe                      also mint and revoke a 5-minute probe token
  --json                       also print {ok, organization, checks: [{id, status, title, detail, fix}]}
  --allow-token-scopes         accept vso.tokens and vso.tokenadministration, as mint does with it
                               [..._ALLOW_TOKEN_SCOPES=true]

Exit code 1 when a check failed.

${CONNECTION_HELP}

${COMMON_HELP}
`;
    command5 = {
      name: "doctor",
      help: help5,
      options: {
        ...inputOptions(DOCTOR_INPUTS),
        probe: { type: "boolean" },
        json: { type: "boolean" }
      },
      run: run5
    };
  }
});

// src/core/credentials/refresh-token-file.ts
function refuse4(file, why, fix) {
  return new ActionableError(
    "input",
    `Refusing to write the refresh token to ${quote(file, 200)}: ${why}.`,
    fix,
    {
      code: "output_file_refused"
    }
  );
}
function existing(file) {
  try {
    return (0, import_node_fs8.lstatSync)(file);
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw error;
  }
}
function refuseUnusableDirectory(file) {
  let nearest = nearestExisting(file), where = quote(nearest.path, 200);
  if (!nearest.isDirectory)
    throw refuse4(file, `${where} is not a directory`, "Name a path whose directories are directories.");
  try {
    (0, import_node_fs8.accessSync)(nearest.path, import_node_fs8.constants.W_OK | import_node_fs8.constants.X_OK);
  } catch {
    throw refuse4(
      file,
      `you cannot create files in the directory ${where}`,
      "Name a path in a directory you can write to."
    );
  }
}
function checkSecretFileTarget(file, options) {
  refuseSymlinkedDirectory(file, "refresh token"), refuseUnusableDirectory(file);
  let found = existing(import_node_path7.default.resolve(file));
  if (found?.isSymbolicLink())
    throw refuse4(
      file,
      "it is a symbolic link",
      "Name a regular file path; the token is never written through a link."
    );
  if (found && !found.isFile()) throw refuse4(file, "it is not a regular file", "Name a file path.");
  if (found && !options.force)
    throw refuse4(file, "the file exists", "Pass --force to replace it, or name a new file.");
}
function writeSecretFile(file, value, options) {
  checkSecretFileTarget(file, options), (0, import_node_fs8.mkdirSync)(import_node_path7.default.dirname(import_node_path7.default.resolve(file)), { recursive: !0, mode: 448 });
  try {
    placePrivateFile(file, value, options.force ? "replace" : "create");
  } catch (error) {
    throw error.code === "EEXIST" ? refuse4(
      file,
      "the file appeared while signing in",
      "Pass --force to replace it, or name a new file."
    ) : error;
  }
}
var import_node_fs8, import_node_path7, init_refresh_token_file = __esm({
  "src/core/credentials/refresh-token-file.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs"), import_node_path7 = __toESM(require("node:path"));
    init_errors();
    init_log_safety();
    init_private_file();
  }
});

// src/core/steps/login.ts
function vaultStore(options, target) {
  let getToken = userVaultToken({
    authorityHost: options.authorityHost,
    vaultUrl: target.vaultUrl,
    mask: options.mask
  });
  return {
    /** Signs in to Key Vault before the device code flow, so a missing Azure identity wastes no sign-in. */
    check: getToken,
    client: new KeyVaultClient({
      vaultUrl: target.vaultUrl,
      http: options.http,
      getToken,
      mask: options.mask,
      who: "your Azure identity"
    })
  };
}
async function login(options) {
  let { target } = options, vault = target.kind === "key-vault" ? vaultStore(options, target) : void 0;
  target.kind === "file" && checkSecretFileTarget(target.file, { force: target.force }), await vault?.check();
  let entra = new EntraClient({
    authorityHost: options.authorityHost,
    tenantId: options.tenantId,
    http: options.http,
    mask: options.mask,
    sleep: options.sleep
  }), challenge = await entra.startDeviceCode({
    clientId: options.clientId,
    scopes: ENTRA_SCOPES[options.entraScope ?? "granular"]
  });
  options.prompt(challenge.message);
  let tokens = await entra.pollDeviceCode({ clientId: options.clientId, ...challenge });
  assertDelegatedUserToken(tokens.accessToken, ORIGIN4);
  let warning = patScopeWarning(tokens.accessToken, ORIGIN4);
  warning && options.warn(warning);
  let refreshToken = tokens.refreshToken;
  if (refreshToken === void 0)
    throw new ActionableError(
      "auth",
      "Microsoft Entra ID signed the user in but returned no refresh token.",
      "Check that the app registration allows public client flows and that the tenant does not block offline_access for it; then run `login` again.",
      { code: "no_refresh_token" }
    );
  let who = tokens.account ? `Signed in as ${tokens.account}.` : "Signed in.";
  switch (options.info(
    tokens.scope ? `The refresh token carries the scopes ${quote(tokens.scope, 500)}.` : "Microsoft Entra ID did not say which scopes the refresh token carries."
  ), target.kind) {
    case "print":
      return options.info(`${who} Printing the refresh token to stdout (--print).`), { refreshToken, account: tokens.account, scopes: tokens.scope };
    case "file":
      return writeSecretFile(target.file, refreshToken, { force: target.force }), options.info(`${who} Stored the refresh token in ${target.file} (readable by you only, mode 0600).`), { account: tokens.account, storedIn: target.file, scopes: tokens.scope };
    case "key-vault": {
      let stored = await vault.client.setSecret(
        target.secretName,
        refreshToken
      ), where = `the Key Vault secret ${target.secretName} in ${target.vaultUrl}`;
      return options.info(
        `${who} Stored the refresh token as a new version${stored.version ? ` (${stored.version})` : ""} of ${where}.`
      ), { account: tokens.account, storedIn: where, scopes: tokens.scope };
    }
  }
}
var ORIGIN4, init_login = __esm({
  "src/core/steps/login.ts"() {
    "use strict";
    init_refresh_token_file();
    init_key_vault_auth();
    init_key_vault_client();
    init_scopes();
    init_token_client();
    init_errors();
    init_jwt();
    init_log_safety();
    ORIGIN4 = "the device code sign-in";
  }
});

// src/cli/commands/login.ts
var login_exports = {};
__export(login_exports, {
  command: () => command6
});
function source(host, name) {
  return host.fromVariable(name) ? `--${name} (from ${inputEnvName(name)})` : `--${name}`;
}
function listed2(items) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function conflictHint(host, vault) {
  let variables = vault ? ["key-vault-url", "key-vault-secret"].filter((name) => host.fromVariable(name)).map(inputEnvName) : [];
  return variables.length === 0 ? "Keep one and drop the other flags." : `Keep one: drop the other flags, or unset ${listed2(variables)} (\`${["unset", ...variables].map(shellArg).join(" ")}\`).`;
}
function chooseTarget(context, host) {
  let read = (name) => host.getInput(name), output = option(context, "output"), vaultUrl = readInput(read, "key-vault-url"), secretName = readInput(read, "key-vault-secret"), print = context.values.print === !0, vault = [
    vaultUrl !== void 0 ? "key-vault-url" : "",
    secretName !== void 0 ? "key-vault-secret" : ""
  ].filter(Boolean).map((name) => source(host, name)), chosen = [...output !== void 0 ? ["--output"] : [], ...vault, ...print ? ["--print"] : []], stores = [output !== void 0, vault.length > 0, print].filter(Boolean).length;
  if (stores !== 1)
    throw new UsageError(
      "Say where to store the refresh token: exactly one of --output <file>, --key-vault-url with --key-vault-secret, or --print" + (stores === 0 ? "." : `; got ${listed2(chosen)}.`),
      stores === 0 ? void 0 : conflictHint(host, vault.length > 0)
    );
  if (context.values.force === !0 && output === void 0)
    throw new UsageError("--force goes with --output only.");
  if (output !== void 0) return { kind: "file", file: output, force: context.values.force === !0 };
  if (print) return { kind: "print" };
  if (vaultUrl === void 0 || secretName === void 0)
    throw new UsageError(
      `${listed2(vault)} needs its partner: --key-vault-url and --key-vault-secret go together.`
    );
  return {
    kind: "key-vault",
    vaultUrl: parseEndpointUrl("key-vault-url", vaultUrl, allowsCustomEndpoints(read)),
    secretName: parseKeyVaultSecretName("key-vault-secret", secretName)
  };
}
async function run6(context) {
  let host = createHost(context, LOGIN_INPUTS), read = (name) => host.getInput(name), target = chooseTarget(context, host), clientId = readInput(read, "client-id");
  if (clientId === void 0)
    throw new UsageError(
      "login needs --client-id: the Entra app registration the bot user signs in to.",
      "See docs/credentials.md to register one."
    );
  return guarded(host, async () => {
    let tenantRaw = readInput(read, "tenant-id"), { authorityHost } = parseEndpoints(read), endpoints = [["authority-host", authorityHost]];
    target.kind === "key-vault" && endpoints.push(["key-vault-url", target.vaultUrl]);
    for (let warning of customEndpointWarnings(endpoints)) host.warning(warning);
    let result = await login({
      clientId: parseGuid("client-id", clientId),
      tenantId: tenantRaw === void 0 ? "organizations" : parseTenant("tenant-id", tenantRaw),
      authorityHost,
      entraScope: parseEntraScope(readInput(read, "entra-scope")),
      target,
      http: httpClientFor(host),
      mask: (secret) => maskSecret(host, secret),
      prompt: (message) => host.info(message),
      info: (message) => host.info(message),
      warn: (message) => host.warning(message)
    });
    return result.refreshToken !== void 0 && context.io.stdout(`${result.refreshToken}
`), EXIT.ok;
  });
}
var LOGIN_INPUTS, help6, command6, init_login2 = __esm({
  "src/cli/commands/login.ts"() {
    "use strict";
    init_endpoints();
    init_host_http();
    init_login();
    init_secrets();
    init_entra_scope();
    init_validate();
    init_exit_codes();
    init_inputs();
    init_run2();
    init_host();
    init_shell_command();
    init_usage();
    LOGIN_INPUTS = [
      "client-id",
      "tenant-id",
      "authority-host",
      "key-vault-url",
      "key-vault-secret",
      "allow-custom-endpoints",
      "entra-scope"
    ], help6 = `Usage: ado-ephemeral-pat login --client-id <guid> (--output <file> | --key-vault-url <url> --key-vault-secret <name> | --print) [flags]

Signs the bot user in once with the device code flow (open the URL shown on stderr, enter the code, sign in
as the bot user and consent) for the Azure DevOps scopes vso.pats and vso.pats_manage (or, with
--entra-scope default, the resource's .default), prints the scopes Entra granted, then stores the
bot's refresh token for CI. Entra ID rotates it on each use; unused for 90 days, it expires: run login again.

Where to store the refresh token (exactly one):
  --output <file>              a new file readable by you only (mode 0600); never through a symlink;
                               missing directories are created (mode 0700)
  --force                      with --output: replace an existing file
  --key-vault-url <url>        a Key Vault secret (new version), written with your Azure identity
  --key-vault-secret <name>      (az login, or AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET...)
                               [ADO_EPHEMERAL_PAT_KEY_VAULT_URL, ADO_EPHEMERAL_PAT_KEY_VAULT_SECRET]
  --print                      print it to stdout only (pipe it straight into a secret store)

Sign-in:
  --client-id <guid>           the Entra app registration (public client flows allowed, delegated
                               vso.pats + vso.pats_manage)   [ADO_EPHEMERAL_PAT_CLIENT_ID]
  --tenant-id <tenant>         the bot user's tenant (default: organizations)   [ADO_EPHEMERAL_PAT_TENANT_ID]
  --entra-scope <setting>      granular (default): vso.pats + vso.pats_manage; default: the resource's
                               .default, for an app consented only to user_impersonation   [..._ENTRA_SCOPE]
  --authority-host <url>       default https://login.microsoftonline.com   [ADO_EPHEMERAL_PAT_AUTHORITY_HOST]
  --allow-custom-endpoints     allow --authority-host and --key-vault-url outside Microsoft's clouds (and
                               loopback), with a warning   [ADO_EPHEMERAL_PAT_ALLOW_CUSTOM_ENDPOINTS=true]

Examples:
  ado-ephemeral-pat login --client-id 00000000-0000-0000-0000-000000000000 --tenant-id contoso.onmicrosoft.com --output bot.token
  ado-ephemeral-pat login --client-id ... --tenant-id ... --print | gh secret set ADO_REFRESH_TOKEN
  ado-ephemeral-pat login --client-id ... --tenant-id ... --key-vault-url https://my-vault.vault.azure.net --key-vault-secret ado-bot-refresh-token

See docs/credentials.md.

${COMMON_HELP}
`;
    command6 = {
      name: "login",
      help: help6,
      options: {
        ...inputOptions(LOGIN_INPUTS),
        output: { type: "string" },
        force: { type: "boolean" },
        print: { type: "boolean" }
      },
      run: run6
    };
  }
});

// emulator/usage.ts
var EMULATOR_SUMMARY, EMULATOR_OPTIONS, init_usage2 = __esm({
  "emulator/usage.ts"() {
    "use strict";
    EMULATOR_SUMMARY = `Starts the ado-ephemeral-pat emulator (Entra ID + Azure DevOps PAT API + git + Key Vault + OIDC issuers)
on https://127.0.0.1 and prints one JSON line on stdout when it is ready. Everything else goes to stderr.`, EMULATOR_OPTIONS = `Options:
  --port N          listen on port N (default 0: any free port)
  --config FILE     seed config (JSON), deep-merged over the defaults
  --data-dir DIR    keep state in DIR (survives restarts); in memory when absent
  --ca-dir DIR      where the CA (ca.pem, ca-key.pem) lives; default <data-dir>/ca or a per-user temp dir
  --log-level L     silent, error, warn, info (default) or debug
  -h, --help        show this help
`;
  }
});

// src/cli/commands/emulator.ts
var emulator_exports = {};
__export(emulator_exports, {
  command: () => command7,
  emulatorBundle: () => emulatorBundle
});
function emulatorBundle(cliDir = __dirname) {
  return import_node_path8.default.join(cliDir, "..", "emulator", "index.js");
}
function run7(context) {
  if (context.args.some((arg) => arg === "--help" || arg === "-h"))
    return context.io.stdout(help7), Promise.resolve(EXIT.ok);
  let file = emulatorBundle();
  return (0, import_node_fs9.existsSync)(file) ? (process.argv = [process.argv[0] ?? process.execPath, file, ...context.args], (0, import_node_module.createRequire)(file)(file), new Promise(() => {
  })) : Promise.reject(
    new ActionableError(
      "input",
      `The emulator bundle is missing (${file}).`,
      "Install the published package, or run `npm run build` in a checkout.",
      { code: "emulator_missing" }
    )
  );
}
var import_node_fs9, import_node_module, import_node_path8, help7, command7, init_emulator = __esm({
  "src/cli/commands/emulator.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs"), import_node_module = require("node:module"), import_node_path8 = __toESM(require("node:path"));
    init_errors();
    init_usage2();
    init_exit_codes();
    help7 = `Usage: ado-ephemeral-pat emulator [flags]

${EMULATOR_SUMMARY}

${EMULATOR_OPTIONS}`;
    command7 = {
      name: "emulator",
      help: help7,
      options: {},
      passThrough: !0,
      run: run7
    };
  }
});

// src/cli/main.ts
var import_node_util = require("node:util");
init_errors();
init_log_safety();
init_host();
init_exit_codes();

// src/cli/registry.ts
var COMMANDS = {
  mint: {
    summary: "Mint a short-lived PAT; print it as json, env or token, or write it to a file.",
    load: () => Promise.resolve().then(() => (init_mint2(), mint_exports)).then((m) => m.command)
  },
  revoke: {
    summary: "Revoke a token by state file (default), --authorization-id or --display-name.",
    load: () => Promise.resolve().then(() => (init_revoke2(), revoke_exports)).then((m) => m.command)
  },
  list: {
    summary: "List the active tokens this tool minted for the bot user.",
    load: () => Promise.resolve().then(() => (init_list(), list_exports)).then((m) => m.command)
  },
  sweep: {
    summary: "Revoke this tool's active tokens older than --older-than (leftovers of dead jobs).",
    load: () => Promise.resolve().then(() => (init_sweep2(), sweep_exports)).then((m) => m.command)
  },
  doctor: {
    summary: "Check the credential, Entra scopes, organization and policies without minting (--probe: a probe token).",
    load: () => Promise.resolve().then(() => (init_doctor2(), doctor_exports)).then((m) => m.command)
  },
  login: {
    summary: "Sign the bot user in once (device code) and print its refresh token for the CI's secrets.",
    load: () => Promise.resolve().then(() => (init_login2(), login_exports)).then((m) => m.command)
  },
  emulator: {
    summary: "Run the local Azure DevOps + Entra ID emulator, to try the tool without an organization.",
    load: () => Promise.resolve().then(() => (init_emulator(), emulator_exports)).then((m) => m.command)
  }
};

// src/cli/main.ts
init_usage();

// package.json
var version = "1.0.0";

// src/cli/version.ts
var VERSION2 = version;

// src/cli/main.ts
var PROGRAM = "ado-ephemeral-pat";
function topHelp() {
  let names = Object.keys(COMMANDS), width = Math.max(...names.map((name) => name.length)), lines = names.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name]?.summary ?? ""}`);
  return `Mint a short-lived, minimally scoped Azure DevOps PAT for one CI job, and revoke it when the job ends.

Usage: ${PROGRAM} <command> [flags]

Commands:
${lines.join(`
`)}

Global flags:
  -h, --help      help (also: ${PROGRAM} <command> --help)
  -V, --version   print the version

Inputs are flags (--organization) or variables (ADO_EPHEMERAL_PAT_ORGANIZATION). Logs go to stderr; stdout
carries only the data asked for.
Exit codes: 0 ok, 1 failure, 2 usage or input error (no token created or revoked), 3 revocation failed.
Docs: https://github.com/ado-ephemeral-pat/ado-ephemeral-pat/blob/main/docs/cli.md
`;
}
function usageFailure(io, error, command8) {
  let more = command8 ? `${PROGRAM} ${command8} --help` : `${PROGRAM} --help`;
  return io.stderr(`error: ${error.message}${error.hint ? ` ${error.hint}` : ""}
See \`${more}\`.
`), EXIT.usage;
}
var GLOBAL_OPTIONS = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" }
};
function parse(command8, args) {
  let options = { ...command8.options, ...GLOBAL_OPTIONS };
  try {
    return (0, import_node_util.parseArgs)({ args, options, strict: !0, allowPositionals: !1 }).values;
  } catch (error) {
    throw usageFromParseError(error, Object.keys(options));
  }
}
async function main(argv, io) {
  let [name, ...args] = argv;
  if (name === void 0)
    return io.stderr(topHelp()), EXIT.usage;
  if (name === "-h" || name === "--help" || name === "help")
    return io.stdout(topHelp()), EXIT.ok;
  if (name === "-V" || name === "--version")
    return io.stdout(`${VERSION2}
`), EXIT.ok;
  let entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (entry === void 0) {
    let guess = closest(name, Object.keys(COMMANDS));
    return usageFailure(
      io,
      new UsageError(
        `Unknown command ${quoteInput(name, 40)}.`,
        guess ? `Did you mean ${guess}?` : void 0
      )
    );
  }
  let command8 = await entry.load();
  if (command8.passThrough) return command8.run({ io, values: {}, args, debug: !1 });
  let values;
  try {
    values = parse(command8, args);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, error, name);
    throw error;
  }
  if (values.help === !0)
    return io.stdout(command8.help), EXIT.ok;
  try {
    return await command8.run({
      io,
      values,
      args,
      debug: values.debug === !0 || io.env.ADO_EPHEMERAL_PAT_DEBUG === "true"
    });
  } catch (error) {
    return error instanceof UsageError ? usageFailure(io, error, name) : (io.stderr(`error: ${withFlagNames(describeError(error, "cli"))}
`), exitCodeFor(error));
  }
}

// src/entries/cli.ts
init_runner_masks();
var color = process.stderr.isTTY === !0 && !process.env.NO_COLOR && process.env.TERM !== "dumb";
main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color,
  stderrIsPipe: stderrIsPipe()
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `error: Unexpected error: ${error instanceof Error ? error.message : String(error)}. This is a bug in ado-ephemeral-pat; please report it.
`
    ), process.exitCode = 1;
  }
);
