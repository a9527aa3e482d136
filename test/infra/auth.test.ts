import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildSwitchboard } from './support.ts';

const { sb } = buildSwitchboard({ tenantHostDomain: 'selfcare.example' });
const events = Template.fromStack(sb.events);

describe('sign-in on AWS', () => {
  it('lets the provisioning subscribers manage the users of the stage pool, and nothing more', () => {
    const fns = events.findResources('AWS::Lambda::Function', {
      Properties: { Description: 'Subscriber sign-in-member-added' },
    });
    const [id, fn] = Object.entries(fns)[0]!;
    expect(fn.Properties.Environment.Variables).toMatchObject({
      USER_POOL_ID: expect.anything(),
      USER_POOL_CLIENT_ID: expect.anything(),
    });
    const role = fn.Properties.Role['Fn::GetAtt'][0];
    events.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: role }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: [
              'cognito-idp:AdminCreateUser',
              'cognito-idp:AdminDisableUser',
              'cognito-idp:AdminEnableUser',
              'cognito-idp:AdminSetUserPassword',
              'cognito-idp:AdminUserGlobalSignOut',
            ],
            // The stage's pool, nothing else.
            Resource: { 'Fn::ImportValue': Match.stringLikeRegexp('UserPool.*Arn') },
          }),
        ]),
      },
    });
    expect(id).toBeTruthy();
  });

  it('gives the sign-in routes the pool, the client and the tenants host domain', () => {
    const stack = sb.api.routeStacks.get('auth')!;
    const t = Template.fromStack(stack);
    const fns = t.findResources('AWS::Lambda::Function', {
      Properties: { Description: 'POST /v1/auth/login' },
    });
    const fn = Object.values(fns)[0]!;
    expect(fn.Properties.Environment.Variables).toMatchObject({
      USER_POOL_ID: expect.anything(),
      USER_POOL_CLIENT_ID: expect.anything(),
      TENANT_HOST_DOMAIN: 'selfcare.example',
    });
  });
});
