/**
 * The catalog, read-only: its versions (newest first) and, for the one in force or any earlier
 * one chosen, the plans, one-time fees and add-ons with their prices as the catalog holds them.
 */
import { useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { localized, useCatalog } from '../../ui/catalog.ts';
import { LoadedView, Section, Table } from '../../ui/components.tsx';
import { codeText } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';

type Version = Ok<'getCatalog'>;

const units = (n: number | null | undefined, unit: string): string =>
  n === null ? t('desk.catalog.unlimited') : n === undefined ? '—' : `${formatNumber(n)} ${unit}`;

function CatalogView({ version }: { version: Version }) {
  const c = version.catalog;
  return (
    <>
      <Section title={t('desk.catalog.plans')} id="plans">
        <Table
          caption={t('desk.catalog.plansOf', { version: version.version })}
          head={[
            t('desk.catalog.code'),
            t('desk.catalog.name'),
            t('desk.catalog.monthlyFee'),
            t('desk.catalog.included'),
            t('desk.catalog.commitment'),
            t('desk.catalog.payment'),
            t('desk.catalog.available'),
          ]}
        >
          {c.plans.map((p) => (
            <tr key={p.code}>
              <th scope="row">{p.code}</th>
              <td>{localized(p.name)}</td>
              <td class="num">{formatMoney(p.monthlyFee)}</td>
              <td>
                {units(p.included.voiceMinutes, t('desk.catalog.minutes'))} ·{' '}
                {units(p.included.sms, t('desk.catalog.sms'))} · {units(p.included.dataMb, 'MB')}
              </td>
              <td>
                {p.commitmentMonths
                  ? t('desk.catalog.months', { months: p.commitmentMonths })
                  : t('desk.catalog.noCommitment')}
                {p.monthlyBenefit ? (
                  <small class="muted">
                    {' '}
                    {t('desk.catalog.benefit', { amount: formatMoney(p.monthlyBenefit) })}
                  </small>
                ) : null}
              </td>
              <td>{codeText('desk.planPayment', p.payment)}</td>
              <td>{p.available ? t('common.yes') : t('common.no')}</td>
            </tr>
          ))}
        </Table>
      </Section>
      <Section title={t('desk.catalog.fees')} id="fees">
        {c.fees.length ? (
          <Table
            caption={t('desk.catalog.feesOf', { version: version.version })}
            head={[
              t('desk.catalog.code'),
              t('desk.catalog.name'),
              t('desk.catalog.kind'),
              t('desk.catalog.amount'),
              t('desk.catalog.explanation'),
            ]}
          >
            {c.fees.map((f) => (
              <tr key={f.code}>
                <th scope="row">{f.code}</th>
                <td>{localized(f.name)}</td>
                <td>{codeText('desk.feeKind', f.kind)}</td>
                <td class="num">{formatMoney(f.amount)}</td>
                <td>{localized(f.explanation)}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <p class="muted">{t('desk.catalog.noFees')}</p>
        )}
      </Section>
      <Section title={t('desk.catalog.addOns')} id="add-ons">
        {c.addOns.length ? (
          <Table
            caption={t('desk.catalog.addOnsOf', { version: version.version })}
            head={[
              t('desk.catalog.code'),
              t('desk.catalog.name'),
              t('desk.catalog.kind'),
              t('desk.catalog.billing'),
              t('desk.catalog.monthlyFee'),
              t('desk.catalog.forPlans'),
            ]}
          >
            {c.addOns.map((a) => (
              <tr key={a.code}>
                <th scope="row">{a.code}</th>
                <td>{localized(a.name)}</td>
                <td>{codeText('desk.addOnKind', a.kind)}</td>
                <td>{codeText('desk.addOnBilling', a.billing)}</td>
                <td class="num">{formatMoney(a.monthlyFee)}</td>
                <td>{a.plans?.length ? a.plans.join(', ') : t('desk.catalog.allPlans')}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <p class="muted">{t('desk.catalog.noAddOns')}</p>
        )}
      </Section>
    </>
  );
}

export default function Catalog() {
  const current = useCatalog();
  const versions = usePaged(
    (cursor) => api.GET('/v1/catalog/versions', { params: { query: { cursor, limit: '20' } } }),
    [],
  );
  const [shown, setShown] = useState<Version | undefined>();
  return (
    <>
      <h1>{t('desk.catalog.title')}</h1>
      <LoadedView loaded={current}>
        {(inForce) => {
          const version = shown ?? inForce;
          return (
            <>
              <p data-testid="catalog-shown">
                {version.version === inForce.version
                  ? t('desk.catalog.inForce', {
                      version: version.version,
                      date: formatDate(version.createdAt),
                    })
                  : t('desk.catalog.earlier', {
                      version: version.version,
                      date: formatDate(version.createdAt),
                    })}
              </p>
              <CatalogView version={version} />
              <Section title={t('desk.catalog.versions')} id="versions">
                <PagedView paged={versions} empty={t('desk.catalog.noVersions')}>
                  {(items) => (
                    <Table
                      caption={t('desk.catalog.versionsCaption')}
                      head={[
                        t('desk.catalog.version'),
                        t('desk.catalog.created'),
                        t('desk.catalog.createdBy'),
                        t('desk.catalog.view'),
                      ]}
                    >
                      {items.map((v) => (
                        <tr key={v.version}>
                          <th scope="row">{v.version}</th>
                          <td>{formatDate(v.createdAt)}</td>
                          <td>{v.createdBy}</td>
                          <td>
                            {v.version === version.version ? (
                              t('desk.catalog.shown')
                            ) : (
                              <button type="button" class="secondary" onClick={() => setShown(v as Version)}>
                                {t('desk.catalog.show', { version: v.version })}
                              </button>
                            )}
                          </td>
                        </tr>
                      ))}
                    </Table>
                  )}
                </PagedView>
              </Section>
            </>
          );
        }}
      </LoadedView>
    </>
  );
}
