/**
 * The run context for display names, from the variables each CI system sets, so that a token in the bot's
 * list says which pipeline, run and job it belongs to. The first system whose marker variable is set wins.
 */
import { hostname } from 'node:os';
import type { RunContext } from '../../core/host';

type Env = Record<string, string | undefined>;

interface CiSystem {
  marker: string;
  context(env: Env): RunContext;
}

const join = (...parts: (string | undefined)[]) => (parts.every(Boolean) ? parts.join('/') : undefined);

const SYSTEMS: CiSystem[] = [
  {
    marker: 'GITLAB_CI',
    context: (env) => ({ source: env.CI_PROJECT_PATH, runId: env.CI_PIPELINE_ID, job: env.CI_JOB_NAME }),
  },
  {
    marker: 'JENKINS_URL',
    context: (env) => ({ source: env.JOB_NAME, runId: env.BUILD_NUMBER, job: env.STAGE_NAME }),
  },
  {
    marker: 'CIRCLECI',
    context: (env) => ({
      source: join(env.CIRCLE_PROJECT_USERNAME, env.CIRCLE_PROJECT_REPONAME),
      runId: env.CIRCLE_BUILD_NUM,
      job: env.CIRCLE_JOB,
    }),
  },
  {
    marker: 'BUILDKITE',
    context: (env) => ({
      source: join(env.BUILDKITE_ORGANIZATION_SLUG, env.BUILDKITE_PIPELINE_SLUG),
      runId: env.BUILDKITE_BUILD_NUMBER,
      attempt: env.BUILDKITE_RETRY_COUNT,
      job: env.BUILDKITE_STEP_KEY ?? env.BUILDKITE_LABEL,
    }),
  },
  {
    marker: 'BITBUCKET_BUILD_NUMBER',
    context: (env) => ({
      source: env.BITBUCKET_REPO_FULL_NAME,
      runId: env.BITBUCKET_BUILD_NUMBER,
      job: env.BITBUCKET_STEP_UUID,
    }),
  },
  {
    marker: 'TRAVIS',
    context: (env) => ({
      source: env.TRAVIS_REPO_SLUG,
      runId: env.TRAVIS_BUILD_NUMBER,
      job: env.TRAVIS_JOB_NAME,
    }),
  },
  {
    marker: 'TEAMCITY_VERSION',
    context: (env) => ({ source: env.TEAMCITY_BUILDCONF_NAME, runId: env.BUILD_NUMBER }),
  },
  {
    marker: 'GITHUB_ACTIONS',
    context: (env) => ({
      source: env.GITHUB_REPOSITORY,
      runId: env.GITHUB_RUN_ID,
      attempt: env.GITHUB_RUN_ATTEMPT,
      job: env.GITHUB_JOB,
    }),
  },
  {
    marker: 'TF_BUILD',
    context: (env) => ({
      source: join(env.SYSTEM_TEAMPROJECT, env.BUILD_DEFINITIONNAME),
      runId: env.BUILD_BUILDID,
      attempt: env.SYSTEM_JOBATTEMPT,
      job: env.SYSTEM_JOBDISPLAYNAME,
    }),
  },
];

function withoutBlanks(context: RunContext): RunContext {
  return Object.fromEntries(Object.entries(context).filter(([, value]) => value));
}

export function cliRunContext(env: Env, host: () => string = hostname): RunContext {
  const system = SYSTEMS.find((candidate) => env[candidate.marker]);
  const context = system ? withoutBlanks(system.context(env)) : {};
  // Outside CI (or a CI system we do not know), the machine's name still tells the tokens apart.
  if (!context.source && !context.runId) return { ...context, source: `cli on ${host()}` };
  return context;
}
