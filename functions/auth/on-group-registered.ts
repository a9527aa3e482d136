import { GroupRegistered } from '#events/group-registered.ts';
import { provisionDeps } from '#wiring';
import { provisionOn } from './provision.ts';

/** A group registered: its admin number gets credentials (once, with the admin's `MemberAdded`). */
export const handler = provisionOn(
  { name: 'sign-in-group-registered', event: GroupRegistered, numbers: (d) => [d.adminMsisdn] },
  provisionDeps,
);
