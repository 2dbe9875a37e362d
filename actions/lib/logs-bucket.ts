import type { BucketLocationConstraint, LifecycleRule } from '@aws-sdk/client-s3';
import { AwsClients } from './aws-clients';
import { Environment } from './environment';
import { aws, AwsError, createUnlessExists, errorName, isNotFound } from './errors';
import { ArnContext, canonicalJson, EnsureStatus, parsePolicyDocument, PolicyDocument } from './iam-roles';

/** Airflow's task logs go under this prefix of the environment's bucket; the task role may touch nothing else. */
export const TASK_LOG_PREFIX = 'task-logs';

export function logsBucketName(env: Environment, ctx: ArnContext): string {
  return env.names.logsBucket(ctx.account, ctx.region);
}

/** Task logs of previews matter for a few weeks; long-lived environments keep them a year. */
export function logExpiryDays(env: Environment): number {
  return env.kind === 'long-lived' ? 365 : 30;
}

export function tlsOnlyPolicy(bucket: string, partition: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 's3:*',
        Resource: [`arn:${partition}:s3:::${bucket}`, `arn:${partition}:s3:::${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  };
}

export function lifecycleRules(env: Environment): LifecycleRule[] {
  return [
    {
      ID: 'expire-task-logs',
      Status: 'Enabled',
      // Only the task logs: the DAG bundle (dag-bundle.ts) lives in the same bucket and must not expire.
      Filter: { Prefix: `${TASK_LOG_PREFIX}/` },
      Expiration: { Days: logExpiryDays(env) },
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
    },
  ];
}

const PUBLIC_ACCESS_BLOCK = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

export interface EnsuredBucket {
  name: string;
  status: EnsureStatus;
  /** What was changed on an existing bucket (empty when created or unchanged). */
  changes: string[];
}

/** Reads a bucket setting; "not configured" answers (each spelled its own way) come back as undefined. */
async function read<T>(operation: string, bucket: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    const name = errorName(err) ?? '';
    if (isNotFound(err) || /NotFound|NoSuch|ServerSideEncryptionConfigurationNotFound/.test(name)) return undefined;
    throw new AwsError(`S3 bucket ${bucket}`, operation, err);
  }
}

async function bucketExists(s3: AwsClients['s3'], bucket: string): Promise<boolean> {
  try {
    await s3.headBucket({ Bucket: bucket });
    return true;
  } catch (err) {
    const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404 || isNotFound(err)) return false;
    if (status === 403) {
      throw new AwsError(
        `S3 bucket ${bucket}`,
        'HeadBucket',
        new Error(
          'the bucket exists but this account may not use it (bucket names are global; is it another account’s?)',
        ),
      );
    }
    throw new AwsError(`S3 bucket ${bucket}`, 'HeadBucket', err);
  }
}

function sameRules(have: LifecycleRule[] | undefined, want: LifecycleRule[]): boolean {
  const pick = (r: LifecycleRule) => ({
    id: r.ID,
    status: r.Status,
    prefix: r.Filter?.Prefix ?? r.Prefix ?? '',
    days: r.Expiration?.Days,
    abort: r.AbortIncompleteMultipartUpload?.DaysAfterInitiation,
  });
  return canonicalJson((have ?? []).map(pick)) === canonicalJson(want.map(pick));
}

/**
 * The bucket for Airflow's remote task logs: encrypted, never public, TLS only, logs expiring.
 * Each setting is read first and written only when it differs.
 */
export async function ensureLogsBucket(
  s3: AwsClients['s3'],
  env: Environment,
  ctx: ArnContext,
): Promise<EnsuredBucket> {
  const bucket = logsBucketName(env, ctx);
  const resource = `S3 bucket ${bucket}`;
  const created = !(await bucketExists(s3, bucket));
  if (created) {
    // BucketAlreadyOwnedByYou: a retried or concurrent create made it; the settings below are checked anyway.
    await createUnlessExists('CreateBucket', resource, () =>
      s3.createBucket({
        Bucket: bucket,
        ...(ctx.region === 'us-east-1'
          ? {}
          : { CreateBucketConfiguration: { LocationConstraint: ctx.region as BucketLocationConstraint } }),
      }),
    );
  }
  const changes: string[] = [];

  const settings: { name: string; matches: () => Promise<boolean>; write: () => Promise<unknown> }[] = [
    {
      name: 'public access block',
      matches: async () => {
        const got = await read('GetPublicAccessBlock', bucket, () => s3.getPublicAccessBlock({ Bucket: bucket }));
        const have = got?.PublicAccessBlockConfiguration;
        return Object.entries(PUBLIC_ACCESS_BLOCK).every(([k, v]) => have?.[k as keyof typeof have] === v);
      },
      write: () => s3.putPublicAccessBlock({ Bucket: bucket, PublicAccessBlockConfiguration: PUBLIC_ACCESS_BLOCK }),
    },
    {
      name: 'encryption',
      matches: async () => {
        const got = await read('GetBucketEncryption', bucket, () => s3.getBucketEncryption({ Bucket: bucket }));
        // Any default encryption the owner chose (SSE-S3 or KMS) is kept.
        return (got?.ServerSideEncryptionConfiguration?.Rules ?? []).some((r) =>
          ['AES256', 'aws:kms', 'aws:kms:dsse'].includes(r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? ''),
        );
      },
      write: () =>
        s3.putBucketEncryption({
          Bucket: bucket,
          ServerSideEncryptionConfiguration: {
            Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
          },
        }),
    },
    {
      name: 'TLS-only policy',
      matches: async () => {
        const got = await read('GetBucketPolicy', bucket, () => s3.getBucketPolicy({ Bucket: bucket }));
        return (
          got?.Policy !== undefined &&
          canonicalJson(parsePolicyDocument(got.Policy)) === canonicalJson(tlsOnlyPolicy(bucket, ctx.partition))
        );
      },
      write: () => s3.putBucketPolicy({ Bucket: bucket, Policy: JSON.stringify(tlsOnlyPolicy(bucket, ctx.partition)) }),
    },
    {
      name: 'lifecycle',
      matches: async () => {
        const got = await read('GetBucketLifecycleConfiguration', bucket, () =>
          s3.getBucketLifecycleConfiguration({ Bucket: bucket }),
        );
        return sameRules(got?.Rules, lifecycleRules(env));
      },
      write: () =>
        s3.putBucketLifecycleConfiguration({
          Bucket: bucket,
          LifecycleConfiguration: { Rules: lifecycleRules(env) },
        }),
    },
    {
      name: 'tags',
      matches: async () => {
        const got = await read('GetBucketTagging', bucket, () => s3.getBucketTagging({ Bucket: bucket }));
        const have = new Map((got?.TagSet ?? []).map((t) => [t.Key, t.Value]));
        return Object.entries(env.tags).every(([k, v]) => have.get(k) === v);
      },
      write: async () => {
        // PutBucketTagging replaces the whole set: keep tags others put there.
        const got = await read('GetBucketTagging', bucket, () => s3.getBucketTagging({ Bucket: bucket }));
        const merged: Record<string, string> = {
          ...Object.fromEntries((got?.TagSet ?? []).map((t) => [t.Key as string, t.Value ?? ''])),
          ...env.tags,
        };
        return s3.putBucketTagging({
          Bucket: bucket,
          Tagging: { TagSet: Object.entries(merged).map(([Key, Value]) => ({ Key, Value })) },
        });
      },
    },
  ];

  await Promise.all(
    settings.map(async (setting) => {
      if (!created && (await setting.matches())) return;
      await aws(`configure ${setting.name} of`, resource, setting.write);
      if (!created) changes.push(setting.name);
    }),
  );
  return { name: bucket, status: created ? 'created' : changes.length ? 'updated' : 'unchanged', changes };
}

/** Empties and deletes the bucket (all versions); returns false when there was none. */
export async function destroyLogsBucket(s3: AwsClients['s3'], env: Environment, ctx: ArnContext): Promise<boolean> {
  return deleteBucket(s3, logsBucketName(env, ctx));
}

/** Deletes every object version and delete marker of a bucket, then the bucket; false when there was none. */
export async function deleteBucket(s3: AwsClients['s3'], bucket: string): Promise<boolean> {
  const resource = `S3 bucket ${bucket}`;
  if (!(await bucketExists(s3, bucket))) return false;
  for (;;) {
    const page = await aws('ListObjectVersions', resource, () => s3.listObjectVersions({ Bucket: bucket }));
    const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((v) => ({
      Key: v.Key as string,
      VersionId: v.VersionId,
    }));
    if (!objects.length) break;
    await aws('DeleteObjects', resource, () =>
      s3.deleteObjects({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }),
    );
  }
  try {
    await s3.deleteBucket({ Bucket: bucket });
  } catch (err) {
    if (isNotFound(err)) return false;
    throw new AwsError(resource, 'DeleteBucket', err);
  }
  return true;
}
