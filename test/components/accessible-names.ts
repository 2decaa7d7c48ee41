// Accessible names as Chromium computes them (its accessibility tree, through the test runner's
// a11ySnapshot command): what a screen reader's list of links or buttons reads, visually hidden words
// included, icons left out.
import { a11ySnapshot } from '@web/test-runner-commands';

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/** The names of every node of one of `roles` on the page ('link', 'button', 'DisclosureTriangle' for a summary), in order. */
export async function accessibleNames(roles: readonly string[]): Promise<string[]> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  const names: string[] = [];
  const walk = (node: AxNode): void => {
    if (roles.includes(node.role)) names.push((node.name ?? '').replace(/\s+/g, ' ').trim());
    node.children?.forEach(walk);
  };
  walk(tree);
  return names;
}
