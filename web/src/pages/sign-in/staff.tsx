/**
 * The desk's sign-in for the operator's staff: the e-mail address and the password, then the
 * code the API e-mails (always: staff see every customer), then at the first sign-in, or after a
 * colleague reset the password, a new password. The API's answers are generic on purpose; the
 * page shows them as they come.
 */
import { useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { navigate, type PageProps } from '../../router.ts';
import { sessionEndedReason, sessionOf, signedIn } from '../../session.ts';
import { Field, ProblemView } from '../../ui/components.tsx';
import { useAction } from '../../ui/use-api.ts';
import { CodeStep, NewPasswordStep } from './steps.tsx';
import { rememberedTenant, rememberTenant } from './tenant.ts';

type Answer = Ok<'staffLogin'>;
type Challenge = Extract<Answer, { status: 'challenge' }>;

export default function Staff({ query }: PageProps) {
  const [tenant, setTenant] = useState(() => rememberedTenant(query));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<Challenge | undefined>();
  const ended = sessionEndedReason();

  const next = (answer: Answer) => {
    if (answer.status === 'challenge') return setChallenge(answer);
    const session = sessionOf(answer.token, tenant, answer.refreshToken);
    if (session?.role !== 'operator') return;
    rememberTenant(tenant);
    signedIn(session);
    const to = query.get('next');
    navigate(to?.startsWith('/desk') ? to : '/desk');
  };

  const login = useAction(
    () =>
      api.POST('/v1/auth/staff/login', { body: { tenant: tenant.trim(), email: email.trim(), password } }),
    next,
  );
  const answer = useAction(
    (body: { code?: string; newPassword?: string; resend?: true }) =>
      api.POST('/v1/auth/staff/challenge', {
        body: { tenant: tenant.trim(), session: challenge!.session, ...body },
      }),
    next,
  );

  if (challenge?.challenge === 'EMAIL_CODE')
    return (
      <CodeStep
        texts={{
          title: t('staff.codeTitle'),
          sent: t('staff.codeSent', { destination: challenge.destination ?? '' }),
          validUntil: (time) => t('staff.codeValidUntil', { time }),
          label: t('staff.code'),
          confirm: t('staff.confirmCode'),
          resend: t('staff.resendCode'),
          resent: t('staff.codeResent'),
        }}
        field="body.code"
        validUntil={challenge.codeValidUntil}
        answer={answer}
        onCode={(code) => answer.submit({ code })}
        onResend={() => answer.submit({ resend: true })}
      />
    );

  if (challenge?.challenge === 'NEW_PASSWORD')
    return (
      <NewPasswordStep
        texts={{
          title: t('staff.newPasswordTitle'),
          why: t('staff.newPasswordWhy'),
          label: t('staff.newPassword'),
          submit: t('staff.setPassword'),
        }}
        answer={answer}
        onPassword={(newPassword) => answer.submit({ newPassword })}
      />
    );

  return (
    <div class="narrow">
      <h1>{t('staff.title')}</h1>
      {ended === 'expired' ? <p role="status">{t('staff.expired')}</p> : null}
      <p>{t('staff.how')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void login.submit();
        }}
      >
        <Field
          label={t('staff.tenant')}
          hint={t('staff.tenantHint')}
          field="body.tenant"
          problem={login.problem}
          value={tenant}
          onInput={(e) => setTenant(e.currentTarget.value)}
          autoComplete="organization"
          required
        />
        <Field
          label={t('staff.email')}
          field="body.email"
          problem={login.problem}
          inputMode="email"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
          autoComplete="username"
          required
        />
        <Field
          label={t('staff.password')}
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
          {t('staff.submit')}
        </button>
      </form>
      <p class="muted">{t('staff.forgot')}</p>
    </div>
  );
}
