import { parseDateOption } from './dates';

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

  it.each(['yesterday', '2025-13-01', '31/01/2025', '2025'])(
    'rejects %s',
    value => {
      expect(() => parseDateOption(value, 'since')).toThrow(
        `Invalid since date '${value}'`,
      );
    },
  );
});
