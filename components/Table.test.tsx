import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeaderCell, Table, tableName } from './Table';

/** A table as MDX hands it over: thead's cells are the HeaderCell override, the rest plain tags. */
function gfmTable(withCaption?: string) {
  return createElement(
    Table,
    null,
    withCaption ? createElement('caption', { key: 'c' }, withCaption) : null,
    createElement('thead', { key: 'h' }, createElement('tr', null, createElement(HeaderCell, { key: 1 }, 'Format'), createElement(HeaderCell, { key: 2 }, 'Schema'))),
    createElement(
      'tbody',
      { key: 'b' },
      createElement('tr', { key: 1 }, createElement('td', { key: 1 }, 'JSON'), createElement('td', { key: 2 }, 'None')),
      createElement('tr', { key: 2 }, createElement('td', { key: 1, style: { textAlign: 'right' } }, createElement('code', null, 'CSV')), createElement('td', { key: 2 }, 'Header line')),
    ),
  );
}

describe('Table', () => {
  it('names the region after the column headings and adds them as a hidden caption', () => {
    const html = renderToStaticMarkup(gfmTable());
    expect(html).toContain('aria-label="Table: Format, Schema"');
    expect(html).toContain('<caption class="visually-hidden">Table: Format, Schema</caption>');
    expect(html).not.toContain('scrolls sideways');
  });

  it('uses the table’s own caption when it has one, without adding a second', () => {
    const html = renderToStaticMarkup(gfmTable('Three formats compared'));
    expect(html).toContain('aria-label="Three formats compared"');
    expect(html.match(/<caption/g)).toHaveLength(1);
  });

  it('makes each body row’s first cell a row header and leaves the others as data cells', () => {
    const html = renderToStaticMarkup(gfmTable());
    expect(html).toContain('<th scope="row">JSON</th><td>None</td>');
    expect(html).toContain('<th style="text-align:right" scope="row"><code>CSV</code></th><td>Header line</td>');
    expect(html).toContain('<th scope="col">Format</th>');
    expect(html.match(/scope="row"/g)).toHaveLength(2);
  });

  it('falls back to a plain name for a table with no headings', () => {
    expect(tableName(null)).toEqual({ text: 'Table', fromCaption: false });
  });
});
