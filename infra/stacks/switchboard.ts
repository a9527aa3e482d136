import type { Environment } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { QueueConsumerEntry, Schedule, Subscription, WorkflowEntry } from '../../functions/manifest.ts';
import {
  queues as allQueues,
  routes as allRoutes,
  schedules as allSchedules,
  subscriptions as allSubscriptions,
  workflows as allWorkflows,
} from '../../functions/registry.ts';
import type { RouteDefinition } from '../../shared/handlers/route.ts';
import { ApiStack } from './api-stack.ts';
import { DataStack } from './data-stack.ts';
import { EventsStack } from './events-stack.ts';
import { PortalStack } from './portal-stack.ts';
import { SchedulesStack } from './schedules-stack.ts';
import { stageSettings } from './settings.ts';
import { WorkflowsStack } from './workflows-stack.ts';

export interface SwitchboardOptions {
  stage: string;
  env?: Environment;
  /** Defaults to every route of `functions/registry.ts`. */
  routes?: readonly RouteDefinition[];
  /** Defaults to the subscriptions of `functions/registry.ts`. */
  subscriptions?: readonly Subscription[];
  /** Defaults to the queue consumers of `functions/registry.ts`. */
  queues?: readonly QueueConsumerEntry[];
  /** Defaults to the schedules of `functions/registry.ts`. */
  schedules?: readonly Schedule[];
  /** Defaults to the workflows of `functions/registry.ts`. */
  workflows?: readonly WorkflowEntry[];
  /** Sender of e-mail notifications (a verified SES identity). */
  notifyEmailFrom?: string;
  /** Each tenant's self-care host is `<tenant>.<domain>` (the tenant of a sign-in request). */
  tenantHostDomain?: string;
  /** The certificate of `*.<tenantHostDomain>` in us-east-1: the portal answers on the tenants' hosts. */
  portalCertificateArn?: string;
}

export interface Switchboard {
  data: DataStack;
  api: ApiStack;
  events: EventsStack;
  schedules: SchedulesStack;
  workflows: WorkflowsStack;
  portal: PortalStack;
}

/**
 * The whole deployment of one stage: the stateful stack and the five stateless ones that depend on
 * it (the workflows before the API and the events, whose functions start and wake them; the portal
 * after the API, which it serves under its own domain). `infra/app.ts` calls this for `cdk synth`; the infra tests call it in-process.
 */
export function createSwitchboard(scope: Construct, options: SwitchboardOptions): Switchboard {
  const settings = stageSettings(options.stage, {
    notifyEmailFrom: options.notifyEmailFrom,
    tenantHostDomain: options.tenantHostDomain,
    portalCertificateArn: options.portalCertificateArn,
  });
  const base = `Switchboard-${options.stage}`;
  const common = { env: options.env, settings, tags: { project: 'switchboard', stage: options.stage } };

  const data = new DataStack(scope, `${base}-Data`, {
    ...common,
    description: `Switchboard ${options.stage}: table, event bus, user pool (stateful)`,
    terminationProtection: settings.production,
  });
  const workflows = new WorkflowsStack(scope, `${base}-Workflows`, {
    ...common,
    description: `Switchboard ${options.stage}: Step Functions workflows (dunning) and their task functions`,
    table: data.table,
    bus: data.bus,
    workflows: options.workflows ?? allWorkflows,
  });
  const api = new ApiStack(scope, `${base}-Api`, {
    ...common,
    description: `Switchboard ${options.stage}: HTTP API and its functions`,
    table: data.table,
    bus: data.bus,
    payPalSecret: data.payPalSecret,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
    invoiceFiles: data.invoiceFiles,
    routes: options.routes ?? allRoutes,
  });
  const events = new EventsStack(scope, `${base}-Events`, {
    ...common,
    description: `Switchboard ${options.stage}: outbox publisher, event subscribers and queue consumers`,
    table: data.table,
    bus: data.bus,
    subscriptions: options.subscriptions ?? allSubscriptions,
    queues: options.queues ?? allQueues,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
    invoiceFiles: data.invoiceFiles,
    dunningWorkflow: workflows.dunning?.stateMachine,
  });
  const schedules = new SchedulesStack(scope, `${base}-Schedules`, {
    ...common,
    description: `Switchboard ${options.stage}: the tenants' scheduled jobs (a 15-minute tick, its dispatcher and one function per schedule)`,
    table: data.table,
    bus: data.bus,
    schedules: options.schedules ?? allSchedules,
    resources: events.stageResources({
      invoiceFiles: data.invoiceFiles,
      dunningWorkflow: workflows.dunning?.stateMachine,
    }),
  });
  const portal = new PortalStack(scope, `${base}-Portal`, {
    ...common,
    description: `Switchboard ${options.stage}: the self-care portal on CloudFront, with the API under its domain`,
    apiEndpoint: api.httpApi.apiEndpoint,
    documents: data.invoiceFiles,
  });
  return { data, api, events, schedules, workflows, portal };
}
