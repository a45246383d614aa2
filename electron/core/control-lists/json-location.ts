import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { lineAtChar } from '../files/read-source';

/** The 1-based line where a JSON path (["entries", 12, "eccn"]) sits, or of its nearest parent. */
export function jsonLineOf(text: string, path: (string | number)[]): number | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return lineAtChar(text, node.offset);
  }
  return undefined;
}
