import type { PackageKind } from '../../../shared/packages/types';

export const PACKAGE_KIND_LABELS: Record<PackageKind, string> = {
  application: 'License application',
  'classification-request': 'Classification request',
  'encryption-report': 'Annual encryption report',
};
