import type { NamespaceSummary, ServiceSummary } from '@aws-sdk/client-servicediscovery';
import { AwsClients } from './aws-clients';
import { Environment, tagList } from './environment';
import { aws, AwsError, createUnlessExists, deleteUnlessGone, isNotFound } from './errors';
import { EnsureStatus } from './iam-roles';
import { Sleep, waitFor } from './wait';

export interface OperationWait {
  log: (line: string) => void;
  timeoutMs?: number;
  intervalMs?: number;
  sleep?: Sleep;
}

export interface EnsuredNamespace {
  id: string;
  arn: string;
  name: string;
  status: EnsureStatus;
}

export interface EnsuredDiscoveryService {
  id: string;
  arn: string;
  name: string;
  status: EnsureStatus;
}

/** The environment's private DNS namespace, found by its deterministic name. */
export async function findNamespace(
  sd: AwsClients['servicediscovery'],
  env: Environment,
): Promise<NamespaceSummary | undefined> {
  const name = env.names.serviceDiscoveryNamespace;
  let NextToken: string | undefined;
  do {
    const page = await aws('ListNamespaces', `Cloud Map namespace ${name}`, () =>
      sd.listNamespaces({ Filters: [{ Name: 'TYPE', Values: ['DNS_PRIVATE'], Condition: 'EQ' }], NextToken }),
    );
    const found = page.Namespaces?.find((n) => n.Name === name);
    if (found) return found;
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
}

async function addMissingTags(sd: AwsClients['servicediscovery'], env: Environment, arn: string, resource: string) {
  const current = await aws('ListTagsForResource', resource, () => sd.listTagsForResource({ ResourceARN: arn }));
  const have = new Map((current.Tags ?? []).map((t) => [t.Key, t.Value]));
  const missing = tagList(env).filter((t) => have.get(t.Key) !== t.Value);
  if (missing.length) {
    await aws('TagResource', resource, () => sd.tagResource({ ResourceARN: arn, Tags: missing }));
  }
  return missing.length > 0;
}

/** Waits for one of Cloud Map's asynchronous operations; returns its targets (e.g. NAMESPACE → id). */
async function waitForOperation(
  sd: AwsClients['servicediscovery'],
  operationId: string,
  what: string,
  wait: OperationWait,
): Promise<Record<string, string>> {
  return waitFor(
    what,
    async () => {
      const op = await aws('GetOperation', what, () => sd.getOperation({ OperationId: operationId }));
      const status = op.Operation?.Status ?? 'UNKNOWN';
      if (status === 'FAIL') {
        throw new Error(`${what} failed: ${op.Operation?.ErrorCode ?? ''} ${op.Operation?.ErrorMessage ?? ''}`.trim());
      }
      return { done: status === 'SUCCESS' ? (op.Operation?.Targets ?? {}) : undefined, state: status.toLowerCase() };
    },
    { timeoutMs: wait.timeoutMs ?? 5 * 60_000, intervalMs: wait.intervalMs ?? 3_000, log: wait.log, sleep: wait.sleep },
  );
}

/**
 * The private DNS namespace in the VPC, created when missing (asynchronously: the operation is
 * polled until it succeeds). Other tasks of the VPC then resolve `<service>.<namespace>`.
 */
export async function ensureNamespace(
  sd: AwsClients['servicediscovery'],
  env: Environment,
  vpcId: string,
  wait: OperationWait,
): Promise<EnsuredNamespace> {
  const name = env.names.serviceDiscoveryNamespace;
  const resource = `Cloud Map namespace ${name}`;
  const existing = await findNamespace(sd, env);
  if (existing) {
    const tagged = await addMissingTags(sd, env, existing.Arn as string, resource);
    return { id: existing.Id as string, arn: existing.Arn as string, name, status: tagged ? 'updated' : 'unchanged' };
  }
  const started = await createUnlessExists('CreatePrivateDnsNamespace', resource, () =>
    sd.createPrivateDnsNamespace({
      Name: name,
      Vpc: vpcId,
      Description: `Airflow ${env.project} environment ${env.name} (airflow-fargate)`,
      Tags: tagList(env),
    }),
  );
  // Already there: a retried or concurrent create made it.
  const targets = started
    ? await waitForOperation(sd, started.OperationId as string, `Creating ${resource}`, wait)
    : { NAMESPACE: 'made by an earlier call' };
  const made = await findNamespace(sd, env);
  if (!made) throw new Error(`${resource}: created (namespace ${targets.NAMESPACE ?? '?'}) but not found afterwards`);
  return { id: made.Id as string, arn: made.Arn as string, name, status: 'created' };
}

/** The Cloud Map services run-airflow makes: the api-server's, and the container database's. */
export const DISCOVERY_SERVICE_NAMES = ['api-server', 'database'];

/**
 * The namespace's services with the given names. Each candidate is confirmed with GetService:
 * ListServices' summaries do not name their namespace, and the emulator ignores its filter.
 */
export async function listDiscoveryServices(
  sd: AwsClients['servicediscovery'],
  namespaceId: string,
  names: string[] = DISCOVERY_SERVICE_NAMES,
): Promise<ServiceSummary[]> {
  const candidates: ServiceSummary[] = [];
  let NextToken: string | undefined;
  do {
    const page = await aws('ListServices', `Cloud Map services of ${namespaceId}`, () =>
      sd.listServices({
        Filters: [{ Name: 'NAMESPACE_ID', Values: [namespaceId], Condition: 'EQ' }],
        NextToken,
      }),
    );
    candidates.push(...(page.Services ?? []).filter((s) => names.includes(s.Name ?? '')));
    NextToken = page.NextToken;
  } while (NextToken);
  const confirmed = await Promise.all(
    candidates.map(async (s) => {
      const got = await aws('GetService', `Cloud Map service ${s.Name}`, () => sd.getService({ Id: s.Id }));
      return got.Service?.NamespaceId === namespaceId ? s : undefined;
    }),
  );
  return confirmed.filter((s): s is ServiceSummary => s !== undefined);
}

/**
 * AWS refuses a second service of a name in a namespace, but an endpoint that does not (the
 * emulator) can end with two: after a retried create (the first attempt's service plus ours), or
 * when two deploys create at once. Every creator then settles on the oldest one and deletes its
 * own when it is not that one, so the deploys agree and nothing another deploy uses is deleted.
 */
async function keepOldest(
  sd: AwsClients['servicediscovery'],
  namespaceId: string,
  made: { Id?: string; Arn?: string; Name?: string },
  resource: string,
): Promise<{ Id?: string; Arn?: string }> {
  const twins = await listDiscoveryServices(sd, namespaceId, [made.Name as string]);
  const oldest = twins.sort(
    (a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0) || (a.Id ?? '').localeCompare(b.Id ?? ''),
  )[0];
  if (!oldest || oldest.Id === made.Id) return made;
  await deleteUnlessGone('DeleteService', resource, () => sd.deleteService({ Id: made.Id }));
  return oldest;
}

/**
 * A service in the namespace with an A record per task (ECS registers each task's IP) and ECS's
 * own health status; created when missing.
 */
export async function ensureDiscoveryServices(
  sd: AwsClients['servicediscovery'],
  env: Environment,
  namespaceId: string,
  names: string[],
): Promise<Record<string, EnsuredDiscoveryService>> {
  const existing = await listDiscoveryServices(sd, namespaceId, names);
  const results = await Promise.all(
    names.map(async (name): Promise<EnsuredDiscoveryService> => {
      const resource = `Cloud Map service ${name}.${env.names.serviceDiscoveryNamespace}`;
      const found = existing.find((s) => s.Name === name);
      if (found) {
        const tagged = await addMissingTags(sd, env, found.Arn as string, resource);
        return { id: found.Id as string, arn: found.Arn as string, name, status: tagged ? 'updated' : 'unchanged' };
      }
      const made = await createUnlessExists('CreateService', resource, () =>
        sd.createService({
          Name: name,
          NamespaceId: namespaceId,
          Description: `${name} of Airflow environment ${env.name}`,
          DnsConfig: { RoutingPolicy: 'MULTIVALUE', DnsRecords: [{ Type: 'A', TTL: 10 }] },
          HealthCheckCustomConfig: { FailureThreshold: 1 },
          Tags: tagList(env),
        }),
      );
      // No service in the answer: it was there already (a retried or concurrent create made it).
      const service = made?.Service
        ? await keepOldest(sd, namespaceId, made.Service, resource)
        : (await listDiscoveryServices(sd, namespaceId, [name]))[0];
      if (!service) throw new AwsError(resource, 'ListServices', new Error('it exists but cannot be found'));
      return { id: service.Id as string, arn: service.Arn as string, name, status: 'created' };
    }),
  );
  return Object.fromEntries(results.map((r) => [r.name, r]));
}

/** The namespace and its services, or undefined when there is no namespace. */
export async function describeServiceDiscovery(
  sd: AwsClients['servicediscovery'],
  env: Environment,
): Promise<{ namespace: NamespaceSummary; services: ServiceSummary[] } | undefined> {
  const namespace = await findNamespace(sd, env);
  if (!namespace) return undefined;
  return { namespace, services: await listDiscoveryServices(sd, namespace.Id as string) };
}

/**
 * Deletes the namespace's services and then the namespace (ECS services using them must be gone,
 * so their instances are deregistered). Returns the names deleted.
 */
export async function destroyServiceDiscovery(
  sd: AwsClients['servicediscovery'],
  env: Environment,
  wait: OperationWait,
): Promise<string[]> {
  const found = await describeServiceDiscovery(sd, env);
  if (!found) return [];
  const deleted: string[] = [];
  for (const service of found.services) {
    try {
      await sd.deleteService({ Id: service.Id });
      deleted.push(`${service.Name}.${env.names.serviceDiscoveryNamespace}`);
    } catch (err) {
      if (!isNotFound(err)) {
        await aws('DeleteService', `Cloud Map service ${service.Name}`, () => Promise.reject(err));
      }
    }
  }
  const name = env.names.serviceDiscoveryNamespace;
  const op = await aws('DeleteNamespace', `Cloud Map namespace ${name}`, () =>
    sd.deleteNamespace({ Id: found.namespace.Id }),
  );
  if (op.OperationId) await waitForOperation(sd, op.OperationId, `Deleting Cloud Map namespace ${name}`, wait);
  deleted.push(name);
  return deleted;
}
