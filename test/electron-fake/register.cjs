// `node --require test/electron-fake/register.cjs dist/electron/main.cjs`: resolves `electron` to
// the fake, as Electron's own loader would to the real module. Everything else resolves as usual,
// so the bundle's externals (better-sqlite3) are found from where the bundle lies.
'use strict';
const Module = require('node:module');
const path = require('node:path');

const fake = path.join(__dirname, 'electron.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? fake : resolve.call(this, request, ...rest);
};
