import type { CreateServiceCommandInput, Deployment, Service } from '@aws-sdk/client-ecs';
import { AwsClients } from './aws-clients';
import { DATABASE_COMPONENT } from './database';
import { ecsTags, Environment } from './environment';
import { aws, AwsError, isNotFound } from './errors';
import { EnsureStatus } from './iam-roles';
import { API_PORT } from './network';
import { SERVICE_COMPONENTS, TAG_COMPONENT } from './task-definitions';
import { formatDuration, Sleep, waitFor } from './wait';

/** What run-airflow runs as ECS services, in start order: the container database first when there is one. */
export function serviceComponents(env: Environment): string[] {
  return env.database === 'container' ? [DATABASE_COMPONENT, ...SERVICE_COMPONENTS] : [...SERVICE_COMPONENTS];
}

/** One ECS service as we want it. */
export interface ServiceSpec {
  component: string;
  taskDefinitionArn: string;
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: boolean;
  /** The Cloud Map service its tasks register in (api-server, database). */
  registryArn?: string;
}

export interface EnsuredService {
  component: string;
  name: string;
  arn: string;
  taskDefinitionArn: string;
  status: EnsureStatus;
  changes: string[];
}

export const DESIRED_COUNT = 1;

/** The CreateService input of one component (pure). */
export function serviceInput(env: Environment, spec: ServiceSpec): CreateServiceCommandInput {
  return {
    cluster: env.names.cluster,
    serviceName: env.names.service(spec.component),
    taskDefinition: spec.taskDefinitionArn,
    desiredCount: DESIRED_COUNT,
    launchType: 'FARGATE',
    // A deployment whose tasks keep failing (a failed migration stops the task) is rolled back
    // to the last one that worked, and run-airflow reports the rollback as a failure.
    deploymentConfiguration: {
      deploymentCircuitBreaker: { enable: true, rollback: true },
      maximumPercent: 200,
      minimumHealthyPercent: 100,
    },
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: [...spec.subnets].sort(),
        securityGroups: [...spec.securityGroups].sort(),
        assignPublicIp: spec.assignPublicIp ? 'ENABLED' : 'DISABLED',
      },
    },
    serviceRegistries: spec.registryArn ? [{ registryArn: spec.registryArn }] : [],
    propagateTags: 'SERVICE',
    enableECSManagedTags: true,
    tags: [...ecsTags(env), { key: TAG_COMPONENT, value: spec.component }],
  };
}

const sorted = (items: string[] | undefined) => [...(items ?? [])].sort().join(',');

/** What differs between the service ECS describes and the one we want; empty when nothing does. */
export function serviceDifferences(want: CreateServiceCommandInput, have: Service): string[] {
  const changes: string[] = [];
  if (have.taskDefinition !== want.taskDefinition) changes.push('task definition');
  if (have.desiredCount !== want.desiredCount) changes.push('desired count');
  const w = want.networkConfiguration?.awsvpcConfiguration;
  const h = have.networkConfiguration?.awsvpcConfiguration;
  if (
    sorted(w?.subnets) !== sorted(h?.subnets) ||
    sorted(w?.securityGroups) !== sorted(h?.securityGroups) ||
    (w?.assignPublicIp ?? 'DISABLED') !== (h?.assignPublicIp ?? 'DISABLED')
  ) {
    changes.push('network');
  }
  const registries = (list: { registryArn?: string }[] | undefined) => sorted(list?.map((r) => r.registryArn ?? ''));
  if (registries(want.serviceRegistries) !== registries(have.serviceRegistries)) changes.push('service discovery');
  // AWS always describes these; the emulator omits them, and what is not described is not compared.
  const breaker = have.deploymentConfiguration?.deploymentCircuitBreaker;
  if (breaker && !(breaker.enable && breaker.rollback)) changes.push('circuit breaker');
  if ((have.propagateTags ?? 'NONE') !== want.propagateTags) changes.push('tag propagation');
  if (have.enableECSManagedTags === false) changes.push('managed tags');
  return changes;
}

async function describeServiceList(ecs: AwsClients['ecs'], env: Environment, names: string[]): Promise<Service[]> {
  const services: Service[] = [];
  for (let i = 0; i < names.length; i += 10) {
    const chunk = names.slice(i, i + 10);
    const found = await aws('DescribeServices', `ECS services ${chunk.join(', ')}`, async () => {
      try {
        return await ecs.describeServices({ cluster: env.names.cluster, services: chunk, include: ['TAGS'] });
      } catch (err) {
        // No cluster yet: no services either.
        if (isNotFound(err)) return { services: [] };
        throw err;
      }
    });
    services.push(...(found.services ?? []).filter((s) => s.status !== 'INACTIVE'));
  }
  return services;
}

