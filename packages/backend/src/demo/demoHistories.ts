/**
 * The demo repositories' histories: what a reviewer of this product would
 * want to see once each - AI co-author trailers, tool footers, an agent bot
 * author, senior and non-senior Reviewed-by trailers, self-review, a stale
 * approval cannot exist in plain git, so GitHub-only verdicts are absent -
 * direct pushes, and human changes that must not count (traps included).
 */

export interface Person {
  name: string;
  email: string;
}

export const people = {
  ada: { name: 'Ada Lovelace', email: 'ada@example.com' }, // senior
  bob: { name: 'Bob Builder', email: 'bob@example.com' },
  carol: { name: 'Carol Shaw', email: 'carol@example.com' }, // senior
  dan: { name: 'Dan Dev', email: 'dan@example.com' },
  copilot: {
    name: 'copilot-swe-agent[bot]',
    email: '198982749+Copilot@users.noreply.github.com',
  },
} satisfies Record<string, Person>;

export type Step =
  | { type: 'direct'; daysAgo: number; author: Person; message: string }
  | {
      type: 'merge';
      daysAgo: number;
      number: number;
      branch: string;
      title: string;
      commits: Array<{ author: Person; message: string }>;
      reviewers: Person[];
    }
  | {
      type: 'squash';
      daysAgo: number;
      number: number;
      author: Person;
      message: string;
      reviewers: Person[];
    };

const claude = 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>';
const claudeFooter =
  '🤖 Generated with [Claude Code](https://claude.com/claude-code)';
const copilot =
  'Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>';
const cursor = 'Made-with: Cursor';

export const demoHistories: Record<string, Step[]> = {
  'payments-api': [
    {
      type: 'direct',
      daysAgo: 80,
      author: people.ada,
      message: 'Initial payments API',
    },
    {
      type: 'merge',
      daysAgo: 70,
      number: 1,
      branch: 'ada/refunds',
      title: 'Add refunds endpoint',
      commits: [
        {
          author: people.ada,
          message: `Add refunds endpoint\n\n${claudeFooter}\n\n${claude}`,
        },
        { author: people.ada, message: 'Validate refund amounts' },
      ],
      reviewers: [people.carol],
    },
    {
      type: 'squash',
      daysAgo: 55,
      number: 2,
      author: people.bob,
      message: `Retry card network timeouts\n\n${copilot}`,
      reviewers: [people.dan],
    },
    {
      type: 'direct',
      daysAgo: 41,
      author: people.bob,
      message: `Hotfix currency rounding\n\n${claudeFooter}\n\n${claude}`,
    },
    {
      type: 'squash',
      daysAgo: 30,
      number: 3,
      author: people.dan,
      message: 'Log payment ids\n\nAssisted-by: Jane Doe <jane@example.com>',
      reviewers: [people.bob],
    },
    {
      type: 'merge',
      daysAgo: 21,
      number: 4,
      branch: 'copilot/fix-idempotency',
      title: 'Fix idempotency keys',
      commits: [
        {
          author: people.copilot,
          message:
            'Fix idempotency keys\n\nCo-authored-by: ada <ada@example.com>',
        },
      ],
      reviewers: [people.ada],
    },
    {
      type: 'squash',
      daysAgo: 12,
      number: 5,
      author: people.carol,
      message: `Speed up settlement batch\n\n${cursor}`,
      reviewers: [people.carol],
    },
    {
      type: 'squash',
      daysAgo: 5,
      number: 6,
      author: people.bob,
      message: `aider: add webhook signature check\n\nCo-authored-by: aider (claude-sonnet-4) <aider@aider.chat>`,
      reviewers: [],
    },
  ],
  ledger: [
    {
      type: 'direct',
      daysAgo: 85,
      author: people.carol,
      message: 'Initial ledger',
    },
    {
      type: 'squash',
      daysAgo: 60,
      number: 1,
      author: people.ada,
      message: `Double-entry invariants\n\n${claude}`,
      reviewers: [people.carol],
    },
    {
      type: 'squash',
      daysAgo: 33,
      number: 2,
      author: people.dan,
      message: 'Add Copilot auth to the CLI docs',
      reviewers: [people.ada],
    },
    {
      type: 'squash',
      daysAgo: 18,
      number: 3,
      author: people.bob,
      message: `Export journal as CSV\n\n${claudeFooter}\n\n${claude}`,
      reviewers: [people.bob, people.dan],
    },
    {
      type: 'squash',
      daysAgo: 4,
      number: 4,
      author: people.ada,
      message: `Close the books monthly\n\n${copilot}`,
      reviewers: [people.carol],
    },
  ],
  'build-runner': [
    {
      type: 'direct',
      daysAgo: 88,
      author: people.dan,
      message: 'Initial build runner',
    },
    {
      type: 'merge',
      daysAgo: 50,
      number: 1,
      branch: 'claude/cache-layers',
      title: 'Cache docker layers',
      commits: [
        { author: people.dan, message: `Cache docker layers\n\n${claude}` },
      ],
      reviewers: [people.carol],
    },
    {
      type: 'squash',
      daysAgo: 26,
      number: 2,
      author: people.carol,
      message: 'Reported by Copilot: fix flaky timeout',
      reviewers: [people.dan],
    },
    {
      type: 'direct',
      daysAgo: 9,
      author: people.dan,
      message: `Bump runner image\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>`,
    },
    {
      type: 'squash',
      daysAgo: 2,
      number: 3,
      author: people.dan,
      message: `Parallel test shards\n\n${claudeFooter}\n\n${claude}`,
      reviewers: [people.bob],
    },
  ],
};
