import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, request, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** One AWS call seen on the wire: service and operation, decoded from the request. */
export interface AwsCall {
  service: string;
  operation: string;
  mutating: boolean;
}

/** A request the proxy answered itself with an error. */
export interface InjectedFault extends AwsCall {
  status: number;
  code: string;
  /** Forwarded (the change happened) before the error answer; such a call is in `calls` too. */
  applied: boolean;
}

/**
 * Fault injection: a seeded pseudo-random share of requests is answered the way AWS answers when
 * it throttles or fails, in each service's wire protocol, and never reaches the emulator.
 */
export interface FaultOptions {
  /** Share of requests answered with a fault, 0..1. */
  rate: number;
  /** Of those, the share answered with a 500 instead of throttling (default 0.2). */
  serverErrorShare?: number;
  seed: number;
  /** Fault the first request of each service, so every service used sees at least one (default true). */
  firstOfEachService?: boolean;
  /**
   * Of the mutating requests answered with a 500, the share forwarded first: the change happens
   * and the caller still hears a 500 (default 0: faults are never forwarded).
   */
  appliedShare?: number;
  /**
   * The first request of every operation matching this (tested against "service operation", S3's
   * operation being its method and sub-resources: "s3 PUT " is CreateBucket) is forwarded, then
   * answered with a 500, whatever the rate: AWS made the change and the caller hears it failed.
   */
  applyThenFail?: RegExp;
}

const READ_ONLY = /^(Describe|List|Get|Head|Check|Lookup|BatchGet|Search)/;

// The SDK signs each request with its service name in the credential scope.
function serviceOf(req: IncomingMessage): string {
  const auth = req.headers.authorization ?? '';
  return /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(auth)?.[1] ?? 'unknown';
}

export function decodeCall(req: IncomingMessage, body: string): AwsCall {
  const service = serviceOf(req);
  const target = req.headers['x-amz-target'];
  let operation: string;
  if (typeof target === 'string') {
    operation = target.split('.').pop() ?? target; // JSON protocols: ECS, ECR, Logs, Secrets Manager
  } else if (/(^|&)Action=/.test(body)) {
    operation = new URLSearchParams(body).get('Action') ?? 'unknown'; // query protocols: IAM, RDS, EC2, STS
  } else if (service === 's3') {
    operation = `${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`;
    return { service, operation, mutating: !['GET', 'HEAD'].includes(req.method ?? 'GET') };
  } else {
    operation = `${req.method} ${req.url}`; // REST protocols (EFS, Cloud Map's REST parts)
    return { service, operation, mutating: !['GET', 'HEAD'].includes(req.method ?? 'GET') };
  }
  return { service, operation, mutating: !READ_ONLY.test(operation) };
}

/** A number in [0, 1) from the seed and a key: the same key always gets the same number. */
function unitHash(seed: number, key: string): number {
  return createHash('sha256').update(`${seed}\0${key}`).digest().readUInt32BE(0) / 2 ** 32;
}

// S3's operation is the method plus its sub-resource (?tagging, ?policy...), not the bucket's name.
function operationKey(req: IncomingMessage, call: AwsCall): string {
  if (call.service !== 's3') return call.operation;
  const query = [...new URL(req.url ?? '/', 'http://x').searchParams.keys()].sort().join('&');
  return `${req.method} ${query}`;
}

interface FaultAnswer {
  status: number;
  code: string;
  headers: Record<string, string>;
  body: string;
}

const XML = { 'content-type': 'text/xml' };

/** What AWS sends back when it throttles (or fails with a 500), per wire protocol. */
export function faultAnswer(req: IncomingMessage, service: string, serverError: boolean): FaultAnswer {
  const requestId = createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 32);
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') {
    const code = serverError ? 'InternalFailure' : 'ThrottlingException';
    const message = serverError ? 'An internal error occurred.' : 'Rate exceeded';
    const contentType = String(req.headers['content-type'] ?? '').startsWith('application/x-amz-json-1.0')
      ? 'application/x-amz-json-1.0'
      : 'application/x-amz-json-1.1';
    return {
      status: serverError ? 500 : 400,
      code,
      headers: { 'content-type': contentType, 'x-amzn-requestid': requestId },
      body: JSON.stringify({ __type: code, message }),
    };
  }
  if (service === 'elasticfilesystem') {
    // REST JSON: the error's name in a header (and the body), as EFS answers.
    const code = serverError ? 'InternalServerError' : 'ThrottlingException';
    const message = serverError ? 'An internal error occurred.' : 'Rate exceeded';
    return {
      status: serverError ? 500 : 400,
      code,
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': code, 'x-amzn-requestid': requestId },
      body: JSON.stringify({ ErrorCode: code, Message: message }),
    };
  }
  if (service === 'ec2') {
    const code = serverError ? 'InternalError' : 'RequestLimitExceeded';
    const message = serverError ? 'An internal error has occurred' : 'Request limit exceeded.';
    return {
      status: serverError ? 500 : 503,
      code,
      headers: XML,
      body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
    };
  }
  if (service === 's3') {
    const code = serverError ? 'InternalError' : 'SlowDown';
    const message = serverError
      ? 'We encountered an internal error. Please try again.'
      : 'Please reduce your request rate.';
    return {
      status: serverError ? 500 : 503,
      code,
      headers: { ...XML, 'x-amz-request-id': requestId },
      body:
        req.method === 'HEAD'
          ? ''
          : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId}</RequestId></Error>`,
    };
  }
  // Query protocols: IAM, RDS, STS.
  const code = serverError ? 'InternalFailure' : 'Throttling';
  const message = serverError ? 'An internal error occurred.' : 'Rate exceeded';
  return {
    status: serverError ? 500 : 400,
    code,
    headers: XML,
    body: `<ErrorResponse xmlns="https://${service}.amazonaws.com/doc/"><Error><Type>${serverError ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
  };
}

