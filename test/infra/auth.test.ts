import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  allTemplates,
  asArray,
  buildSwitchboard,
  resourcesOfType,
  roleOf,
  statementsOfRole,
} from './support.ts';

const { sb } = buildSwitchboard({
  tenantHostDomain: 'selfcare.example',
  notifyEmailFrom: 'noreply@selfcare.example',
});
const events = Template.fromStack(sb.events);
const authRoutes = allTemplates(sb).find((t) => t.stack === sb.api.routeStacks.get('auth'))!;

/** The statements of the role of the auth route function described `description` (its route key). */
function routeStatements(description: string) {
  const found = resourcesOfType(authRoutes, 'AWS::Lambda::Function').find(
    ([, fn]) => fn.Properties.Description === description,
  );
  expect(found, description).toBeDefined();
  const [, fn] = found!;
  return { fn, statements: statementsOfRole(authRoutes, roleOf(fn)) };
}
const actionsOf = (statements: ReturnType<typeof routeStatements>['statements']) =>
  statements.flatMap((s) => asArray(s.Action));

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

  it('lets password recovery set passwords and sign users out of the stage pool, and no other route', () => {
    const { statements } = routeStatements('POST /v1/auth/recovery/confirm');
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Action: ['cognito-idp:AdminSetUserPassword', 'cognito-idp:AdminUserGlobalSignOut'],
        // The stage's pool, nothing else.
        Resource: { 'Fn::ImportValue': expect.stringMatching(/UserPool.*Arn/) },
      }),
    );
    // Customer care's reset gives new credentials, as provisioning does: those four actions, on the pool.
    // So does a colleague's reset of a staff member's password.
    const resets = [
      'POST /v1/groups/{groupId}/members/{msisdn}/password-reset',
      'POST /v1/staff/{staffId}/password-reset',
    ];
    for (const route of resets) {
      expect(routeStatements(route).statements, route).toContainEqual(
        expect.objectContaining({
          Effect: 'Allow',
          Action: expect.arrayContaining([
            'cognito-idp:AdminCreateUser',
            'cognito-idp:AdminSetUserPassword',
            'cognito-idp:AdminEnableUser',
            'cognito-idp:AdminUserGlobalSignOut',
          ]),
          Resource: { 'Fn::ImportValue': expect.stringMatching(/UserPool.*Arn/) },
        }),
      );
    }
    for (const [, fn] of resourcesOfType(authRoutes, 'AWS::Lambda::Function')) {
      if (fn.Properties.Description === 'POST /v1/auth/recovery/confirm') continue;
      if (resets.includes(fn.Properties.Description)) continue;
      const actions = actionsOf(statementsOfRole(authRoutes, roleOf(fn)));
      expect(
        actions.filter((a) => a.startsWith('cognito-idp:')),
        fn.Properties.Description,
      ).toEqual([]);
    }
  });

  it('lets each sign-in route send on the channels it declares only: SMS or e-mail for the PIN and the notices, e-mail for the code', () => {
    const destination = [
      'PUT /v1/groups/{groupId}/members/{msisdn}/pin-destination',
      'DELETE /v1/groups/{groupId}/members/{msisdn}/pin-destination',
      'POST /v1/groups/{groupId}/members/{msisdn}/password-reset',
    ];
    // A fixed line's PIN, initial password and notices go where customer care registered: SMS or e-mail.
    const sms = [
      'POST /v1/auth/login',
      'POST /v1/auth/challenge',
      'POST /v1/auth/recovery/confirm',
      ...destination,
    ];
    // The staff's codes and initial passwords go to their addresses only.
    const staff = [
      'POST /v1/auth/staff/login',
      'POST /v1/auth/staff/challenge',
      'POST /v1/staff/{staffId}/password-reset',
    ];
    const email = ['POST /v1/auth/recovery', ...staff, ...sms];
    for (const [, fn] of resourcesOfType(authRoutes, 'AWS::Lambda::Function')) {
      const key = fn.Properties.Description as string;
      const statements = statementsOfRole(authRoutes, roleOf(fn));
      const publish = statements.filter((s) => asArray(s.Action).includes('sns:Publish'));
      if (sms.includes(key)) {
        // To phone numbers only: publishing to any topic is denied.
        expect(
          publish.map((s) => [s.Effect, s.Resource]),
          key,
        ).toEqual([
          ['Allow', '*'],
          ['Deny', { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sns:*:*:*']] }],
        ]);
      } else {
        expect(publish, key).toEqual([]);
      }
      const mail = statements.filter((s) => asArray(s.Action).includes('ses:SendEmail'));
      if (email.includes(key)) {
        // From the stage's sender (the address or its domain), nothing else.
        const identities = mail.flatMap((s) => asArray(s.Resource)).map((r) => JSON.stringify(r));
        expect(identities, key).toHaveLength(2);
        expect(identities[0]).toMatch(/:identity\/noreply@selfcare\.example"/);
        expect(identities[1]).toMatch(/:identity\/selfcare\.example"/);
        expect(fn.Properties.Environment.Variables.NOTIFY_EMAIL_FROM).toBe('noreply@selfcare.example');
      } else {
        expect(mail, key).toEqual([]);
        expect(fn.Properties.Environment.Variables.NOTIFY_EMAIL_FROM, key).toBeUndefined();
      }
    }
  });

  it('gives the recovery routes the pool, the client and the tenants host domain', () => {
    for (const key of ['POST /v1/auth/recovery', 'POST /v1/auth/recovery/confirm']) {
      expect(routeStatements(key).fn.Properties.Environment.Variables, key).toMatchObject({
        USER_POOL_ID: expect.anything(),
        USER_POOL_CLIENT_ID: expect.anything(),
        TENANT_HOST_DOMAIN: 'selfcare.example',
      });
    }
  });
});

describe('machine principals on AWS', () => {
  const data = Template.fromStack(sb.data);
  const manages = ['POST /v1/machine-clients', 'DELETE /v1/machine-clients/{clientId}'];

  it('lets the machine clients routes create and delete app clients of the stage pool, and no other function', () => {
    for (const t of allTemplates(sb)) {
      for (const [, fn] of resourcesOfType(t, 'AWS::Lambda::Function')) {
        const key = fn.Properties.Description as string;
        const statements = statementsOfRole(t, roleOf(fn));
        const appClients = statements.filter((s) =>
          asArray(s.Action).some((a) => /UserPoolClient$/.test(a as string)),
        );
        if (manages.includes(key)) {
          expect(appClients, key).toEqual([
            expect.objectContaining({
              Effect: 'Allow',
              Action: ['cognito-idp:CreateUserPoolClient', 'cognito-idp:DeleteUserPoolClient'],
              // The stage's pool, nothing else.
              Resource: { 'Fn::ImportValue': expect.stringMatching(/UserPool.*Arn/) },
            }),
          ]);
          expect(fn.Properties.Environment.Variables.USER_POOL_ID, key).toBeDefined();
        } else {
          expect(appClients, key).toEqual([]);
        }
      }
    }
  });

  it('lists the machine clients with read access to the table only and no pool action', () => {
    const tenants = allTemplates(sb).find((t) => t.stack === sb.api.routeStacks.get('tenants'))!;
    const found = resourcesOfType(tenants, 'AWS::Lambda::Function').find(
      ([, fn]) => fn.Properties.Description === 'GET /v1/machine-clients',
    );
    expect(found).toBeDefined();
    const actions = statementsOfRole(tenants, roleOf(found![1])).flatMap((s) => asArray(s.Action));
    expect(actions.filter((a) => (a as string).startsWith('cognito-idp:'))).toEqual([]);
    expect(actions).not.toContain('dynamodb:PutItem');
  });

  it('has the resource server with one scope per machine role, and a domain for the token endpoint', () => {
    data.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'switchboard',
      Scopes: [
        { ScopeName: 'mediation', ScopeDescription: Match.anyValue() },
        { ScopeName: 'psp', ScopeDescription: Match.anyValue() },
        { ScopeName: 'mail-gateway', ScopeDescription: Match.anyValue() },
      ],
    });
    expect(Object.keys(data.findResources('AWS::Cognito::UserPoolDomain'))).toHaveLength(1);
  });
});
