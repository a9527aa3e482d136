import {
  CreateUserPoolClientCommand,
  DeleteUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { machineScope } from '../kernel/actor.ts';
import { config } from '../kernel/config.ts';
import type { MachineCredentialIssuer } from '../tenants/ports.ts';
import { cognito } from './cognito.ts';

function userPoolId(): string {
  const { USER_POOL_ID } = config();
  if (!USER_POOL_ID) throw new Error('USER_POOL_ID must be set to manage machine clients');
  return USER_POOL_ID;
}

/**
 * Machine clients as app clients of the stage's user pool: a secret, the client-credentials grant
 * only, allowed exactly the scope of its role (`switchboard/<role>`), access tokens for one hour.
 * The registry (tenants area) says whose it is; the pool only signs its tokens.
 */
export const cognitoMachineCredentials: MachineCredentialIssuer = {
  async issue({ tenantId, role }) {
    const out = await cognito().send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId(),
        // The pool's name of the client, for the console; the operator's name is the registry's.
        ClientName: `${tenantId}-${role}`.slice(0, 128),
        GenerateSecret: true,
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: [machineScope(role)],
        // No sign-in of users through this client: refresh is the one flow the pool insists on.
        ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
        AccessTokenValidity: 60,
        TokenValidityUnits: { AccessToken: 'minutes' },
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
      }),
    );
    const clientId = out.UserPoolClient?.ClientId;
    const clientSecret = out.UserPoolClient?.ClientSecret;
    if (!clientId || !clientSecret)
      throw new Error('the user pool answered an app client without id or secret');
    return { clientId, clientSecret };
  },

  async remove(clientId) {
    try {
      await cognito().send(new DeleteUserPoolClientCommand({ UserPoolId: userPoolId(), ClientId: clientId }));
    } catch (e) {
      if ((e as { name?: string })?.name !== 'ResourceNotFoundException') throw e;
    }
  },
};
