import type { AreaManifest } from '../manifest.ts';
import { routes } from './routes.ts';

export const manifest: AreaManifest = { area: 'groups', routes };
