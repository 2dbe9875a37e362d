import { randomBytes } from 'node:crypto';
import { AwsClients } from './aws-clients';
import { Environment } from './environment';
import { aws, AwsError, createUnlessExists, isNotFound } from './errors';

/** The values every component shares, made once per environment and never regenerated. */
export const GENERATED_SECRETS = ['fernet-key', 'jwt-secret', 'api-secret-key', 'admin-password'] as const;
export type GeneratedSecret = (typeof GENERATED_SECRETS)[number] | 'database';

function generate(kind: GeneratedSecret, adminUser: string): string {
  switch (kind) {
    case 'fernet-key':
      return randomBytes(32).toString('base64url') + '='; // Fernet: 32 url-safe base64 bytes
    case 'database':
      return JSON.stringify({ username: 'airflow', password: randomBytes(24).toString('base64url') });
    case 'admin-password':
      return JSON.stringify({ username: adminUser, password: randomBytes(18).toString('base64url') });
    default:
      return randomBytes(32).toString('base64url');
  }
}

export function secretName(env: Environment, kind: GeneratedSecret): string {
  return `${env.names.secretPrefix}/${kind}`;
}

export interface EnsuredSecret {
  arn: string;
  created: boolean;
}

/**
 * Returns the secret's ARN, creating it with a fresh value only when it does not exist. The value
 * is handed to `mask` before anything else can print it, and is never read back.
 */
export async function ensureSecret(
  client: AwsClients['secrets'],
  env: Environment,
  kind: GeneratedSecret,
  mask: (value: string) => void,
): Promise<EnsuredSecret> {
  const name = secretName(env, kind);
  try {
    const existing = await client.describeSecret({ SecretId: name });
    if (existing.DeletedDate) {
      // A teardown scheduled it for deletion; bring back the same value rather than a new one.
      await aws('RestoreSecret', `secret ${name}`, () => client.restoreSecret({ SecretId: name }));
    }
    return { arn: existing.ARN as string, created: false };
  } catch (err) {
    if (!isNotFound(err)) throw new AwsError(name, 'DescribeSecret', err);
  }
  const value = generate(kind, env.adminUser);
  mask(value);
  // The password inside a JSON secret is masked on its own; the user name is not secret, and
  // masking a word like "admin" would blank it out of every log line.
  const { password } = safeJson(value);
  if (password) mask(password);
  // Already there: a retried or concurrent create made it; whichever value won is the one all share.
  const made = await createUnlessExists('CreateSecret', `secret ${name}`, () =>
    client.createSecret({
      Name: name,
      SecretString: value,
      Description: `${kind} of Airflow environment ${env.name} (airflow-fargate)`,
      Tags: Object.entries(env.tags).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
  if (made) return { arn: made.ARN as string, created: true };
  const arn = await describeSecretArn(client, env, kind);
  if (!arn) throw new AwsError(name, 'DescribeSecret', new Error('it exists but cannot be found'));
  return { arn, created: false };
}

function safeJson(value: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The ARN of one of this environment's secrets, or undefined when it does not exist (or is scheduled for deletion). */
export async function describeSecretArn(
  client: AwsClients['secrets'],
  env: Environment,
  kind: GeneratedSecret,
): Promise<string | undefined> {
  const name = secretName(env, kind);
  try {
    const found = await client.describeSecret({ SecretId: name });
    return found.DeletedDate ? undefined : found.ARN;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(name, 'DescribeSecret', err);
  }
}

/**
 * Deletes a secret at once, without the recovery window, so a redeploy can create it again under
 * the same name; false when it was not there.
 */
export async function forceDeleteSecret(client: AwsClients['secrets'], secretId: string): Promise<boolean> {
  try {
    await client.deleteSecret({ SecretId: secretId, ForceDeleteWithoutRecovery: true });
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw new AwsError(`secret ${secretId}`, 'DeleteSecret', err);
  }
}
