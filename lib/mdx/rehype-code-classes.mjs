/**
 * A rehype plugin, right after rehype-pretty-code: each highlighted token's inline style (both
 * themes' colours, `style="--shiki-light:#A0111F;--shiki-dark:#FF9492"`, about 50 characters) becomes
 * a short class, and a token in the code's own text colour loses its style altogether (it inherits
 * the colour set on the code block). The two themes use eight colour pairs in the whole book, so eight
 * CSS rules (app/globals.css, "Highlighted code") replace thousands of inline styles: a page with
 * long listings sends about a third less HTML, once in the markup and once in the page's RSC data.
 * The pre and code elements' `data-theme` (the two theme names, unused by any style) is dropped too.
 *
 * A pair missing from the table keeps its inline style, so the colours stay right; the unit test
 * fails on it, so the table and the CSS grow together.
 */

/** The code's own text colour, set on the code block rather than on each token. */
export const TEXT_PAIR = '#0E1116/#F0F3F6';

/** Each other colour pair (light theme / dark theme) and its class. */
export const TOKEN_CLASSES = {
  '#A0111F/#FF9492': 'tk-red',
  '#032563/#ADDCFF': 'tk-navy',
  '#023B95/#91CBFF': 'tk-blue',
  '#024C1A/#72F088': 'tk-green',
  '#66707B/#BDC4CC': 'tk-grey',
  '#702C00/#FFB757': 'tk-brown',
  '#622CBC/#DBB7FF': 'tk-purple',
};

const PAIR = /^--shiki-light:\s*(#[0-9A-Fa-f]{3,8});\s*--shiki-dark:\s*(#[0-9A-Fa-f]{3,8});?$/;

function transform(node) {
  if (node.type === 'element') {
    const style = node.properties?.style;
    const match = typeof style === 'string' ? PAIR.exec(style.trim()) : null;
    if (match) {
      const pair = `${match[1].toUpperCase()}/${match[2].toUpperCase()}`;
      if (pair === TEXT_PAIR) delete node.properties.style;
      else if (TOKEN_CLASSES[pair]) {
        delete node.properties.style;
        node.properties.className = [...(node.properties.className ?? []), TOKEN_CLASSES[pair]];
      }
    }
    if ((node.tagName === 'pre' || node.tagName === 'code') && node.properties) {
      // rehype-pretty-code writes the attribute's own name; other tools write hast's camel case.
      delete node.properties['data-theme'];
      delete node.properties.dataTheme;
    }
  }
  for (const child of node.children ?? []) transform(child);
}

export default function rehypeCodeClasses() {
  return (tree) => transform(tree);
}
