import { expect } from '@open-wc/testing';
import { boundedEditDistance, normalizeText, tokenize } from '../../src/logic/text.js';

describe('normalizeText', () => {
  it('ignores case and accents', () => {
    expect(normalizeText('Médecins du Monde')).to.equal('medecins du monde');
    expect(normalizeText('MÉDECIN')).to.equal(normalizeText('medecin'));
    expect(normalizeText('Liège')).to.equal('liege');
    expect(normalizeText('Lüttich')).to.equal('luttich');
  });

  it('expands ligatures and folds letters that do not decompose', () => {
    expect(normalizeText('Œuvre')).to.equal('oeuvre');
    expect(normalizeText('Cœur')).to.equal('coeur');
    expect(normalizeText('ﬁn')).to.equal('fin');
    expect(normalizeText('Straße')).to.equal('strasse');
    expect(normalizeText('Łódź')).to.equal('lodz');
  });

  it('turns punctuation, apostrophes and hyphens into single spaces', () => {
    expect(normalizeText("  Braine-l'Alleud  ")).to.equal('braine l alleud');
    expect(normalizeText('CPAS/OCMW, 1000 Bruxelles!')).to.equal('cpas ocmw 1000 bruxelles');
  });

  it('folds Arabic vowel marks, hamza forms, tatweel and Eastern digits', () => {
    expect(normalizeText('أَطِبَّاء')).to.equal(normalizeText('اطباء'));
    expect(normalizeText('إقامة')).to.equal('اقامه');
    expect(normalizeText('مـــساعدة')).to.equal('مساعده');
    expect(normalizeText('مستشفى')).to.equal('مستشفي');
    expect(normalizeText('١٠٥٠')).to.equal('1050');
    expect(normalizeText('۴۰۰۰')).to.equal('4000');
  });

  it('folds Persian keheh and yeh to their Arabic forms', () => {
    expect(normalizeText('کمک')).to.equal(normalizeText('كمك'));
    expect(normalizeText('ی')).to.equal(normalizeText('ي'));
  });
});

describe('tokenize', () => {
  it('splits folded text into words', () => {
    expect(tokenize("Aide médicale urgente (AMU) – l'accès")).to.deep.equal(['aide', 'medicale', 'urgente', 'amu', 'l', 'acces']);
  });

  it('returns no words for blank or punctuation-only text', () => {
    expect(tokenize('')).to.deep.equal([]);
    expect(tokenize(' — ')).to.deep.equal([]);
  });
});

describe('boundedEditDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('medecin', 'medecin', 2)).to.equal(0);
    expect(boundedEditDistance('medcin', 'medecin', 2)).to.equal(1);
    expect(boundedEditDistance('medecim', 'medecin', 2)).to.equal(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).to.equal(3);
  });

  it('stops at max + 1 once the bound is exceeded', () => {
    expect(boundedEditDistance('abcdef', 'uvwxyz', 1)).to.equal(2);
    expect(boundedEditDistance('a', 'abcd', 1)).to.equal(2);
  });
});
