import path from 'node:path';
import type { Command } from 'commander';
import { createDemoWorkspace } from '../../core/demo/create';
import { CliError, type CliContext } from '../context';

/** resources/demo in the repository, beside the sources the CLI runs from. */
export const DEMO_RESOURCES_DIR = path.resolve(import.meta.dirname, '../../../resources/demo');

/**
 * `exportdesk demo --workspace DIR`: builds the demo workspace in a new or empty folder. The folder
 * must be named explicitly: the demo is never made in the default (real) workspace.
 */
export function registerDemoCommand(program: Command, cli: CliContext, workspaceFlag: () => string | undefined): void {
  program
    .command('demo')
    .description('Create the demo workspace (a fictional company, illustrative lists) in a new or empty folder given by --workspace')
    .action(async () => {
      const dir = workspaceFlag();
      if (!dir) throw new CliError('give the folder for the demo workspace with --workspace DIR (a new or empty folder)');
      let demo;
      try {
        demo = await createDemoWorkspace(dir, { resourcesDir: DEMO_RESOURCES_DIR });
      } catch (e) {
        throw new CliError((e as Error).message);
      }
      const abs = demo.core.ws.dir;
      demo.core.ws.close();
      cli.print(
        [
          `Created the demo workspace in ${abs}`,
          'A fictional company with illustrative lists (not authoritative, not for classification): parties, items, screenings,',
          `an application ready to file (#${demo.readyApplicationId}), one waiting for a request for information (#${demo.submittedApplicationId})`,
          `and one approved with license #${demo.licenseId} and a shipment.`,
          `Open it: npm start -- --workspace=${abs}   or   exportdesk --workspace ${abs} applications list`,
        ].join('\n'),
        { workspace: abs, readyApplicationId: demo.readyApplicationId, submittedApplicationId: demo.submittedApplicationId, approvedApplicationId: demo.approvedApplicationId, licenseId: demo.licenseId },
      );
    });
}
