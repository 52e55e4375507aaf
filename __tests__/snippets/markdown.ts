/**
 * The fenced code blocks of the project's Markdown, and what kind of snippet each one is. A block that cannot
 * run says so with `<!-- snippet: no-run (reason) -->` on the line before its fence, so no block is skipped
 * without a stated reason: a block of an unknown kind is an error for the caller to report.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type SnippetKind = 'shell' | 'github' | 'azure-pipelines' | 'no-run' | 'unknown';

export interface Snippet {
  /** Repository-relative path. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The fence's info string, e.g. `sh` or `yaml`. */
  info: string;
  /** The block's text, with the fence's own indentation removed. */
  body: string;
  /** The reason given in a no-run marker, if any. */
  noRunReason?: string;
  kind: SnippetKind;
}

const FENCE = /^( *)(`{3,}|~{3,})(.*)$/;
const MARKER = /^\s*<!-- snippet: (.*?) -->\s*$/;

/** README.md, every docs/*.md and every Markdown file under examples/. */
export function markdownFiles(root: string): string[] {
  const files = ['README.md'];
  files.push(
    ...readdirSync(path.join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `docs/${name}`),
  );
  const walk = (dir: string): void => {
    for (const name of readdirSync(path.join(root, dir)).sort()) {
      const rel = `${dir}/${name}`;
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (name.endsWith('.md')) files.push(rel);
    }
  };
  walk('examples');
  return files;
}

export function classify(info: string, body: string, noRun: boolean): SnippetKind {
  if (noRun) return 'no-run';
  const lang = info.split(/\s+/)[0] ?? '';
  if (['sh', 'bash', 'shell'].includes(lang)) return 'shell';
  if (lang === 'yaml' || lang === 'yml') {
    if (/^\s*-?\s*uses: ado-ephemeral-pat\/ado-ephemeral-pat@/m.test(body)) return 'github';
    if (/^\s*-?\s*task: EphemeralPat@/m.test(body)) return 'azure-pipelines';
  }
  return 'unknown';
}

/** Every fenced block of one Markdown text. A marker must name no-run and give a reason in parentheses. */
export function extractSnippets(file: string, text: string): Snippet[] {
  const lines = text.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      const close = FENCE.exec(line);
      if (close && close[2]?.startsWith(fence) && (close[3] ?? '').trim() === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    if (j >= lines.length) throw new Error(`${file}:${i + 1}: unterminated code fence`);
    let previous = i - 1;
    while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous--;
    const marker = MARKER.exec(lines[previous] ?? '');
    let noRunReason: string | undefined;
    if (marker) {
      const reason = /^no-run \((.+)\)$/.exec(marker[1] ?? '');
      if (!reason) throw new Error(`${file}:${previous + 1}: expected <!-- snippet: no-run (reason) -->`);
      noRunReason = reason[1];
    }
    const text = body.join('\n');
    snippets.push({
      file,
      line: i + 1,
      info: info.trim(),
      body: text,
      noRunReason,
      kind: classify(info.trim(), text, noRunReason !== undefined),
    });
    i = j;
  }
  return snippets;
}

export function allSnippets(root: string): Snippet[] {
  return markdownFiles(root).flatMap((file) =>
    extractSnippets(file, readFileSync(path.join(root, file), 'utf8')),
  );
}
