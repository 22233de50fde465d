import { ApproverAssessment, Confidence, Evidence } from '../types';
import { OpenChangeState, RequestedReviewer } from './types';

/** One open AI-assisted pull request as the entity tab lists it. @public */
export interface OpenChangeRow {
  id: string;
  repository: string;
  number: number;
  title: string;
  url: string;
  author?: string;
  createdAt: string;
  /** when it was last marked ready for review; undefined for drafts */
  readyAt?: string;
  updatedAt: string;
  headSha: string;
  confidence: Confidence;
  evidence: Evidence[];
  state: OpenChangeState;
  /** what would make it ready */
  reason: string;
  requested: RequestedReviewer[];
  /** requested seniors who have not approved the head */
  waitingOn: string[];
  approvers: ApproverAssessment[];
}

/** Answer of `GET /entities/:kind/:namespace/:name/open-changes`. @public */
export interface OpenChangeListResponse {
  /**
   * false when no linked repository comes from a source that can see open
   * pull requests (plain git): the list is then unknown, not empty
   */
  supported: boolean;
  /** linked repositories whose source cannot see open pull requests */
  unsupportedRepositories: string[];
  totalCount: number;
  /** oldest first: the longest wait since ready for review on top */
  items: OpenChangeRow[];
}

/** Open AI-assisted pull requests of an entity, counted. @public */
export interface OpenChangeCounts {
  /** false when no linked repository's source can see open pull requests */
  supported: boolean;
  /** open AI-assisted pull requests, drafts included */
  aiOpen: number;
  /** of those, waiting for a senior (`waiting_for_senior`, `stale_approval`) */
  waiting: number;
  /** since when the oldest of them waits (ready for review) */
  oldestWaitingSince?: string;
}
