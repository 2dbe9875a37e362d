import type * as Core from '@actions/core';
import { CommonInputs, getCommonInputs, getMinutesInput, prepare } from '../../lib/action';
import { ConfigError } from '../../lib/errors';
import { InventoryResource } from '../../lib/inventory';
import * as step from '../../lib/step';
import { assertTeardownAllowed, DEFAULT_TEARDOWN_MINUTES, teardown, TeardownResult } from '../../lib/teardown';
import { formatDuration } from '../../lib/wait';

export interface Inputs extends CommonInputs {
  confirm?: string;
  dryRun: boolean;
  skipFinalSnapshot: boolean;
  timeoutMinutes: number;
}

function booleanInput(name: string): boolean {
  const raw = step.getInput(name).trim();
  if (/^(true|yes|1)$/i.test(raw)) return true;
  if (!raw || /^(false|no|0)$/i.test(raw)) return false;
  throw new ConfigError(`input "${name}": "${raw}" is not a boolean; use "true" or "false".`);
}

export function getInputs(): Inputs {
  const common = getCommonInputs();
  const timeoutMinutes = getMinutesInput('timeout-minutes', DEFAULT_TEARDOWN_MINUTES, 360);
  return {
    ...common,
    confirm: step.getInput('confirm').trim() || undefined,
    dryRun: booleanInput('dry-run'),
    skipFinalSnapshot: booleanInput('skip-final-snapshot'),
    timeoutMinutes,
  };
}

const brief = (r: InventoryResource) => ({ kind: r.kind, name: r.name, id: r.id });

export async function run(): Promise<void> {
  const inputs = getInputs();
  const { env, aws } = prepare(inputs);
  // A dry run changes nothing, so it needs no confirmation.
  if (!inputs.dryRun) assertTeardownAllowed(env, inputs.confirm);
  step.info(
    `${inputs.dryRun ? 'Dry run: what teardown would delete of' : 'Tearing down'} environment ${env.name} ` +
      `(${env.kind}, project ${env.project}, id ${env.id}) in ${env.region}`,
  );
  const result = await teardown(aws, env, {
    dryRun: inputs.dryRun,
    confirmed: inputs.confirm === env.name,
    skipFinalSnapshot: inputs.skipFinalSnapshot,
    timeoutMs: inputs.timeoutMinutes * 60_000,
    log: (line) => step.info(line),
  });
  if (inputs.dryRun) {
    for (const s of result.steps) step.info(`${s.outcome.padEnd(12)} ${s.resource.kind} ${s.resource.name}`);
  }
  for (const note of result.inventory.notes) step.info(note);
  if (!result.inventory.resources.length) step.info(`Nothing of environment ${env.name} was found: nothing to delete.`);

  const core = await step.actionsCore();
  core.setOutput(
    'deleted',
    JSON.stringify(result.steps.filter((s) => s.outcome === 'deleted').map((s) => brief(s.resource))),
  );
  core.setOutput(
    'resources',
    JSON.stringify(
      result.inventory.resources.map((r) => ({ ...brief(r), ...(r.refused ? { refused: r.refused } : {}) })),
    ),
  );
  core.setOutput('final-snapshot', result.finalSnapshot ?? '');
  await writeSummary(core.summary, env.name, inputs.dryRun, result);

  const problems = result.steps.filter((s) => s.outcome === 'failed' || s.outcome === 'refused');
  if (problems.length && !inputs.dryRun) {
    throw new Error(
      `${problems.length} resource(s) of ${env.name} were not deleted: ` +
        problems.map((p) => `${p.resource.kind} ${p.resource.name} (${p.outcome}: ${p.detail})`).join('; '),
    );
  }
  for (const p of problems) step.warning(`${p.resource.kind} ${p.resource.name} would be left alone: ${p.detail}`);
}

async function writeSummary(
  summary: typeof Core.summary,
  environment: string,
  dryRun: boolean,
  result: TeardownResult,
): Promise<void> {
  summary.addHeading(`teardown: ${environment}${dryRun ? ' (dry run, nothing deleted)' : ''}`, 3);
  if (!result.steps.length) {
    summary.addRaw(`Nothing of environment <code>${environment}</code> was found: nothing to delete.`, true);
  } else {
    summary.addTable([
      [
        { data: 'Resource', header: true },
        { data: 'Name', header: true },
        { data: 'Outcome', header: true },
        { data: 'Duration', header: true },
        { data: 'Details', header: true },
      ],
      ...result.steps.map((s) => [
        s.resource.kind,
        s.resource.name,
        s.outcome,
        dryRun ? '-' : formatDuration(s.durationMs),
        s.detail || '-',
      ]),
    ]);
  }
  if (result.finalSnapshot) summary.addRaw(`Final RDS snapshot kept: <code>${result.finalSnapshot}</code>`, true);
  if (result.inventory.notes.length) summary.addHeading('Kept', 4).addList(result.inventory.notes);
  await summary.write();
}
