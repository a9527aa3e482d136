/**
 * The operator's staff: who can sign in to the desk. A colleague is added with their work address
 * (the API e-mails them an initial password), a forgotten password is reset (a new initial one by
 * e-mail), and someone who left is disabled (their sessions end; they stay listed).
 */
import { useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { formatDate, LANGUAGE_NAMES, LANGUAGES, t, useLanguage } from '../../i18n/index.ts';
import { currentSession } from '../../session.ts';
import { Badge, Done, Field, ProblemView, Section, Select, Table } from '../../ui/components.tsx';
import { useIdempotencyKey } from '../../ui/forms.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { useAction } from '../../ui/use-api.ts';

type Member = Ok<'listStaff'>['items'][number];

function Row({ member, onChanged }: { member: Member; onChanged: () => void }) {
  const [asking, setAsking] = useState<'reset' | 'disable' | undefined>();
  const path = { params: { path: { staffId: member.staffId } } };
  const reset = useAction(
    () => api.POST('/v1/staff/{staffId}/password-reset', path),
    () => setAsking(undefined),
  );
  const disable = useAction(
    () => api.DELETE('/v1/staff/{staffId}', path),
    () => {
      setAsking(undefined);
      onChanged();
    },
  );
  const yourself = currentSession()?.staffId === member.staffId;
  const active = member.status === 'active';
  return (
    <tr>
      <th scope="row">{member.name}</th>
      <td>{member.email}</td>
      <td>{LANGUAGE_NAMES[member.language as keyof typeof LANGUAGE_NAMES] ?? member.language}</td>
      <td>
        <Badge value={t(`desk.staff.status.${member.status}`)} tone={active ? 'ok' : 'bad'} />
      </td>
      <td>{formatDate(member.disabledAt ?? member.createdAt)}</td>
      <td>
        {active && !yourself ? (
          asking ? (
            <div class="actions">
              <span>
                {t(asking === 'reset' ? 'desk.staff.confirmReset' : 'desk.staff.confirmDisable', {
                  name: member.name,
                })}
              </span>
              <button
                type="button"
                disabled={reset.busy || disable.busy}
                onClick={() => void (asking === 'reset' ? reset.submit() : disable.submit())}
              >
                {t('desk.staff.yes')}
              </button>
              <button type="button" class="secondary" onClick={() => setAsking(undefined)}>
                {t('desk.staff.no')}
              </button>
            </div>
          ) : (
            <div class="actions">
              <button type="button" class="secondary" onClick={() => setAsking('reset')}>
                {t('desk.staff.reset')}
              </button>
              <button type="button" class="secondary" onClick={() => setAsking('disable')}>
                {t('desk.staff.disable')}
              </button>
            </div>
          )
        ) : yourself ? (
          <span class="muted">{t('desk.staff.you')}</span>
        ) : null}
        <Done text={reset.done ? t('desk.staff.resetDone', { to: reset.done.sentTo }) : undefined} />
        <ProblemView problem={reset.problem ?? disable.problem} />
      </td>
    </tr>
  );
}

export default function Staff() {
  const language = useLanguage();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [memberLanguage, setMemberLanguage] = useState<string>(language);
  const staff = usePaged(
    (cursor) => api.GET('/v1/staff', { params: { query: { cursor, limit: '50' } } }),
    [],
  );
  const idempotency = useIdempotencyKey();
  type Body = { email: string; name: string; language: string };
  const add = useAction(
    (body: Body) =>
      api.POST('/v1/staff', { params: { header: { 'Idempotency-Key': idempotency.keyFor(body) } }, body }),
    () => {
      idempotency.succeeded();
      setEmail('');
      setName('');
      staff.reload();
    },
  );
  return (
    <>
      <h1>{t('desk.staff.title')}</h1>
      <p>{t('desk.staff.intro')}</p>
      <Section title={t('desk.staff.add')} id="add">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add.submit({ email: email.trim(), name: name.trim(), language: memberLanguage });
          }}
        >
          <div class="grid">
            <Field
              label={t('desk.staff.name')}
              field="body.name"
              problem={add.problem}
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
              autoComplete="off"
              required
            />
            <Field
              label={t('desk.staff.email')}
              field="body.email"
              problem={add.problem}
              inputMode="email"
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
              autoComplete="off"
              required
            />
            <Select
              label={t('desk.staff.language')}
              field="body.language"
              problem={add.problem}
              value={memberLanguage}
              onChange={(e) => setMemberLanguage(e.currentTarget.value)}
              options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            />
          </div>
          <ProblemView problem={add.problem} />
          <Done text={add.done ? t('desk.staff.added', { to: add.done.email }) : undefined} />
          <button type="submit" disabled={add.busy}>
            {t('desk.staff.submit')}
          </button>
        </form>
      </Section>
      <Section title={t('desk.staff.members')} id="members">
        <PagedView paged={staff} empty={t('desk.staff.none')}>
          {(items) => (
            <Table
              caption={t('desk.staff.caption')}
              head={[
                t('desk.staff.name'),
                t('desk.staff.email'),
                t('desk.staff.language'),
                t('desk.staff.statusTitle'),
                t('desk.staff.since'),
                t('desk.staff.actions'),
              ]}
            >
              {items.map((m) => (
                <Row key={m.staffId} member={m} onChanged={staff.reload} />
              ))}
            </Table>
          )}
        </PagedView>
      </Section>
    </>
  );
}
