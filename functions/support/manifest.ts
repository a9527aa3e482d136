import { GroupProfileChanged } from '#events/group-profile-changed.ts';
import { GroupRegistered } from '#events/group-registered.ts';
import { TicketReplied } from '#events/ticket-replied.ts';
import { TicketStatusChanged } from '#events/ticket-status-changed.ts';
import type { AreaManifest } from '../manifest.ts';
import { routes } from './routes.ts';

export const manifest: AreaManifest = {
  area: 'support',
  routes,
  subscriptions: [
    {
      name: 'notify-ticket-replied',
      handler: 'functions/support/on-ticket-replied',
      events: [TicketReplied],
      sends: ['sms', 'email'],
    },
    {
      name: 'notify-ticket-status',
      handler: 'functions/support/on-ticket-status-changed',
      events: [TicketStatusChanged],
      sends: ['sms', 'email'],
    },
    {
      name: 'index-billing-email-registered',
      handler: 'functions/support/on-group-registered',
      events: [GroupRegistered],
    },
    {
      name: 'index-billing-email-changed',
      handler: 'functions/support/on-group-profile-changed',
      events: [GroupProfileChanged],
    },
  ],
};
