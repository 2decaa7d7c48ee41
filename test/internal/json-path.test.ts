import { expect } from '@open-wc/testing';
import { formatPath } from '../../src/internal/json-path.js';

describe('formatPath', () => {
  it('formats JSON paths', () => {
    expect(formatPath(['offices', 3, 'address', 'postcode'])).to.equal('$.offices[3].address.postcode');
    expect(formatPath(['name', 'fr-BE'])).to.equal('$.name["fr-BE"]');
    expect(formatPath([])).to.equal('$');
  });
});
