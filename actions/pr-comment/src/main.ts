import * as core from '@actions/core';
import { ConfigError } from '../../lib/errors';
import { run } from './run';

// Not lib/action's runAction: that module brings the AWS clients, which this action never uses.
run().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  core.setFailed(err instanceof ConfigError ? `pr-comment: configuration error: ${message}` : `pr-comment: ${message}`);
});
