import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** Configuration of the ai-approval plugin */
  aiApproval?: {
    /**
     * When to sync repositories: the safety net of GitHub webhooks, which
     * bring a change within seconds. Default: every hour, 1 hour timeout,
     * first run 15 seconds after start; without webhooks, 30 minutes or
     * less.
     */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /**
     * How far back the first sync of a repository reads, in days, counted
     * as the pages count a window: from the Monday of the week that holds
     * the day this far back. Default 90, the pages' default window.
     */
    backfillDays?: number;
    /** Entity kinds whose repositories are read. Default ['Component']. */
    entityKinds?: string[];
    /** What counts as AI-assisted. */
    detection?: {
      /** Minimum confidence that counts as AI-assisted. Default 'medium'. */
      threshold?: 'low' | 'medium' | 'high';
      /** Built-in signal ids to switch off. */
      disabledSignals?: string[];
      /** PR labels that mark a change as AI-assisted. */
      labels?: string[];
      /** Head branch prefixes of agents, e.g. 'copilot/'. */
      branchPrefixes?: string[];
      /** Extra signals of your own. */
      signals?: Array<{
        id: string;
        tool?: string;
        /** Regular expression matched against each commit message line. */
        messagePattern?: string;
        /** Regular expression matched against `Name <email>` and logins. */
        identityPattern?: string;
        labels?: string[];
        branchPrefixes?: string[];
        confidence?: 'low' | 'medium' | 'high';
      }>;
    };
    /** What counts as a valid senior approval. */
    policy?: {
      /** Senior approvals required per AI-assisted change. Default 1. */
      requiredSeniorApprovals?: number;
      /**
       * Whether an approval given on an earlier commit still counts. Default
       * false. An approval counts as given on an earlier commit also when
       * GitHub names the head but the head was committed after it (more than
       * 10 minutes after): GitHub moves approvals onto the new head when a
       * force-push keeps them.
       */
      allowStaleApprovals?: boolean;
      /**
       * Whether an approval followed only by merges of the base branch into
       * the change (GitHub's "Update branch") still counts. Default false.
       */
      allowBaseBranchUpdates?: boolean;
      /** At least two distinct approvers, at least one senior. Default false. */
      twoPass?: boolean;
      /** Extra reviewer logins that are bots or AI reviewers and never count. */
      botReviewers?: string[];
    };
    /** Who is senior. */
    seniors?: {
      /** Catalog Group refs; members of nested child groups count too. */
      groups?: string[];
      /** Catalog User refs, SCM logins or e-mails. */
      users?: string[];
    };
    /** The GitHub source. */
    github?: {
      /**
       * Post the `ai-approval/senior-sign-off` check on the head of every
       * open pull request of linked repositories (a check run for a GitHub
       * App, a commit status for a token), so branch protection can require
       * it. Needs 'Commit statuses: write' (token; `repo:status` for a
       * classic one) or 'Checks: write' (App). An entity opts out with the
       * annotation `ai-approval/status-checks: disabled`. Default false.
       */
      statusChecks?: boolean;
      /**
       * How many repositories are read at once. They share one rate budget
       * per host and credential (per installation for a GitHub App): when
       * one read meets a spent budget or a secondary limit, all wait.
       * Default 4.
       */
      concurrency?: number;
    };
    /** Open pull requests waiting for a senior. */
    openChanges?: {
      /**
       * A wait for a senior longer than this many working days (Monday to
       * Friday, UTC) is flagged on the reviewer load. Default 2.
       */
      waitWarningWorkingDays?: number;
    };
    /** The plain git source. */
    git?: {
      /** Base folder for relative paths in the `ai-approval/git-repositories` annotation. */
      baseDir?: string;
      /** Where bare clones of remote repositories are kept. */
      cacheDir?: string;
    };
  };
}
