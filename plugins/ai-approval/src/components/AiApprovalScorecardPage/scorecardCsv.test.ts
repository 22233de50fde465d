import { scorecard, scorecardRow } from '../../__testUtils__/fixtures';
import { scorecardCsv, scorecardCsvFile } from './scorecardCsv';

describe('scorecardCsv', () => {
  it('exports the team rows as shown', () => {
    const page = scorecard(
      [
        scorecardRow({
          ref: 'group:default/payments',
          title: 'Payments, EU',
          entityCount: 12,
          waiting: 3,
        }),
        scorecardRow({
          ref: 'group:default/idle',
          title: undefined,
          aiChanges: 0,
          unapproved: 0,
          compliance: null,
          aiShare: 0,
        }),
      ],
      { groupBy: 'owner' },
    );
    expect(scorecardCsv(page).split('\r\n')).toEqual([
      'Team,Entity ref,Compliance,AI-assisted,Unapproved,AI share,Waiting,Services,Since',
      '"Payments, EU",group:default/payments,70%,10,3,25%,3,12,2025-12-01',
      'idle,group:default/idle,,0,0,0%,0,1,2025-12-01',
      '',
    ]);
  });

  it('leaves out the service count for services', () => {
    const page = scorecard([scorecardRow()], { groupBy: 'entity' });
    expect(scorecardCsv(page).split('\r\n')[0]).toBe(
      'Service,Entity ref,Compliance,AI-assisted,Unapproved,AI share,Waiting,Since',
    );
  });

  it('names the file by the first day of its window', () => {
    expect(scorecardCsvFile(scorecard([]))).toBe(
      'ai-approval-scorecard-since-2025-12-01.csv',
    );
  });
});
