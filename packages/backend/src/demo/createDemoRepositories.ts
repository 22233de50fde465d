import { LoggerService } from '@backstage/backend-plugin-api';
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { demoHistories, Person, Step } from './demoHistories';

const DAY = 86_400_000;

function dateOf(daysAgo: number, today: number): string {
  return new Date(today - daysAgo * DAY).toISOString();
}

function git(
  dir: string,
  args: string[],
  who?: Person,
  date?: string,
  committer?: Person,
) {
  const c = committer ?? who;
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      ...(who && {
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: c!.name,
        GIT_COMMITTER_EMAIL: c!.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      }),
    },
  });
}

function trailers(reviewers: Person[]): string {
  return reviewers.map(r => `Reviewed-by: ${r.name} <${r.email}>`).join('\n');
}

function commit(
  dir: string,
  file: string,
  message: string,
  who: Person,
  date: string,
) {
  fs.appendFileSync(path.join(dir, file), `${message.split('\n')[0]}\n`);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', message], who, date);
}

function apply(dir: string, step: Step, today: number) {
  const date = dateOf(step.daysAgo, today);
  if (step.type === 'direct') {
    commit(dir, 'CHANGELOG', step.message, step.author, date);
  } else if (step.type === 'squash') {
    const body = `${step.message.replace(/\n/, ` (#${step.number})\n`)}`;
    const message = step.message.includes('\n')
      ? body
      : `${step.message} (#${step.number})`;
    const full = step.reviewers.length
      ? `${message}\n\n${trailers(step.reviewers)}`
      : message;
    commit(dir, 'CHANGELOG', full, step.author, date);
  } else {
    git(dir, ['checkout', '-q', '-b', step.branch]);
    step.commits.forEach((c, i) =>
      commit(
        dir,
        `${step.branch.replace('/', '-')}.txt`,
        c.message,
        c.author,
        dateOf(step.daysAgo + 1 - i * 0.1, today),
      ),
    );
    git(dir, ['checkout', '-q', 'main']);
    const message = `Merge pull request #${step.number} from example/${
      step.branch
    }\n\n${step.title}\n\n${trailers(step.reviewers)}`;
    git(
      dir,
      ['merge', '-q', '--no-ff', '-m', message, step.branch],
      step.reviewers[0] ?? step.commits[0].author,
      date,
    );
    git(dir, ['branch', '-q', '-D', step.branch]);
  }
}

/**
 * Creates the demo repositories under `baseDir` once (a real git history
 * each, relative to the day they are created); existing ones are left alone.
 */
export function createDemoRepositories(baseDir: string, logger: LoggerService) {
  const today = Math.floor(Date.now() / DAY) * DAY + 12 * 3_600_000;
  for (const [name, steps] of Object.entries(demoHistories)) {
    const dir = path.join(baseDir, name);
    if (fs.existsSync(path.join(dir, '.git'))) {
      continue;
    }
    fs.mkdirSync(dir, { recursive: true });
    git(dir, ['init', '-q', '-b', 'main']);
    for (const step of steps) {
      apply(dir, step, today);
    }
    logger.info(`Created demo repository ${dir}`);
  }
}
