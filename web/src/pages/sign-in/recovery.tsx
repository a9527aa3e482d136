/**
 * Password recovery by e-mail: the administrator asks for a code (it goes to the group's billing
 * e-mail), then sets a new password with it. The first answer is the same whatever the number.
 */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { href, type PageProps } from '../../router.ts';
import { Done, Field, ProblemView } from '../../ui/components.tsx';
import { useAction } from '../../ui/use-api.ts';
import { rememberedTenant } from './tenant.ts';

export default function Recovery({ query }: PageProps) {
  const [tenant, setTenant] = useState(() => rememberedTenant(query));
  const [username, setUsername] = useState('');
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [asked, setAsked] = useState(false);
  const ask = useAction(
    () => api.POST('/v1/auth/recovery', { body: { tenant: tenant.trim(), username: username.trim() } }),
    () => setAsked(true),
  );
  const confirm = useAction(() =>
    api.POST('/v1/auth/recovery/confirm', {
      body: { tenant: tenant.trim(), username: username.trim(), code: code.trim(), newPassword },
    }),
  );

  if (confirm.ok)
    return (
      <div class="narrow">
        <h1>{t('recovery.title')}</h1>
        <Done text={t('recovery.done')} />
        <a href={href('/sign-in')}>{t('recovery.toSignIn')}</a>
      </div>
    );

  return (
    <div class="narrow">
      <h1>{t('recovery.title')}</h1>
      <p>{t('recovery.how')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void ask.submit();
        }}
      >
        <Field
          label={t('signIn.tenant')}
          field="body.tenant"
          problem={ask.problem}
          value={tenant}
          onInput={(e) => setTenant(e.currentTarget.value)}
          required
        />
        <Field
          label={t('signIn.phone')}
          field="body.username"
          problem={ask.problem}
          type="tel"
          value={username}
          onInput={(e) => setUsername(e.currentTarget.value)}
          autoComplete="username"
          required
        />
        <ProblemView problem={ask.problem} />
        <button type="submit" disabled={ask.busy}>
          {t('recovery.send')}
        </button>
      </form>
      {asked ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void confirm.submit();
          }}
        >
          <Done text={t('recovery.sent')} />
          <Field
            label={t('recovery.code')}
            field="body.code"
            problem={confirm.problem}
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
            autoComplete="one-time-code"
            required
          />
          <Field
            label={t('signIn.newPassword')}
            field="body.newPassword"
            problem={confirm.problem}
            type="password"
            value={newPassword}
            onInput={(e) => setNewPassword(e.currentTarget.value)}
            autoComplete="new-password"
            required
          />
          <ProblemView problem={confirm.problem} />
          <button type="submit" disabled={confirm.busy}>
            {t('signIn.setPassword')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
