/**
 * JSON paths in messages about content (`$.offices[3].address`): the checks of content, the authoring
 * tools and the question tree of an orientation all name places in a file this way. Pure.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments as a JSON path: `['offices', 3, 'address']` -> `$.offices[3].address`. */
export function formatPath(segments: readonly PropertyKey[], root = '$'): string {
  let path = root;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}
