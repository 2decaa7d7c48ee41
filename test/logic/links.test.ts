import { expect } from '@open-wc/testing';
import { addressLine, mailtoHref, osmLink, telHref, websiteLabel } from '../../src/logic/links.js';
import { feedbackHref } from '../../src/logic/feedback.js';

describe('links', () => {
  it('makes Belgian and international numbers diallable, in the global form', () => {
    expect(telHref('02 488 97 77')).to.equal('tel:+3224889777');
    expect(telHref('+32 2 488 97 77')).to.equal('tel:+3224889777');
    expect(telHref('+32 (0)2 488 97 77')).to.equal('tel:+3224889777');
    expect(telHref('0032 2/488.97.77')).to.equal('tel:+3224889777');
    expect(telHref('0470 12-34-56')).to.equal('tel:+32470123456');
    expect(telHref('1712')).to.equal('tel:1712');
    expect(telHref('1207')).to.equal('tel:1207');
    expect(telHref('--')).to.equal(undefined);
  });

  it('encodes e-mail addresses, so that nothing after them becomes a header', () => {
    expect(mailtoHref(' icam@example.org ')).to.equal('mailto:icam@example.org');
    expect(mailtoHref('a?cc=x@example.org')).to.equal('mailto:a%3Fcc%3Dx@example.org');
    expect(mailtoHref('x@y.be?subject=Hi')).to.equal('mailto:x@y.be%3Fsubject%3DHi');
  });

  it('names websites by their host', () => {
    expect(websiteLabel('https://www.caritas.be/fr/retour')).to.equal('caritas.be');
  });

  it('gives directions to an exact place, with the map on it, or to an address, and only a map of the area otherwise', () => {
    expect(osmLink({ point: { lat: 50.8616123, lon: 4.36 }, exact: true })).to.deep.equal({
      kind: 'directions',
      href: 'https://www.openstreetmap.org/directions?to=50.86161%2C4.36#map=17/50.86161/4.36',
    });
    const url = new URL(osmLink({ point: { lat: 50.8466, lon: -4 }, exact: true })!.href);
    expect(url.origin).to.equal('https://www.openstreetmap.org');
    expect(url.pathname).to.equal('/directions');
    expect(url.searchParams.get('to')).to.equal('50.8466,-4');
    expect(url.hash).to.equal('#map=17/50.8466/-4');
    const address = { street: 'Rue Haute 298A', postcode: '1000', municipality: { fr: 'Bruxelles' } };
    expect(addressLine(address, 'Bruxelles')).to.equal('Rue Haute 298A, 1000 Bruxelles');
    expect(osmLink({ point: { lat: 50.86, lon: 4.36 }, exact: false, address, municipality: 'Bruxelles' })).to.deep.equal({
      kind: 'directions',
      href: `https://www.openstreetmap.org/directions?to=${encodeURIComponent('Rue Haute 298A, 1000 Bruxelles, Belgium')}`,
    });
    const area = osmLink({
      point: { lat: 50.86, lon: 4.36 },
      exact: false,
      address: { postcode: '1000', municipality: { fr: 'Bruxelles' } },
      municipality: 'Bruxelles',
    });
    expect(area).to.deep.equal({ kind: 'map', href: 'https://www.openstreetmap.org/search?query=1000%20Bruxelles%2C%20Belgium' });
    expect(osmLink({ exact: false })).to.equal(undefined);
  });

  it('prefills a report-a-mistake link with the record id only', () => {
    expect(feedbackHref({ email: 'fouten@example.org' }, 'humanitarian-regularisation', 'Mistake in')).to.equal(
      'mailto:fouten@example.org?subject=Mistake%20in%20(humanitarian-regularisation)',
    );
    expect(feedbackHref({ url: 'https://example.org/report?lang=nl' }, 'asylum', 'x')).to.equal('https://example.org/report?lang=nl&record=asylum');
    expect(feedbackHref({ url: 'javascript:alert(1)' }, 'asylum', 'x')).to.equal(undefined);
    expect(feedbackHref(undefined, 'asylum', 'x')).to.equal(undefined);
  });
});