/** The environment's services that exist (ACTIVE or DRAINING), by component. */
export async function describeServices(ecs: AwsClients['ecs'], env: Environment): Promise<Record<string, Service>> {
  const components = [DATABASE_COMPONENT, ...SERVICE_COMPONENTS];
  const found = await describeServiceList(
    ecs,
    env,
    components.map((c) => env.names.service(c)),
  );
  return Object.fromEntries(
    components.flatMap((c) => {
      const service = found.find((s) => s.serviceName === env.names.service(c));
      return service ? [[c, service]] : [];
    }),
  );
}

/** Creates the service, or updates it only where it differs from what we want; adds missing tags. */
export async function ensureService(
  ecs: AwsClients['ecs'],
  env: Environment,
  spec: ServiceSpec,
): Promise<EnsuredService> {
  const want = serviceInput(env, spec);
  const name = want.serviceName as string;
  const resource = `ECS service ${name}`;
  const [have] = await describeServiceList(ecs, env, [name]);
  const result = (arn: string, status: EnsureStatus, changes: string[]): EnsuredService => ({
    component: spec.component,
    name,
    arn,
    taskDefinitionArn: spec.taskDefinitionArn,
    status,
    changes,
  });
  if (!have) {
    const made = await aws('CreateService', resource, () => ecs.createService(want));
    return result(made.service?.serviceArn as string, 'created', []);
  }
  if (have.status === 'DRAINING') {
    throw new Error(`${resource} is being deleted (DRAINING); run again once ECS has finished deleting it`);
  }
  const arn = have.serviceArn as string;
  const changes = serviceDifferences(want, have);
  if (changes.length) {
    await aws('UpdateService', resource, () =>
      ecs.updateService({
        cluster: want.cluster,
        service: name,
        taskDefinition: want.taskDefinition,
        desiredCount: want.desiredCount,
        deploymentConfiguration: want.deploymentConfiguration,
        networkConfiguration: want.networkConfiguration,
        serviceRegistries: want.serviceRegistries,
        propagateTags: want.propagateTags,
        enableECSManagedTags: want.enableECSManagedTags,
      }),
    );
  }
  const tags = new Map((have.tags ?? []).map((t) => [t.key, t.value]));
  const missing = (want.tags ?? []).filter((t) => tags.get(t.key) !== t.value);
  if (missing.length) {
    await aws('TagResource', resource, () => ecs.tagResource({ resourceArn: arn, tags: missing }));
    changes.push('tags');
  }
  return result(arn, changes.length ? 'updated' : 'unchanged', changes);
}

/** A deployment that failed or was rolled back: the action must fail with this. */
export class DeploymentFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeploymentFailedError';
  }
}

export interface ServiceState {
  stable: boolean;
  /** Why the deployment failed (circuit breaker, rollback), in AWS's words where it gave some. */
  failure?: string;
  /** A few words for progress lines. */
  words: string;
}

const ROLLBACK = /roll(ed|ing)?[ -]?back/i;

/**
 * Where one service's deployment stands, against the task definition we asked for.
 * Stable: one deployment, the primary's rollout COMPLETED and all tasks running. Failed: a
 * deployment whose rollout FAILED (the circuit breaker), or a rollback (ECS puts the previous task
 * definition back on the service and says so in the rollout reason).
 */
export function serviceState(service: Service, wantedTaskDefinition: string): ServiceState {
  const deployments = service.deployments ?? [];
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  const running = `${service.runningCount ?? 0}/${service.desiredCount ?? 0} running`;
  const lastEvent = service.events?.[0]?.message;
  const because = (d: Deployment | undefined) =>
    [d?.rolloutStateReason, lastEvent].filter((m, i, all) => m && all.indexOf(m) === i).join('; last event: ') ||
    'no reason given';
  const failed = deployments.find((d) => d.rolloutState === 'FAILED');
  if (failed) {
    return { stable: false, failure: `deployment ${failed.id} failed: ${because(failed)}`, words: 'FAILED' };
  }
  if (service.taskDefinition && service.taskDefinition !== wantedTaskDefinition) {
    return {
      stable: false,
      failure: `ECS rolled the service back to ${service.taskDefinition} (we deployed ${wantedTaskDefinition}): ${because(primary)}`,
      words: 'ROLLED BACK',
    };
  }
  if (primary && ROLLBACK.test(primary.rolloutStateReason ?? '')) {
    return { stable: false, failure: `the deployment was rolled back: ${because(primary)}`, words: 'ROLLED BACK' };
  }
  const rollout = primary?.rolloutState ?? 'no deployment';
  // The emulator keeps the first deployment's task definition on an updated service's only
  // deployment, so the primary's task definition is not compared (the service's is, above).
  const stable =
    rollout === 'COMPLETED' && deployments.length === 1 && (service.runningCount ?? 0) >= (service.desiredCount ?? 0);
  const extra = deployments.length > 1 ? `, ${deployments.length} deployments` : '';
  return { stable, words: `${rollout}, ${running}${extra}` };
}

export interface StableWait {
  timeoutMs: number;
  log: (line: string) => void;
  /** Where the limit comes from, for the timeout message (e.g. input "wait-timeout-minutes"). */
  limitSource?: string;
  intervalMs?: number;
  sleep?: Sleep;
  now?: () => number;
}

