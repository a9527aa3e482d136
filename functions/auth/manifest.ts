import { AdminChanged } from '#events/admin-changed.ts';
import { GroupRegistered } from '#events/group-registered.ts';
import { HolderChanged } from '#events/holder-changed.ts';
import { MemberAdded } from '#events/member-added.ts';
import { MemberRemoved } from '#events/member-removed.ts';
import { StaffMemberChanged } from '#events/staff-member-changed.ts';
import type { AreaManifest } from '../manifest.ts';
import { routes } from './routes.ts';

/**
 * Self-care sign-in: its routes (sign-in, sessions, password recovery by e-mail, the operator's
 * new-SIM report and a fixed line's PIN destination), and the subscribers that keep the user pool
 * in line with the groups (the initial password goes out by SMS, or where a fixed line's PIN goes). The user pool's pre-token-generation trigger
 * (`pre-token-generation.ts`) is wired by the auth construct on AWS and by `infra/local/cognito.ts`
 * locally.
 */
export const manifest: AreaManifest = {
  area: 'auth',
  routes,
  subscriptions: [
    {
      name: 'sign-in-member-added',
      handler: 'functions/auth/on-member-added',
      events: [MemberAdded],
      sends: ['sms', 'email'],
      managesUsers: true,
    },
    {
      name: 'sign-in-group-registered',
      handler: 'functions/auth/on-group-registered',
      events: [GroupRegistered],
      sends: ['sms', 'email'],
      managesUsers: true,
    },
    {
      name: 'sign-in-member-removed',
      handler: 'functions/auth/on-member-removed',
      events: [MemberRemoved],
      managesUsers: true,
    },
    {
      name: 'sign-in-holder-changed',
      handler: 'functions/auth/on-holder-changed',
      events: [HolderChanged],
      sends: ['sms', 'email'],
      managesUsers: true,
    },
    {
      name: 'sign-in-admin-changed',
      handler: 'functions/auth/on-admin-changed',
      events: [AdminChanged],
      managesUsers: true,
    },
    {
      name: 'sign-in-staff-changed',
      handler: 'functions/auth/on-staff-member-changed',
      events: [StaffMemberChanged],
      sends: ['email'],
      managesUsers: true,
    },
  ],
};

/** The user pool's trigger: not a route or a subscription, but a function of the area all the same. */
export const PRE_TOKEN_GENERATION_HANDLER = 'functions/auth/pre-token-generation';
