// Sets one version everywhere a release needs it: package.json (+ package-lock.json's root entries),
// task.json (version.Major/Minor/Patch), vss-extension.json, and a CHANGELOG.md heading that takes the
// "Unreleased" entries. Usage: node scripts/set-version.mjs 1.2.3   (npm run version:set -- 1.2.3)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const defaultRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Rewrites one JSON file, keeping its two-space layout and final newline. */
function editJson(file, edit) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

export function setVersion(version, root = defaultRoot, today = new Date().toISOString().slice(0, 10)) {
  const match = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(version ?? '');
  if (!match) throw new Error(`usage: set-version.mjs <major.minor.patch>, got ${JSON.stringify(version)}`);
  const [major, minor, patch] = match.slice(1).map(Number);

  editJson(path.join(root, 'package.json'), (pkg) => (pkg.version = version));
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(lock)) {
    editJson(lock, (data) => {
      data.version = version;
      if (data.packages?.['']) data.packages[''].version = version;
    });
  }
  editJson(
    path.join(root, 'task.json'),
    (task) => (task.version = { Major: major, Minor: minor, Patch: patch }),
  );
  editJson(path.join(root, 'vss-extension.json'), (extension) => (extension.version = version));

  const changelog = path.join(root, 'CHANGELOG.md');
  const text = readFileSync(changelog, 'utf8');
  if (!text.includes(`## [${version}]`)) {
    const heading = `## [${version}] - ${today}`;
    const updated = text.includes('## [Unreleased]')
      ? text.replace('## [Unreleased]', `## [Unreleased]\n\n${heading}`)
      : text.replace(/\n## /, `\n${heading}\n\n## `);
    writeFileSync(changelog, updated === text ? `${text.trimEnd()}\n\n${heading}\n` : updated);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    setVersion(process.argv[2]);
    console.log(
      `Version set to ${process.argv[2]} in package.json, task.json, vss-extension.json and CHANGELOG.md.`,
    );
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
}