/**
 * Waits until every given service is stable, with a progress line at least every 30 s. Throws
 * DeploymentFailedError as soon as one fails or is rolled back, and a clear error on timeout.
 */
export async function waitForServicesStable(
  ecs: AwsClients['ecs'],
  env: Environment,
  targets: { component: string; name: string; taskDefinitionArn: string }[],
  options: StableWait,
): Promise<Record<string, number>> {
  const start = (options.now ?? Date.now)();
  const stableAfter: Record<string, number> = {};
  let last: string[] = [];
  try {
    await waitFor(
      `ECS services of ${env.name}`,
      async () => {
        const services = await describeServiceList(
          ecs,
          env,
          targets.map((t) => t.name),
        );
        const words: string[] = [];
        last = [];
        for (const target of targets) {
          const service = services.find((s) => s.serviceName === target.name);
          if (!service) throw new Error(`ECS service ${target.name} disappeared while waiting for it`);
          const state = serviceState(service, target.taskDefinitionArn);
          if (state.failure) {
            throw new DeploymentFailedError(
              `ECS service ${target.name} (${target.component}): ${state.failure}. The new revision did not start; fix the cause (see the task's logs in CloudWatch) and deploy again.`,
            );
          }
          if (state.stable && stableAfter[target.component] === undefined) {
            stableAfter[target.component] = (options.now ?? Date.now)() - start;
          }
          if (!state.stable) {
            const event = service.events?.[0]?.message;
            last.push(`${target.component} (${state.words}${event ? `; last event: ${event}` : ''})`);
          }
          words.push(`${target.component} ${state.stable ? 'stable' : state.words}`);
        }
        return { done: last.length === 0 ? true : undefined, state: words.join(', ') };
      },
      {
        timeoutMs: options.timeoutMs,
        intervalMs: options.intervalMs ?? 10_000,
        progressEveryMs: 30_000,
        log: options.log,
        sleep: options.sleep,
        now: options.now,
      },
    );
  } catch (err) {
    if (err instanceof DeploymentFailedError || err instanceof AwsError) throw err;
    if (last.length && err instanceof Error && /gave up/.test(err.message)) {
      throw new Error(
        `ECS services did not become stable within ${formatDuration(options.timeoutMs)}${options.limitSource ? ` (${options.limitSource})` : ''}: ${last.join('; ')}. ECS keeps trying; look at the services' events and the tasks' logs.`,
      );
    }
    throw err;
  }
  return stableAfter;
}

export interface ApiServerAddress {
  taskArn?: string;
  publicIp?: string;
  privateIp?: string;
}

/** The api-server task's addresses: its network interface's public IP (when it has one) and private IP. */
export async function apiServerAddress(
  ecs: AwsClients['ecs'],
  ec2: AwsClients['ec2'],
  env: Environment,
): Promise<ApiServerAddress> {
  const name = env.names.service('api-server');
  const listed = await aws('ListTasks', `tasks of ECS service ${name}`, () =>
    ecs.listTasks({ cluster: env.names.cluster, serviceName: name, desiredStatus: 'RUNNING' }),
  );
  const arns = listed.taskArns ?? [];
  if (!arns.length) return {};
  const described = await aws('DescribeTasks', `tasks of ECS service ${name}`, () =>
    ecs.describeTasks({ cluster: env.names.cluster, tasks: arns }),
  );
  // Only the service's own tasks (group service:<name>): the emulator's ListTasks ignores serviceName.
  const own = (described.tasks ?? []).filter((t) => !t.group || t.group === `service:${name}`);
  const task = own.find((t) => t.lastStatus === 'RUNNING') ?? own[0];
  const eni = task?.attachments
    ?.find((a) => a.type === 'ElasticNetworkInterface')
    ?.details?.find((d) => d.name === 'networkInterfaceId')?.value;
  if (!task || !eni) return { taskArn: task?.taskArn };
  const interfaces = await aws('DescribeNetworkInterfaces', `network interface ${eni}`, () =>
    ec2.describeNetworkInterfaces({ NetworkInterfaceIds: [eni] }),
  );
  const ni = interfaces.NetworkInterfaces?.[0];
  return { taskArn: task.taskArn, publicIp: ni?.Association?.PublicIp, privateIp: ni?.PrivateIpAddress };
}

export function apiServerUrl(host: string): string {
  return `http://${host}:${API_PORT}`;
}

/** Deletes the environment's services (scaling them in first); returns the names that existed. */
export async function destroyServices(ecs: AwsClients['ecs'], env: Environment): Promise<string[]> {
  const existing = await describeServices(ecs, env);
  const deleted: string[] = [];
  for (const service of Object.values(existing)) {
    const name = service.serviceName as string;
    try {
      await ecs.deleteService({ cluster: env.names.cluster, service: name, force: true });
      deleted.push(name);
    } catch (err) {
      if (!isNotFound(err)) await aws('DeleteService', `ECS service ${name}`, () => Promise.reject(err));
    }
  }
  return deleted;
}
