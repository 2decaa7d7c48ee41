/** A problem found in content: where it is (a JSON path into the file) and what is wrong, in plain words. */
export interface ContentProblem {
  /** The dataset (`walkins`), or `manifest`. */
  dataset: string;
  /** The id of the record the problem is in, when the record has a readable one. */
  id?: string;
  /** Where in the file, as a JSON path: `$.offices[3].address.postcode`. */
  path: string;
  message: string;
}

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
