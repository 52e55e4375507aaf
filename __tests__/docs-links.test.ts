/**
 * Every relative link of the project's Markdown (README.md, CHANGELOG.md, SECURITY.md, docs/, examples/)
 * names a file or directory inside the repository, and every `#anchor` names a heading of its target. A link
 * that leaves the repository would break for everyone who reads a copy of it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../scripts/harness/github-runner';
import { markdownFiles } from './snippets/markdown';

interface Link {
  file: string;
  line: number;
  target: string;
}

/** Markdown without fenced blocks (and inline code, unless kept), line for line: code is never a link. */
function prose(text: string, keepInlineCode = false): string[] {
  let fence: string | undefined;
  return text.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return '';
    }
    if (fence !== undefined) return '';
    return keepInlineCode ? line : line.replace(/(`+)[^`]*?\1/g, '');
  });
}

export function linksOf(file: string, text: string): Link[] {
  const links: Link[] = [];
  prose(text).forEach((line, index) => {
    for (const match of line.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      links.push({ file, line: index + 1, target: match[1] ?? '' });
    }
  });
  return links;
}

/** GitHub's anchors for the headings of a Markdown text (a repeated heading gets -1, -2…). */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of prose(text, true)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a link counts by its text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** What is wrong with one link, or undefined when it resolves. */
function problem(link: Link): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link.target)) return undefined; // https:, mailto:
  const [pathPart = '', anchor] = link.target.split('#', 2);
  const from = path.join(repoRoot, link.file);
  const resolved = pathPart === '' ? from : path.resolve(path.dirname(from), decodeURI(pathPart));
  const inside = path.relative(repoRoot, resolved);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return 'leaves the repository';
  if (!existsSync(resolved)) return 'names no file';
  if (anchor === undefined || !statSync(resolved).isFile() || !resolved.endsWith('.md')) return undefined;
  return anchorsOf(readFileSync(resolved, 'utf8')).has(anchor) ? undefined : `has no heading #${anchor}`;
}

const files = ['CHANGELOG.md', 'SECURITY.md', ...markdownFiles(repoRoot)];
const links = files.flatMap((file) => linksOf(file, readFileSync(path.join(repoRoot, file), 'utf8')));

test('the Markdown has relative links to check', () => {
  expect(links.filter((l) => !/^[a-z]+:/i.test(l.target)).length).toBeGreaterThan(20);
});

test('every relative link names a file inside the repository, and its anchor a heading', () => {
  const broken = links.flatMap((link) => {
    const why = problem(link);
    return why === undefined ? [] : [`${link.file}:${link.line}: (${link.target}) ${why}`];
  });
  expect(broken).toEqual([]);
});

describe('the checker itself', () => {
  test('finds links outside code, and anchors as GitHub writes them', () => {
    const text =
      '# A `b` heading\n\n[x](a.md#y) `[not](code.md)`\n```\n[no](fenced.md)\n```\n## A b heading\n';
    expect(linksOf('f.md', text).map((l) => l.target)).toEqual(['a.md#y']);
    expect([...anchorsOf(text)]).toEqual(['a-b-heading', 'a-b-heading-1']);
    expect(anchorsOf('## 7. When a refresh token expires').has('7-when-a-refresh-token-expires')).toBe(true);
    expect([...anchorsOf('### GitLab CI ([`a/.b.yml`](../a/.b.yml))')]).toEqual(['gitlab-ci-abyml']);
  });

  test('reports a link that leaves the repository, a missing file and a missing anchor', () => {
    expect(problem({ file: 'docs/x.md', line: 1, target: '../../shared/notes.md' })).toBe(
      'leaves the repository',
    );
    expect(problem({ file: 'docs/x.md', line: 1, target: 'nothing-here.md' })).toBe('names no file');
    expect(problem({ file: 'README.md', line: 1, target: 'docs/cli.md#no-such-heading' })).toBe(
      'has no heading #no-such-heading',
    );
    expect(problem({ file: 'README.md', line: 1, target: 'docs/cli.md#exit-codes' })).toBeUndefined();
  });
});
