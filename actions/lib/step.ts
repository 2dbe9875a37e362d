import type * as Core from '@actions/core';
import { EOL } from 'node:os';

// What an action reads from and writes to the GitHub runner while it works, written here the way
// GitHub documents it: inputs arrive in INPUT_<NAME> variables, log lines and workflow commands go
// to stdout. @actions/core is loaded (actionsCore) only for outputs, the job summary and failure,
// at the end: with the HTTP client it brings along it takes longer to load than an AWS call.

/** The input's value, trimmed; '' when the workflow does not set it. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** A workflow command (`::name::value`), the value escaped as the runner expects. */
function command(name: string, value: string): void {
  process.stdout.write(`::${name}::${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${EOL}`);
}

/** A warning annotation on the run. */
export function warning(message: string): void {
  command('warning', message);
}

/** Hides the value in every later log line. */
export function setSecret(value: string): void {
  command('add-mask', value);
}

export function actionsCore(): Promise<typeof Core> {
  return import('@actions/core');
}
