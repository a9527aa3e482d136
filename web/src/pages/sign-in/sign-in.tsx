/**
 * Sign-in: phone number and password, then what the API asks next (the SMS PIN, a new password
 * in place of the initial one), until it gives the session. The API's answers are generic on
 * purpose; the page shows them as they come.
 */
import { useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { href, navigate, type PageProps } from '../../router.ts';
import { HOME } from '../../routes.ts';
import { sessionEndedReason, sessionOf, signedIn } from '../../session.ts';
import { Field, ProblemView } from '../../ui/components.tsx';
import { useAction } from '../../ui/use-api.ts';
import { CodeStep, NewPasswordStep } from './steps.tsx';
import { rememberedTenant, rememberTenant } from './tenant.ts';

type Answer = Ok<'login'>;
type Challenge = Extract<Answer, { status: 'challenge' }>;

export default function SignIn({ query }: PageProps) {
  const [tenant, setTenant] = useState(() => rememberedTenant(query));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<Challenge | undefined>();
  const ended = sessionEndedReason();

  const next = (answer: Answer) => {
    if (answer.status === 'challenge') {
      setChallenge(answer);
      return;
    }
    const session = sessionOf(answer.token, tenant, answer.refreshToken);
    if (!session) return;
    rememberTenant(tenant);
    signedIn(session);
    const to = query.get('next');
    navigate(to?.startsWith('/') ? to : HOME[session.role]);
  };

  const login = useAction(
    () =>
      api.POST('/v1/auth/login', { body: { tenant: tenant.trim(), username: username.trim(), password } }),
    next,
  );
  const answer = useAction(
    (body: { pin?: string; newPassword?: string; resend?: true }) =>
      api.POST('/v1/auth/challenge', {
        body: { tenant: tenant.trim(), session: challenge!.session, ...body },
      }),
    next,
  );

  if (challenge?.challenge === 'SMS_PIN')
    return (
      <CodeStep
        texts={{
          title: t('signIn.pinTitle'),
          sent: t('signIn.pinSent', { destination: challenge.destination ?? '' }),
          validUntil: (time) => t('signIn.pinValidUntil', { time }),
          label: t('signIn.pin'),
          confirm: t('signIn.confirmPin'),
          resend: t('signIn.resendPin'),
          resent: t('signIn.pinResent'),
        }}
        field="body.pin"
        validUntil={challenge.pinValidUntil}
        answer={answer}
        onCode={(pin) => answer.submit({ pin })}
        onResend={() => answer.submit({ resend: true })}
      />
    );

  if (challenge?.challenge === 'NEW_PASSWORD')
    return (
      <NewPasswordStep
        texts={{
          title: t('signIn.newPasswordTitle'),
          why: t('signIn.newPasswordWhy'),
          label: t('signIn.newPassword'),
          submit: t('signIn.setPassword'),
        }}
        answer={answer}
        onPassword={(newPassword) => answer.submit({ newPassword })}
      />
    );

  return (
    <div class="narrow">
      <h1>{t('signIn.title')}</h1>
      {ended === 'expired' ? <p role="status">{t('signIn.expired')}</p> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void login.submit();
        }}
      >
        <Field
          label={t('signIn.tenant')}
          hint={t('signIn.tenantHint')}
          field="body.tenant"
          problem={login.problem}
          value={tenant}
          onInput={(e) => setTenant(e.currentTarget.value)}
          autoComplete="organization"
          required
        />
        <Field
          label={t('signIn.phone')}
          field="body.username"
          problem={login.problem}
          type="tel"
          value={username}
          onInput={(e) => setUsername(e.currentTarget.value)}
          autoComplete="username"
          required
        />
        <Field
          label={t('signIn.password')}
          field="body.password"
          problem={login.problem}
          type="password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          required
        />
        <ProblemView problem={login.problem} />
        <button type="submit" disabled={login.busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <a href={href('/recovery')}>{t('signIn.forgot')}</a>
      </p>
      <p class="muted">
        <a href={href('/quote')}>{t('signIn.quote')}</a> · <a href={href('/staff')}>{t('signIn.staff')}</a>
      </p>
    </div>
  );
}
