/**
 * The command line has no runner masker: this is its stand-in. Every secret the core registers (in every
 * form `maskForms` yields) is replaced with `***` in everything the CLI writes to stderr.
 */
import { REDACTED } from '../../core/safety/log-safety';
import { maskForms } from '../../core/safety/secrets';

export class Redactor {
  private secrets: string[] = [];

  add(secret: string): void {
    if (!secret) return;
    const known = new Set(this.secrets);
    for (const form of maskForms(secret)) known.add(form);
    // Longest first, so that a secret containing another is replaced whole.
    this.secrets = [...known].sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join(REDACTED);
    return result;
  }
}
