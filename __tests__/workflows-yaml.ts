/**
 * A strict reader for the YAML subset the project's workflow files use: block mappings and sequences,
 * plain, single- and double-quoted scalars, `|` and `>` block scalars, flow sequences of scalars, and
 * comments. Anything else (anchors, tags, flow mappings, tabs, duplicate keys, bad indentation) is an error,
 * so a file the runner would read differently fails the test instead of passing unchecked.
 */
export type Yaml = string | Yaml[] | { [key: string]: Yaml } | null;

interface Line {
  indent: number;
  text: string;
  number: number;
}

class YamlError extends Error {
  constructor(line: Line | undefined, message: string) {
    super(`line ${line?.number ?? 'end'}: ${message}`);
  }
}

function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') {
      if (i === 0 || /[\s:[,-]/.test(text[i - 1] ?? '')) quote = char;
    } else if (char === '#' && (i === 0 || text[i - 1] === ' ')) {
      return text.slice(0, i).trimEnd();
    }
  }
  return text;
}

function scalar(raw: string, line: Line): Yaml {
  const text = raw.trim();
  if (text === '' || text === '~' || text === 'null') return null;
  if (text.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(text)) throw new YamlError(line, `bad single-quoted scalar ${text}`);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text) as string;
    } catch {
      throw new YamlError(line, `bad double-quoted scalar ${text}`);
    }
  }
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) throw new YamlError(line, 'unterminated flow sequence');
    const inner = text.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((item) => scalar(item, line));
  }
  if (/^[&*!{|>%@`]/.test(text) || text === '---') throw new YamlError(line, `unsupported YAML: ${text}`);
  if (/: |:$/.test(text))
    throw new YamlError(line, `a plain scalar may not contain ": " (quote it): ${text}`);
  return text;
}

export function parseYaml(source: string): Yaml {
  const lines: Line[] = [];
  source.split('\n').forEach((raw, index) => {
    if (/^\s*\t/.test(raw))
      throw new YamlError({ indent: 0, text: raw, number: index + 1 }, 'tab indentation');
    const text = raw.trimEnd();
    if (text.trim() === '' || text.trim().startsWith('#')) return;
    lines.push({ indent: text.length - text.trimStart().length, text: text.trimStart(), number: index + 1 });
  });
  let pos = 0;

  function blockScalar(style: string, parentIndent: number): string {
    const body: string[] = [];
    const start = lines[pos];
    // Block scalars keep blank lines and comments: re-read them from the source.
    const all = source.split('\n');
    const first = start ? start.number - 1 : all.length;
    let indent = -1;
    let i = first;
    for (; i < all.length; i++) {
      const raw = all[i] ?? '';
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim() !== '' && lead <= parentIndent) break;
      if (indent < 0 && raw.trim() !== '') indent = lead;
      body.push(raw.slice(Math.max(indent, 0)));
    }
    while (pos < lines.length && (lines[pos]?.number ?? 0) <= i) pos++;
    while (body.length > 0 && body[body.length - 1]?.trim() === '') body.pop();
    return style === '>' ? `${body.join(' ')}\n` : `${body.join('\n')}\n`;
  }

  function value(rest: string, line: Line, indent: number): Yaml {
    const text = stripComment(rest).trim();
    if (text === '|' || text === '>') return blockScalar(text, indent);
    if (text !== '') return scalar(text, line);
    const next = lines[pos];
    return next && next.indent > indent ? block(next.indent) : null;
  }

  function mappingEntry(map: Record<string, Yaml>, text: string, line: Line, indent: number): void {
    const match = /^([A-Za-z0-9_.$/-]+|'[^']*'|"[^"]*"):(?: (.*))?$/.exec(text);
    if (!match) throw new YamlError(line, `expected "key: value", got ${text}`);
    const parsedKey = scalar(match[1] ?? '', line);
    const key = typeof parsedKey === 'string' ? parsedKey : '';
    if (Object.hasOwn(map, key)) throw new YamlError(line, `duplicate key ${key}`);
    map[key] = value(match[2] ?? '', line, indent);
  }

  function block(indent: number): Yaml {
    const first = lines[pos];
    if (!first) return null;
    if (first.text === '-' || first.text.startsWith('- ')) {
      const list: Yaml[] = [];
      while (pos < lines.length && lines[pos]?.indent === indent) {
        const line = lines[pos]!;
        if (!(line.text === '-' || line.text.startsWith('- ')))
          throw new YamlError(line, 'mixed sequence and mapping');
        pos++;
        const rest = line.text.slice(2);
        if (/^[A-Za-z0-9_.$/-]+:(?: |$)/.test(rest)) {
          // `- key: value` opens a mapping whose other keys sit two columns right of the dash.
          const map: Record<string, Yaml> = {};
          mappingEntry(map, rest, line, indent + 2);
          while (pos < lines.length && lines[pos]?.indent === indent + 2) {
            const next = lines[pos]!;
            pos++;
            mappingEntry(map, next.text, next, indent + 2);
          }
          list.push(map);
        } else {
          list.push(value(rest, line, indent));
        }
      }
      return list;
    }
    const map: Record<string, Yaml> = {};
    while (pos < lines.length && lines[pos]?.indent === indent) {
      const line = lines[pos]!;
      pos++;
      mappingEntry(map, line.text, line, indent);
    }
    return map;
  }

  const root = block(lines[0]?.indent ?? 0);
  if (pos < lines.length) throw new YamlError(lines[pos], 'bad indentation');
  return root;
}
