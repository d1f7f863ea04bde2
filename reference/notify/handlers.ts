// Handlers of NotifyHandlers: Server Application to AOI Server notification submission over HTTP (provisional extension).
// Written by people, in the shape `npx omaspec generate` merges stubs into (object literal `notifyHandlers`);
// the HTTP binding (http.ts) calls it with an authenticated submitter and an already validated request.
import type { NotifyHandlers } from '../../generated/notify/handlers.ts';
import type { NotificationService } from './service.ts';

/** Who submits (the Server Application whose key was presented) and the service that queues. */
export interface SubmissionContext {
  submitter: string;
  service: NotificationService;
}

export const notifyHandlers: NotifyHandlers<SubmissionContext> = {
  async notificationSubmitReq(request, ctx) {
    return ctx.service.submit(ctx.submitter, request);
  },
};
