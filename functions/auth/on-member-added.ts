import { MemberAdded } from '#events/member-added.ts';
import { provisionDeps } from '#wiring';
import { provisionOn } from './provision.ts';

/** A number joined a group: it gets credentials and its initial password by SMS. */
export const handler = provisionOn(
  { name: 'sign-in-member-added', event: MemberAdded, numbers: (d) => [d.msisdn] },
  provisionDeps,
);
