/**
 * Time arithmetic for daily subscriptions. croner does the zone and DST work:
 * a `M H * * *` pattern is a fixed-time job, which croner runs at the first
 * valid instant after a DST gap (02:30 on spring-forward day → 03:00) and only
 * once when a local time occurs twice (fall-back day).
 */
import { Cron } from 'croner';

export const timeExample = '09:00';
export const timezoneExample = 'Asia/Shanghai';

/** `9:00`, `09:00`, `０９：００` → `09:00`; undefined unless 00:00–23:59. */
export function parseTime(input: string): string | undefined {
  const match = /^(\d{1,2})[:：](\d{2})$/.exec(input.normalize('NFKC').trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The canonical IANA name (`asia/shanghai` → `Asia/Shanghai`), or undefined when Intl or croner reject it. */
export function parseTimezone(input: string): string | undefined {
  const zone = input.trim();
  if (zone === '') return undefined;
  try {
    const canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    dailyCron('00:00', canonical).nextRun(new Date(0));
    return canonical;
  } catch {
    return undefined;
  }
}

function dailyCron(time: string, timezone: string): Cron {
  const [hours, minutes] = time.split(':').map(Number);
  return new Cron(`${minutes} ${hours} * * *`, { timezone, paused: true });
}

/** The first run strictly after `after`. */
export function nextRun(time: string, timezone: string, after: Date): Date {
  const run = dailyCron(time, timezone).nextRun(after);
  if (run === null) throw new Error(`Digest: no next run for ${time} ${timezone} — a daily pattern always has one; report this`);
  return run;
}

/** The latest run in (from, now], if any. */
export function latestRun(time: string, timezone: string, from: Date, now: Date): Date | undefined {
  const cron = dailyCron(time, timezone);
  let latest: Date | undefined;
  for (let run = cron.nextRun(from); run !== null && run.getTime() <= now.getTime(); run = cron.nextRun(run)) latest = run;
  return latest;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of `instant` in `timezone`. */
export function localDate(instant: Date, timezone: string): string {
  let format = dateFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timezone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: consecutive dates differ by one. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** The instant local date `date` (YYYY-MM-DD) begins in `timezone`. */
export function startOfLocalDay(date: string, timezone: string): Date {
  // Local midnight lies within UTC−12…+14 of UTC midnight: start looking 15 h early, skip a previous day's.
  let run = nextRun('00:00', timezone, new Date(Date.parse(`${date}T00:00:00Z`) - 15 * 3_600_000));
  if (localDate(run, timezone) < date) run = nextRun('00:00', timezone, run);
  return run;
}
