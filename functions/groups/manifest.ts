import { type AreaManifest, routesOf } from '../manifest.ts';
import * as routes from './routes.ts';

export const manifest: AreaManifest = { area: 'groups', routes: routesOf(routes) };
