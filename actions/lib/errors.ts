/** A mistake in what the user gave us (input, config file, environment name): found before any AWS call. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** An AWS call that failed, with the resource it was about and AWS's own message. */
export class AwsError extends Error {
  constructor(
    readonly resource: string,
    readonly operation: string,
    readonly cause: unknown,
  ) {
    super(`${operation} ${resource} failed: ${describeAwsError(cause)}`);
    this.name = 'AwsError';
  }
}

export function errorName(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : undefined;
}

export function describeAwsError(err: unknown): string {
  if (err instanceof Error) {
    const code = errorName(err);
    return code && code !== 'Error' && !err.message.startsWith(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}

/** Runs one AWS call and, when it fails, says which resource and operation it was. */
export async function aws<T>(operation: string, resource: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw new AwsError(resource, operation, err);
  }
}

/** True when AWS answered that the thing is not there (each service spells it its own way). */
export function isNotFound(err: unknown): boolean {
  const name = errorName(err instanceof AwsError ? err.cause : err) ?? '';
  return /NotFound|NoSuch|NonExistent|DoesNotExist|ClusterNotFound|NotExist/i.test(name);
}

/**
 * True when AWS answered that the thing already exists. S3's BucketAlreadyExists is left out: it
 * means another account owns the name. Cloud Map answers a namespace whose name the VPC already
 * has with ConflictingDomainExists; callers look the thing up afterwards and fail if it is not theirs.
 */
export function isAlreadyExists(err: unknown): boolean {
  const name = errorName(err instanceof AwsError ? err.cause : err) ?? '';
  return (
    name !== 'BucketAlreadyExists' &&
    /AlreadyExists|Duplicate|ResourceExists|AlreadyOwnedByYou|ConflictingDomainExists/i.test(name)
  );
}

/**
 * Runs a create call; undefined when AWS answers that the thing already exists, so the caller
 * finds it and goes on as if it had been there. That happens when AWS made it but answered the
 * call with an error (the SDK's retry then meets the first attempt's work), or when another run
 * of the same environment made it first.
 */
export async function createUnlessExists<T>(
  operation: string,
  resource: string,
  call: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (isAlreadyExists(err)) return undefined;
    throw new AwsError(resource, operation, err);
  }
}

/** Runs a delete call; false when AWS answers that the thing is not there (any more). */
export async function deleteUnlessGone(
  operation: string,
  resource: string,
  call: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw new AwsError(resource, operation, err);
  }
}
