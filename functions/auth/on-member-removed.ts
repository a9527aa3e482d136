import { MemberRemoved } from '#events/member-removed.ts';
import { provisionDeps } from '#wiring';
import { provisionOn } from './provision.ts';

/** A number left its group: it can no longer sign in, and its sessions end. */
export const handler = provisionOn(
  { name: 'sign-in-member-removed', event: MemberRemoved, numbers: (d) => [d.msisdn] },
  provisionDeps,
);
