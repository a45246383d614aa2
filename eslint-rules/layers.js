// The architecture as a lint rule (after VS Code's code-layering): each folder names the folders
// its files may import from, whether Node built-ins are allowed, which packages are not, and which
// folders may be entered only through their public entry. Paths are resolved and compared as
// paths, never as strings. eslint.config.js holds the table; docs/architecture.md explains it.
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTINS = new Set(builtinModules);

function isBuiltin(source) {
  return source.startsWith('node:') || BUILTINS.has(source) || BUILTINS.has(source.split('/')[0]);
}

function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** `target` is `folder` or inside it (both relative to the root, '/'-separated). */
function isInside(target, folder) {
  const rel = path.posix.relative(folder, target);
  return rel === '' || (!rel.startsWith('..') && !path.posix.isAbsolute(rel));
}

/** The module a relative import names, relative to the root, without extension or /index. */
function moduleOf(resolved) {
  return resolved.replace(/\.(d\.)?[cm]?[jt]sx?$/, '').replace(/\/index$/, '');
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only the folders, packages and entry points its table allows.' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          root: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
          nodeBuiltins: { type: 'boolean' },
          forbiddenPackages: { type: 'array', items: { type: 'string' } },
          entryOnly: { type: 'object', additionalProperties: { type: 'string' } },
          exceptions: {
            type: 'array',
            items: {
              type: 'object',
              properties: { from: { type: 'string' }, to: { type: 'string' }, why: { type: 'string' } },
              required: ['from', 'to', 'why'],
              additionalProperties: false,
            },
          },
        },
        required: ['layer', 'root', 'allow'],
        additionalProperties: false,
      },
    ],
    messages: {
      folder: "{{layer}} may not import '{{source}}' ({{target}}): it may import only from {{allow}}.",
      builtin: "{{layer}} may not import the Node built-in '{{source}}': it also runs where Node is absent.",
      pkg: "{{layer}} may not import the package '{{source}}'.",
      entry: "{{layer}} may import {{folder}} only through its public entry {{entry}}, not '{{source}}'.",
    },
  },
  create(context) {
    const o = context.options[0];
    const root = o.root;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const allow = o.allow;
    const forbidden = new Set(o.forbiddenPackages ?? []);
    const entryOnly = Object.entries(o.entryOnly ?? {});
    const exceptions = (o.exceptions ?? []).filter((e) => e.from === file);

    function check(node, source) {
      if (typeof source !== 'string') return;
      const data = { layer: o.layer, source };
      if (!source.startsWith('.') && !source.startsWith('/')) {
        if (isBuiltin(source)) {
          if (o.nodeBuiltins === false) context.report({ node, messageId: 'builtin', data });
        } else if (forbidden.has(packageName(source))) {
          context.report({ node, messageId: 'pkg', data });
        }
        return;
      }
      const resolved = path.relative(root, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/');
      const target = moduleOf(resolved);
      if (exceptions.some((e) => e.to === target)) return;
      if (resolved.startsWith('..') || !allow.some((folder) => isInside(resolved, folder))) {
        context.report({ node, messageId: 'folder', data: { ...data, target: resolved, allow: allow.join(', ') } });
        return;
      }
      for (const [folder, entry] of entryOnly) {
        if (isInside(resolved, folder) && !isInside(file, folder) && target !== moduleOf(entry) && target !== folder) {
          context.report({ node, messageId: 'entry', data: { ...data, folder, entry } });
        }
      }
    }

    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      // Type-only `import('...')` in a type position still ties the layers together.
      TSImportType: (node) => {
        const arg = node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument;
        if (arg?.type === 'Literal') check(arg, arg.value);
      },
      TSExternalModuleReference: (node) => node.expression.type === 'Literal' && check(node.expression, node.expression.value),
      CallExpression: (node) => {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') check(arg, arg.value);
      },
    };
  },
};
