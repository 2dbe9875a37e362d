import { CommonInputs, prepare } from '../actions/lib/action';
import { aws } from '../actions/lib/errors';
import { secretName } from '../actions/lib/secrets';

/**
 * The admin user's password from the environment's admin-password secret (JSON username and
 * password), for signing in; the user name goes to stderr so the password alone can be piped.
 */
export async function adminPassword(
  inputs: CommonInputs,
  out: (line: string) => void,
  print: (text: string) => void,
): Promise<void> {
  const { env, aws: clients } = prepare(inputs);
  const name = secretName(env, 'admin-password');
  const secret = await aws('GetSecretValue', `secret ${name}`, () =>
    clients.secrets.getSecretValue({ SecretId: name }),
  );
  const { username, password } = JSON.parse(secret.SecretString ?? '{}') as { username?: string; password?: string };
  if (!password) throw new Error(`secret ${name} has no "password" key: run deploy for environment ${env.name}.`);
  out(`Admin user of ${env.name}: ${username ?? 'admin'} (password on stdout)`);
  print(`${password}\n`);
}
