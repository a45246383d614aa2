import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../registry';

type PackageMethods = 'packages.generate' | 'packages.regenerate' | 'packages.list' | 'packages.get' | 'packages.preview' | 'packages.verify';

// Placeholder until the package renderer lands; every call says so plainly.
const notYet = (): never => {
  throw new AppError('INVALID_INPUT', 'Filing packages are not built yet');
};

export const packageHandlers: HandlerMap<PackageMethods> = {
  'packages.generate': { commit: notYet },
  'packages.regenerate': { commit: notYet },
  'packages.list': { run: () => [] },
  'packages.get': { run: notYet },
  'packages.preview': { run: notYet },
  'packages.verify': { run: notYet },
};
