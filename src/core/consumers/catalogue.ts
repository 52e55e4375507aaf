/** The tools `export-for` can feed, by name; `git` is the `git-credentials` feature, handled by the mint step. */
import { az } from './az';
import type { Consumer } from './consumer';
import type { ConsumerName } from '../inputs/export-for';
import { npm } from './npm';
import { nuget } from './nuget';
import { renovate } from './renovate';
import { terraform } from './terraform';

export const CONSUMERS: Readonly<Record<Exclude<ConsumerName, 'git'>, Consumer>> = {
  az,
  terraform,
  nuget,
  npm,
  renovate,
};
