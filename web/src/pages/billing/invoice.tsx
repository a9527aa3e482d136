/**
 * One invoice whole: every line with its code and the explanation the invoice gives (in the
 * group's language), VAT by rate, totals and the statement of account, the payment status and the
 * dunning stage; its PDF and its e-invoice; and the proofs of payment sent for it, with the form
 * that sends one while something is still due (declare it, upload the document to the URL the
 * API gives, submit it).
 */
import { useState } from 'preact/hooks';
import { api, asProblem, type BodyOf, download, type Ok, type Problem } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { href, type PageProps } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { Badge, Done, Field, LoadedView, ProblemView, Section, Table } from '../../ui/components.tsx';
import { dayFromToday, majorUnits, typedMoney, useIdempotencyKey } from '../../ui/forms.ts';
import { codeText, decisionTone, stageTone } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { useApi } from '../../ui/use-api.ts';

type Invoice = Ok<'getInvoice'>;
type Declared = Ok<'createPaymentProof'>;
type ContentType = Declared['proof']['document']['contentType'];

/** The invoice's unit of a line, in words. */
function unitText(unit: Invoice['appliedCustomerBillingRate'][number]['unit']): string {
  switch (unit) {
    case 'day':
      return t('billing.unit.day');
    case 'month':
      return t('billing.unit.month');
    case 'minute':
      return t('billing.unit.minute');
    case 'message':
      return t('billing.unit.message');
    case 'mb':
      return t('billing.unit.mb');
    default:
      return t('billing.unit.item');
  }
}

const percent = (rate: number | null): string => (rate === null ? '—' : `${formatNumber(rate)} %`);

function Summary({ invoice }: { invoice: Invoice }) {
  const vat = invoice.taxItem.reduce((sum, v) => sum + v.taxAmount.amount, 0);
  return (
    <Section title={t('billing.invoice.summary')} id="summary">
      <dl class="facts">
        <dt>{t('billing.invoice.status')}</dt>
        <dd data-testid="invoice-state">
          <Badge
            value={codeText('billing.state', invoice.state)}
            tone={invoice.state === 'paid' ? 'ok' : undefined}
          />
        </dd>
        <dt>{t('billing.invoice.dunning')}</dt>
        <dd data-testid="invoice-dunning">
          {invoice.dunning ? (
            <>
              <Badge
                value={codeText('billing.dunning', invoice.dunning.stage)}
                tone={stageTone(invoice.dunning.stage)}
              />{' '}
              <small class="muted">{formatDate(invoice.dunning.since)}</small>
            </>
          ) : (
            t('billing.invoice.noDunning')
          )}
        </dd>
        <dt>{t('billing.invoice.period')}</dt>
        <dd>
          {formatDate(invoice.billingPeriod.startDate)} – {formatDate(invoice.billingPeriod.endDate)}
        </dd>
        <dt>{t('billing.invoice.billDate')}</dt>
        <dd>{formatDate(invoice.billDate)}</dd>
        <dt>{t('billing.invoice.dueDate')}</dt>
        <dd>{formatDate(invoice.paymentDueDate)}</dd>
        <dt>{t('billing.invoice.totalExclVat')}</dt>
        <dd>{formatMoney(invoice.taxExcludedAmount)}</dd>
        <dt>{t('billing.invoice.vat')}</dt>
        <dd>{formatMoney({ amount: vat, currency: invoice.taxIncludedAmount.currency })}</dd>
        <dt>{t('billing.invoice.total')}</dt>
        <dd data-testid="invoice-total">{formatMoney(invoice.taxIncludedAmount)}</dd>
        <dt>{t('billing.invoice.amountDue')}</dt>
        <dd data-testid="invoice-due">{formatMoney(invoice.amountDue)}</dd>
        <dt>{t('billing.invoice.remaining')}</dt>
        <dd data-testid="invoice-remaining">{formatMoney(invoice.remainingAmount)}</dd>
        <dt>{t('billing.invoice.paymentMethod')}</dt>
        <dd>
          {invoice.paymentMethod === 'direct-debit'
            ? t('billing.invoice.directDebit')
            : t('billing.invoice.creditTransfer')}
        </dd>
        <dt>{t('billing.invoice.payTo')}</dt>
        <dd>
          {invoice.seller.legalName}, IBAN {invoice.seller.iban}
          {invoice.seller.bic ? `, BIC ${invoice.seller.bic}` : ''}
        </dd>
        <dt>{t('billing.invoice.reference')}</dt>
        <dd>
          <code>{invoice.paymentReference}</code>
        </dd>
      </dl>
    </Section>
  );
}

