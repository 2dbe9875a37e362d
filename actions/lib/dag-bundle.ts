import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AwsClients } from './aws-clients';
import { aws } from './errors';

/**
 * What a DAG-only deploy carries, relative to the repository root: the files Airflow reads from
 * its home folder (config/ holds webserver_config.py and the logging config).
 */
export const BUNDLE_INPUTS = ['dags', 'plugins', 'config'] as const;
export type BundleInput = (typeof BUNDLE_INPUTS)[number];
/** The bundle's folder in the environment's bucket; the sync task copies it into the shared volume. */
export const BUNDLE_PREFIX = 'bundle/';

/**
 * Beside the bundle's folders, never part of it, two records a deploy reads from the listing (the
 * ETag is the MD5 of the content, so no other call is needed): what the sync task last copied into
 * the volume (bundle-sync.ts), and which plugins and config the running components loaded
 * (dags-deploy.ts).
 */
export const SYNC_RECORD_KEY = `${BUNDLE_PREFIX}.airflow-fargate-synced`;
export const LOADED_RECORD_KEY = `${BUNDLE_PREFIX}.airflow-fargate-loaded`;
const RECORD_KEYS = [SYNC_RECORD_KEY, LOADED_RECORD_KEY];

/** Inputs whose change needs the long-running components restarted: Airflow reads them at start only. */
export const RESTART_INPUTS: readonly BundleInput[] = ['plugins', 'config'];

const UPLOAD_CONCURRENCY = 8;
const DELETE_BATCH = 1000;

function ignored(name: string): boolean {
  return name === '__pycache__' || name.endsWith('.pyc') || name.endsWith('.pyo');
}

function walk(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  const stat = lstatSync(full);
  if (stat.isDirectory()) {
    return readdirSync(full)
      .filter((name) => !ignored(name))
      .flatMap((name) => walk(root, `${relative}/${name}`));
  }
  return stat.isFile() ? [relative] : [];
}

/** MD5 of a record's content: the ETag S3 gives it. */
export function recordEtag(content: string): string {
  return createHash('md5').update(content).digest('hex');
}

/** The bundle's files (relative path, forward slashes) with the MD5 of each, which is S3's ETag for them. */
export function localBundle(root: string): Map<string, string> {
  const files = BUNDLE_INPUTS.flatMap((input) => walk(root, input)).sort();
  return new Map(
    files.map((file) => [
      file,
      createHash('md5')
        .update(readFileSync(path.join(root, file)))
        .digest('hex'),
    ]),
  );
}

/** A digest of the bundle's content: every file's path and MD5. */
export function bundleDigest(files: Map<string, string>): string {
  const hash = createHash('sha256');
  for (const [file, md5] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${file}\0${md5}\n`);
  return hash.digest('hex');
}

const etagOf = (etag: string | undefined) => (etag ?? '').replace(/"/g, '');

/** What the bucket holds under the bundle prefix (relative path to ETag), and the records' ETags. */
async function listBundle(
  s3: AwsClients['s3'],
  bucket: string,
): Promise<{ files: Map<string, string>; records: Record<string, string> }> {
  const files = new Map<string, string>();
  const records: Record<string, string> = {};
  let token: string | undefined;
  do {
    const page = await aws('ListObjectsV2', `s3://${bucket}/${BUNDLE_PREFIX}`, () =>
      s3.listObjectsV2({ Bucket: bucket, Prefix: BUNDLE_PREFIX, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue;
      if (RECORD_KEYS.includes(object.Key)) records[object.Key] = etagOf(object.ETag);
      else files.set(object.Key.slice(BUNDLE_PREFIX.length), etagOf(object.ETag));
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return { files, records };
}

/** What the bucket holds under the bundle prefix: relative path to ETag. */
export async function remoteBundle(s3: AwsClients['s3'], bucket: string): Promise<Map<string, string>> {
  return (await listBundle(s3, bucket)).files;
}

export interface BundlePlan {
  upload: string[];
  remove: string[];
  unchanged: number;
}

export function planBundle(local: Map<string, string>, remote: Map<string, string>): BundlePlan {
  const upload = [...local].filter(([file, md5]) => remote.get(file) !== md5).map(([file]) => file);
  const remove = [...remote.keys()].filter((file) => !local.has(file)).sort();
  return { upload, remove, unchanged: local.size - upload.length };
}

const restarts = (input: BundleInput) => RESTART_INPUTS.includes(input);

/** Which inputs (dags, plugins, config) the given files belong to. */
export function inputsOf(files: readonly string[]): BundleInput[] {
  return BUNDLE_INPUTS.filter((input) => files.some((file) => file.startsWith(`${input}/`)));
}

export interface UploadedBundle extends BundlePlan {
  /** The inputs something was uploaded to or deleted from. */
  changed: BundleInput[];
  /** True when plugins or config changed: the components must restart to read them. */
  restart: boolean;
  /** bundleDigest of what the prefix now holds. */
  digest: string;
  /** bundleDigest of the files Airflow reads at start only (plugins/, config/). */
  startupDigest: string;
  /** The ETags of the records found beside the bundle (SYNC_RECORD_KEY, LOADED_RECORD_KEY). */
  records: Record<string, string>;
}

/**
 * Brings the bucket's bundle prefix in line with the repository's dags/, plugins/ and config/:
 * uploads only the files whose content differs from what is there, deletes what the repository
 * no longer has. A re-run with nothing changed lists the prefix and sends nothing else.
 */
export async function uploadBundle(s3: AwsClients['s3'], bucket: string, root: string): Promise<UploadedBundle> {
  const local = localBundle(root);
  const remote = await listBundle(s3, bucket);
  const plan = planBundle(local, remote.files);
  for (const batch of chunk(plan.upload, UPLOAD_CONCURRENCY)) {
    await Promise.all(
      batch.map((file) => {
        const key = `${BUNDLE_PREFIX}${file}`;
        return aws('PutObject', `s3://${bucket}/${key}`, () =>
          s3.putObject({ Bucket: bucket, Key: key, Body: readFileSync(path.join(root, file)) }),
        );
      }),
    );
  }
  for (const files of chunk(plan.remove, DELETE_BATCH)) {
    const result = await aws('DeleteObjects', `s3://${bucket}/${BUNDLE_PREFIX}`, () =>
      s3.deleteObjects({
        Bucket: bucket,
        Delete: { Objects: files.map((file) => ({ Key: `${BUNDLE_PREFIX}${file}` })), Quiet: true },
      }),
    );
    const failed = result.Errors ?? [];
    if (failed.length) {
      throw new Error(
        `DeleteObjects s3://${bucket}/${BUNDLE_PREFIX} failed for ${failed.length} object(s), first ${failed[0].Key}: ${failed[0].Code} ${failed[0].Message}`,
      );
    }
  }
  const changed = inputsOf([...plan.upload, ...plan.remove]);
  return {
    ...plan,
    changed,
    restart: changed.some(restarts),
    digest: bundleDigest(local),
    startupDigest: bundleDigest(new Map([...local].filter(([file]) => inputsOf([file]).some(restarts)))),
    records: remote.records,
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** One line for logs and summaries. */
export function describeUpload(result: UploadedBundle): string {
  const counts = `${result.upload.length} uploaded, ${result.remove.length} deleted, ${result.unchanged} unchanged`;
  if (!result.changed.length) return `DAG bundle unchanged (${counts})`;
  const restart = result.restart
    ? `; ${result.changed.filter((input) => RESTART_INPUTS.includes(input)).join(' and ')} changed: the components restart to load them`
    : '';
  return `DAG bundle: ${result.changed.join(', ')} changed (${counts})${restart}`;
}
