import type { ComponentPropsWithoutRef } from 'react';

/**
 * GFM tables: a focusable, labelled scroll region so a wide table scrolls by keyboard on a phone,
 * with header cells scoped to their columns.
 */
export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="table-scroll" role="region" aria-label="Table (scrolls sideways)" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

export function HeaderCell(props: ComponentPropsWithoutRef<'th'>) {
  return <th scope="col" {...props} />;
}
