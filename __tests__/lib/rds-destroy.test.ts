import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { describeDbSubnetGroup, destroyDbSubnetGroup } from '../../actions/lib/db-subnet-group';
import { ensureDatabase } from '../../actions/lib/database';
import { resolveEnvironment } from '../../actions/lib/environment';
import { describeDbInstance, destroyDbInstance, waitForDbInstanceDeleted } from '../../actions/lib/rds-instance';

// Against the emulator (moto server) over HTTP; a project of its own because test files share it.
const clients = createClients(targetFromEnv());
const project = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const wait = { log: () => undefined, sleep: async () => undefined };

afterAll(() => {
  for (const client of Object.values(clients)) client.destroy();
});

describe('destroying the RDS database', () => {
  it('deletes a preview instance and then its subnet group; a second call finds nothing', async () => {
    const env = resolveEnvironment('pr-21', { project, previewDefaults: { database: 'rds' } }, { region: 'us-east-1' });
    await ensureDatabase(clients, env, { mask: () => undefined, wait });

    expect(await destroyDbInstance(clients.rds, env, { skipFinalSnapshot: true })).toBe('deleting');
    await waitForDbInstanceDeleted(clients.rds, env, wait);
    expect(await describeDbInstance(clients.rds, env)).toBeUndefined();
    expect(await destroyDbSubnetGroup(clients.rds, env)).toBe(true);
    expect(await describeDbSubnetGroup(clients.rds, env)).toBeUndefined();

    expect(await destroyDbInstance(clients.rds, env, { skipFinalSnapshot: true })).toBe('absent');
    expect(await destroyDbSubnetGroup(clients.rds, env)).toBe(false);
  });

  it('refuses to delete an instance with deletion protection, saying how to turn it off', async () => {
    const env = resolveEnvironment('main', { project }, { region: 'us-east-1' });
    await ensureDatabase(clients, env, { mask: () => undefined, wait });
    await expect(destroyDbInstance(clients.rds, env, { skipFinalSnapshot: false })).rejects.toThrow(
      /deletion protection on; set "deletionProtection: false"/,
    );
    expect((await describeDbInstance(clients.rds, env))?.DBInstanceStatus).toBe('available');
  });
});
