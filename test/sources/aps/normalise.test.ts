import { describe, expect, it } from 'vitest';
import { toRecord } from '../../../src/sources/aps/normalise.js';

describe('toRecord', () => {
  it('finds no classify override for feature ids named like Object members', () => {
    const ctx = { appId: 'a', appName: 'A', catalogue: new Map(), overrides: {} };
    for (const featureId of ['constructor', '__proto__', 'toString', 'valueOf']) {
      const r = toRecord({ date: '2026-01-05', featureId, quantity: 1, tokens: null, extra: {} }, ctx);
      expect(r.featureName, featureId).toBe(featureId);
      expect(r.api, featureId).toBe('Other');
    }
  });

  it('replaces lone surrogates as the history file will, so the fetched day matches the stored one', () => {
    const ctx = { appId: 'id\ud800', appName: 'name\udfff', catalogue: new Map(), overrides: {} };
    const r = toRecord(
      { date: '2026-01-05', featureId: 'f\ud800', quantity: 1, tokens: null, extra: {} },
      ctx,
    );
    expect([r.appId, r.appName, r.featureId]).toEqual(['id\ufffd', 'name\ufffd', 'f\ufffd']);
  });
});
