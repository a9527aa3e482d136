/** The portal's building blocks: labelled fields, the server's problems, tables, sections. */
import type {
  ComponentChildren,
  PartialInputHTMLAttributes,
  PartialSelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'preact';
import { useId } from 'preact/hooks';

type LooseInput<T extends EventTarget> = Omit<PartialInputHTMLAttributes<T>, 'role'>;

import type { Problem } from '../api/client.ts';
import { t } from '../i18n/index.ts';
import type { Loaded } from './use-api.ts';

/** The messages of a problem that concern `field` (`body.amount`, `query.to`, …). */
export function fieldErrors(problem: Problem | undefined, field: string): string[] {
  return (problem?.errors ?? [])
    .filter((e) => e.field === field || e.field.startsWith(`${field}.`))
    .map((e) => e.message);
}

/** The server's problem, as it said it (in the language asked for), with every field it named. */
export function ProblemView({ problem }: { problem?: Problem }) {
  if (!problem) return null;
  return (
    <div class="problem" role="alert">
      <strong>{problem.title}</strong>
      {problem.detail && problem.detail !== problem.title ? <p>{problem.detail}</p> : null}
      {problem.errors && problem.errors.length > 0 ? (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {problem.correlationId ? (
        <p class="muted">{t('common.correlation', { id: problem.correlationId })}</p>
      ) : null}
    </div>
  );
}

type InputProps = Omit<LooseInput<HTMLInputElement>, 'label'> & {
  label: string;
  /** The field the server names in its problems (`body.amount`). */
  field?: string;
  problem?: Problem;
  hint?: string;
};

export function Field({ label, field, problem, hint, ...input }: InputProps) {
  const id = useId();
  const errors = field ? fieldErrors(problem, field) : [];
  const described = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={described || undefined}
        {...(input as object)}
      />
      {hint ? (
        <small id={`${id}-hint`} class="muted">
          {hint}
        </small>
      ) : null}
      {errors.length ? (
        <small id={`${id}-error`} class="error">
          {errors.join(' ')}
        </small>
      ) : null}
    </div>
  );
}

type SelectProps = Omit<Omit<PartialSelectHTMLAttributes<HTMLSelectElement>, 'role'>, 'label'> & {
  label: string;
  field?: string;
  problem?: Problem;
  options: { value: string; label: string }[];
};

export function Select({ label, field, problem, options, ...select }: SelectProps) {
  const id = useId();
  const errors = field ? fieldErrors(problem, field) : [];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
        {...(select as object)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errors.length ? (
        <small id={`${id}-error`} class="error">
          {errors.join(' ')}
        </small>
      ) : null}
    </div>
  );
}

export function Checkbox({
  label,
  ...input
}: Omit<LooseInput<HTMLInputElement>, 'label' | 'type'> & { label: string }) {
  const id = useId();
  return (
    <div class="check">
      <input id={id} type="checkbox" {...(input as object)} />
      <label for={id}>{label}</label>
    </div>
  );
}

export function Section({
  title,
  children,
  id,
}: {
  title: string;
  children: ComponentChildren;
  id?: string;
}) {
  return (
    <section class="card" aria-labelledby={id ? `${id}-title` : undefined}>
      <h2 id={id ? `${id}-title` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

/** What a page loads: a spinner while it loads, the server's problem when it fails. */
export function LoadedView<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T) => ComponentChildren;
}) {
  if (loaded.problem) return <ProblemView problem={loaded.problem} />;
  if (loaded.data === undefined)
    return (
      <p class="muted" aria-busy="true">
        {t('common.loading')}
      </p>
    );
  return <>{children(loaded.data)}</>;
}

export function Done({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p class="done" role="status">
      {text}
    </p>
  );
}

export function Table({
  caption,
  head,
  children,
}: {
  caption: string;
  head: string[];
  children: ComponentChildren;
}) {
  return (
    // On a narrow screen the table scrolls sideways: its region is reachable by keyboard.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
    <section class="table-wrap" tabIndex={0} aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

/** A status as a badge: the API's code, in words of the current language where known. */
export function Badge({ value, tone }: { value: string; tone?: 'ok' | 'warn' | 'bad' }) {
  return <span class={`badge ${tone ?? ''}`}>{value}</span>;
}

/** Parses an amount typed in major units (`12.50`) into minor units; NaN when it is none. */
export function minorUnits(text: string, digits = 2): number {
  const clean = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(clean)) return Number.NaN;
  const [whole = '0', fraction = ''] = clean.split('.');
  if (fraction.length > digits) return Number.NaN;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0'));
}

/** A number as the API's paths take it: its digits (`+38349100000` → `38349100000`). */
export const pathNumber = (msisdn: string): string => msisdn.replace(/^\+/, '');

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'role' | 'label'> & {
  label: string;
  field?: string;
  problem?: Problem;
};

/** A labelled multi-line field (a reply, a reason), with the server's messages for its field. */
export function TextArea({ label, field, problem, ...area }: TextAreaProps) {
  const id = useId();
  const errors = field ? fieldErrors(problem, field) : [];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
        {...(area as object)}
      />
      {errors.length ? (
        <small id={`${id}-error`} class="error">
          {errors.join(' ')}
        </small>
      ) : null}
    </div>
  );
}
