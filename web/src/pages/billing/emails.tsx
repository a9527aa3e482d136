/**
 * The addresses authorised to open support requests by e-mail (the group's billing e-mail is
 * authorised too): the list as the API keeps it, edited and saved whole.
 */
import { useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { currentSession } from '../../session.ts';
import { Done, Field, LoadedView, ProblemView, Section } from '../../ui/components.tsx';
import { useAction, useApi } from '../../ui/use-api.ts';
import { AccountNav } from './account-nav.tsx';

type Authorised = Ok<'getAuthorisedEmails'>;
/** An address being edited; `id` keeps its input while others are added or removed. */
type Row = { id: number; value: string };

let rows = 0;
const rowsOf = (emails: string[]): Row[] =>
  (emails.length ? emails : ['']).map((value) => ({ id: ++rows, value }));

function EmailsForm({ groupId, current }: { groupId: string; current: Authorised }) {
  const [emails, setEmails] = useState<Row[]>(() => rowsOf(current.emails));
  const save = useAction(
    () =>
      api.PUT('/v1/groups/{groupId}/authorised-emails', {
        params: { path: { groupId } },
        body: { emails: emails.map((e) => e.value.trim()).filter(Boolean) },
      }),
    (saved) => setEmails(rowsOf(saved.emails)),
  );
  // What the API names `body.emails.<n>`: the row's place among those sent (blank rows are not).
  const sentIndex = (i: number) => emails.slice(0, i).filter((e) => e.value.trim()).length;
  const change = (id: number, value: string) =>
    setEmails((list) => list.map((e) => (e.id === id ? { id, value } : e)));
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save.submit();
      }}
    >
      {emails.map((email, i) => (
        <div class="email-row" key={email.id}>
          <Field
            label={t('billing.emails.address', { n: i + 1 })}
            field={email.value.trim() ? `body.emails.${sentIndex(i)}` : undefined}
            problem={save.problem}
            type="email"
            value={email.value}
            onInput={(e) => change(email.id, e.currentTarget.value)}
            autoComplete="off"
          />
          <button
            type="button"
            class="secondary"
            onClick={() => setEmails((list) => list.filter((e) => e.id !== email.id))}
          >
            {t('billing.emails.remove')}
            <span class="visually-hidden"> {t('billing.emails.address', { n: i + 1 })}</span>
          </button>
        </div>
      ))}
      <ProblemView problem={save.problem} />
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => setEmails((list) => [...list, { id: ++rows, value: '' }])}
        >
          {t('billing.emails.add')}
        </button>
        <button type="submit" disabled={save.busy}>
          {t('common.save')}
        </button>
      </div>
      {save.ok ? <Done text={t('common.saved')} /> : null}
    </form>
  );
}

export default function Emails() {
  const groupId = currentSession()!.groupId!;
  const loaded = useApi(
    () => api.GET('/v1/groups/{groupId}/authorised-emails', { params: { path: { groupId } } }),
    [groupId],
  );
  return (
    <>
      <h1>{t('billing.emails.title')}</h1>
      <AccountNav current="/group/emails" />
      <LoadedView loaded={loaded}>
        {(current) => (
          <Section title={t('billing.emails.list')} id="emails">
            <p>{t('billing.emails.what')}</p>
            <p>{t('billing.emails.billing', { email: current.billingEmail })}</p>
            <EmailsForm groupId={groupId} current={current} />
          </Section>
        )}
      </LoadedView>
    </>
  );
}
