import { ResponseError } from '@backstage/errors';
import {
  countOf,
  errorMessage,
  formatDate,
  formatDay,
  formatHours,
  formatPercent,
} from './format';

describe('format', () => {
  it('formats shares as whole percentages', () => {
    expect(formatPercent(0.834)).toBe('83%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(undefined)).toBe('–');
  });

  it('formats hours as minutes, hours or days', () => {
    expect(formatHours(0.25)).toBe('15 min');
    expect(formatHours(0)).toBe('1 min');
    expect(formatHours(3.46)).toBe('3.5 h');
    expect(formatHours(12)).toBe('12 h');
    expect(formatHours(72)).toBe('3 days');
    expect(formatHours(null)).toBe('–');
  });

  it('formats a date, or a dash when there is none', () => {
    expect(formatDate('2026-03-02T10:00:00Z')).toMatch(/2026/);
    expect(formatDate(undefined)).toBe('–');
  });

  it('formats a calendar day as that day, whatever the time zone', () => {
    // March 2 in the reader's own zone: what a YYYY-MM-DD day must read as
    const monday = new Date(2026, 2, 2).toLocaleDateString(undefined, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    });
    expect(formatDay('2026-03-02')).toBe(monday);
    expect(formatDay('2026-03-02T00:00:00Z')).toBe(monday);
    expect(formatDay(undefined)).toBe('–');
  });

  it('counts in the singular for one', () => {
    expect(countOf(1, 'senior sign-off')).toBe('1 senior sign-off');
    expect(countOf(0, 'senior sign-off')).toBe('0 senior sign-offs');
    expect(countOf(2, 'change')).toBe('2 changes');
  });

  it('prefers the message of a Backstage error body', async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'NotAllowedError', message: 'Not allowed to exempt' },
        response: { statusCode: 403 },
      }),
      { status: 403, headers: { 'Content-Type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response);
    expect(errorMessage(error)).toBe('Not allowed to exempt');
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('plain')).toBe('plain');
  });
});
