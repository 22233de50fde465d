import {
  ApprovalPolicy,
  DetectionConfig,
} from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import { isRemoteLocation } from '@ai-approval/backstage-plugin-ai-approval-node';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError } from './CliError';

/** The contents of a `--config` file. */
export interface PolicyFile {
  detection?: DetectionConfig;
  policy?: Partial<ApprovalPolicy>;
  /** seniors listed in the file, added to --senior and --seniors-file */
  seniors?: string[];
}

const POLICY_FILE_KEYS = ['detection', 'policy', 'seniors'];

/** A path relative to where the user ran the command. */
export function resolvePath(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}

/** The repository argument: URLs as given, paths resolved. */
export function resolveRepository(cwd: string, location: string): string {
  return isRemoteLocation(location) ? location : resolvePath(cwd, location);
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'it does not exist' : (error as Error).message;
    throw new CliError(`Cannot read the ${what} ${file}: ${why}`);
  }
}

/**
 * A seniors file: one login or e-mail a line; blank lines and `#` comments
 * are ignored.
 */
export async function readSeniorsFile(file: string): Promise<string[]> {
  const text = await readText(file, 'seniors file');
  return text
    .split(/\r?\n/)
    .map(line => line.replace(/#.*$/, '').trim())
    .filter(line => line.length > 0);
}

/** Appends text to a file, which is created when missing. */
export async function appendToFile(
  file: string,
  text: string,
  what: string,
): Promise<void> {
  try {
    await fs.appendFile(file, text, 'utf8');
  } catch (error) {
    throw new CliError(
      `Cannot write the ${what} ${file}: ${(error as Error).message}`,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A policy file in YAML or JSON: `detection`, `policy` and `seniors`. */
export async function readPolicyFile(file: string): Promise<PolicyFile> {
  const text = await readText(file, 'config file');
  // loaded on demand: the yaml package alone takes ~0.1 s to load, a fifth
  // of the command's start-up
  const { parse }: typeof import('yaml') = require('yaml');
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (error) {
    throw new CliError(
      `The config file ${file} is not valid YAML or JSON: ${
        (error as Error).message.split('\n')[0]
      }`,
    );
  }
  if (parsed === null || parsed === undefined) {
    return {};
  }
  if (!isObject(parsed)) {
    throw new CliError(
      `The config file ${file} must hold an object with detection, policy and seniors`,
    );
  }
  const unknown = Object.keys(parsed).filter(
    key => !POLICY_FILE_KEYS.includes(key),
  );
  if (unknown.length > 0) {
    throw new CliError(
      `Unknown key(s) ${unknown.join(
        ', ',
      )} in the config file ${file}; expected ${POLICY_FILE_KEYS.join(', ')}`,
    );
  }
  for (const key of ['detection', 'policy']) {
    if (parsed[key] !== undefined && !isObject(parsed[key])) {
      throw new CliError(
        `'${key}' in the config file ${file} must be an object`,
      );
    }
  }
  const seniors = parsed.seniors;
  if (
    seniors !== undefined &&
    (!Array.isArray(seniors) || seniors.some(s => typeof s !== 'string'))
  ) {
    throw new CliError(
      `'seniors' in the config file ${file} must be a list of logins or e-mails`,
    );
  }
  return parsed as PolicyFile;
}
