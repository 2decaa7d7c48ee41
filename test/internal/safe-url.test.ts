import { expect } from '@open-wc/testing';
import { safeLinkUrl } from '../../src/internal/safe-url.js';

describe('safeLinkUrl', () => {
  it('accepts only well-formed https, tel and mailto URLs', () => {
    expect(safeLinkUrl('https://dofi.ibz.be/en')).to.equal('https://dofi.ibz.be/en');
    expect(safeLinkUrl('tel:+3224889777')).to.equal('tel:+3224889777');
    expect(safeLinkUrl('mailto:help@example.org')).to.equal('mailto:help@example.org');
    expect(safeLinkUrl('https://')).to.equal(undefined);
    expect(safeLinkUrl('tel:call-me')).to.equal(undefined);
    expect(safeLinkUrl('mailto:nobody')).to.equal(undefined);
    expect(safeLinkUrl('http://example.org')).to.equal(undefined);
  });

  it('returns the address trimmed, and refuses scripts, data and relative links', () => {
    expect(safeLinkUrl('  https://dofi.ibz.be  ')).to.equal('https://dofi.ibz.be');
    expect(safeLinkUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeLinkUrl('data:text/html,<b>x</b>')).to.equal(undefined);
    expect(safeLinkUrl('/relative/path')).to.equal(undefined);
  });
});
