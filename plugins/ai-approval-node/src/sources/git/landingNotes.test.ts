import { Change } from '@ai-approval/backstage-plugin-ai-approval-common';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestGitRepo } from '../../__testUtils__/TestGitRepo';
import { GitChangeSource, GitChangeSourceOptions } from './GitChangeSource';

/**
 * What a plain git history holds beyond commits: the merge commit a pull
 * request landed with, and line-attribution notes under `refs/notes/ai`.
 */
async function collect(options: GitChangeSourceOptions): Promise<Change[]> {
  const changes: Change[] = [];
  for await (const change of new GitChangeSource(options)) {
    changes.push(change);
  }
  return changes;
}

/** A git-ai authorship log (specs/git_ai_standard_v3.0.0.md) for a file. */
const gitAiNote = (file: string) =>
  [
    file,
    '  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-3',
    '---',
    JSON.stringify({
      schema_version: 'authorship/3.0.0',
      base_commit_sha: '',
      prompts: {},
      sessions: {
        s_c9883b05a2487d: {
          agent_id: { tool: 'claude', id: 'x', model: 'claude-opus-4-6' },
        },
      },
    }),
  ].join('\n');

describe('GitChangeSource: merge commits and notes', () => {
  const repos: TestGitRepo[] = [];
  const newRepo = () => {
    const repo = TestGitRepo.create();
    repos.push(repo);
    return repo;
  };
  afterAll(() => repos.forEach(repo => repo.remove()));

  it('hands out the merge commit of a pull request with its own message', async () => {
    const repo = newRepo();
    repo.commit('base\n', { date: '2025-05-01T00:00:00Z' });
    repo.checkout('feature', { create: true });
    const work = repo.commit('Add the widget\n', {
      date: '2025-05-02T00:00:00Z',
    });
    repo.checkout('main');
    const merge = repo.merge(
      'feature',
      'Merge pull request #7 from alice/feature\n\nAdd the widget\n\nCo-authored-by: Claude <noreply@anthropic.com>',
      { date: '2025-05-03T00:00:00Z' },
    );
    const [pr, base] = await collect({ repository: repo.dir });
    expect(pr.commits.map(c => c.sha)).toEqual([work]);
    expect(pr.mergeCommit).toEqual(
      expect.objectContaining({
        sha: merge,
        message: expect.stringContaining('Co-authored-by: Claude'),
      }),
    );
    // a squash merge or a push is its own only commit: no merge commit
    expect(base.mergeCommit).toBeUndefined();
  });

  it('reads the refs/notes/ai note of a commit and counts its added lines', async () => {
    const repo = newRepo();
    const plain = repo.commit('plain\n', { date: '2025-06-01T00:00:00Z' });
    writeFileSync(path.join(repo.dir, 'widget.ts'), 'a\nb\nc\nd\n');
    repo.git(['add', 'widget.ts']);
    const noted = repo.commit('Add widget\n', { date: '2025-06-02T00:00:00Z' });
    repo.addNote(noted, gitAiNote('widget.ts'), 'ai');
    // a note in the default ref is somebody else's
    repo.addNote(plain, 'reviewed on the phone');

    const [second, first] = await collect({ repository: repo.dir });
    expect(second.commits[0].aiNote).toBe(gitAiNote('widget.ts'));
    // widget.ts (4 lines) and the test repository's own file (1 line)
    expect(second.commits[0].linesAdded).toBe(5);
    expect(first.commits[0].aiNote).toBeUndefined();
    expect(first.commits[0].linesAdded).toBeUndefined();
  });

  it('leaves commits as they were without refs/notes/ai', async () => {
    const repo = newRepo();
    const sha = repo.commit('plain\n');
    repo.addNote(sha, 'a note of refs/notes/commits');
    const [change] = await collect({ repository: repo.dir });
    expect(Object.keys(change.commits[0])).not.toContain('aiNote');
    expect(Object.keys(change.commits[0])).not.toContain('linesAdded');
  });

  it('fetches the notes with the history of a URL', async () => {
    const origin = newRepo();
    const sha = origin.commit('Add widget\n', { date: '2025-07-01T00:00:00Z' });
    origin.addNote(sha, gitAiNote('x'), 'ai');
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'ai-approval-cache-'));
    try {
      const url = `file://${origin.dir}`;
      const [once] = await collect({ repository: url, cacheDir });
      expect(once.commits[0].aiNote).toBe(gitAiNote('x'));

      const later = origin.commit('Later\n', { date: '2025-07-02T00:00:00Z' });
      origin.addNote(later, gitAiNote('y'), 'ai');
      const [twice] = await collect({ repository: url, cacheDir });
      expect(twice.commits[0].aiNote).toBe(gitAiNote('y'));
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
