/**
 * pino logger (JSON lines, low overhead). Secrets are redacted by path and,
 * as a second guard, any configured token is replaced wherever it appears in a
 * log line's strings, so a library error that quotes a URL cannot leak it.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(options: { level: string; secrets?: readonly string[]; destination?: NodeJS.WritableStream }): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  const scrub = (value: string): string => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), value);
  return pino(
    {
      level: options.level,
      redact: { paths: ['token', '*.token', 'config.*.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((arg: unknown) => (typeof arg === 'string' ? scrub(arg) : arg));
          method.apply(this, cleaned as Parameters<typeof method>);
        },
      },
      formatters: {
        log(object) {
          return secrets.length === 0 ? object : (JSON.parse(scrub(JSON.stringify(object))) as Record<string, unknown>);
        },
      },
    },
    (options.destination ?? process.stderr) as pino.DestinationStream,
  );
}

/** A logger that drops everything (tests, CLI tools that print their own output). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
