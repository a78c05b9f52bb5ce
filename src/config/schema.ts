/**
 * The config file's schema: the single source of truth for its keys, its defaults and (through
 * `scripts/gen-schema.mjs`) the JSON Schema that editors use. Pure module.
 */
import * as z from 'zod';
import { MAX_TOKENS_PER_UNIT } from '../model/records.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'expected a real calendar date as YYYY-MM-DD',
    },
  );

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The longest report period. Every day of it is a point of every chart on every page: a 99,999-day period wrote a
 * 112 MB site, and 0001-01-01 to 9999-12-31 never finished. Ten years is more than APS has usage history for.
 */
export const MAX_PERIOD_DAYS = 3660;

export const periodSchema = z.union([
  z
    .string()
    .regex(
      /^(last-[1-9]\d*-days|month-to-date|previous-month)$/,
      'expected last-N-days, month-to-date, previous-month or { from, to }',
    )
    // Only a well-formed last-N-days is measured: a malformed one is one problem, not two.
    .refine((s) => !/^last-\d+-days$/.test(s) || Number(s.split('-')[1]) <= MAX_PERIOD_DAYS, {
      message: `expected at most last-${MAX_PERIOD_DAYS}-days (ten years)`,
    }),
  z
    .strictObject({ from: isoDate, to: isoDate })
    .refine((p) => p.from <= p.to, {
      error: (issue) => {
        const p = issue.input as { from: string; to: string };
        return `expected from to be on or before to, got from ${p.from} and to ${p.to}`;
      },
      // Only compare two valid dates: a bad date is one problem, not two.
      when: bothDatesValid,
    })
    .refine((p) => p.from > p.to || periodDays(p.from, p.to) <= MAX_PERIOD_DAYS, {
      error: (issue) => {
        const p = issue.input as { from: string; to: string };
        return `expected from and to at most ${MAX_PERIOD_DAYS} days (ten years) apart, got ${p.from} to ${p.to} (${periodDays(p.from, p.to)} days)`;
      },
      when: bothDatesValid,
    }),
]);

function bothDatesValid(payload: { value: unknown }): boolean {
  const v = payload.value as { from?: unknown; to?: unknown };
  return isoDate.safeParse(v?.from).success && isoDate.safeParse(v?.to).success;
}

/** Inclusive days from `from` to `to` (valid YYYY-MM-DD days). */
export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Markdown for the pages (who owns the budget, runbook links); rendered with raw HTML shown as text. */
const notesSchema = z
  .string()
  .min(1, 'expected Markdown text')
  .max(20_000, 'expected at most 20,000 characters of Markdown');

const appSchema = z.strictObject({
  id: z.string().trim().min(1, 'expected an APS client id'),
  name: z.string().min(1).optional(),
  monthlyBudget: z.number().positive('expected a positive number of tokens').optional(),
  /** Markdown shown on the app's page. */
  notes: notesSchema.optional(),
});

const rateSchema = z.strictObject({
  // The snippet the report offers for an unrated feature holds a placeholder in its place, so that pasting it
  // unchanged fails here instead of rating the feature at a made-up value.
  tokensPerUnit: z
    .number({
      error: 'expected the tokens per unit from your APS rate sheet (a number ≥ 0; 0 rates it at 0)',
    })
    .nonnegative('expected tokens per unit ≥ 0')
    .max(MAX_TOKENS_PER_UNIT, `expected tokens per unit ≤ ${MAX_TOKENS_PER_UNIT}`),
});
const capSchema = z.strictObject({ unitsPerMonth: z.number().positive('expected units per month > 0') });

/** Feature classification overrides: feature id → API and breakdown group. */
const classifySchema = z.strictObject({
  api: z.string().min(1).optional(),
  group: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  source: z.enum(['aps', 'file', 'demo']).default('aps'),
  file: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  apps: z.array(appSchema).default([]),
  aps: z
    .strictObject({
      hubId: z.string().min(1).optional(),
      concurrency: z.number().int().min(1).max(32).default(4),
      auth: z.enum(['auto', 'service-account', 'refresh-token', 'access-token']).default('auto'),
      /** Days before the newest stored day that are fetched again, because APS may still correct them. */
      trailingDays: z.number().int().min(0).max(60).default(7),
      /** Fetch history before 2025-12-07 through the v1 endpoint. */
      includeV1: z.boolean().default(false),
      timeoutSeconds: z.number().positive().max(600).default(60),
    })
    .default({ concurrency: 4, auth: 'auto', trailingDays: 7, includeV1: false, timeoutSeconds: 60 }),
  period: periodSchema.default('last-30-days'),
  rates: z.record(z.string().min(1), rateSchema).default({}),
  caps: z.record(z.string().min(1), capSchema).default({}),
  classify: z.record(z.string().min(1), classifySchema).default({}),
  budget: z
    .strictObject({
      monthly: z.number().positive().optional(),
      thresholds: z.array(z.number().positive().max(1000)).min(1).default([80, 100]),
    })
    .default({ thresholds: [80, 100] }),
  history: z.strictObject({ keepDays: z.number().int().positive().optional() }).default({}),
  /** The token balance as the Autodesk Account page shows it (no API gives it). */
  balance: z
    .strictObject({
      tokens: z
        .number()
        .nonnegative('expected the tokens left, as the Autodesk Account page shows them (≥ 0)'),
      asOf: isoDate,
      expires: isoDate.optional(),
      warnDays: z.number().int().min(1).max(365).default(30),
    })
    .refine((b) => b.expires === undefined || b.expires >= b.asOf, {
      message: 'expected expires on or after asOf',
      path: ['expires'],
    })
    .optional(),
  report: z
    .strictObject({
      /** Default: the locale's ("APS usage", "APS 使用状況"). */
      title: z.string().min(1).optional(),
      locale: z.enum(['en', 'ja']).default('en'),
      timezone: z
        .string()
        .min(1)
        .refine(isTimeZone, 'expected an IANA time zone such as UTC or Asia/Tokyo')
        .default('UTC'),
      templates: z.string().min(1).optional(),
      // Links to the site go into pages, issues and summaries: only a web address may be one.
      siteUrl: z
        .url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://example.com/report/' })
        .optional(),
      topApps: z.number().int().min(1).max(50).default(8),
      /** Markdown shown at the top of the overview. */
      notes: notesSchema.optional(),
      /** `false`: pages, file names and downloads show names and a short hash instead of client ids. */
      showIds: z.boolean().default(true),
    })
    .default({ locale: 'en', timezone: 'UTC', topApps: 8, showIds: true }),
  publish: z
    .strictObject({
      files: z.strictObject({ dir: z.string().min(1).default('site') }).optional(),
      pages: z
        .strictObject({
          branch: z.string().min(1).default('gh-pages'),
          dir: z.string().min(1).default('.'),
          remote: z.string().min(1).optional(),
        })
        .optional(),
      issue: z
        .strictObject({
          labels: z.array(z.string().min(1)).default(['aps-usage']),
          closeResolved: z.boolean().default(true),
          closePreviousMonth: z.boolean().default(false),
          assignees: z.array(z.string().min(1)).default([]),
          mentions: z.array(z.string().min(1)).default([]),
          /** The login the token acts as, when it cannot read `GET /user` (GitHub App tokens). */
          author: z.string().min(1).optional(),
        })
        .optional(),
    })
    .default({}),
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type AppConfig = Config['apps'][number];
export type Period = Config['period'];
