import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseFileCommands } from '../../cli/file-commands';
import { repoRoot } from '../support/emulator';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Doc = Record<string, any>;

export const workflowsDir = path.join(repoRoot, '.github', 'workflows');
export const workflowFiles = (): string[] => readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
export const workflowText = (file: string): string => readFileSync(path.join(workflowsDir, file), 'utf8');
export const workflow = (file: string): Doc => parse(workflowText(file));

/** Where the reusable workflows check out our actions, next to the caller's repository. */
export const ACTIONS_PATH = '.airflow-fargate';
const OUR_ACTION = new RegExp(`^\\./${ACTIONS_PATH.replace('.', '\\.')}/actions/([a-z-]+)$`);

/** The action.yml of one of our actions named by a step's `uses`, or undefined for any other. */
export function ourAction(uses: unknown): { name: string; spec: Doc } | undefined {
  const match = typeof uses === 'string' ? OUR_ACTION.exec(uses) : null;
  if (!match) return undefined;
  const spec = parse(readFileSync(path.join(repoRoot, 'actions', match[1], 'action.yml'), 'utf8'));
  return { name: match[1], spec };
}

/** The called workflow of a job `uses: ./.github/workflows/x.yml`. */
export function calledWorkflow(uses: unknown): Doc | undefined {
  const match = typeof uses === 'string' ? /^\.\/\.github\/workflows\/(.+)$/.exec(uses) : null;
  return match ? workflow(match[1]) : undefined;
}

export const triggers = (doc: Doc): Doc => (typeof doc.on === 'string' ? { [doc.on]: null } : doc.on);
export const needsOf = (job: Doc): string[] => (job.needs === undefined ? [] : [job.needs].flat());

/** Every string anywhere in a value (keys excluded). */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The `${{ }}` expressions in a string. */
export const expressions = (text: string): string[] => [...text.matchAll(/\$\{\{(.*?)\}\}/gs)].map((m) => m[1].trim());

// ---- A small evaluator of GitHub's expression language: enough for our `if`s and `with`s. ----

type Value = any;

function tokenize(src: string): string[] {
  const tokens: string[] = [];
  const re = /\s*(?:('(?:[^']|'')*')|(==|!=|<=|>=|&&|\|\||[()[\].,!<>])|([A-Za-z_][\w-]*|\d+(?:\.\d+)?))/y;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) throw new Error(`cannot read expression at "${src.slice(pos)}"`);
    tokens.push(m[1] ?? m[2] ?? m[3]);
    pos = re.lastIndex;
  }
  return tokens;
}

const truthy = (v: Value) => !(v === false || v === null || v === undefined || v === 0 || v === '' || Number.isNaN(v));
const toNumber = (v: Value): number =>
  v === null || v === undefined ? 0 : typeof v === 'boolean' ? (v ? 1 : 0) : v === '' ? 0 : Number(v);
function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && typeof a === 'object') return a === b;
  return toNumber(a) === toNumber(b);
}

export interface Context {
  [name: string]: Value;
}

