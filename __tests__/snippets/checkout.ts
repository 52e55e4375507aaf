/**
 * The job's checkout, as `actions/checkout` or the agent's checkout leaves it in the working directory: a
 * project whose one dependency comes from the organization's npm feed, with `registry=` in its own `.npmrc`
 * as docs/consumers.md tells readers to keep it. `npm ci` in a snippet installs it through the real npm.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { NPM_PACKAGE, npmFeedUrl } from '../e2e/npm-client';
import type { SnippetContext } from './job-common';

const VERSION = '1.0.0';

export function checkOutProject(dir: string, ctx: SnippetContext): void {
  const { azureDevOpsUrl, organization } = ctx.emulator;
  const project = { name: 'demo', version: '1.0.0', private: true, dependencies: { [NPM_PACKAGE]: VERSION } };
  // No `resolved` or `integrity`: npm ci asks the feed for both, so the feed must answer with the job's token.
  const lock = {
    name: project.name,
    version: project.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: project.name, version: project.version, dependencies: project.dependencies },
      [`node_modules/${NPM_PACKAGE}`]: { version: VERSION },
    },
  };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(path.join(dir, 'package.json'), json(project));
  writeFileSync(path.join(dir, 'package-lock.json'), json(lock));
  writeFileSync(path.join(dir, '.npmrc'), `registry=${npmFeedUrl(azureDevOpsUrl, organization)}\n`);
}
