// One ESLint rule per module boundary (eslint.config.mjs lists them): each reports an import, a
// re-export or a dynamic import() of a folder or package its zone may not load. Relative and `@/`
// imports are resolved to the folder they reach, so `../../components/x` counts as components/.
import { dirname, normalize, relative, sep } from 'node:path';
import { root } from './worker-zone.mjs';

/** Where a specifier points: a repository path ('components/Figure') or a package name ('react-dom/client'). */
function target(file, specifier) {
  if (specifier.startsWith('@/')) return { path: normalize(specifier.slice(2)).split(sep).join('/') };
  if (specifier.startsWith('.')) return { path: normalize(`${dirname(file)}/${specifier}`).split(sep).join('/') };
  return { package: specifier };
}

function forbidden(zone, where) {
  if (where.path !== undefined) return (zone.folders ?? []).some((folder) => where.path === folder || where.path.startsWith(`${folder}/`));
  return (zone.packages ?? []).some((name) => where.package === name || where.package.startsWith(`${name}/`));
}

/**
 * @param {{ message: string, folders?: string[], packages?: string[], allowTypeImports?: boolean, why?: (file: string) => string }} zone
 *   `message` completes "'X' is not allowed here: …"; `why(file)` may add where the file's zone comes from.
 */
export function boundaryRule(zone) {
  return {
    meta: { type: 'problem', schema: [], docs: { description: zone.message }, messages: { forbidden: "'{{name}}' is not allowed here: {{message}}{{why}}" } },
    create(context) {
      const file = relative(root, context.filename).split(sep).join('/');
      const check = (node, source, typeOnly) => {
        if (!source || typeof source.value !== 'string') return;
        if (typeOnly && zone.allowTypeImports) return;
        if (forbidden(zone, target(file, source.value))) {
          context.report({ node, messageId: 'forbidden', data: { name: source.value, message: zone.message, why: zone.why ? zone.why(file) : '' } });
        }
      };
      const allTypes = (node, kind) => node.specifiers.length > 0 && node.specifiers.every((s) => s[kind] === 'type');
      return {
        ImportDeclaration: (node) => check(node, node.source, node.importKind === 'type' || allTypes(node, 'importKind')),
        ExportNamedDeclaration: (node) => check(node, node.source, node.exportKind === 'type' || allTypes(node, 'exportKind')),
        ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
        ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null, false),
        TSImportEqualsDeclaration: (node) => check(node, node.moduleReference.expression, node.importKind === 'type'),
      };
    },
  };
}
