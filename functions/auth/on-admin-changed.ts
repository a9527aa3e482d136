import { AdminChanged } from '#events/admin-changed.ts';
import { provisionDeps } from '#wiring';
import { provisionOn } from './provision.ts';

/** The admin role moved: both numbers are checked (the role itself is read at every token). */
export const handler = provisionOn(
  { name: 'sign-in-admin-changed', event: AdminChanged, numbers: (d) => [d.from, d.to] },
  provisionDeps,
);
