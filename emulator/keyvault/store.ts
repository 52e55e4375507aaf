/**
 * Key Vault secrets with versions, as plain data so the framework can persist them as JSON. Values never
 * leave through `describe()`: the control API's state view shows names and versions only.
 */
import { randomBytes } from 'node:crypto';

export interface SecretVersion {
  /** 32 lower-case hex characters, like Key Vault's version ids. */
  version: string;
  value: string;
  contentType?: string;
  tags?: Record<string, string>;
  enabled: boolean;
  /** Unix seconds, as Key Vault's `attributes` carry them. */
  created: number;
  updated: number;
}

/** name (lower-case: Key Vault names are case-insensitive) -> versions, oldest first. */
export type SecretsData = Record<string, SecretVersion[]>;

export interface SecretInput {
  value: string;
  contentType?: string;
  tags?: Record<string, string>;
}

export function newVersionId(): string {
  return randomBytes(16).toString('hex');
}

export class SecretStore {
  constructor(private data: SecretsData = {}) {}

  /** The latest version, or a given one; undefined when the secret or version does not exist. */
  get(name: string, version?: string): SecretVersion | undefined {
    const versions = this.data[name.toLowerCase()];
    if (!versions || versions.length === 0) return undefined;
    if (version === undefined || version === '') return versions[versions.length - 1];
    return versions.find((v) => v.version === version.toLowerCase());
  }

  /** Appends a new version (a PUT never overwrites: Key Vault keeps every version). */
  set(name: string, input: SecretInput, nowSeconds: number): SecretVersion {
    const version: SecretVersion = {
      version: newVersionId(),
      value: input.value,
      enabled: true,
      created: nowSeconds,
      updated: nowSeconds,
      ...(input.contentType === undefined ? {} : { contentType: input.contentType }),
      ...(input.tags === undefined ? {} : { tags: input.tags }),
    };
    const key = name.toLowerCase();
    this.data[key] = [...(this.data[key] ?? []), version];
    return version;
  }

  /** The original name's spelling is not kept: Key Vault answers with the name as stored. */
  names(): string[] {
    return Object.keys(this.data).sort();
  }

  /** For GET /_emulator/state: no values, ever. */
  describe(): Array<{ name: string; versions: Array<Omit<SecretVersion, 'value'>> }> {
    return this.names().map((name) => ({
      name,
      versions: (this.data[name] ?? []).map(({ value: _value, ...rest }) => rest),
    }));
  }

  /** The raw data, for persistence only. */
  toJSON(): SecretsData {
    return this.data;
  }

  replace(data: SecretsData): void {
    this.data = data;
  }
}