/** Evaluates one expression (the text inside `${{ }}`, or a bare `if`). Unknown names throw. */
export function evaluate(src: string, ctx: Context): Value {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const t = tokens[i++];
    if (expected && t !== expected) throw new Error(`expected ${expected} in "${src}", got ${t}`);
    return t;
  };
  const or = (): Value => {
    let left = and();
    while (peek() === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): Value => {
    let left = not();
    while (peek() === '&&') {
      take();
      const right = not();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const not = (): Value => {
    if (peek() === '!') {
      take();
      return !truthy(not());
    }
    return compare();
  };
  const compare = (): Value => {
    const left = primary();
    const op = peek();
    if (op === '==' || op === '!=') {
      take();
      const right = primary();
      return op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  };
  const call = (name: string, args: Value[]): Value => {
    const s = (v: Value) => (v === null || v === undefined ? '' : String(v)).toLowerCase();
    switch (name.toLowerCase()) {
      case 'always':
        return true;
      case 'success':
        return ctx.__status !== 'failure';
      case 'failure':
        return ctx.__status === 'failure';
      case 'cancelled':
        return false;
      case 'startswith':
        return s(args[0]).startsWith(s(args[1]));
      case 'endswith':
        return s(args[0]).endsWith(s(args[1]));
      case 'contains':
        return Array.isArray(args[0]) ? args[0].some((x) => equal(x, args[1])) : s(args[0]).includes(s(args[1]));
      case 'fromjson':
        return JSON.parse(args[0]);
      case 'tojson':
        return JSON.stringify(args[0] ?? null);
      case 'format':
        return String(args[0]).replace(/\{(\d+)\}/g, (_m, n) => String(args[Number(n) + 1] ?? ''));
      default:
        throw new Error(`unknown function ${name} in "${src}"`);
    }
  };
  const primary = (): Value => {
    const t = take();
    if (t === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null') return null;
    let value: Value;
    if (peek() === '(') {
      take('(');
      const args: Value[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') take(',');
      }
      take(')');
      value = call(t, args);
    } else {
      if (!(t in ctx)) throw new Error(`unknown context "${t}" in "${src}"`);
      value = ctx[t];
    }
    for (;;) {
      if (peek() === '.') {
        take();
        const key = take();
        value = value === null || value === undefined ? undefined : value[key];
      } else if (peek() === '[') {
        take();
        const key = or();
        take(']');
        value = value === null || value === undefined ? undefined : value[key];
      } else return value;
    }
  };
  const result = or();
  if (i !== tokens.length) throw new Error(`unexpected "${tokens[i]}" in "${src}"`);
  return result;
}

/** A workflow value with its `${{ }}` parts replaced, as the runner does; `if`s may be bare. */
export function interpolate(text: unknown, ctx: Context): Value {
  if (typeof text !== 'string') return text;
  const whole = /^\s*\$\{\{(.*?)\}\}\s*$/s.exec(text);
  if (whole) return evaluate(whole[1], ctx);
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_m, e: string) => {
    const v = evaluate(e, ctx);
    return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}

export const condition = (ifValue: unknown, ctx: Context): boolean =>
  ifValue === undefined
    ? ctx.__status !== 'failure'
    : truthy(
        interpolate(typeof ifValue === 'string' && !ifValue.includes('${{') ? `\${{ ${ifValue} }}` : ifValue, ctx),
      );

/** Inputs of a reusable workflow with their defaults, overridden by what the caller gives. */
export function inputsWithDefaults(spec: Doc, given: Record<string, Value>): Record<string, Value> {
  const inputs: Record<string, Value> = {};
  for (const [name, decl] of Object.entries<Doc>(spec ?? {}))
    inputs[name] = decl?.default ?? (decl?.type === 'boolean' ? false : '');
  return { ...inputs, ...given };
}

/**
 * Runs a `run:` step as the runner does on Linux (bash --noprofile --norc -eo pipefail), its `env`
 * evaluated in `ctx`, in `cwd`, with GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files of its own.
 */
export function runShellStep(
  step: Doc,
  ctx: Context,
  cwd: string,
  extraEnv: Record<string, string> = {},
): { code: number; stdout: string; stderr: string; outputs: Record<string, string>; summary: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'af-step-'));
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env = Object.fromEntries(
    Object.entries<unknown>(step.env ?? {}).map(([k, v]) => {
      const value = interpolate(v, ctx);
      return [k, value === null || value === undefined ? '' : String(value)];
    }),
  );
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', String(step.run)], {
    cwd,
    env: { ...process.env, RUNNER_TEMP: dir, ...files, ...extraEnv, ...env },
    encoding: 'utf8',
  });
  return {
    code: result.status ?? 1,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
}

/** A git checkout of the caller's repository: its Airflow payload, commits made with `commit`. */
export interface Checkout {
  dir: string;
  /** Applies the edit, commits everything, and returns the new commit's SHA. */
  commit(message: string, edit?: (dir: string) => void): string;
}

/**
 * A caller's repository as the deploy workflow's jobs see it: this repository's airflow-image/,
 * dags/, plugins/ and config/ committed once, and our actions "checked out" at .airflow-fargate
 * (a link to this repository, ignored by git).
 */
export function callerCheckout(): Checkout {
  const dir = mkdtempSync(path.join(tmpdir(), 'af-caller-'));
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
      },
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
  for (const folder of ['airflow-image', 'dags', 'plugins', 'config']) {
    cpSync(path.join(repoRoot, folder), path.join(dir, folder), {
      recursive: true,
      filter: (source) => !/__pycache__|\.py[co]$/.test(source),
    });
  }
  symlinkSync(repoRoot, path.join(dir, ACTIONS_PATH));
  git('init', '--quiet', '--initial-branch=main');
  writeFileSync(path.join(dir, '.git', 'info', 'exclude'), `${ACTIONS_PATH}\n`);
  const commit = (message: string, edit?: (dir: string) => void) => {
    edit?.(dir);
    git('add', '--all');
    git('commit', '--quiet', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  commit('the payload');
  return { dir, commit };
}

/**
 * Whether a job runs, as GitHub decides: its `if`, which without a status function (always(),
 * success(), failure(), cancelled()) also needs every job it needs to have succeeded.
 */
export function jobRuns(job: Doc, ctx: Context): boolean {
  const succeeded = needsOf(job).every((n) => ctx.needs?.[n]?.result === 'success');
  const statusFunction = typeof job.if === 'string' && /\b(always|success|failure|cancelled)\s*\(/.test(job.if);
  return condition(job.if, { ...ctx, __status: succeeded ? 'success' : 'failure' }) && (statusFunction || succeeded);
}
