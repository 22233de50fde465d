/*
 * Builders of backend answers for the component tests. Only tests import
 * this file; the components get all their data from the API.
 */
import {
  ChangeListResponse,
  ChangeRow,
  EntitySummary,
  OpenChangeListResponse,
  OpenChangeRow,
  ReportWindow,
  RepositorySyncStatus,
  ReviewerLoad,
  ReviewerLoadResponse,
  ScorecardResponse,
  ScorecardRow,
  windowRange,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { Entity } from '@backstage/catalog-model';
import { AiApprovalApi } from '../api';

/** The window of every answer: 90 days as of Wednesday 4 Mar 2026. */
export function reportWindow(days = 90): ReportWindow {
  return windowRange(days, '2026-03-04T10:00:00Z');
}

/** What the pages say {@link reportWindow} covers, written out by hand. */
export const COVERAGE =
  'Since Monday 1 Dec 2025 (13 whole weeks and this week so far)';

export function mockAiApprovalApi(): jest.Mocked<AiApprovalApi> {
  return {
    getEntitySummary: jest.fn(),
    getChanges: jest.fn(),
    getOpenChanges: jest.fn().mockResolvedValue(openChanges([])),
    getScorecard: jest.fn(),
    getReviewerLoad: jest.fn(),
    exemptChange: jest.fn(),
    removeExemption: jest.fn(),
    refreshEntity: jest.fn(),
  };
}

export const componentEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    annotations: { 'github.com/project-slug': 'acme/payments-api' },
  },
  spec: { type: 'service', owner: 'group:default/payments' },
};

export const groupEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments' },
  spec: { type: 'team', children: [] },
};

export function repository(
  overrides: Partial<RepositorySyncStatus> = {},
): RepositorySyncStatus {
  return {
    source: 'github',
    host: 'github.com',
    slug: 'acme/payments-api',
    url: 'https://github.com/acme/payments-api',
    lastSyncAt: '2026-03-01T10:00:00Z',
    lastSuccessAt: '2026-03-01T10:00:00Z',
    pointsSpent: 3,
    requestsMade: 2,
    ...overrides,
  };
}

export function summary(overrides: Partial<EntitySummary> = {}): EntitySummary {
  return {
    entityRef: 'component:default/payments-api',
    ...reportWindow(),
    totalChanges: 40,
    aiChanges: 10,
    approved: 6,
    exempt: 1,
    unapproved: 3,
    compliance: 0.7,
    aiShare: 0.25,
    weekly: [
      {
        weekStart: '2026-02-16',
        totalChanges: 8,
        aiChanges: 4,
        compliantChanges: 3,
      },
      {
        weekStart: '2026-02-23',
        totalChanges: 6,
        aiChanges: 0,
        compliantChanges: 0,
      },
    ],
    repositories: [repository()],
    open: { supported: true, aiOpen: 2, waiting: 1 },
    ...overrides,
  };
}

export function changeRow(overrides: Partial<ChangeRow> = {}): ChangeRow {
  return {
    id: 'github:acme/payments-api#42',
    repository: 'acme/payments-api',
    kind: 'pull_request',
    number: 42,
    title: 'Add refund endpoint',
    url: 'https://github.com/acme/payments-api/pull/42',
    author: 'ada',
    mergedAt: '2026-02-20T12:00:00Z',
    aiAssisted: true,
    confidence: 'high',
    evidence: [
      {
        signal: 'claude-coauthor',
        tool: 'Claude Code',
        source: 'commit_message',
        commitSha: 'abc1234def',
        line: 'Co-Authored-By: Claude <noreply@anthropic.com>',
        confidence: 'high',
      },
    ],
    verdict: 'approved_stale',
    compliant: false,
    reasons: [
      'Approved by @grace on an earlier commit (abc1234); 3 commits were pushed after.',
    ],
    approvers: [
      { identity: 'grace', senior: true, ineligible: 'stale' },
      { identity: 'bob', senior: false, ineligible: 'not_senior' },
    ],
    ...overrides,
  };
}

export function scorecardRow(
  overrides: Partial<ScorecardRow> = {},
): ScorecardRow {
  return {
    ref: 'component:default/payments-api',
    title: 'Payments API',
    entityCount: 1,
    totalChanges: 40,
    aiChanges: 10,
    approved: 6,
    exempt: 1,
    unapproved: 3,
    compliance: 0.7,
    aiShare: 0.25,
    trend: [0.5, null, 0.75, 1],
    waiting: 0,
    ...overrides,
  };
}

export function scorecard(
  items: ScorecardRow[],
  overrides: Partial<ScorecardResponse> = {},
): ScorecardResponse {
  return {
    groupBy: 'owner',
    ...reportWindow(),
    totalCount: items.length,
    items,
    ...overrides,
  };
}

export function reviewer(overrides: Partial<ReviewerLoad> = {}): ReviewerLoad {
  return {
    reviewer: 'grace',
    userRef: 'user:default/grace',
    displayName: 'Grace Hopper',
    senior: true,
    aiReviews: 12,
    seniorApprovals: 10,
    medianHoursToApproval: 3.5,
    share: 0.5,
    waiting: 0,
    ...overrides,
  };
}

export function reviewerLoad(
  items: ReviewerLoad[],
  overrides: Partial<ReviewerLoadResponse> = {},
): ReviewerLoadResponse {
  return {
    ...reportWindow(),
    totalSeniorApprovals: items.reduce((n, r) => n + r.seniorApprovals, 0),
    totalWaiting: items.reduce((n, r) => n + r.waiting, 0),
    waitWarningWorkingDays: 2,
    waitWarning: false,
    items,
    ...overrides,
  };
}

export function openChangeRow(
  overrides: Partial<OpenChangeRow> = {},
): OpenChangeRow {
  const hour = 3_600_000;
  return {
    id: '1',
    repository: 'acme/payments-api',
    number: 7,
    title: 'Add retry budget',
    url: 'https://github.com/acme/payments-api/pull/7',
    author: 'ada',
    createdAt: new Date(Date.now() - 80 * hour).toISOString(),
    readyAt: new Date(Date.now() - 72 * hour).toISOString(),
    updatedAt: new Date(Date.now() - hour).toISOString(),
    headSha: 'abc1234def',
    confidence: 'high',
    evidence: [
      {
        signal: 'claude-coauthor',
        tool: 'Claude Code',
        source: 'commit_message',
        line: 'Co-Authored-By: Claude <noreply@anthropic.com>',
        confidence: 'high',
      },
    ],
    state: 'waiting_for_senior',
    reason: 'Waiting on @grace to approve the head (abc1234).',
    requested: [
      { kind: 'user', name: 'grace' },
      { kind: 'team', name: 'acme/web' },
    ],
    waitingOn: ['grace'],
    approvers: [],
    ...overrides,
  };
}

export function openChanges(
  items: OpenChangeRow[],
  overrides: Partial<OpenChangeListResponse> = {},
): OpenChangeListResponse {
  return {
    supported: true,
    unsupportedRepositories: [],
    totalCount: items.length,
    items,
    ...overrides,
  };
}

export function changeList(
  overrides: Partial<ChangeListResponse> = {},
): ChangeListResponse {
  const items = overrides.items ?? [];
  return {
    ...reportWindow(),
    totalCount: items.length,
    items,
    people: {},
    ...overrides,
  };
}
