import path from 'node:path';
import { REPO_ROOT } from './helpers';

export function screeningFixture(name: string): string {
  return path.join(REPO_ROOT, 'test/fixtures/screening-lists', name);
}
