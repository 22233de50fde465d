import { change, commit } from '../testing/builders';
import { createDetector } from './createDetector';
import { BUILT_IN_SIGNALS } from './signals';

const claudeLine = 'Co-Authored-By: Claude <noreply@anthropic.com>';

describe('createDetector', () => {
  describe('message handling', () => {
    const detector = createDetector();

    it.each([
      ['CRLF', `Fix build\r\n\r\n${claudeLine}\r\n`],
      ['lone CR', `Fix build\r\r${claudeLine}\r`],
      ['mixed breaks', `Fix build\r\n\n\r${claudeLine}`],
    ])('normalises %s line breaks', (_, message) => {
      const result = detector.detectCommit(commit(message));
      expect(result.evidence).toEqual([
        expect.objectContaining({ line: claudeLine }),
      ]);
    });

    it.each([
      'CO-AUTHORED-BY: CLAUDE <NOREPLY@ANTHROPIC.COM>',
      'co-authored-by:claude<noreply@anthropic.com>',
      'Co-Authored-By :   Claude Sonnet 4.5   <  noreply@anthropic.com >',
      '\t  Co-authored-by: Claude <noreply@anthropic.com>   ',
      'Coauthored-by: Claude <noreply@anthropic.com>',
      'Co-authored-by: Claude noreply@anthropic.com',
    ])('tolerates case and whitespace: %j', line => {
      const result = detector.detectCommit(commit(`Fix\n\n${line}`));
      expect(result.evidence).toEqual([
        expect.objectContaining({
          signal: 'claude-coauthor',
          line: line.trim(),
        }),
      ]);
    });

    it('matches marker lines anywhere, not only in the final trailer block', () => {
      const message = `Squashed work (#12)\n\n* Add parser\n\n${claudeLine}\n\n* Fix parser\n\nSigned-off-by: Ada <ada@example.com>\nReviewed-on: https://example.org/c/12`;
      expect(detector.detectCommit(commit(message)).aiAssisted).toBe(true);
    });

    it('counts indented lines of a human commit (git merge --squash indents)', () => {
      const message = `Squashed commit of the following:\n\ncommit 1a2b3c\nAuthor: Ada <ada@example.com>\n\n    Add parser\n\n    ${claudeLine}`;
      expect(detector.detectCommit(commit(message)).aiAssisted).toBe(true);
    });

    it.each([
      ['empty', ''],
      ['only newlines', '\n\r\n\r'],
      ['null from a sloppy source', null as unknown as string],
    ])('handles an %s message', (_, message) => {
      expect(detector.detectCommit(commit(message))).toEqual({
        aiAssisted: false,
        confidence: 'none',
        evidence: [],
      });
    });

    it('does not crash on U+FFFD from non-UTF-8 bytes and still matches', () => {
      const message = `Fix \uFFFD\uFFFD encoding in caf\uFFFD\n\n${claudeLine}\n\uFFFD`;
      const author = {
        name: 'Jos\uFFFD Mar\uFFFDa',
        email: 'jose@example.com',
      };
      const result = detector.detectCommit(commit(message, { author }));
      expect(result.evidence).toEqual([
        expect.objectContaining({ line: claudeLine }),
      ]);
    });

    it('handles a change without labels, body or branch', () => {
      const bare = change({
        labels: undefined,
        body: undefined,
        headRef: undefined,
      });
      expect(detector.detect(bare).evidence).toEqual([]);
    });
  });

  describe('per-commit detection', () => {
    it('detects each commit on its own', () => {
      const detector = createDetector();
      const ai = commit(`Add retry\n\n${claudeLine}`);
      const human = commit('Fix typo');
      expect(detector.detectCommit(ai).aiAssisted).toBe(true);
      expect(detector.detectCommit(human).aiAssisted).toBe(false);
      const result = detector.detect(change({ commits: [human, ai] }));
      expect(result.aiAssisted).toBe(true);
      expect(result.evidence[0].commitSha).toBe(ai.sha);
    });

    it('does not treat a direct push author twice', () => {
      const detector = createDetector();
      const author = { name: 'codex', email: 'codex@openai.com' };
      const pushed = commit('Fix lint', { author });
      const result = detector.detect(
        change({ kind: 'direct_push', author, commits: [pushed] }),
      );
      expect(result.evidence).toHaveLength(1);
      expect(result.evidence[0].source).toBe('commit_author');
    });
  });

  describe('threshold', () => {
    const weak = change({ headRef: 'cursor/fix-blink' });

    it('defaults to medium: a branch prefix alone is not enough', () => {
      const result = createDetector().detect(weak);
      expect(result).toMatchObject({ aiAssisted: false, confidence: 'low' });
      expect(result.evidence).toHaveLength(1);
    });

    it('low makes weak hints count', () => {
      expect(createDetector({ threshold: 'low' }).detect(weak).aiAssisted).toBe(
        true,
      );
    });

    it('high ignores medium evidence but keeps it', () => {
      const generic = commit('Refactor\n\nAssisted-by: an LLM');
      const medium = createDetector().detectCommit(generic);
      expect(medium).toMatchObject({ aiAssisted: true, confidence: 'medium' });
      const high = createDetector({ threshold: 'high' }).detectCommit(generic);
      expect(high).toMatchObject({ aiAssisted: false, confidence: 'medium' });
      expect(high.evidence).toHaveLength(1);
    });
  });

  describe('overrides', () => {
    const detector = createDetector();

    it('marks an undetected change as AI, recording who and why', () => {
      const result = detector.detect(
        change({ commits: [commit('Add feature')] }),
        {
          aiAssisted: true,
          by: 'user:default/ada',
          reason: 'Written with Windsurf, trailers stripped',
        },
      );
      expect(result).toEqual({
        aiAssisted: true,
        confidence: 'high',
        evidence: [
          {
            signal: 'override',
            source: 'override',
            line: 'user:default/ada: Written with Windsurf, trailers stripped',
            confidence: 'high',
          },
        ],
      });
    });

    it('marks a detected change as not AI and keeps the detector evidence', () => {
      const result = detector.detect(
        change({
          commits: [
            commit('Docs\n\nCo-authored-by: Copilot <copilot@github.com>'),
          ],
        }),
        {
          aiAssisted: false,
          by: 'bob',
          reason: 'Spurious Copilot co-author from the editor',
        },
      );
      expect(result.aiAssisted).toBe(false);
      expect(result.confidence).toBe('none');
      expect(result.evidence.map(e => e.signal)).toEqual([
        'override',
        'copilot-coauthor',
      ]);
      expect(result.evidence[0].line).toBe(
        'bob: Spurious Copilot co-author from the editor',
      );
    });
  });

  describe('configuration', () => {
    it('lists every built-in signal by default', () => {
      expect(createDetector().signalIds).toEqual(
        BUILT_IN_SIGNALS.map(s => s.id),
      );
    });

    it('switches built-in signals off', () => {
      const detector = createDetector({
        disabledSignals: ['copilot-coauthor', 'agent-branch'],
      });
      expect(detector.signalIds).not.toContain('copilot-coauthor');
      const c = change({
        headRef: 'copilot/fix',
        commits: [
          commit('Docs\n\nCo-authored-by: Copilot <copilot@github.com>'),
        ],
      });
      expect(detector.detect(c).evidence).toEqual([]);
    });

    it('switching a co-author signal off keeps the others', () => {
      const detector = createDetector({ disabledSignals: ['claude-coauthor'] });
      const c = commit(
        `Fix\n\n${claudeLine}\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>`,
      );
      expect(detector.detectCommit(c).evidence.map(e => e.signal)).toEqual([
        'cursor-coauthor',
      ]);
    });

    it('replaces the AI labels and branch prefixes', () => {
      const detector = createDetector({
        labels: ['genai'],
        branchPrefixes: ['bot/'],
        threshold: 'low',
      });
      expect(
        detector.detect(change({ labels: ['ai-assisted'] })).aiAssisted,
      ).toBe(false);
      expect(detector.detect(change({ labels: ['GenAI'] })).aiAssisted).toBe(
        true,
      );
      expect(
        detector.detect(change({ headRef: 'bot/x' })).evidence[0],
      ).toMatchObject({
        signal: 'agent-branch',
        confidence: 'low',
      });
      expect(createDetector({ labels: [] }).signalIds).not.toContain(
        'ai-label',
      );
    });

    it('adds custom signals of every kind', () => {
      const detector = createDetector({
        signals: [
          {
            id: 'windsurf',
            tool: 'Windsurf',
            messagePattern: '^generated with windsurf',
            identityPattern: 'windsurf@codeium\\.com',
            labels: ['Windsurf'],
            branchPrefixes: ['windsurf/'],
          },
          {
            id: 'internal-bot',
            identityPattern: '^acme-agent$',
            confidence: 'medium',
          },
        ],
      });
      expect(detector.signalIds.slice(-2)).toEqual([
        'windsurf',
        'internal-bot',
      ]);
      const c = change({
        author: { login: 'acme-agent' },
        labels: ['windsurf'],
        headRef: 'windsurf/feature',
        body: 'Generated with Windsurf',
        commits: [
          commit('Add feature\n\nGenerated with Windsurf', {
            author: { name: 'Windsurf', email: 'windsurf@codeium.com' },
          }),
        ],
      });
      const result = detector.detect(c);
      expect(result.aiAssisted).toBe(true);
      expect(
        result.evidence.map(e => `${e.signal}:${e.source}:${e.confidence}`),
      ).toEqual([
        'windsurf:commit_author:high',
        'windsurf:commit_message:high',
        'internal-bot:pr_author:medium',
        'windsurf:label:high',
        'windsurf:body:high',
        'windsurf:branch:high',
      ]);
      expect(result.evidence[0]).toMatchObject({
        tool: 'Windsurf',
        line: 'Windsurf <windsurf@codeium.com>',
      });
    });

    it.each([
      [
        { signals: [{ id: 'x', messagePattern: '(unclosed' }] },
        /signals\[0\] \("x"\)\.messagePattern is not a valid regular expression/,
      ],
      [
        { signals: [{ id: 'x', identityPattern: '[z-a]' }] },
        /identityPattern is not a valid regular expression/,
      ],
      [
        { disabledSignals: ['claude-coauthr'] },
        /unknown signal\(s\) claude-coauthr; built-in signals are claude-coauthor/,
      ],
      [
        { threshold: 'certain' },
        /threshold must be one of low, medium, high \(got "certain"\)/,
      ],
      [{ threshold: 'none' }, /threshold must be one of low, medium, high/],
      [
        { signals: [{ id: 'claude-coauthor', messagePattern: 'x' }] },
        /"claude-coauthor" is already used/,
      ],
      [
        {
          signals: [
            { id: 'a', messagePattern: 'x' },
            { id: 'a', labels: ['y'] },
          ],
        },
        /"a" is already used/,
      ],
      [{ signals: [{ id: 'empty' }] }, /needs at least one of messagePattern/],
      [
        { signals: [{ id: '', labels: ['x'] }] },
        /signals\[0\]\.id must be a non-empty string/,
      ],
      [
        { signals: [{ id: 'x', labels: 'ai' }] },
        /labels must be a list of strings/,
      ],
      [
        { signals: [{ id: 'x', labels: ['ai'], confidence: 'huge' }] },
        /confidence must be one of/,
      ],
      [{ labels: 'ai-assisted' }, /labels must be a list of strings/],
    ])('rejects bad config %j', (config, message) => {
      expect(() => createDetector(config as any)).toThrow(message);
      expect(() => createDetector(config as any)).toThrow(
        /^Invalid AI detection config: /,
      );
    });
  });

  it('scans a large history quickly', () => {
    const detector = createDetector();
    const commits = Array.from({ length: 20000 }, (_, i) =>
      commit(
        i % 50 === 0
          ? `feat: item ${i}\n\nBody line one\nBody line two\n\n${claudeLine}`
          : `fix: item ${i}\n\nMove the cursor; continue to amp up codex handling.\n\nSigned-off-by: Ada <ada@example.com>\nReviewed-by: Bob <bob@example.com>`,
      ),
    );
    const started = Date.now();
    const hits = commits.filter(
      c => detector.detectCommit(c).aiAssisted,
    ).length;
    expect(hits).toBe(400);
    // ~20k commits should take well under a second; the bound is loose for CI.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
