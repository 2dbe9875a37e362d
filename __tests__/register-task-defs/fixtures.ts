import { CreateRepositoryCommand, PutImageCommand, RepositoryAlreadyExistsException } from '@aws-sdk/client-ecr';
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { createHash, randomBytes } from 'node:crypto';
import { AwsClients } from '../../actions/lib/aws-clients';
import { Environment } from '../../actions/lib/environment';
import { DatabaseInfo, ensureDatabase } from '../../actions/lib/database';

/** A project of its own per test: test files share one emulator and run in parallel. */
export function uniqueProject(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

/**
 * What provision-rds leaves behind, made with its own library (which generates the secrets through
 * secrets.ts), plus every secret value, read back so tests can look for leaks.
 */
export async function provision(aws: AwsClients, env: Environment): Promise<{ info: DatabaseInfo; values: string[] }> {
  const { info } = await ensureDatabase(aws, env, { mask: () => undefined, wait: { log: () => undefined } });
  const arns = [info.secretArn, ...Object.values(info.secrets)];
  const values = await Promise.all(
    arns.map(
      async (arn) => (await aws.secrets.send(new GetSecretValueCommand({ SecretId: arn }))).SecretString as string,
    ),
  );
  return { info, values: secretStrings(values.map((value) => ({ value }))) };
}

/** Every string a secret could leak as: the whole value and each JSON field of it but the user name. */
export function secretStrings(values: { value: string }[]): string[] {
  return values.flatMap(({ value }) => {
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object') {
        const fields = Object.entries(parsed as Record<string, string>).filter(([key]) => key !== 'username');
        return [value, ...fields.map(([, field]) => field)];
      }
    } catch {
      // a plain string
    }
    return [value];
  });
}

/** Pushes a tiny image manifest into the project's repository (the emulator stores it as is). */
export async function pushImage(aws: AwsClients, env: Environment, tag: string): Promise<string> {
  const repositoryName = env.names.ecrRepository;
  try {
    await aws.ecr.send(new CreateRepositoryCommand({ repositoryName }));
  } catch (err) {
    if (!(err instanceof RepositoryAlreadyExistsException)) throw err;
  }
  const layer = `sha256:${createHash('sha256').update(tag).digest('hex')}`;
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 7023, digest: layer },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 32654, digest: layer }],
  });
  const pushed = await aws.ecr.send(new PutImageCommand({ repositoryName, imageManifest: manifest, imageTag: tag }));
  return pushed.image?.imageId?.imageDigest as string;
}
