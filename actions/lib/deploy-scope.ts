import { BUNDLE_INPUTS, RESTART_INPUTS } from './dag-bundle';

/**
 * How much of a deploy a change needs:
 * - dags: only DAG files changed. Upload the bundle and sync it; no image, no task definition,
 *   no service update: the dag-processor finds the new files on the shared volume.
 * - bundle: plugins or config changed too (and nothing outside the bundle). Upload and sync, then
 *   restart the long-running components, which read plugins and config at start only.
 * - full: anything else (the image's files, the config file, the workflows...), or nothing known.
 */
export type DeployScope = 'dags' | 'bundle' | 'full';

function topFolder(file: string): string {
  return file.replace(/^\.\//, '').split('/')[0];
}

/** The scope of a change, from the repository-relative paths it touched (git diff --name-only). */
export function deployScope(changedPaths: readonly string[]): DeployScope {
  const paths = changedPaths.map((p) => p.trim()).filter(Boolean);
  if (!paths.length) return 'full';
  const folders = new Set(paths.map((p) => (p.includes('/') ? topFolder(p) : '')));
  if (![...folders].every((f) => (BUNDLE_INPUTS as readonly string[]).includes(f))) return 'full';
  return [...folders].some((f) => (RESTART_INPUTS as readonly string[]).includes(f)) ? 'bundle' : 'dags';
}
