/**
 * One interface for every tool `export-for` feeds: from the token and the job's facts, the variables and
 * files the tool reads. A consumer only computes them; the export step masks, writes and exports (export.ts).
 */
import type { Feeds } from '../inputs/feeds';

export interface ConsumerInput {
  token: string;
  organization: string;
  /** e.g. https://dev.azure.com (no trailing slash) */
  azureDevOpsUrl: string;
  feeds: Feeds;
}

export interface ConsumerVariable {
  name: string;
  value: string;
  /** The value holds the token in some form: every form of it is registered with the masker first. */
  secret: boolean;
}

/** A file only this job's steps may read (mode 0600), found through the variable `pathVariable`. */
export interface ConsumerFile {
  /** The file's base name in its private directory, e.g. `npmrc`. */
  name: string;
  content: string;
  pathVariable: string;
}

export interface ConsumerExports {
  variables: ConsumerVariable[];
  files: ConsumerFile[];
}

export interface Consumer {
  /** What reads the result, for the log line, e.g. "az devops". */
  readsIt: string;
  exports(input: ConsumerInput): ConsumerExports;
}
