import * as core from '@actions/core';
import * as github from '@actions/github';
import { ConfigError } from '../../lib/errors';
import { DeploymentMode, parseDeploymentMode, retireDeployments } from '../../lib/github-deployments';
import {
  CommentsClient,
  commentTarget,
  parseStatus,
  renderComment,
  splitRepository,
  Status,
  upsertComment,
} from '../../lib/pr-comment';

export interface Inputs {
  token: string;
  environment: string;
  status: Status;
  url: string;
  image: string;
  runUrl: string;
  pullRequest: string;
  comment: boolean;
  deployments: DeploymentMode;
}

export function getInputs(): Inputs {
  const environment = core.getInput('environment').trim();
  if (!environment) throw new ConfigError('input "environment" is required, for example "pr-42".');
  const token = core.getInput('token').trim();
  if (!token) throw new ConfigError('input "token" is empty: pass ${{ github.token }} (the default).');
  const comment = core.getInput('comment').trim() || 'true';
  if (comment !== 'true' && comment !== 'false') {
    throw new ConfigError(`input "comment" must be "true" or "false"; got "${comment}".`);
  }
  const { serverUrl, runId } = github.context;
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  return {
    token,
    environment,
    status: parseStatus(core.getInput('status').trim()),
    url: core.getInput('url').trim(),
    image: core.getInput('image').trim(),
    runUrl: core.getInput('run-url').trim() || (runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : ''),
    pullRequest: core.getInput('pull-request').trim(),
    comment: comment === 'true',
    deployments: parseDeploymentMode(core.getInput('deployments').trim() || 'inactive'),
  };
}

/** `client` is for tests: the runner's client fetches through a proxy-aware agent that nock cannot see. */
export async function run(client: (token: string) => CommentsClient = github.getOctokit): Promise<void> {
  const inputs = getInputs();
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const octokit = client(inputs.token);
  if (inputs.comment) await writeComment(octokit, repository, inputs);
  if (inputs.status === 'torn-down') await retire(octokit, repository, inputs);
}

async function writeComment(octokit: CommentsClient, repository: string, inputs: Inputs) {
  const where = commentTarget({
    repository,
    environment: inputs.environment,
    pullRequest: inputs.pullRequest,
    payload: github.context.payload,
  });
  if ('skip' in where) {
    core.notice(`pr-comment: ${where.skip}`);
    core.setOutput('action', 'skipped');
    await core.summary.addHeading('Pull request comment', 3).addRaw(`Skipped: ${where.skip}.`, true).write();
    return;
  }
  const body = renderComment({
    environment: inputs.environment,
    status: inputs.status,
    url: inputs.url,
    image: inputs.image,
    runUrl: inputs.runUrl,
  });
  const result = await upsertComment(octokit, where.target, body);
  if (result.action === 'skipped') return;
  core.info(`pr-comment: ${result.action} ${result.htmlUrl}`);
  core.setOutput('action', result.action);
  core.setOutput('comment-id', String(result.id));
  core.setOutput('comment-url', result.htmlUrl);
  await core.summary
    .addHeading('Pull request comment', 3)
    .addRaw(`Comment on #${where.target.issueNumber} ${result.action}: `)
    .addLink(result.htmlUrl, result.htmlUrl)
    .addBreak()
    .addRaw(`Status: ${inputs.status}${inputs.url ? `, URL ${inputs.url}` : ''}.`, true)
    .write();
}

async function retire(octokit: CommentsClient, repository: string, inputs: Inputs) {
  const result = await retireDeployments(octokit, splitRepository(repository), inputs.environment, inputs.deployments);
  const touched = inputs.deployments === 'delete' ? result.deleted : result.deactivated;
  core.setOutput('deployments', JSON.stringify(touched));
  const line =
    inputs.deployments === 'keep'
      ? 'left as they are (deployments: keep)'
      : `${result.found.length} found, ${result.deactivated.length} marked inactive` +
        (inputs.deployments === 'delete' ? `, ${result.deleted.length} deleted` : '');
  core.info(`pr-comment: GitHub deployments of ${inputs.environment}: ${line}`);
  await core.summary
    .addHeading('GitHub deployments', 3)
    .addRaw(`Environment \`${inputs.environment}\`: ${line}.`, true)
    .write();
}
