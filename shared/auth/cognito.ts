import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminSetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
  type AuthenticationResultType,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { config } from '../kernel/config.ts';
import { logger } from '../kernel/observability.ts';
import type { DirectoryAnswer, PasswordSet, UserDirectory } from './ports.ts';

/**
 * The user pool through the Cognito SDK: Amazon Cognito on AWS, cognito-local when
 * `COGNITO_ENDPOINT` is set (the local runtime). The emulator answers an operation it lacks with an
 * error that the SDK would retry, so its client makes one attempt. What cognito-local does not do
 * (signing out every session of a user) our own code enforces (sign-in sessions, `sessions.ts`).
 */
let client: CognitoIdentityProviderClient | undefined;
export function cognito(): CognitoIdentityProviderClient {
  if (!client) {
    const { COGNITO_ENDPOINT, AWS_REGION } = config();
    client = new CognitoIdentityProviderClient({
      region: AWS_REGION,
      ...(COGNITO_ENDPOINT
        ? {
            endpoint: COGNITO_ENDPOINT,
            credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
            maxAttempts: 1,
          }
        : {}),
    });
  }
  return client;
}

/** For the local runtime and tests, which point the environment at another emulator. */
export function resetCognitoForTests(): void {
  client = undefined;
}

function pool(): { userPoolId: string; clientId: string } {
  const { USER_POOL_ID, USER_POOL_CLIENT_ID } = config();
  if (!USER_POOL_ID || !USER_POOL_CLIENT_ID) {
    throw new Error('USER_POOL_ID and USER_POOL_CLIENT_ID must be set for sign-in');
  }
  return { userPoolId: USER_POOL_ID, clientId: USER_POOL_CLIENT_ID };
}

const nameOf = (e: unknown): string => (e as { name?: string })?.name ?? '';

/** What a person's own mistake (or a refusal) looks like, as opposed to the service failing. */
const REFUSALS = new Set([
  'NotAuthorizedException',
  'UserNotFoundException',
  'PasswordResetRequiredException',
  'UserNotConfirmedException',
  'InvalidPasswordException',
  'UserLambdaValidationException',
  'CodeMismatchException',
  'ExpiredCodeException',
]);

async function answer(
  call: () => Promise<{
    AuthenticationResult?: AuthenticationResultType;
    ChallengeName?: string;
    Session?: string;
  }>,
): Promise<DirectoryAnswer> {
  try {
    const out = await call();
    if (out.AuthenticationResult?.IdToken) {
      const r = out.AuthenticationResult;
      return {
        kind: 'tokens',
        tokens: {
          idToken: r.IdToken!,
          ...(r.RefreshToken ? { refreshToken: r.RefreshToken } : {}),
          expiresIn: r.ExpiresIn ?? 3600,
        },
      };
    }
    if (out.ChallengeName === 'NEW_PASSWORD_REQUIRED' && out.Session) {
      return { kind: 'new-password-required', session: out.Session };
    }
    return { kind: 'refused', reason: `unexpected challenge ${out.ChallengeName ?? 'none'}` };
  } catch (e) {
    if (REFUSALS.has(nameOf(e))) return { kind: 'refused', reason: nameOf(e) };
    throw e;
  }
}

const unsupportedLocally = (e: unknown) =>
  config().COGNITO_ENDPOINT !== undefined && /Unsupported/i.test(`${nameOf(e)} ${(e as Error)?.message}`);

export const cognitoDirectory: UserDirectory = {
  async provision({ username, phone, temporaryPassword }) {
    const { userPoolId } = pool();
    try {
      await cognito().send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: username,
          TemporaryPassword: temporaryPassword,
          // Our own SMS carries the password, in the subscriber's language.
          MessageAction: 'SUPPRESS',
          // A staff member has no phone number of ours: their codes go to the registry's address.
          UserAttributes: phone
            ? [
                { Name: 'phone_number', Value: phone },
                { Name: 'phone_number_verified', Value: 'true' },
              ]
            : [],
        }),
      );
      return;
    } catch (e) {
      if (nameOf(e) !== 'UsernameExistsException') throw e;
    }
    // Known already (a new holder, a return, a redelivery): new initial password, enabled, signed out.
    await cognito().send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: username,
        Password: temporaryPassword,
        Permanent: false,
      }),
    );
    await cognito().send(new AdminEnableUserCommand({ UserPoolId: userPoolId, Username: username }));
    await signOut(userPoolId, username);
  },

  async disable(username) {
    const { userPoolId } = pool();
    try {
      await cognito().send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: username }));
    } catch (e) {
      if (nameOf(e) === 'UserNotFoundException') return;
      throw e;
    }
    await signOut(userPoolId, username);
  },

  signIn: (username, password) =>
    answer(() =>
      cognito().send(
        new InitiateAuthCommand({
          ClientId: pool().clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: username, PASSWORD: password },
        }),
      ),
    ),

  setNewPassword: (username, session, newPassword) =>
    answer(() =>
      cognito().send(
        new RespondToAuthChallengeCommand({
          ClientId: pool().clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: session,
          ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword },
        }),
      ),
    ),

  refresh: (username, refreshToken) =>
    answer(() =>
      cognito().send(
        new InitiateAuthCommand({
          ClientId: pool().clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: refreshToken, USERNAME: username },
        }),
      ),
    ),

  async setPassword(username, password): Promise<PasswordSet> {
    const { userPoolId } = pool();
    try {
      await cognito().send(
        new AdminSetUserPasswordCommand({
          UserPoolId: userPoolId,
          Username: username,
          Password: password,
          Permanent: true,
        }),
      );
    } catch (e) {
      if (nameOf(e) === 'InvalidPasswordException') return { kind: 'weak-password' };
      if (REFUSALS.has(nameOf(e))) return { kind: 'refused', reason: nameOf(e) };
      throw e;
    }
    // The password is set: a sign-out that fails now must not fail the recovery. Our session
    // records end the sessions regardless (refresh, `sessions.ts`), and the pool issues tokens
    // only under our grant.
    await signOut(userPoolId, username).catch((e: unknown) => {
      logger.warn('global sign-out after a recovered password failed', { error: e as Error });
    });
    return { kind: 'set' };
  },

  async revoke(refreshToken) {
    try {
      await cognito().send(new RevokeTokenCommand({ ClientId: pool().clientId, Token: refreshToken }));
    } catch (e) {
      // Revoked already, or never ours: logging out is done either way.
      if (!REFUSALS.has(nameOf(e)) && nameOf(e) !== 'UnsupportedTokenTypeException') throw e;
    }
  },
};

async function signOut(userPoolId: string, username: string): Promise<void> {
  try {
    await cognito().send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username }));
  } catch (e) {
    if (!unsupportedLocally(e)) throw e;
    logger.debug('global sign-out not emulated; sessions are checked against the credentials instead');
  }
}
