#!/usr/bin/env node
// The benchmark of issue 4, against a moto_server of its own behind a proxy that counts AWS calls:
// the CLI's deploy of a fresh environment, the same deploy again (no-op), a DAG-only deploy of one
// changed DAG (issue 8) and its teardown (wall time, calls total and mutating, per service); and each bundle's cold start, from process start to its
// first AWS call, as a ratio to `node -e 0`. Prints PASS/MISS against the issue's targets; exits
// non-zero only when a step fails. Run through `npm run bench` (scripts/bench.sh).
const { spawn } = require('node:child_process');
const { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { createServer, request } = require('node:http');
const net = require('node:net');
const os = require('node:os');
const { tmpdir } = os;
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { Buffer } = require('node:buffer');
const { setTimeout } = require('node:timers');
const { URL, URLSearchParams } = require('node:url');
const { CreateSubnetCommand, CreateVpcCommand, EC2Client, ModifyVpcAttributeCommand } = require('@aws-sdk/client-ec2');

const root = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const REGION = 'us-east-1';
const IMAGE = 'public.ecr.aws/docker/library/busybox:1.36';
const ACTIONS = ['build-push-image', 'provision-rds', 'register-task-defs', 'run-airflow', 'teardown'];
const COLD_START_TARGET = 1.5;

// Credentials the emulator accepts; never the caller's own (no profile, no session).
for (const name of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_DEFAULT_PROFILE']) delete process.env[name];
Object.assign(process.env, {
  AWS_REGION: REGION,
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  // This machine's Node 20 draws the SDK's notice about future Node versions once per process.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

// --- the emulator ------------------------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// As __tests__/support/emulator.ts starts it: services reach runningCount 1 (moto never starts tasks).
async function startEmulator() {
  const port = await freePort();
  // moto as the tests and the local stack run it (local/emulator.py: bucket policies evaluated as for
  // TLS requests, so the bucket's TLS-only Deny lets the DAG bundle's objects through).
  const launcher = path.join(root, 'local', 'emulator.py');
  const child = spawn(path.join(root, '.venv', 'bin', 'python'), [launcher, '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, MOTO_IAM_LOAD_MANAGED_POLICIES: 'true', MOTO_ECS_SERVICE_RUNNING: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr = (stderr + c).slice(-4000)));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with ${child.exitCode}: ${stderr}`);
    try {
      if ((await globalThis.fetch(`${endpoint}/moto-api/data.json`)).ok) {
        child.stderr.resume();
        return { endpoint, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`moto_server did not answer on ${endpoint} within 60 s: ${stderr}`);
}

// --- the counting proxy ------------------------------------------------------------------------
// The decoding of __tests__/support/aws-proxy.ts (AwsCallRecorder), kept minimal here: that file is
// TypeScript with fault injection the tests use, and this script runs on plain Node.

const READ_ONLY = /^(Describe|List|Get|Head|Check|Lookup|BatchGet|Search)/;

function decodeCall(req, body) {
  const auth = req.headers.authorization || '';
  const service = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(auth)?.[1] ?? 'unknown';
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') {
    const operation = target.split('.').pop();
    return { service, operation, mutating: !READ_ONLY.test(operation) };
  }
  if (/(^|&)Action=/.test(body)) {
    const operation = new URLSearchParams(body).get('Action') ?? 'unknown';
    return { service, operation, mutating: !READ_ONLY.test(operation) };
  }
  // REST protocols (S3, parts of Cloud Map): reads are GET and HEAD.
  const operation = `${req.method} ${new URL(req.url || '/', 'http://x').pathname}`;
  return { service, operation, mutating: !['GET', 'HEAD'].includes(req.method) };
}

async function startProxy(upstream) {
  const target = new URL(upstream);
  const proxy = { calls: [], listeners: [] };
  const server = createServer((req, res) => {
    const at = performance.now();
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (!(req.url || '').startsWith('/moto-api')) {
        const call = { ...decodeCall(req, body.toString('utf8')), at };
        proxy.calls.push(call);
        for (const listener of proxy.listeners) listener(call);
      }
      const out = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode || 502, answer.headers);
          answer.pipe(res);
        },
      );
      out.on('error', (err) => {
        res.writeHead(502);
        res.end(String(err));
      });
      out.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.endpoint = `http://127.0.0.1:${server.address().port}`;
  proxy.stop = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  proxy.take = () => proxy.calls.splice(0);
  return proxy;
}

// --- measurements ------------------------------------------------------------------------------

function run(args, env, { quiet = true, cwd = root } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (c) => {
      output = (output + c).slice(-20000);
      if (!quiet) process.stderr.write(c);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, output }));
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Milliseconds from spawning `node <file>` to its first request, seen at a proxy of its own (a
 * stopped process's requests still in flight must not count for the next); the process is then stopped.
 */
async function timeToFirstCall(upstream, file, env) {
  const proxy = await startProxy(upstream);
  try {
    return await new Promise((resolve, reject) => {
      let output = '';
      const started = performance.now();
      const child = spawn(process.execPath, [file], {
        cwd: root,
        env: { ...env, AWS_ENDPOINT_URL: proxy.endpoint },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (c) => (output = (output + c).slice(-4000)));
      child.stderr.on('data', (c) => (output = (output + c).slice(-4000)));
      proxy.listeners.push((call) => {
        child.kill('SIGKILL');
        resolve({ ms: call.at - started, first: `${call.service} ${call.operation}` });
      });
      child.on('close', (code) => {
        reject(new Error(`${path.relative(root, file)} exited with ${code} before any AWS call:\n${output}`));
      });
    });
  } finally {
    await proxy.stop();
  }
}

/** Milliseconds from spawning `node -e 0` to its exit. */
async function bareNode() {
  const started = performance.now();
  const result = await run(['-e', '0'], process.env);
  if (result.code !== 0) throw new Error('node -e 0 failed');
  return performance.now() - started;
}

/** Each bundle's time to its first AWS call, and bare Node's, measured in turns so that load on the machine hits all alike. */
async function coldStarts(upstream, baseEnv) {
  const dir = mkdtempSync(path.join(tmpdir(), 'af-bench-cold-'));
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'].map((name) => {
      const file = path.join(dir, name);
      writeFileSync(file, '');
      return [name, file];
    }),
  );
  // Only what the runner would give a step: the environment and the one input a step needs.
  const inputs = { 'build-push-image': { INPUT_IMAGE: IMAGE }, 'register-task-defs': { INPUT_IMAGE: IMAGE } };
  const bundles = [
    ...ACTIONS.map((a) => ({ name: a, file: path.join(root, 'actions', a, 'dist', 'index.js') })),
    { name: 'cli (status)', file: path.join(root, 'bin', 'airflow-fargate.js'), cli: true },
  ];
  const baseline = [];
  const times = bundles.map(() => []);
  const first = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      baseline.push(await bareNode());
      for (const [b, bundle] of bundles.entries()) {
        const env = { ...baseEnv, ...files, INPUT_ENVIRONMENT: 'pr-900', ...(inputs[bundle.name] || {}) };
        const result = await (bundle.cli ? timeToFirstCallCli : timeToFirstCall)(upstream, bundle.file, env);
        times[b].push(result.ms);
        first[b] = result.first;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    baseline: median(baseline),
    rows: bundles.map((bundle, b) => ({ name: bundle.name, ms: median(times[b]), first: first[b] })),
  };
}

function timeToFirstCallCli(upstream, file, env) {
  // The CLI takes its arguments on the command line; wrap them in a one-line script.
  const script = path.join(mkdtempSync(path.join(tmpdir(), 'af-bench-cli-')), 'cli.js');
  writeFileSync(script, `process.argv.push('status', '--environment', 'pr-900');\nrequire(${JSON.stringify(file)});\n`);
  return timeToFirstCall(upstream, script, env).finally(() => rmSync(path.dirname(script), { recursive: true }));
}

/** A VPC of its own with DNS host names on (the emulator allows one Cloud Map namespace per VPC). */
async function benchVpc(endpoint) {
  const ec2 = new EC2Client({ region: REGION, endpoint });
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.77.0.0/16' }));
  const vpcId = vpc.Vpc.VpcId;
  for (const [i, az] of ['a', 'b'].entries()) {
    await ec2.send(
      new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `10.77.${i}.0/24`, AvailabilityZone: `${REGION}${az}` }),
    );
  }
  await ec2.send(new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: true } }));
  ec2.destroy();
  return vpcId;
}

