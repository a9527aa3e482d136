/**
 * The areas of `shared/`, lowest first. An area may import the areas below it, never one above
 * it or beside it: so dependencies point one way, and an import cycle between areas cannot form.
 * A new area takes its place here (and in docs/architecture.md).
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['kernel'],
  ['db'],
  ['publishing', 'notifications'],
  ['catalog'],
  ['tenants'],
  ['groups'],
  ['rating'],
  ['money'],
  ['credit-limits'],
  ['usage'],
  ['invoices', 'support'],
  // Dunning follows issued invoices: it reads them, and shows its stage on the invoice and the group.
  ['dunning'],
  ['handlers'],
  // Sign-in builds the claims the handlers read (their `CLAIMS`), so it sits above them.
  ['auth'],
];
