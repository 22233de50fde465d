import { isoTime, parseDateOption, parseWindowOption } from './dates';

describe('parseDateOption', () => {
  it('reads ISO dates; a bare until date means the end of that day', () => {
    expect(parseDateOption('2025-01-31', 'since')?.toISOString()).toBe(
      '2025-01-31T00:00:00.000Z',
    );
    expect(parseDateOption('2025-01-31', 'until')?.toISOString()).toBe(
      '2025-01-31T23:59:59.999Z',
    );
    expect(parseDateOption('2025-01-31T12:30', 'until')?.toISOString()).toBe(
      '2025-01-31T12:30:00.000Z',
    );
    expect(
      parseDateOption('2025-01-31T12:30:00+02:00', 'since')?.toISOString(),
    ).toBe('2025-01-31T10:30:00.000Z');
    expect(parseDateOption(undefined, 'since')).toBeUndefined();
  });

  it('reads days or weeks back from now, since as the start of that window', () => {
    // a Tuesday; 90 days back is Wednesday 1 Jan, in the week of 30 Dec
    const now = new Date('2025-04-01T10:00:00Z');
    expect(parseDateOption('90d', 'since', now)?.toISOString()).toBe(
      '2024-12-30T00:00:00.000Z',
    );
    expect(parseDateOption('12w', 'since', now)?.toISOString()).toBe(
      '2025-01-06T00:00:00.000Z',
    );
    expect(parseDateOption('2W', 'until', now)?.toISOString()).toBe(
      '2025-03-18T10:00:00.000Z',
    );
    expect(parseDateOption(' 0d ', 'until', now)?.toISOString()).toBe(
      now.toISOString(),
    );
  });

  it.each(['yesterday', '2025-13-01', '31/01/2025', '2025', '90', '3m', '-5d'])(
    'rejects %s',
    value => {
      expect(() => parseDateOption(value, 'since')).toThrow(
        `Invalid since date '${value}'`,
      );
    },
  );
});

describe('parseWindowOption', () => {
  it('gives the window of days or weeks back, as the portal counts it', () => {
    const now = new Date('2025-04-01T10:00:00Z');
    expect(parseWindowOption('90d', now)).toEqual({
      windowDays: 90,
      since: '2024-12-30',
      until: '2025-04-01T10:00:00.000Z',
    });
    expect(parseWindowOption(' 2W ', now)).toMatchObject({
      windowDays: 14,
      since: '2025-03-17',
    });
    expect(parseWindowOption('2025-01-31', now)).toBeUndefined();
    expect(parseWindowOption(new Date(), now)).toBeUndefined();
    expect(parseWindowOption(undefined, now)).toBeUndefined();
  });
});

describe('isoTime', () => {
  it('equals toISOString for times of the years 1 to 9999', () => {
    for (const seconds of [
      0, 1, 59, 86399, 86400, 1700000000, 1700003599, -1, -86401, -62135596800,
      253402300799, 951782400, 4102444800,
    ]) {
      expect(isoTime(seconds)).toBe(new Date(seconds * 1000).toISOString());
    }
  });

  it('holds times a broken tool wrote to the years 1 to 9999', () => {
    expect(isoTime(99999999999999)).toBe('9999-12-31T23:59:59.000Z');
    expect(isoTime(-99999999999999)).toBe('0001-01-01T00:00:00.000Z');
    expect(isoTime(NaN)).toBe('1970-01-01T00:00:00.000Z');
  });
});
