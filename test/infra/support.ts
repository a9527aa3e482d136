import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App, NestedStack, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  createSwitchboard,
  type Switchboard,
  type SwitchboardOptions,
} from '../../infra/stacks/switchboard.ts';

const cdkJson = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../cdk.json'), 'utf8')) as {
  context: Record<string, unknown>;
};

/**
 * An app with the same context (feature flags) as `cdk synth`, minus bundling: tests never run
 * esbuild. CDK's built-in check of the templates against CloudFormation's rules (seconds of CPU per
 * synth; its findings are warnings, `validateAgainstDefaultRules` being off) runs where the app is
 * synthesized as `cdk synth` does it (`{ builtinValidation: true }`, the nag test), not in every test.
 */
export function testApp(
  context: Record<string, unknown> = {},
  opts: { builtinValidation?: boolean } = {},
): App {
  return new App({
    context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...context },
    builtinCloudFormationValidation: opts.builtinValidation ?? false,
  });
}

export function buildSwitchboard(options: Partial<SwitchboardOptions> = {}): { app: App; sb: Switchboard } {
  const app = testApp();
  const sb = createSwitchboard(app, { stage: 'dev', ...options });
  return { app, sb };
}

export interface Resource {
  Type: string;
  // biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, navigated freely by the assertions.
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

export interface NamedTemplate {
  name: string;
  stack: Stack;
  template: Template;
  resources: Record<string, Resource>;
}

/** Every template of a deployment: the top-level stacks and their nested stacks. */
export function allTemplates(sb: Switchboard): NamedTemplate[] {
  const stacks: Stack[] = [
    sb.data,
    sb.workflows,
    sb.api,
    ...sb.api.routeStacks.values(),
    sb.events,
    sb.schedules,
  ];
  return stacks.map((stack) => {
    const template = Template.fromStack(stack);
    const json = template.toJSON() as { Resources: Record<string, Resource> };
    return {
      name: NestedStack.isNestedStack(stack) ? stack.node.path : stack.stackName,
      stack,
      template,
      resources: json.Resources,
    };
  });
}

export function resourcesOfType(t: NamedTemplate, type: string): [string, Resource][] {
  return Object.entries(t.resources).filter(([, r]) => r.Type === type);
}

export interface PolicyStatementJson {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** The statements of the role's policies (`AWS::IAM::Policy` attached to it) in one template. */
export function statementsOfRole(t: NamedTemplate, roleLogicalId: string): PolicyStatementJson[] {
  return resourcesOfType(t, 'AWS::IAM::Policy')
    .filter(([, p]) =>
      (p.Properties.Roles as unknown[]).some(
        (r) => JSON.stringify(r) === JSON.stringify({ Ref: roleLogicalId }),
      ),
    )
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as PolicyStatementJson[]);
}

export const asArray = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/** `{ 'Fn::GetAtt': ['XRole1234', 'Arn'] }` → `XRole1234`. */
export function roleOf(fn: Resource): string {
  return (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
}
