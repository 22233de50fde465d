import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import {
  Evidence,
  EvidenceSource,
} from '@ai-approval/backstage-plugin-ai-approval-common';

const SOURCE_WORDS: Record<EvidenceSource, string> = {
  commit_message: 'commit message',
  commit_author: 'commit author',
  commit_committer: 'committer',
  commit_note: 'git note',
  pr_author: 'pull request author',
  label: 'label',
  body: 'description',
  branch: 'branch',
  override: 'set by a person',
};

const MAX_LINES = 3;

/** Evidence grouped by the tool (or signal) it names, keeping its order. */
export function groupEvidence(evidence: Evidence[]): Map<string, Evidence[]> {
  const groups = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const key = item.tool ?? item.signal;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

function where(item: Evidence): string {
  const commit = item.commitSha ? ` of ${item.commitSha.slice(0, 7)}` : '';
  return `${SOURCE_WORDS[item.source]}${commit}`;
}

function EvidenceLines(props: { items: Evidence[] }) {
  const more = props.items.length - MAX_LINES;
  return (
    <>
      {props.items.slice(0, MAX_LINES).map((item, i) => (
        <div key={i}>
          <code>{item.line}</code> ({where(item)})
        </div>
      ))}
      {more > 0 && <div>and {more} more</div>}
    </>
  );
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The share of added lines AI wrote, from line attribution: `70% AI lines`,
 * or the range over several commits (`40–70% AI lines`).
 */
export function lineShareLabel(items: Evidence[]): string | undefined {
  const shares = items
    .map(item => item.aiLineShare)
    .filter((share): share is number => typeof share === 'number');
  if (shares.length === 0) {
    return undefined;
  }
  const low = Math.min(...shares);
  const high = Math.max(...shares);
  const range =
    percent(low) === percent(high)
      ? percent(low)
      : `${percent(low)}–${percent(high)}`;
  return `${range} AI lines`;
}

function chipLabel(label: string, items: Evidence[]): string {
  const count = items.length > 1 ? `${label} ×${items.length}` : label;
  const share = lineShareLabel(items);
  return share ? `${count} · ${share}` : count;
}

/** Why a change counts as AI-assisted: one chip per tool, the lines on hover. */
export function EvidenceChips(props: { evidence: Evidence[] }) {
  const groups = [...groupEvidence(props.evidence)];
  if (groups.length === 0) {
    return null;
  }
  return (
    <>
      {groups.map(([label, items]) => (
        <Tooltip key={label} title={<EvidenceLines items={items} />}>
          <Chip
            size="small"
            variant="outlined"
            label={chipLabel(label, items)}
            tabIndex={0}
            style={{ margin: 2 }}
          />
        </Tooltip>
      ))}
    </>
  );
}
