// The Secrets Manager commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.
export {
  SecretsManagerClient as Client,
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  RestoreSecretCommand,
} from '@aws-sdk/client-secrets-manager';
