import { Change } from '../types';

/**
 * The live state of an open AI-assisted pull request against its current
 * head, in the order a person would act on it.
 * @public
 */
export type OpenChangeState =
  | 'ready'
  | 'waiting_for_senior'
  | 'stale_approval'
  | 'changes_requested'
  | 'draft';

/** Every {@link OpenChangeState}. @public */
export const OPEN_CHANGE_STATES: ReadonlyArray<OpenChangeState> = [
  'ready',
  'waiting_for_senior',
  'stale_approval',
  'changes_requested',
  'draft',
];

/** The states in which an open change waits for a senior. @public */
export const WAITING_STATES: ReadonlyArray<OpenChangeState> = [
  'waiting_for_senior',
  'stale_approval',
];

/**
 * A reviewer a pull request asks for: a person (`user`, by login) or a
 * team (`team`, as `org/team-slug`).
 * @public
 */
export interface RequestedReviewer {
  kind: 'user' | 'team';
  name: string;
}

/**
 * An open (or draft) pull request as a source hands it to the core: the
 * change so far, with what only an open pull request has.
 * @public
 */
export interface OpenChange extends Change {
  isDraft: boolean;
  createdAt: string;
  /** when it was last marked ready for review; undefined while a draft */
  readyAt?: string;
  updatedAt: string;
  requested: RequestedReviewer[];
}
