import { InputError } from '../../src/core/errors';
import { formatDuration, parseLifetime, suggestLifetimes } from '../../src/core/inputs/lifetime';

const M = 60_000;
const H = 60 * M;
const D = 24 * H;

describe('parseLifetime', () => {
  it.each([
    ['30m', 30 * M, '30m'],
    ['5m', 5 * M, '5m'],
    ['2h', 2 * H, '2h'],
    ['1d', D, '1d'],
    ['7d', 7 * D, '7d'],
    ['1h30m', 90 * M, '1h30m'],
    ['1h 30m', 90 * M, '1h30m'],
    ['  1H30M\n', 90 * M, '1h30m'],
    ['90m', 90 * M, '1h30m'],
    ['600s', 10 * M, '10m'],
    ['1h0m30s', H + 30_000, '1h30s'],
    ['1d2h3m4s', D + 2 * H + 3 * M + 4000, '1d2h3m4s'],
    ['168h', 7 * D, '7d'],
    ['PT45M', 45 * M, '45m'],
    ['pt45m', 45 * M, '45m'],
    ['P1D', D, '1d'],
    ['P1DT2H', D + 2 * H, '1d2h'],
    ['PT1H30M', 90 * M, '1h30m'],
    ['PT300S', 5 * M, '5m'],
    ['P1W', 7 * D, '7d'],
  ])('%j → %d ms (%s)', (raw, milliseconds, text) => {
    expect(parseLifetime(raw)).toEqual({ milliseconds, text });
  });

  it.each([
    ['', /Invalid lifetime ""/],
    ['60', /A number needs a unit/],
    ['1x', /Invalid/],
    ['30m1h', /Invalid/], // largest unit first
    ['1h1h', /Invalid/],
    ['-1h', /Invalid/],
    ['1.5h', /Invalid/],
    ['P', /Invalid/],
    ['PT', /Invalid/],
    ['P1DT', /Invalid/],
    ['P1M', /Invalid/], // months have no fixed length
    ['P1Y', /Invalid/],
    ['PT0.5H', /Invalid/],
    ['1 hour', /Invalid/],
    ['90s', /shorter than 5 minutes/],
    ['4m59s', /shorter than 5 minutes/],
    ['PT0S', /shorter than 5 minutes/],
    ['7d1s', /longer than 7 days/],
    ['P8D', /longer than 7 days/],
    ['99999999999999999999999d', /longer than 7 days/],
  ])('refuses %j', (raw, message) => {
    let error: unknown;
    try {
      parseLifetime(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('lifetime');
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).fix).toMatch(/`30m`/);
  });
});

describe('did you mean', () => {
  function message(raw: string): string {
    try {
      parseLifetime(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).message;
    }
    throw new Error(`${raw} was accepted`);
  }

  it.each([
    ['90', 'A number needs a unit: did you mean `90m` (minutes) or `90h` (hours)?'],
    ['2', 'A number needs a unit: did you mean `2h` (hours) or `2d` (days)?'],
    ['3600', 'A number needs a unit: did you mean `3600s` (seconds) or `3600m` (minutes)?'],
    ['5', 'A number needs a unit: did you mean `5m` (minutes), `5h` (hours) or `5d` (days)?'],
    ['2 hours', 'Did you mean `2h`?'],
    ['2 hrs', 'Did you mean `2h`?'],
    ['2hours', 'Did you mean `2h`?'],
    ['1 Hour', 'Did you mean `1h`?'],
    ['1 day', 'Did you mean `1d`?'],
    ['30 minutes', 'Did you mean `30m`?'],
    ['45 min', 'Did you mean `45m`?'],
    ['1 hour 30 minutes', 'Did you mean `1h30m`?'],
    ['1 hour and 30 mins', 'Did you mean `1h30m`?'],
    ['600 seconds', 'Did you mean `600s`?'],
  ])('%j: %s', (raw, hint) => {
    expect(message(raw)).toBe(`Invalid lifetime "${raw}". ${hint}`);
  });

  it.each([
    ['0', 'A number needs a unit.'], // no unit makes 0 valid
    ['99999999', 'A number needs a unit.'],
    ['90 seconds', ''], // 90s is too short: never suggest what would be refused
    ['8 days', ''],
    ['30 minutes 1 hour', ''], // 30m1h is not valid either
    ['2 fortnights', ''],
    ['soon', ''],
  ])('%j: no suggestion that would itself be refused', (raw, hint) => {
    expect(message(raw)).toBe(`Invalid lifetime "${raw}".${hint ? ` ${hint}` : ''}`);
  });

  it('every suggestion is itself a valid lifetime', () => {
    for (const raw of ['1', '7', '10', '59', '168', '300', '10080', '2 days', '1 hr', '7 days']) {
      const suggestions = suggestLifetimes(raw);
      expect(suggestions.length).toBeGreaterThan(0);
      for (const suggestion of suggestions) expect(() => parseLifetime(suggestion)).not.toThrow();
    }
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [1000, '1s'],
    [D + 1000, '1d1s'],
    [59_999, '1m'], // rounds to whole seconds
  ])('%d → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
