import { GetObjectCommand } from '@aws-sdk/client-s3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { describeUpload, remoteBundle, uploadBundle } from '../../actions/lib/dag-bundle';
import { AwsCallRecorder } from '../support/aws-proxy';
import { uniqueProject } from '../register-task-defs/fixtures';
import { bucketWithPolicy } from './bundle-fixtures';

function write(root: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

// Against the emulator (moto server) over HTTP with the real SDK, into a bucket with the
// environment bucket's TLS-only policy.
describe('DAG bundle upload', () => {
  const aws = createClients(targetFromEnv());
  let root: string;
  let bucket: string;
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);

  beforeAll(async () => {
    await recorder.start();
  });
  afterAll(async () => {
    await recorder.stop();
  });
  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'bundle-'));
    bucket = `${uniqueProject()}-bundle`;
    await bucketWithPolicy(aws.s3, bucket);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('uploads dags, plugins and config, then only what changed, and deletes what the repository dropped', async () => {
    write(root, 'dags/a.py', 'a = 1\n');
    write(root, 'dags/sub/b.py', 'b = 1\n');
    write(root, 'dags/__pycache__/a.cpython-312.pyc', 'bytecode');
    write(root, 'plugins/p.py', 'p = 1\n');
    write(root, 'config/webserver_config.py', 'AUTH_TYPE = 1\n');
    write(root, 'README.md', 'not in the bundle');
    const recorded = createClients({ region: 'us-east-1', endpoint: recorder.endpoint });

    const first = await uploadBundle(recorded.s3, bucket, root);
    expect(first).toMatchObject({ remove: [], unchanged: 0, changed: ['dags', 'plugins', 'config'], restart: true });
    expect([...(await remoteBundle(aws.s3, bucket)).keys()].sort()).toEqual([
      'config/webserver_config.py',
      'dags/a.py',
      'dags/sub/b.py',
      'plugins/p.py',
    ]);
    const body = await aws.s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'bundle/dags/sub/b.py' }));
    expect(await body.Body?.transformToString()).toBe('b = 1\n');

    recorder.reset();
    const again = await uploadBundle(recorded.s3, bucket, root);
    expect(again).toEqual({
      upload: [],
      remove: [],
      unchanged: 4,
      changed: [],
      restart: false,
      digest: first.digest,
      startupDigest: first.startupDigest,
      records: {},
    });
    expect(recorder.mutating()).toEqual([]);
    expect(describeUpload(again)).toBe('DAG bundle unchanged (0 uploaded, 0 deleted, 4 unchanged)');

    write(root, 'dags/a.py', 'a = 2\n');
    rmSync(path.join(root, 'dags/sub'), { recursive: true });
    recorder.reset();
    const dagOnly = await uploadBundle(recorded.s3, bucket, root);
    expect(dagOnly).toEqual({
      upload: ['dags/a.py'],
      remove: ['dags/sub/b.py'],
      unchanged: 2,
      changed: ['dags'],
      restart: false,
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      startupDigest: first.startupDigest,
      records: {},
    });
    expect(dagOnly.digest).not.toBe(first.digest);
    expect(recorder.mutating().map((c) => c.operation)).toEqual([
      `PUT /${bucket}/bundle/dags/a.py`,
      `POST /${bucket}/`,
    ]);
    expect([...(await remoteBundle(aws.s3, bucket)).keys()].sort()).toEqual([
      'config/webserver_config.py',
      'dags/a.py',
      'plugins/p.py',
    ]);

    write(root, 'plugins/p.py', 'p = 2\n');
    const plugin = await uploadBundle(recorded.s3, bucket, root);
    expect(plugin).toMatchObject({ upload: ['plugins/p.py'], changed: ['plugins'], restart: true });
    expect(describeUpload(plugin)).toBe(
      'DAG bundle: plugins changed (1 uploaded, 0 deleted, 2 unchanged); plugins changed: the components restart to load them',
    );
  });

  it('lists past one page of objects', async () => {
    for (let i = 0; i < 1005; i++) write(root, `dags/many/d${i}.py`, `# ${i}\n`);
    const first = await uploadBundle(aws.s3, bucket, root);
    expect(first.upload).toHaveLength(1005);
    rmSync(path.join(root, 'dags/many'), { recursive: true });
    write(root, 'dags/only.py', 'x = 1\n');
    const second = await uploadBundle(aws.s3, bucket, root);
    expect(second.remove).toHaveLength(1005);
    expect([...(await remoteBundle(aws.s3, bucket)).keys()]).toEqual(['dags/only.py']);
  }, 120_000);
});
