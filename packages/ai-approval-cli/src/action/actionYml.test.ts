import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../runCli';
import { ACTION_INPUTS, GITHUB_VARIABLES } from './githubAction';

const ROOT = path.resolve(__dirname, '../../../..');

interface ActionStep {
  shell?: string;
  env: Record<string, string>;
  run: string;
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
const step: ActionStep = action.runs.steps[0];
const cliPackage = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'),
);

describe('action.yml', () => {
  it('is a composite action of one bash step', () => {
    expect(action.name).toEqual(expect.any(String));
    expect(action.description).toEqual(expect.any(String));
    expect(action.branding).toEqual({
      icon: expect.any(String),
      color: expect.any(String),
    });
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps).toHaveLength(1);
    expect(step.shell).toBe('bash');
  });

  it('passes every input through env, and none into the script', () => {
    const inputs = Object.keys(action.inputs);
    for (const input of inputs) {
      expect(action.inputs[input].description).toEqual(expect.any(String));
      const passed = Object.keys(step.env).filter(
        key => step.env[key] === `\${{ inputs.${input} }}`,
      );
      expect([input, passed]).toEqual([input, [expect.any(String)]]);
    }
    expect(Object.keys(step.env)).toHaveLength(inputs.length);
    expect(step.run).not.toContain('${{');
  });

  it('sets each variable the entry point reads to its input', () => {
    for (const [input, variable] of Object.entries(ACTION_INPUTS)) {
      expect([variable, step.env[variable]]).toEqual([
        variable,
        `\${{ inputs.${input} }}`,
      ]);
    }
  });

  it('declares every environment variable the entry point reads', async () => {
    const read = new Set<string>();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-approval-env-'));
    const env = new Proxy<NodeJS.ProcessEnv>(
      { GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: path.join(dir, 's.md') },
      {
        get(target, key) {
          read.add(String(key));
          return target[String(key)];
        },
      },
    );
    const ignore = { write: () => true };
    const io = { stdout: ignore, stderr: ignore, cwd: dir };
    expect(await runCli(['github-action'], io, env)).toBe(2);
    rmSync(dir, { recursive: true, force: true });
    expect(read.size).toBeGreaterThan(GITHUB_VARIABLES.length);
    for (const variable of read) {
      expect([
        variable,
        variable in step.env || GITHUB_VARIABLES.includes(variable),
      ]).toEqual([variable, true]);
    }
  });

  it('runs the default version of this package, or a tarball as given', () => {
    expect(action.inputs.package.default).toBe(cliPackage.name);
    expect(action.inputs.version.default).toBe(cliPackage.version);
    const bin = mkdtempSync(path.join(os.tmpdir(), 'ai-approval-npx-'));
    writeFileSync(path.join(bin, 'npx'), '#!/bin/sh\necho "$@"\n');
    chmodSync(path.join(bin, 'npx'), 0o755);
    const npx = (pkg: string, version: string) =>
      // as GitHub runs a bash step
      execFileSync(
        'bash',
        ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run],
        {
          cwd: bin,
          env: {
            PATH: `${bin}${path.delimiter}${process.env.PATH}`,
            AI_APPROVAL_PACKAGE: pkg,
            AI_APPROVAL_VERSION: version,
          },
        },
      ).toString();
    try {
      expect(npx('@ai-approval/cli', '0.1.0')).toBe(
        '--yes --package @ai-approval/cli@0.1.0 -- ai-approval github-action\n',
      );
      expect(npx('@ai-approval/cli', '')).toBe(
        '--yes --package @ai-approval/cli -- ai-approval github-action\n',
      );
      expect(npx('./ai-approval-cli-0.1.0.tgz', '0.1.0')).toBe(
        '--yes --package ./ai-approval-cli-0.1.0.tgz -- ai-approval github-action\n',
      );
      expect(npx('$(touch pwned) ; x', '0.1.0')).toBe(
        '--yes --package $(touch pwned) ; x@0.1.0 -- ai-approval github-action\n',
      );
      expect(existsSync(path.join(bin, 'pwned'))).toBe(false);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
