/**
 * The one "as of" day of a report, decided once: the newest complete day the data stands for. APS reports usage by
 * calendar day without saying in which time zone; they are taken as UTC days (the safe assumption).
 * `report.timezone` decides what "today" is for the reader, so a day is complete only when it has ended both there
 * and in UTC. The current, incomplete day is never reported on: a 06:00 run's last bar would look like a drop and
 * pull forecasts, spikes and changes down. Pure.
 */
import { addDays, toDay, todayIn } from './dates.js';

/** Yesterday in the report's time zone, and never later than yesterday in UTC. */
export function lastCompleteDay(now: Date, timezone: string): string {
  const local = addDays(todayIn(timezone, now), -1);
  const utc = addDays(toDay(now), -1);
  return local < utc ? local : utc;
}

/**
 * The as-of day: the last complete day, or the newest day the source says its data stands for when that is
 * earlier (a demo or an export file that ends in the past).
 */
export function decideAsOf(lastComplete: string, sourceThrough: string | undefined): string {
  return sourceThrough !== undefined && sourceThrough < lastComplete ? sourceThrough : lastComplete;
}
