import { Children, createElement, isValidElement, type ComponentPropsWithoutRef, type ReactElement, type ReactNode } from 'react';

type WithChildren = { children?: ReactNode };

/** The text a React node would show, tags dropped. */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<WithChildren>(node)) return textOf(node.props.children);
  return '';
}

function elementsOf(node: ReactNode): ReactElement<WithChildren>[] {
  return Children.toArray(node).filter((child): child is ReactElement<WithChildren> => isValidElement<WithChildren>(child));
}

/** Whether an element is the given HTML tag (MDX leaves tags it does not override as strings). */
function isTag(element: ReactElement, tag: string): boolean {
  return element.type === tag;
}

/**
 * The table's name: its own caption when it has one, else one made from its column headings, so
 * no two tables on a page share a name (they all used to be "Table (scrolls sideways)").
 */
export function tableName(children: ReactNode): { text: string; fromCaption: boolean } {
  const elements = elementsOf(children);
  const caption = elements.find((el) => isTag(el, 'caption'));
  if (caption) return { text: textOf(caption).trim(), fromCaption: true };
  const head = elements.find((el) => isTag(el, 'thead'));
  const headings = head ? elementsOf(head.props.children).flatMap((row) => elementsOf(row.props.children).map((cell) => textOf(cell).trim())) : [];
  const named = headings.filter((h) => h.length > 0);
  return { text: named.length > 0 ? `Table: ${named.join(', ')}` : 'Table', fromCaption: false };
}

/**
 * A body row's first cell names the row: it becomes a row header (`<th scope="row">`), as a
 * comparison table's first column ("JSON", "CSV", "Parquet") is read by a screen reader with each
 * cell of its row.
 */
export function withRowHeaders(children: ReactNode): ReactNode {
  return Children.map(children, (section) => {
    if (!isValidElement<WithChildren>(section) || !isTag(section, 'tbody')) return section;
    const rows = Children.map(section.props.children, (row) => {
      if (!isValidElement<WithChildren>(row)) return row;
      let first = true;
      const cells = Children.map(row.props.children, (cell) => {
        if (!isValidElement<WithChildren>(cell) || !first) return cell;
        first = false;
        if (!isTag(cell, 'td')) return cell;
        return createElement('th', { ...cell.props, scope: 'row' });
      });
      return createElement(row.type, { ...row.props, key: row.key }, cells);
    });
    return createElement(section.type, { ...section.props, key: section.key }, rows);
  });
}

/**
 * GFM tables: a focusable scroll region so a wide table scrolls by keyboard on a phone, named by
 * the table's caption (a visually hidden one made from the column headings when the text gives
 * none), with column headers scoped to their columns and each row's first cell its row header.
 */
export function Table({ children, ...props }: ComponentPropsWithoutRef<'table'>) {
  const name = tableName(children);
  return (
    <div className="table-scroll" role="region" aria-label={name.text} tabIndex={0}>
      <table {...props}>
        {!name.fromCaption && <caption className="visually-hidden">{name.text}</caption>}
        {withRowHeaders(children)}
      </table>
    </div>
  );
}

export function HeaderCell(props: ComponentPropsWithoutRef<'th'>) {
  return <th scope="col" {...props} />;
}
