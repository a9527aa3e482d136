import { HolderChanged } from '#events/holder-changed.ts';
import { provisionDeps } from '#wiring';
import { provisionOn } from './provision.ts';

/** A number has a new holder: the old credentials end, the new holder gets new ones by SMS. */
export const handler = provisionOn(
  { name: 'sign-in-holder-changed', event: HolderChanged, numbers: (d) => [d.msisdn] },
  provisionDeps,
);
