import { UntagResourceCommand } from '@aws-sdk/client-servicediscovery';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import {
  describeServiceDiscovery,
  destroyServiceDiscovery,
  ensureDiscoveryServices,
  ensureNamespace,
  listDiscoveryServices,
} from '../../actions/lib/service-discovery';
import { uniqueProject } from '../register-task-defs/fixtures';
import { ownVpc } from '../run-airflow/fixtures';

// Against the emulator (moto server) over HTTP with the real SDK. The emulator allows one private
// namespace per VPC, so the test makes a VPC of its own.
describe('Cloud Map (emulator)', () => {
  const aws = createClients(targetFromEnv());
  const sd = aws.servicediscovery;
  afterAll(() => Object.values(aws).forEach((client) => client.destroy()));

  it('creates the namespace (waiting for the operation) and its services once, retags, and deletes them', async () => {
    const env = resolveEnvironment('pr-32', { project: uniqueProject() }, { region: 'us-east-1' });
    const vpcId = await ownVpc(aws);
    const lines: string[] = [];
    const wait = { log: (l: string) => lines.push(l), sleep: async () => undefined };

    const namespace = await ensureNamespace(sd, env, vpcId, wait);
    expect(namespace).toMatchObject({ name: `${env.names.stem}.airflow.internal`, status: 'created' });
    expect(lines.join('\n')).toMatch(/Creating Cloud Map namespace .*: success after/);
    const services = await ensureDiscoveryServices(sd, env, namespace.id, ['api-server', 'database']);
    expect(Object.values(services).map((s) => s.status)).toEqual(['created', 'created']);

    expect(await ensureNamespace(sd, env, vpcId, wait)).toMatchObject({ id: namespace.id, status: 'unchanged' });
    await sd.send(
      new UntagResourceCommand({ ResourceARN: services.database.arn, TagKeys: ['airflow-fargate:project'] }),
    );
    const again = await ensureDiscoveryServices(sd, env, namespace.id, ['api-server', 'database']);
    expect([again['api-server'].status, again.database.status]).toEqual(['unchanged', 'updated']);
    expect(again.database.id).toBe(services.database.id);

    const listed = await listDiscoveryServices(sd, namespace.id);
    expect(listed.map((l) => l.Id).sort()).toEqual([services['api-server'].id, services.database.id].sort());

    expect((await destroyServiceDiscovery(sd, env, wait)).sort()).toEqual(
      [namespace.name, `api-server.${namespace.name}`, `database.${namespace.name}`].sort(),
    );
    expect(await describeServiceDiscovery(sd, env)).toBeUndefined();
    expect(await destroyServiceDiscovery(sd, env, wait)).toEqual([]);
  });

  it('two deploys creating the same services at once end with one of each, and agree on it', async () => {
    const env = resolveEnvironment('pr-33', { project: uniqueProject() }, { region: 'us-east-1' });
    const wait = { log: () => undefined, sleep: async () => undefined };
    const namespace = await ensureNamespace(sd, env, await ownVpc(aws), wait);
    // Both deploys looked before either created (the emulator, unlike AWS, accepts the second create).
    const [first, second] = await Promise.all(
      [0, 1].map(() => ensureDiscoveryServices(sd, env, namespace.id, ['api-server', 'database'])),
    );
    const listed = await listDiscoveryServices(sd, namespace.id);
    expect(listed.map((s) => s.Name).sort()).toEqual(['api-server', 'database']);
    for (const name of ['api-server', 'database']) {
      const kept = listed.find((s) => s.Name === name)?.Arn;
      expect([first[name].arn, second[name].arn]).toEqual([kept, kept]);
    }
    await destroyServiceDiscovery(sd, env, wait);
  });
});
