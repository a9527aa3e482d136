import { ClubBelowMinimum } from '#events/club-below-minimum.ts';
import {
  type ClubNoticeDeps,
  notifyClubBelowMinimum,
} from '#shared/groups/use-cases/notify-club-below-minimum.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { clubNoticeDeps } from '#wiring';

/** `ClubBelowMinimum` → an SMS to the group's administrator, in the group's language (once per event). */
export const onClubBelowMinimum = (deps: ClubNoticeDeps) =>
  eventHandler(
    { name: 'notify-club-below-minimum', event: ClubBelowMinimum, actor: 'notifier' },
    async (event) => {
      const outcome = await notifyClubBelowMinimum(deps, event);
      logger.info('club below minimum notified', { outcome });
    },
  );

export const handler = onClubBelowMinimum(clubNoticeDeps);
