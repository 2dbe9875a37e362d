import { existsSync, readFileSync } from 'node:fs';
import type * as Yaml from 'yaml';
import type { z as Zod } from 'zod';
import { ConfigError } from './errors';
import { MAX_PROJECT } from './naming';

export const DEFAULT_CONFIG_FILE = 'airflow-fargate.yml';
export const COMPONENTS = ['api-server', 'scheduler', 'dag-processor', 'triggerer', 'worker'] as const;
export type Component = (typeof COMPONENTS)[number];

// Fargate's valid CPU units and the memory (MiB) each allows.
const FARGATE_MEMORY: Record<number, [number, number, number]> = {
  256: [512, 2048, 1024],
  512: [1024, 4096, 1024],
  1024: [2048, 8192, 1024],
  2048: [4096, 16384, 1024],
  4096: [8192, 30720, 1024],
  8192: [16384, 61440, 4096],
  16384: [32768, 122880, 8192],
};

/** The config file's schema; made on first use (see parseConfig). */
function configSchema(z: typeof Zod) {
  const size = z
    .object({ cpu: z.number().int(), memory: z.number().int() })
    .strict()
    .superRefine((s, ctx) => {
      const range = FARGATE_MEMORY[s.cpu];
      if (!range) {
        ctx.addIssue({
          code: 'custom',
          path: ['cpu'],
          message: `must be one of ${Object.keys(FARGATE_MEMORY).join(', ')}`,
        });
        return;
      }
      const [min, max, step] = range;
      if (s.memory < min || s.memory > max || s.memory % step !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['memory'],
          message: `with cpu ${s.cpu} must be ${min}-${max} in steps of ${step}`,
        });
      }
    });

  const cidr = z
    .string()
    .regex(
      /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d|[12]\d|3[0-2])$/,
      'must be an IPv4 CIDR such as 203.0.113.0/24',
    )
    .refine(
      (c) =>
        c
          .split('/')[0]
          .split('.')
          .every((o) => Number(o) <= 255),
      'must be an IPv4 CIDR such as 203.0.113.0/24',
    );

  const sizes = z
    .object({
      'api-server': size.optional(),
      scheduler: size.optional(),
      'dag-processor': size.optional(),
      triggerer: size.optional(),
      worker: size.optional(),
    })
    .strict();

  const kindSettings = z
    .object({
      database: z.enum(['rds', 'container']).optional(),
      engine: z.enum(['postgres', 'mysql']).optional(),
      deletionProtection: z.boolean().optional(),
      dbInstanceClass: z
        .string()
        .regex(/^db\.[a-z0-9]+\.[a-z0-9]+$/, 'must look like db.t4g.micro')
        .optional(),
      dbStorageGiB: z.number().int().min(20).max(65536).optional(),
      sizes: sizes.optional(),
    })
    .strict();

  return z
    .object({
      project: z.string().max(MAX_PROJECT).optional(),
      region: z
        .string()
        .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1')
        .optional(),
      vpcId: z
        .string()
        .regex(/^vpc-[0-9a-f]+$/, 'must be a VPC id such as vpc-0abc1234')
        .optional(),
      subnetIds: z
        .array(z.string().regex(/^subnet-[0-9a-f]+$/, 'must be subnet ids such as subnet-0abc1234'))
        .min(1)
        .optional(),
      logRetentionDays: z
        .number()
        .refine(
          (d) =>
            [
              1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
            ].includes(d),
          {
            message: 'must be a CloudWatch retention: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ... days',
          },
        )
        .optional(),
      allowedCidrs: z.array(cidr).min(1).optional(),
      adminUser: z
        .string()
        .regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'must be 1-64 letters, digits or _ . @ -')
        .optional(),
      longLived: z.array(z.string()).optional(),
      longLivedDefaults: kindSettings.optional(),
      previewDefaults: kindSettings.optional(),
      oauth: z
        .object({
          provider: z.literal('google'),
          secretName: z.string().min(1),
          defaultRole: z.enum(['Admin', 'Op', 'User', 'Viewer', 'Public']).optional(),
        })
        .strict()
        .optional(),
      tags: z
        .record(
          z
            .string()
            .regex(
              /^(?!aws:)(?!airflow-fargate:)[\w.:/=+@ -]{1,128}$/,
              'tag keys: 1-128 characters, not starting with aws: or airflow-fargate:',
            ),
          z
            .string()
            .regex(/^[\w.:/=+@ -]{0,256}$/, 'tag values: up to 256 letters, digits, spaces and _ . : / = + @ -'),
        )
        .optional(),
    })
    .strict();
}
let schema: ReturnType<typeof configSchema> | undefined;

export type ConfigFile = Zod.infer<ReturnType<typeof configSchema>>;

export function parseConfig(text: string, source: string): ConfigFile {
  // yaml and zod are loaded here rather than at start-up, where they would delay an action's first
  // AWS call: with no config file (all defaults) they are not needed at all.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const yaml = require('yaml') as typeof Yaml;
  schema ??= configSchema((require('zod') as { z: typeof Zod }).z);
  /* eslint-enable @typescript-eslint/no-require-imports */
  let raw: unknown;
  try {
    raw = yaml.parse(text) ?? {};
  } catch (err) {
    throw new ConfigError(`${source}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.join('.') || '(top level)';
      if (issue.code === 'unrecognized_keys') {
        return `${field === '(top level)' ? '' : `${field}: `}unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against the README)`;
      }
      if (issue.path.length === 0) return 'must be a mapping of fields such as "region: us-east-1"';
      return `${field}: ${issue.message}`;
    });
    throw new ConfigError(`${source}: ${problems.join('; ')}`);
  }
  return result.data;
}

/** Reads the config file; a missing file at the default path means all defaults. */
export function loadConfig(path: string, required: boolean): ConfigFile {
  if (!existsSync(path)) {
    if (required)
      throw new ConfigError(`config: ${path} does not exist. Create it or leave the input empty for defaults.`);
    return {};
  }
  return parseConfig(readFileSync(path, 'utf8'), path);
}
