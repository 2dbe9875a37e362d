import * as core from '@actions/core';
import * as github from '@actions/github';
import { ConfigError } from '../../lib/errors';
import { commentTarget, parseStatus, renderComment, Status, upsertComment } from '../../lib/pr-comment';

export interface Inputs {
  token: string;
  environment: string;
  status: Status;
  url: string;
  image: string;
  runUrl: string;
  pullRequest: string;
}

export function getInputs(): Inputs {
  const environment = core.getInput('environment').trim();
  if (!environment) throw new ConfigError('input "environment" is required, for example "pr-42".');
  const token = core.getInput('token').trim();
  if (!token) throw new ConfigError('input "token" is empty: pass ${{ github.token }} (the default).');
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
  };
}

export async function run(): Promise<void> {
  const inputs = getInputs();
  const where = commentTarget({
    repository: process.env.GITHUB_REPOSITORY ?? '',
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
  const result = await upsertComment(github.getOctokit(inputs.token), where.target, body);
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
