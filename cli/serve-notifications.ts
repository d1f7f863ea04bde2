import { UsageError, positiveIntegerOption } from './command.ts';
import { DEFAULT_SUBMISSION_LIMITS } from '../reference/notify/http.ts';
import { KeyConfigError, keyMap, parseKeyAssignment, readKeysFile } from '../reference/notify/keys.ts';
import type { NotificationOptions } from '../reference/notify/module.ts';
import { DEFAULT_SUBMISSION_OPTIONS } from '../reference/notify/service.ts';

/** `omaspec serve` options of the notification module (parseArgs config). */
export const notificationFlags = {
  'server-app-key': { type: 'string', multiple: true },
  'server-app-keys': { type: 'string' },
  'max-notification-bytes': { type: 'string' },
  'notification-rate': { type: 'string' },
  'max-queue': { type: 'string' },
  'default-ttl': { type: 'string' },
} as const;

export const notificationUsage = `Notifications (POST /notifications, see reference/notify/README.md):
  --server-app-key 'NAME=KEY [seed=SEED …]'
                              a Server Application allowed to submit (Authorization: Bearer KEY), repeatable;
                              without any key every submission is refused (401). With seed=… (percent-encoded)
                              the key serves only the tokens of those seeds, and they refuse other keys (403)
  --server-app-keys FILE      more such lines (# comments) from FILE
  --max-notification-bytes N  largest submission body, else 413 (default ${DEFAULT_SUBMISSION_LIMITS.maxBodyBytes})
  --notification-rate N       submissions per second per key, else 429 (default ${DEFAULT_SUBMISSION_LIMITS.submissionsPerSecond}, burst twice that)
  --max-queue N               undelivered notifications kept per AOI Client (default ${DEFAULT_SUBMISSION_OPTIONS.maxQueueLength})
  --default-ttl SECONDS       how long a notification waits for an offline client (default ${DEFAULT_SUBMISSION_OPTIONS.defaultTtlSeconds})`;

type Values = {
  [K in keyof typeof notificationFlags]?: (typeof notificationFlags)[K] extends { multiple: true } ? string[] : string;
};

export function notificationOptions(values: Values): NotificationOptions {
  const options: NotificationOptions = {};
  try {
    const assignments = (values['server-app-key'] ?? []).map((text) => parseKeyAssignment(text, '--server-app-key'));
    if (values['server-app-keys'] !== undefined) assignments.push(...readKeysFile(values['server-app-keys']));
    const { keys, scopes } = keyMap(assignments, values['server-app-keys'] ?? '--server-app-key');
    options.serverAppKeys = keys;
    if (scopes.size > 0) options.serverAppScopes = scopes;
  } catch (error) {
    if (error instanceof KeyConfigError) throw new UsageError(error.message);
    throw error;
  }
  const maxBodyBytes = positiveIntegerOption('max-notification-bytes', values['max-notification-bytes']);
  const rate = positiveIntegerOption('notification-rate', values['notification-rate']);
  const maxQueueLength = positiveIntegerOption('max-queue', values['max-queue']);
  const defaultTtlSeconds = positiveIntegerOption('default-ttl', values['default-ttl']);
  if (maxBodyBytes) options.maxBodyBytes = maxBodyBytes;
  if (rate) Object.assign(options, { submissionsPerSecond: rate, submissionBurst: 2 * rate });
  if (maxQueueLength) options.maxQueueLength = maxQueueLength;
  if (defaultTtlSeconds) options.defaultTtlSeconds = defaultTtlSeconds;
  return options;
}
