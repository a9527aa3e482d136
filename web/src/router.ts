/**
 * Hash routing (`#/group/members/38649…`): the portal is one file on any static host, and no
 * portal path can shadow an API path on the same domain.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Role } from './session.ts';

export interface PageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

export interface PageRoute {
  /** `/group/members/:msisdn` */
  path: string;
  /** Who may see it; `public` needs no session. */
  roles: readonly Role[] | 'public';
  /** Loads the page's module (each page is its own chunk). */
  load: () => Promise<{ default: ComponentType<PageProps> }>;
  /** The text key of its entry in the navigation, for pages that have one. */
  nav?: string;
}

export interface Location {
  path: string;
  query: URLSearchParams;
}

export function currentLocation(): Location {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = hash.split('?');
  return { path, query: new URLSearchParams(search) };
}

export function navigate(to: string): void {
  if (window.location.hash !== `#${to}`) window.location.hash = to;
}

export function useLocation(): Location {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const on = () => setLocation(currentLocation());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return location;
}

export function match(pattern: string, path: string): Record<string, string> | undefined {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const part = p[i]!;
    const seg = s[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(seg);
    else if (part !== seg) return undefined;
  }
  return params;
}

/** A link inside the portal. */
export const href = (path: string): string => `#${path}`;
