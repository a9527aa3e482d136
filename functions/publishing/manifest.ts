import type { AreaManifest } from '../manifest.ts';

/** The outbox publisher: the table stream's outbox items onto the event bus. */
export const manifest: AreaManifest = {
  area: 'publishing',
  routes: [],
  streams: [{ name: 'publish-outbox', handler: 'functions/publishing/publish-outbox' }],
};