function Documents({ invoice }: { invoice: Invoice }) {
  const [problem, setProblem] = useState<Problem>();
  const get = async (path: string, fileName: string) => setProblem(await download(path, fileName));
  return (
    <Section title={t('billing.invoice.documents')} id="documents">
      <div class="actions">
        <button type="button" onClick={() => void get(invoice.documents.pdf, `${invoice.billNo}.pdf`)}>
          {t('billing.invoice.pdf')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void get(invoice.documents.eInvoice, `${invoice.billNo}.xml`)}
        >
          {t('billing.invoice.eInvoice')}
        </button>
      </div>
      <ProblemView problem={problem} />
    </Section>
  );
}

function Lines({ invoice }: { invoice: Invoice }) {
  return (
    <Section title={t('billing.invoice.lines')} id="lines">
      <Table
        caption={t('billing.invoice.linesCaption', { number: invoice.billNo })}
        head={[
          t('billing.invoice.lineNumber'),
          t('billing.invoice.lineCode'),
          t('billing.invoice.lineExplanation'),
          t('billing.invoice.lineCoverage'),
          t('billing.invoice.lineQuantity'),
          t('billing.invoice.lineUnit'),
          t('billing.invoice.lineUnitPrice'),
          t('billing.invoice.lineAmount'),
          t('billing.invoice.lineVat'),
        ]}
      >
        {invoice.appliedCustomerBillingRate.map((line, i) => (
          <tr key={`${line.code}-${line.msisdn ?? ''}-${i}`}>
            <td>{line.msisdn ?? t('billing.invoice.wholeGroup')}</td>
            <td>
              <code>{line.code}</code>
            </td>
            <td>{line.description}</td>
            <td>
              {line.periodCoverage
                ? `${formatDate(line.periodCoverage.startDate)} – ${formatDate(line.periodCoverage.endDate)}`
                : '—'}
            </td>
            <td class="num">{formatNumber(line.quantity)}</td>
            <td>{unitText(line.unit)}</td>
            <td class="num">{line.unitPrice ? formatMoney(line.unitPrice) : '—'}</td>
            <td class="num">{formatMoney(line.taxExcludedAmount)}</td>
            <td class="num">{percent(line.taxRate)}</td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}

function Vat({ invoice }: { invoice: Invoice }) {
  const s = invoice.settlement;
  return (
    <Section title={t('billing.invoice.vatAndTotals')} id="vat">
      <Table
        caption={t('billing.invoice.vatCaption')}
        head={[t('billing.invoice.vatRate'), t('billing.invoice.taxable'), t('billing.invoice.vat')]}
      >
        {invoice.taxItem.map((v) => (
          <tr key={v.taxRate}>
            <th scope="row">{percent(v.taxRate)}</th>
            <td class="num">{formatMoney(v.taxableAmount)}</td>
            <td class="num">{formatMoney(v.taxAmount)}</td>
          </tr>
        ))}
      </Table>
      <h3>{t('billing.invoice.settlement')}</h3>
      <dl class="facts">
        <dt>{t('billing.invoice.total')}</dt>
        <dd>{formatMoney(invoice.taxIncludedAmount)}</dd>
        <dt>{t('billing.invoice.prepaidPaid')}</dt>
        <dd>{formatMoney(s.prepaidPaid)}</dd>
        <dt>{t('billing.invoice.previousDue')}</dt>
        <dd>{formatMoney(s.previousDue)}</dd>
        <dt>{t('billing.invoice.payments')}</dt>
        <dd>{formatMoney(s.payments)}</dd>
        <dt>{t('billing.invoice.depositCredit')}</dt>
        <dd>{formatMoney(s.depositCredit)}</dd>
        <dt>{t('billing.invoice.overpaid')}</dt>
        <dd>{formatMoney(s.overpaid)}</dd>
        <dt>{t('billing.invoice.amountDue')}</dt>
        <dd>{formatMoney(invoice.amountDue)}</dd>
      </dl>
      {invoice.depositsCarriedOver.length > 0 ? (
        <Table
          caption={t('billing.invoice.depositsCarriedOver')}
          head={[t('billing.invoice.lineNumber'), t('billing.invoice.depositRemaining')]}
        >
          {invoice.depositsCarriedOver.map((d) => (
            <tr key={d.depositId}>
              <th scope="row">{d.msisdn}</th>
              <td class="num">{formatMoney(d.remaining)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      {invoice.prepaidAccounts.length > 0 ? (
        <Table
          caption={t('billing.invoice.prepaidAccounts')}
          head={[
            t('billing.invoice.lineNumber'),
            t('billing.invoice.toppedUp'),
            t('billing.invoice.usagePaid'),
          ]}
        >
          {invoice.prepaidAccounts.map((p) => (
            <tr key={p.msisdn}>
              <th scope="row">{p.msisdn}</th>
              <td class="num">{formatMoney(p.toppedUp)}</td>
              <td class="num">{formatMoney(p.usagePaid)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </Section>
  );
}

/**
 * A proof of payment in three steps, each sent once: the declaration (its idempotency key kept
 * until it is answered), the upload of the chosen file to the URL it gave, the submission. A
 * failed upload or submission is tried again with the same declaration while the file is the same.
 * Once submitted, the form starts afresh (its owner mounts a new one).
 */
function ProofForm({ invoice, onSent }: { invoice: Invoice; onSent: () => void }) {
  const [amount, setAmount] = useState(() => majorUnits(invoice.remainingAmount));
  const [paidOn, setPaidOn] = useState(() => dayFromToday());
  const [bankReference, setBankReference] = useState('');
  const [file, setFile] = useState<File>();
  const idempotency = useIdempotencyKey();
  const [declared, setDeclared] = useState<{ file: File; answer: Declared }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const path = { groupId: invoice.billingAccount.id, invoiceId: invoice.id };

  const send = async (chosen: File) => {
    setBusy(true);
    setProblem(undefined);
    try {
      let answer = declared?.file === chosen ? declared.answer : undefined;
      if (!answer) {
        const body: BodyOf<'createPaymentProof'> = {
          amount: typedMoney(amount, invoice.remainingAmount.currency),
          paidOn,
          bankReference,
          document: { fileName: chosen.name, contentType: chosen.type as ContentType, size: chosen.size },
        };
        const r = await api.POST('/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs', {
          params: { path, header: { 'Idempotency-Key': idempotency.keyFor(body) } },
          body,
        });
        if (!r.data) return setProblem(asProblem(r.error, r.response));
        answer = r.data;
        setDeclared({ file: chosen, answer });
        idempotency.succeeded();
      }
      const upload = await fetch(answer.upload.url, {
        method: answer.upload.method,
        headers: answer.upload.headers,
        body: chosen,
      });
      if (!upload.ok) return setProblem(asProblem(await upload.json().catch(() => undefined), upload));
      const submitted = await api.POST(
        '/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs/{proofId}/submit',
        { params: { path: { ...path, proofId: answer.proof.proofId } } },
      );
      if (!submitted.data) return setProblem(asProblem(submitted.error, submitted.response));
      onSent();
    } catch (e) {
      setProblem(asProblem(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="proof-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (file) void send(file);
      }}
    >
      <h3>{t('billing.proof.send')}</h3>
      <p class="muted">{t('billing.proof.how')}</p>
      <Field
        label={t('billing.proof.amount', { currency: invoice.remainingAmount.currency })}
        field="body.amount"
        problem={problem}
        value={amount}
        onInput={(e) => setAmount(e.currentTarget.value)}
        inputMode="decimal"
        required
      />
      <Field
        label={t('billing.proof.paidOn')}
        field="body.paidOn"
        problem={problem}
        type="date"
        value={paidOn}
        onInput={(e) => setPaidOn(e.currentTarget.value)}
        required
      />
      <Field
        label={t('billing.proof.bankReference')}
        field="body.bankReference"
        problem={problem}
        value={bankReference}
        onInput={(e) => setBankReference(e.currentTarget.value)}
        required
      />
      <Field
        label={t('billing.proof.document')}
        hint={t('billing.proof.documentHint')}
        field="body.document"
        problem={problem}
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        onChange={(e) => setFile(e.currentTarget.files?.[0])}
        required
      />
      <ProblemView problem={problem} />
      <button type="submit" disabled={busy || !file}>
        {t('billing.proof.submit')}
      </button>
    </form>
  );
}

function Proofs({ invoice, onSent }: { invoice: Invoice; onSent: () => void }) {
  const groupId = invoice.billingAccount.id;
  const list = usePaged(
    (cursor) =>
      api.GET('/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs', {
        params: { path: { groupId, invoiceId: invoice.id }, query: { cursor } },
      }),
    [groupId, invoice.id],
  );
  const [sent, setSent] = useState(0);
  const open = invoice.state === 'issued' && invoice.remainingAmount.amount > 0;
  return (
    <Section title={t('billing.proof.title')} id="proofs">
      <PagedView paged={list}>
        {(items) => (
          <Table
            caption={t('billing.proof.caption')}
            head={[
              t('billing.proof.createdAt'),
              t('billing.proof.amountPaid'),
              t('billing.proof.paidOn'),
              t('billing.proof.bankReference'),
              t('billing.proof.document'),
              t('billing.proof.status'),
            ]}
          >
            {items.map((p) => (
              <tr key={p.proofId}>
                <td>{formatDate(p.createdAt)}</td>
                <td class="num">{formatMoney(p.amount)}</td>
                <td>{formatDate(p.paidOn)}</td>
                <td>{p.bankReference}</td>
                <td>
                  {p.document.fileName}{' '}
                  <small class="muted">
                    {t('billing.proof.size', { kb: formatNumber(Math.ceil(p.document.size / 1024)) })}
                  </small>
                </td>
                <td data-testid="proof-status">
                  <Badge value={codeText('billing.proofStatus', p.status)} tone={decisionTone(p.status)} />
                  {p.reason ? <p class="muted">{p.reason}</p> : null}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </PagedView>
      {sent > 0 ? <Done text={t('billing.proof.sent')} /> : null}
      {open ? (
        <ProofForm
          key={sent}
          invoice={invoice}
          onSent={() => {
            setSent((n) => n + 1);
            list.reload();
            onSent();
          }}
        />
      ) : null}
    </Section>
  );
}

function InvoiceView({ invoiceId }: { invoiceId: string }) {
  const groupId = currentSession()!.groupId!;
  const loaded = useApi(
    () => api.GET('/v1/groups/{groupId}/invoices/{invoiceId}', { params: { path: { groupId, invoiceId } } }),
    [groupId, invoiceId],
  );
  return (
    <>
      <p>
        <a href={href('/group/invoices')}>{t('billing.invoice.back')}</a>
      </p>
      <LoadedView loaded={loaded}>
        {(invoice) => (
          <>
            <h1>{t('billing.invoice.title', { number: invoice.billNo })}</h1>
            <Summary invoice={invoice} />
            <Documents invoice={invoice} />
            <Lines invoice={invoice} />
            <Vat invoice={invoice} />
            <Proofs invoice={invoice} onSent={loaded.reload} />
          </>
        )}
      </LoadedView>
    </>
  );
}

export default function InvoicePage({ params }: PageProps) {
  const invoiceId = params.invoiceId!;
  return <InvoiceView key={invoiceId} invoiceId={invoiceId} />;
}
