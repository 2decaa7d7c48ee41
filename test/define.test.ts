import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define.js';
import { VERSION } from '../src/version.js';

describe('defineElement', () => {
  let warnings: unknown[][];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('defines a free tag', () => {
    class A extends HTMLElement {}
    defineElement('fl-test-define-a', A);
    expect(customElements.get('fl-test-define-a')).to.equal(A);
    expect(warnings).to.have.length(0);
  });

  it('keeps the first definition and warns with both versions instead of throwing', () => {
    class First extends HTMLElement {
      static version = '0.0.9';
    }
    class Second extends HTMLElement {
      static version = '1.2.3';
    }
    defineElement('fl-test-define-b', First);
    expect(() => defineElement('fl-test-define-b', Second)).not.to.throw();
    expect(customElements.get('fl-test-define-b')).to.equal(First);
    expect(warnings).to.have.length(1);
    const message = String(warnings[0]?.[0]);
    expect(message).to.contain('<fl-test-define-b>');
    expect(message).to.contain('0.0.9');
    expect(message).to.contain('1.2.3');
  });

  it('is silent when the same class is defined twice', () => {
    class Same extends HTMLElement {}
    defineElement('fl-test-define-c', Same);
    defineElement('fl-test-define-c', Same);
    expect(warnings).to.have.length(0);
  });
});

describe('VERSION', () => {
  it('matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
