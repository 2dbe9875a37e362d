// The STS commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.
export { STSClient as Client, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
