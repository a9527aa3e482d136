/**
 * The operator's staff open the desk with a staff token of their tenant. On one machine the CLI
 * issues it (`npm run cli -- token --role operator --tenant ID`); the API verifies it at every
 * request like any other token.
 */
import { useState } from 'preact/hooks';
import { api, asProblem, type Problem } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { navigate } from '../../router.ts';
import { sessionOf, signedIn } from '../../session.ts';
import { Field, ProblemView } from '../../ui/components.tsx';

export default function Staff() {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setProblem(undefined);
    const session = sessionOf(token.trim());
    if (session?.role !== 'operator') {
      setBusy(false);
      setProblem({ type: 'about:blank', title: t('staff.notStaff'), status: 400 });
      return;
    }
    // The API decides whether the token is good: one request of the desk with it.
    const { error, response } = await api.GET('/v1/support-queue', {
      params: { query: { limit: '1' } },
      headers: { authorization: `Bearer ${session.token}` },
    });
    setBusy(false);
    if (!response.ok) return setProblem(asProblem(error, response));
    signedIn(session);
    navigate('/desk');
  };

  return (
    <div class="narrow">
      <h1>{t('staff.title')}</h1>
      <p>{t('staff.how')}</p>
      <pre>npm run --silent cli -- token --role operator --tenant dardania</pre>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field
          label={t('staff.token')}
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
          autoComplete="off"
          spellcheck={false}
          required
        />
        <ProblemView problem={problem} />
        <button type="submit" disabled={busy}>
          {t('staff.open')}
        </button>
      </form>
    </div>
  );
}