/**
 * A proxy in front of the emulator that records every AWS call, so tests can count them (for
 * example: a second deploy must make no mutating call). With `faults` it also answers a share of
 * requests itself with throttling or 500 errors; those are recorded in `faults`, not in `calls`
 * (unless `appliedShare` let the request through first).
 */
export class AwsCallRecorder {
  /** Calls forwarded to the emulator. */
  readonly calls: AwsCall[] = [];
  /** Requests answered with an injected fault (forwarded only when `applied`). */
  readonly faults: InjectedFault[] = [];
  private server?: Server;
  private readonly seen = new Map<string, number>();
  private readonly faultedServices = new Set<string>();
  endpoint = '';
  /**
   * Called once the emulator has answered a forwarded call, before the caller hears the answer:
   * a test can stop the calling process there, as a crash right after AWS made a change.
   */
  onForwarded?: (call: AwsCall) => void;

  constructor(
    private readonly upstream: string,
    private readonly faultOptions?: FaultOptions,
  ) {}

  async start(): Promise<string> {
    const upstream = new URL(this.upstream);
    const forward = (req: IncomingMessage, body: Buffer): Promise<IncomingMessage | Error> =>
      new Promise((resolve) => {
        const upstreamRequest = request(
          { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
          resolve,
        );
        upstreamRequest.on('error', resolve);
        upstreamRequest.end(body);
      });
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks);
        const call = (req.url ?? '').startsWith('/moto-api') ? undefined : decodeCall(req, body.toString('utf8'));
        const fault = call && this.decideFault(req, call);
        if (call && (!fault || fault.applied)) this.calls.push(call);
        if (call && fault) {
          this.faults.push({ ...call, status: fault.answer.status, code: fault.answer.code, applied: fault.applied });
        }
        if (!fault || fault.applied) {
          const answer = await forward(req, body);
          if (answer instanceof Error) {
            res.writeHead(502);
            res.end(String(answer));
            return;
          }
          if (call) this.onForwarded?.(call);
          if (!fault) {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
            return;
          }
          // The change happened; the caller hears a 500 anyway (as when AWS fails after applying it).
          answer.resume();
          await new Promise((resolve) => answer.on('end', resolve));
        }
        res.writeHead(fault.answer.status, {
          ...fault.answer.headers,
          'content-length': Buffer.byteLength(fault.answer.body),
        });
        res.end(fault.answer.body);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.endpoint;
  }

  /**
   * Whether to fault this request. The decision for the n-th request of an operation depends only
   * on the seed, the operation and n, so concurrent requests of different operations interleaving
   * differently from run to run do not change which requests fail.
   */
  private decideFault(req: IncomingMessage, call: AwsCall): { answer: FaultAnswer; applied: boolean } | undefined {
    const options = this.faultOptions;
    if (!options || call.service === 'unknown') return undefined;
    const key = `${call.service} ${operationKey(req, call)}`;
    const n = this.seen.get(key) ?? 0;
    this.seen.set(key, n + 1);
    if (n === 0 && options.applyThenFail?.test(key)) {
      this.faultedServices.add(call.service);
      return { answer: faultAnswer(req, call.service, true), applied: true };
    }
    const forced = (options.firstOfEachService ?? true) && !this.faultedServices.has(call.service);
    if (!forced && unitHash(options.seed, `${key}#${n}`) >= options.rate) return undefined;
    this.faultedServices.add(call.service);
    const serverError = unitHash(options.seed, `${key}#${n}#kind`) < (options.serverErrorShare ?? 0.2);
    const applied =
      serverError && call.mutating && unitHash(options.seed, `${key}#${n}#applied`) < (options.appliedShare ?? 0);
    return { answer: faultAnswer(req, call.service, serverError), applied };
  }

  mutating(): AwsCall[] {
    return this.calls.filter((c) => c.mutating);
  }

  reset(): void {
    this.calls.length = 0;
    this.faults.length = 0;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections(); // keep-alive sockets would hold the close (and jest) open
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
