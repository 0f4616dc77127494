/**
 * A rehype plugin, last in the chain: every element of the chapter's text that holds no component,
 * no expression and no element a component replaces keeps its own tag and attributes, and its
 * content becomes one HTML string (`dangerouslySetInnerHTML`).
 *
 * Why: the chapters are server components, but React still hydrates every element they render, one
 * fiber each. A section page's text and highlighted code are thousands of elements that never change;
 * walking them was the largest main-thread task of a section page's load (110–190 ms unthrottled in
 * Lighthouse's trace, four times that on its simulated phone). With this plugin React hydrates one
 * element per paragraph, list or code block and skips what is inside, and the page's RSC data holds
 * the text as one string per block instead of nested element arrays. The DOM is the same element for
 * element, so CSS, anchors, print and search see no difference.
 *
 * Plain JavaScript (.mjs) because @next/mdx imports rehype plugins by path under Turbopack.
 */
import { toEstree } from 'hast-util-to-estree';
import { toHtml } from 'hast-util-to-html';

/**
 * Elements the book's MDX registry replaces with components: `elementOverrides` in components/mdx.tsx
 * and the links of app/chapters/_view/views.tsx. components/mdx.test.ts holds the two lists equal.
 */
export const REPLACED = new Set(['a', 'table', 'th']);

/**
 * What is left exactly as MDX makes it, inside too, because its component reads its children:
 * Table names a table by its headings and turns each row's first cell into a row header; SqlCell
 * takes its query from the text of the code block it wraps.
 */
function readsItsChildren(node) {
  return (node.type === 'element' && node.tagName === 'table') || (node.type === 'mdxJsxFlowElement' && node.name === 'SqlCell');
}

/** True when a node and everything under it is plain HTML that no component touches. */
function isPlain(node) {
  if (node.type === 'text' || node.type === 'comment') return true;
  if (node.type !== 'element' || REPLACED.has(node.tagName)) return false;
  return node.children.every(isPlain);
}

function hasElementChild(node) {
  return node.children.some((child) => child.type === 'element');
}

/** The element with its attributes and `dangerouslySetInnerHTML={{ __html: '…' }}`, as an MDX expression node. */
function asStaticExpression(node, flow) {
  const html = toHtml({ type: 'root', children: node.children });
  const program = toEstree({ ...node, children: [] });
  const statement = program.body[0];
  const element = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (!element || element.type !== 'JSXElement') throw new Error(`rehype-static-html: could not convert <${node.tagName}>`);
  element.openingElement.attributes.push({
    type: 'JSXAttribute',
    name: { type: 'JSXIdentifier', name: 'dangerouslySetInnerHTML' },
    value: {
      type: 'JSXExpressionContainer',
      expression: {
        type: 'ObjectExpression',
        properties: [
          {
            type: 'Property',
            kind: 'init',
            method: false,
            shorthand: false,
            computed: false,
            key: { type: 'Identifier', name: '__html' },
            value: { type: 'Literal', value: html },
          },
        ],
      },
    },
  });
  // An element with no children is written self-closing; give the converted one that shape.
  element.openingElement.selfClosing = true;
  element.closingElement = null;
  element.children = [];
  return {
    type: flow ? 'mdxFlowExpression' : 'mdxTextExpression',
    value: '',
    data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: element }], comments: [] } },
  };
}

const FLOW_PARENTS = new Set(['root', 'mdxJsxFlowElement']);

function transform(parent) {
  parent.children = parent.children.map((child) => {
    if (readsItsChildren(child)) return child;
    if (child.type === 'element' && isPlain(child) && hasElementChild(child)) return asStaticExpression(child, FLOW_PARENTS.has(parent.type));
    if ('children' in child && Array.isArray(child.children)) transform(child);
    return child;
  });
}

export default function rehypeStaticHtml() {
  return (tree) => transform(tree);
}
