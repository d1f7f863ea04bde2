import { randomUUID } from 'node:crypto';
import type { NotificationSubmitReq, NotificationSubmitRes } from '../../generated/notify/types.ts';
import type { AoiStore } from '../aoi/store.ts';
import type { DeliveryScheduler } from './delivery.ts';
import type { NotificationStore } from './store.ts';

export interface SubmissionOptions {
  /** Seconds a notification waits for an offline client when the submitter gives no ttl. */
  defaultTtlSeconds: number;
  /** Undelivered copies kept per AOI Client; a client whose queue is full misses further ones. */
  maxQueueLength: number;
}

export const DEFAULT_SUBMISSION_OPTIONS: SubmissionOptions = { defaultTtlSeconds: 86_400, maxQueueLength: 1000 };
export const DEFAULT_PRIORITY = 5;

/**
 * Accepting a notification (transport-agnostic): routes it to every AOI Client holding the token
 * (8.2.5: one for a unique token, many for a seed-derived one), queues a copy for each durably,
 * then lets the scheduler deliver. Answers are notificationSubmitRes messages.
 */
export class NotificationService {
  private readonly options: SubmissionOptions;

  constructor(
    private readonly notifications: NotificationStore,
    private readonly aoiStore: AoiStore,
    private readonly scheduler: Pick<DeliveryScheduler, 'kick'>,
    private readonly onInternalError: (error: unknown) => void,
    options: Partial<SubmissionOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...DEFAULT_SUBMISSION_OPTIONS, ...options };
  }

  async submit(submitter: string, request: NotificationSubmitReq): Promise<NotificationSubmitRes> {
    try {
      const recipients = await this.aoiStore.clientsForToken(request.clientAppToken);
      if (recipients.length === 0)
        return { code: 404, desc: 'Not Found: no Client Application is registered with this token' };
      const createdAt = this.now();
      const outcome = await this.notifications.submit(
        {
          id: `n-${randomUUID()}`,
          submitter,
          ...(request.idempotencyKey !== undefined && { idempotencyKey: request.idempotencyKey }),
          clientAppToken: request.clientAppToken,
          payload: request.payload,
          priority: request.priority ?? DEFAULT_PRIORITY,
          createdAt,
          expiresAt: createdAt + 1000 * (request.ttl ?? this.options.defaultTtlSeconds),
        },
        recipients,
        this.options.maxQueueLength,
      );
      if (outcome.kind === 'full')
        return { code: 503, desc: 'Service Unavailable: the queue of every recipient is full' };
      if (outcome.kind === 'duplicate')
        return { code: 202, desc: 'Accepted earlier with this idempotencyKey', notificationId: outcome.id };
      for (const clientId of outcome.queuedFor) this.scheduler.kick(clientId);
      return { code: 202, desc: 'Accepted', notificationId: outcome.id };
    } catch (error) {
      this.onInternalError(error);
      return { code: 503, desc: 'Service Unavailable' };
    }
  }
}
