/**
 * Builds the demo workspace as if it had been made on 2019-06-01, so some of its records are past
 * their five-year retention (15 CFR 762.6) today. Usage: node --import tsx test/e2e/old-demo.ts DIR
 */
import path from 'node:path';
import { createDemoWorkspace } from '../../electron/core/demo/create';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: old-demo.ts DIR');
const { core } = await createDemoWorkspace(dir, {
  resourcesDir: path.resolve(import.meta.dirname, '../../resources/demo'),
  clock: () => new Date('2019-06-01T10:00:00.000Z'),
});
core.ws.close();
