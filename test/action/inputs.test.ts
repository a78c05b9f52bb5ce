import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { createMemoryLogger } from '../support/memory.js';

function read(inputs: Record<string, string>) {
  const logger = createMemoryLogger();
  const result = readInputs((name) => inputs[name] ?? '', logger);
  return { result, logger };
}

describe('readInputs', () => {
  it('reads a fixed range for backfills as FROM..TO, and the named periods', () => {
    expect(read({ period: '2026-01-01..2026-03-31' }).result.period).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(read({ period: 'previous-month' }).result.period).toBe('previous-month');
    expect(read({}).result.period).toBeUndefined();
  });

  it('names the input, the value and the forms it accepts', () => {
    expect(() => read({ period: 'yesterday' })).toThrow(
      'input period: expected last-N-days, month-to-date, previous-month or YYYY-MM-DD..YYYY-MM-DD, got "yesterday"',
    );
    expect(() => read({ period: '2026-03-31..2026-01-01' })).toThrow(
      /got "2026-03-31\.\.2026-01-01": expected from/,
    );
    expect(() => read({ publish: 'pages,ftp' })).toThrow(/input publish: unknown target "ftp"/);
    expect(() => read({ 'dry-run': 'maybe' })).toThrow(/input dry-run: expected true or false, got "maybe"/);
  });

  it('reads the credential inputs and masks every secret input at once', () => {
    const { result, logger } = read({
      'aps-client-id': 'cid',
      'aps-client-secret': 'secret-value-1',
      'aps-refresh-token': 'refresh-value-2',
      'github-token': 'ghs_token_value_3',
    });
    expect(result.credentials).toEqual({
      clientId: 'cid',
      clientSecret: 'secret-value-1',
      refreshToken: 'refresh-value-2',
    });
    expect(result.githubToken).toBe('ghs_token_value_3');
    logger.info('secret-value-1 refresh-value-2 ghs_token_value_3 cid');
    expect(logger.lines.at(-1)).toBe('info: *** *** *** cid');
    expect(result.publish).toEqual(['summary']);
    expect(result.config).toBe('.github/aps-usage.yml');
  });
});
