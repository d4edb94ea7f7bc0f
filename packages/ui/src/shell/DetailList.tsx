import type { ReactNode } from 'react';

export interface Detail {
  term: string;
  value: ReactNode;
  /** Class of the value, e.g. `nik` for tabular digits. */
  className?: string;
}

/** Term/value pairs (a description list), e.g. the fields of an account. Falsy entries are skipped. */
export function DetailList({ items }: { items: readonly (Detail | false | null | undefined)[] }) {
  return (
    <dl className="details">
      {items
        .filter((item): item is Detail => !!item)
        .map((item) => (
          <div key={item.term}>
            <dt>{item.term}</dt>
            <dd className={item.className}>{item.value}</dd>
          </div>
        ))}
    </dl>
  );
}
