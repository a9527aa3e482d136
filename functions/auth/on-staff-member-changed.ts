import { StaffMemberChanged } from '#events/staff-member-changed.ts';
import { provisionStaff } from '#shared/auth/use-cases/staff-sign-in.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { staffSignInDeps } from '#wiring';

/**
 * A member of the staff was added or disabled: the user pool follows the registry's present state
 * (credentials and the initial password by e-mail, once; or disabled and signed out).
 */
export const handler = eventHandler(
  { name: 'sign-in-staff-changed', event: StaffMemberChanged, actor: 'notifier' },
  async (event) => {
    const outcome = await provisionStaff(staffSignInDeps, event.metadata.tenantId, event.data.staffId);
    logger.info('staff sign-in provisioned', { outcome });
  },
);