function summarise(name, result, calls) {
  const byService = new Map();
  for (const c of calls) {
    const s = byService.get(c.service) || { total: 0, mutating: 0 };
    s.total += 1;
    s.mutating += c.mutating ? 1 : 0;
    byService.set(c.service, s);
  }
  return {
    name,
    seconds: result.seconds,
    total: calls.length,
    mutating: calls.filter((c) => c.mutating).length,
    byService: [...byService.entries()].sort((a, b) => b[1].total - a[1].total),
    mutatingOps: calls.filter((c) => c.mutating).map((c) => `${c.service}:${c.operation}`),
  };
}

// --- main --------------------------------------------------------------------------------------

async function main() {
  const cleanups = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn();
  };
  process.on('SIGINT', () => cleanup().then(() => process.exit(130)));
  try {
    const emulator = await startEmulator();
    cleanups.push(emulator.stop);
    const proxy = await startProxy(emulator.endpoint);
    cleanups.push(proxy.stop);
    const baseEnv = { ...process.env, AWS_ENDPOINT_URL: proxy.endpoint };
    const load = os.loadavg()[0].toFixed(1);
    console.log(
      `airflow-fargate benchmark: Node ${process.version}, ${os.cpus().length} CPUs (load ${load}), emulator ${emulator.endpoint}\n`,
    );

    const vpcId = await benchVpc(emulator.endpoint);
    const configDir = mkdtempSync(path.join(tmpdir(), 'af-bench-'));
    cleanups.push(() => rmSync(configDir, { recursive: true, force: true }));
    const config = path.join(configDir, 'airflow-fargate.yml');
    writeFileSync(config, `project: bench\nvpcId: ${vpcId}\n`);
    const environment = 'pr-1';
    const cli = (...args) => [
      path.join(root, 'bin', 'airflow-fargate.js'),
      ...args,
      '--environment',
      environment,
      '--config',
      config,
    ];

    // The checkout the CLI deploys from: this repository's DAG bundle, one DAG changed before the
    // DAG-only deploy.
    const workspace = mkdtempSync(path.join(tmpdir(), 'af-bench-checkout-'));
    cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
    for (const folder of ['dags', 'plugins', 'config']) {
      cpSync(path.join(root, folder), path.join(workspace, folder), {
        recursive: true,
        filter: (source) => !/__pycache__|\.py[co]$/.test(source),
      });
    }
    const changeOneDag = () => appendFileSync(path.join(workspace, 'dags', 'tutorial.py'), '\n# changed\n');

    const operations = [
      ['deploy', cli('deploy', '--image', IMAGE)],
      ['no-op deploy', cli('deploy', '--image', IMAGE)],
      ['DAG-only deploy (one DAG changed)', cli('deploy', '--dags-only'), changeOneDag],
      ['teardown', cli('teardown', '--skip-final-snapshot')],
    ];
    const results = [];
    for (const [name, args, before] of operations) {
      before?.();
      proxy.take();
      const result = await run(args, baseEnv, { cwd: workspace });
      const calls = proxy.take();
      if (result.code !== 0) throw new Error(`${name} failed (exit ${result.code}):\n${result.output}`);
      results.push(summarise(name, result, calls));
    }

    const cold = await coldStarts(emulator.endpoint, baseEnv);

    console.log('Operation (CLI, environment pr-1, own VPC)   wall time   AWS calls   mutating');
    for (const r of results) {
      console.log(
        `  ${r.name.padEnd(42)} ${`${r.seconds.toFixed(1)} s`.padStart(9)}   ${String(r.total).padStart(9)}   ${String(r.mutating).padStart(8)}`,
      );
      console.log(`    per service: ${r.byService.map(([s, n]) => `${s} ${n.total}/${n.mutating}`).join(', ')}`);
    }
    const noop = results.find((r) => r.name === 'no-op deploy');
    const noopOk = noop.mutating === 0;
    console.log(`\nTarget: no-op deploy makes 0 mutating calls: ${noop.mutating} ${noopOk ? 'PASS' : 'MISS'}`);
    if (!noopOk) console.log(`  mutating calls: ${noop.mutatingOps.join(', ')}`);
    const [full, dags] = [results[0], results.find((r) => r.name.startsWith('DAG-only'))];
    console.log(
      `DAG-only deploy beside the full deploy: ${dags.seconds.toFixed(1)} s vs ${full.seconds.toFixed(1)} s, ` +
        `${dags.total} vs ${full.total} AWS calls, ${dags.mutating} vs ${full.mutating} mutating (${dags.mutatingOps.join(', ')})`,
    );
    const untouched = dags.mutatingOps.filter((op) => /^ecr:|TaskDefinition|Service$|Cluster$/.test(op));
    console.log(
      `Target: DAG-only deploy makes no image, task definition, service or cluster change: ${untouched.length ? `${untouched.join(', ')} MISS` : 'PASS'}`,
    );

    console.log(`\nCold start, to the first AWS call (median of ${RUNS}); node -e 0: ${cold.baseline.toFixed(0)} ms`);
    for (const row of cold.rows) {
      const ratio = row.ms / cold.baseline;
      console.log(
        `  ${row.name.padEnd(20)} ${`${row.ms.toFixed(0)} ms`.padStart(8)}  ${`${ratio.toFixed(2)}x`.padStart(6)}  ` +
          `${ratio <= COLD_START_TARGET ? 'PASS' : 'MISS'} (target <= ${COLD_START_TARGET}x)  first call: ${row.first}`,
      );
    }
  } finally {
    await cleanup();
  }
}

main().catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exitCode = 1;
});
