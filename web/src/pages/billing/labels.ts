/** The API's codes of billing states, in words of the current language (the code itself when new). */
import { t } from '../../i18n/index.ts';

const words = (key: string, code: string): string => {
  const text = t(key);
  return text === key ? code : text;
};

/** `issued`, `paid`, `void`. */
export const invoiceState = (state: string): string => words(`billing.state.${state}`, state);

/** scheduled, reminded, suspended, provisional, collections; ended: paid, proof-accepted, reactivated, closed. */
export const dunningStage = (stage: string): string => words(`billing.dunning.${stage}`, stage);

/** `awaiting-document`, `pending`, `approved`, `rejected`. */
export const proofStatus = (status: string): string => words(`billing.proofStatus.${status}`, status);

/** A deposit's or an increase request's `pending`, `completed`, `approved`, `rejected`. */
export const requestStatus = (status: string): string => words(`billing.requestStatus.${status}`, status);

export const stageTone = (stage: string): 'ok' | 'warn' | 'bad' =>
  ['suspended', 'collections'].includes(stage)
    ? 'bad'
    : ['paid', 'proof-accepted', 'reactivated', 'closed'].includes(stage)
      ? 'ok'
      : 'warn';
