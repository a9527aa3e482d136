/**
 * The group's business club (calls between its numbers are free): found it with its first numbers,
 * add a number or take one out, dissolve it. Whether the operator offers clubs, how many founders
 * it needs and which plans count is the API's to say; the page shows its answer.
 */
import { useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { formatDate, formatNumber, t } from '../../i18n/index.ts';
import { currentSession } from '../../session.ts';
import { type Catalog, planName, useCatalog } from '../../ui/catalog.ts';
import {
  Badge,
  Checkbox,
  Done,
  LoadedView,
  ProblemView,
  pathNumber,
  Section,
  Select,
  Table,
} from '../../ui/components.tsx';
import { useIdempotencyKey } from '../../ui/forms.ts';
import { numberText, useGroupNumbers } from '../../ui/group-numbers.ts';
import { MoreButton, PagedView, usePaged } from '../../ui/paged.tsx';
import { useAction, useApi } from '../../ui/use-api.ts';
import { AccountNav } from './account-nav.tsx';

type Club = Ok<'getClub'>;
type Numbers = ReturnType<typeof useGroupNumbers>;

function clubStatus(status: Club['status']): string {
  if (status === 'below-minimum') return t('billing.club.belowMinimum');
  if (status === 'dissolving') return t('billing.club.dissolving');
  return t('billing.club.active');
}

function Found({
  groupId,
  numbers,
  catalog,
  onDone,
}: {
  groupId: string;
  numbers: Numbers;
  catalog?: Catalog;
  onDone: () => void;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const create = useAction(
    () => api.POST('/v1/groups/{groupId}/club', { params: { path: { groupId } }, body: { members: chosen } }),
    onDone,
  );
  const toggle = (msisdn: string, on: boolean) =>
    setChosen((c) => (on ? [...c, msisdn] : c.filter((m) => m !== msisdn)));
  return (
    <Section title={t('billing.club.foundTitle')} id="found">
      <p>{t('billing.club.none')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create.submit();
        }}
      >
        <fieldset>
          <legend>{t('billing.club.founders')}</legend>
          {numbers.items.map((m) => (
            <Checkbox
              key={m.msisdn}
              label={`${numberText(m)} · ${planName(catalog, m.plan)}`}
              checked={chosen.includes(m.msisdn)}
              onChange={(e) => toggle(m.msisdn, e.currentTarget.checked)}
            />
          ))}
          <MoreButton paged={numbers} label={t('billing.moreNumbers')} />
        </fieldset>
        <ProblemView problem={create.problem ?? numbers.problem} />
        <button type="submit" disabled={create.busy}>
          {t('billing.club.found')}
        </button>
      </form>
    </Section>
  );
}

function Members({
  groupId,
  numbers,
  catalog,
  onChange,
}: {
  groupId: string;
  numbers: Numbers;
  catalog?: Catalog;
  onChange: () => void;
}) {
  const list = usePaged(
    (cursor) =>
      api.GET('/v1/groups/{groupId}/club/members', { params: { path: { groupId }, query: { cursor } } }),
    [groupId],
  );
  const idempotency = useIdempotencyKey();
  const outside = numbers.items.filter((m) => !m.club);
  const [joining, setJoining] = useState('');
  const candidate = outside.some((m) => m.msisdn === joining) ? joining : (outside[0]?.msisdn ?? '');
  // What the last change was, said in the current language.
  const [last, setLast] = useState<{ msisdn: string; joined: boolean }>();
  const changed = (msisdn: string, joined: boolean) => {
    setLast({ msisdn, joined });
    list.reload();
    numbers.reload();
    onChange();
  };
  const join = useAction(
    (msisdn: string) =>
      api.PUT('/v1/groups/{groupId}/club/members/{msisdn}', {
        params: {
          path: { groupId, msisdn: pathNumber(msisdn) },
          header: { 'Idempotency-Key': idempotency.keyFor(msisdn) },
        },
      }),
    (done) => {
      idempotency.succeeded();
      changed(done.member.msisdn, true);
    },
  );
  const leave = useAction(
    (msisdn: string) =>
      api.DELETE('/v1/groups/{groupId}/club/members/{msisdn}', {
        params: { path: { groupId, msisdn: pathNumber(msisdn) } },
      }),
    (done) => changed(done.member.msisdn, false),
  );
  return (
    <Section title={t('billing.club.members')} id="club-members">
      <PagedView paged={list}>
        {(items) => (
          <Table
            caption={t('billing.club.membersCaption')}
            head={[
              t('billing.club.number'),
              t('billing.club.plan'),
              t('billing.club.joinedAt'),
              t('billing.club.action'),
            ]}
          >
            {items.map((m) => (
              <tr key={m.msisdn}>
                <th scope="row">
                  {m.msisdn}
                  {m.label ? <small class="muted"> {m.label}</small> : null}
                </th>
                <td>{planName(catalog, m.plan)}</td>
                <td>{formatDate(m.club?.joinedAt)}</td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    disabled={leave.busy}
                    onClick={() => void leave.submit(m.msisdn)}
                  >
                    {t('billing.club.leave')}
                    <span class="visually-hidden"> {m.msisdn}</span>
                  </button>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </PagedView>
      <ProblemView problem={leave.problem} />
      {last ? (
        <Done
          text={
            last.joined
              ? t('billing.club.joined', { number: last.msisdn })
              : t('billing.club.left', { number: last.msisdn })
          }
        />
      ) : null}
      {outside.length > 0 ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void join.submit(candidate);
          }}
        >
          <h3>{t('billing.club.joinTitle')}</h3>
          <Select
            label={t('billing.club.number')}
            field="path.msisdn"
            problem={join.problem}
            value={candidate}
            onChange={(e) => setJoining(e.currentTarget.value)}
            options={outside.map((m) => ({
              value: m.msisdn,
              label: `${numberText(m)} · ${planName(catalog, m.plan)}`,
            }))}
          />
          <ProblemView problem={join.problem} />
          <button type="submit" disabled={join.busy || !candidate}>
            {t('billing.club.join')}
          </button>
        </form>
      ) : null}
    </Section>
  );
}

function Dissolve({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const [asked, setAsked] = useState(false);
  const dissolve = useAction(
    () => api.DELETE('/v1/groups/{groupId}/club', { params: { path: { groupId } } }),
    onDone,
  );
  return (
    <Section title={t('billing.club.dissolveTitle')} id="dissolve">
      <p>{t('billing.club.dissolveWhat')}</p>
      {asked ? (
        <div class="actions">
          <button
            type="button"
            class="danger"
            disabled={dissolve.busy}
            onClick={() => void dissolve.submit()}
          >
            {t('billing.club.dissolveConfirm')}
          </button>
          <button type="button" class="secondary" onClick={() => setAsked(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="secondary" onClick={() => setAsked(true)}>
          {t('billing.club.dissolve')}
        </button>
      )}
      <ProblemView problem={dissolve.problem} />
    </Section>
  );
}

export default function ClubPage() {
  const groupId = currentSession()!.groupId!;
  const club = useApi(
    () => api.GET('/v1/groups/{groupId}/club', { params: { path: { groupId } } }),
    [groupId],
  );
  const numbers = useGroupNumbers();
  const catalog = useCatalog().data?.catalog;
  const [dissolved, setDissolved] = useState(false);
  const reload = () => {
    numbers.reload();
    club.reload();
  };
  return (
    <>
      <h1>{t('billing.club.title')}</h1>
      <AccountNav current="/group/club" />
      {dissolved && !club.data ? <Done text={t('billing.club.dissolved')} /> : null}
      {club.problem?.status === 404 ? (
        <Found
          groupId={groupId}
          numbers={numbers}
          catalog={catalog}
          onDone={() => {
            setDissolved(false);
            reload();
          }}
        />
      ) : (
        <LoadedView loaded={club}>
          {(c) => (
            <>
              <Section title={t('billing.club.summary')} id="club">
                <dl class="facts">
                  <dt>{t('billing.club.status')}</dt>
                  <dd data-testid="club-status">
                    <Badge value={clubStatus(c.status)} tone={c.status === 'active' ? 'ok' : 'warn'} />
                  </dd>
                  <dt>{t('billing.club.memberCount')}</dt>
                  <dd data-testid="club-count">{formatNumber(c.memberCount)}</dd>
                  <dt>{t('billing.club.minMembers')}</dt>
                  <dd>{formatNumber(c.minMembers)}</dd>
                  <dt>{t('billing.club.createdAt')}</dt>
                  <dd>{formatDate(c.createdAt)}</dd>
                  {c.belowMinimumSince ? (
                    <>
                      <dt>{t('billing.club.belowMinimumSince')}</dt>
                      <dd>{formatDate(c.belowMinimumSince)}</dd>
                    </>
                  ) : null}
                </dl>
              </Section>
              <Members
                key={c.clubId}
                groupId={groupId}
                numbers={numbers}
                catalog={catalog}
                onChange={club.reload}
              />
              <Dissolve
                groupId={groupId}
                onDone={() => {
                  setDissolved(true);
                  reload();
                }}
              />
            </>
          )}
        </LoadedView>
      )}
    </>
  );
}
