import { ChosenAuthor } from './chooseAuthor';
import { PEOPLE } from './identities';
import { AI_TRAILERS } from './messages';
import { SimAiMarker, SimPullRequest, SimPullRequestTruth } from './types';

/** The labels the generator uses that mark a pull request as AI-assisted. */
export const AI_LABELS: readonly string[] = [
  'ai-assisted',
  'ai-generated',
  '🤖 ai-copilot',
];

const AGENTS = new Set(['copilot-agent', 'devin', 'claude-bot']);

function hasTrailer(message: string): boolean {
  return AI_TRAILERS.some(trailer => message.includes(trailer));
}

/** The ground truth of a generated pull request, from what was put in. */
export function pullRequestTruth(
  author: ChosenAuthor,
  pr: Omit<SimPullRequest, 'truth'>,
): SimPullRequestTruth {
  const markers: SimAiMarker[] = [];
  if (pr.commits.some(c => hasTrailer(c.message))) {
    markers.push('trailer');
  }
  if (pr.labels.some(l => AI_LABELS.includes(l))) {
    markers.push('label');
  }
  if (pr.body.includes('- [x] ')) {
    markers.push('disclosure');
  }
  if (AGENTS.has(author.kind)) {
    markers.push('agent-author');
  }
  const writers = new Set<string>();
  for (const person of [author.person, author.initiator]) {
    if (person) {
      writers.add(person.actor.login);
    }
  }
  for (const person of PEOPLE) {
    const line = `Co-authored-by: ${person.name} <${person.email}>`;
    if (pr.commits.some(c => c.message.includes(line))) {
      writers.add(person.actor.login);
    }
  }
  return {
    authorKind: author.kind,
    aiMarkers: markers,
    aiAssisted: markers.length > 0,
    writers: [...writers].sort(),
  };
}
