import { createServer, IncomingMessage, request, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** One AWS call seen on the wire: service and operation, decoded from the request. */
export interface AwsCall {
  service: string;
  operation: string;
  mutating: boolean;
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

/**
 * A pass-through proxy in front of the emulator that records every AWS call, so tests can count
 * them (for example: a second deploy must make no mutating call).
 */
export class AwsCallRecorder {
  readonly calls: AwsCall[] = [];
  private server?: Server;
  endpoint = '';

  constructor(private readonly upstream: string) {}

  async start(): Promise<string> {
    const upstream = new URL(this.upstream);
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        if (!(req.url ?? '').startsWith('/moto-api')) this.calls.push(decodeCall(req, body.toString('utf8')));
        const forward = request(
          { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forward.on('error', (err) => {
          res.writeHead(502);
          res.end(String(err));
        });
        forward.end(body);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.endpoint;
  }

  mutating(): AwsCall[] {
    return this.calls.filter((c) => c.mutating);
  }

  reset(): void {
    this.calls.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
