import { expect } from '@open-wc/testing';
import { parseInline, parseRichText, richTextTerms } from '../../src/logic/rich-text.js';

describe('rich text parser', () => {
  it('splits paragraphs on blank lines and keeps single line breaks inside one', () => {
    expect(parseRichText('First line\nsame paragraph\n\nSecond paragraph')).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'text', value: 'First line\nsame paragraph' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Second paragraph' }] },
    ]);
  });

  it('reads "- " lines as a list, with indented continuation lines, between paragraphs', () => {
    const doc = parseRichText('Bring:\n- your passport\n- the letter\n  you received\nThen wait.');
    expect(doc).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'text', value: 'Bring:' }] },
      {
        type: 'list',
        items: [[{ type: 'text', value: 'your passport' }], [{ type: 'text', value: 'the letter\nyou received' }]],
      },
      { type: 'paragraph', children: [{ type: 'text', value: 'Then wait.' }] },
    ]);
  });

  it('reads **bold**, and leaves unmatched or spaced stars as text', () => {
    expect(parseInline('a **b** c')).to.deep.equal([
      { type: 'text', value: 'a ' },
      { type: 'strong', children: [{ type: 'text', value: 'b' }] },
      { type: 'text', value: ' c' },
    ]);
    expect(parseInline('2 ** 3 and **open')).to.deep.equal([{ type: 'text', value: '2 ** 3 and **open' }]);
    expect(parseInline('****')).to.deep.equal([{ type: 'text', value: '****' }]);
  });

  it('reads links to https, tel and mailto, with bold inside', () => {
    expect(parseInline('[**Call** us](tel:+32 2 488 97 77)')).to.deep.equal([
      {
        type: 'link',
        href: 'tel:+32 2 488 97 77',
        children: [
          { type: 'strong', children: [{ type: 'text', value: 'Call' }] },
          { type: 'text', value: ' us' },
        ],
      },
    ]);
    expect(parseInline('see [the site](https://dofi.ibz.be) or [mail](mailto:info@example.org)')).to.deep.equal([
      { type: 'text', value: 'see ' },
      { type: 'link', href: 'https://dofi.ibz.be', children: [{ type: 'text', value: 'the site' }] },
      { type: 'text', value: ' or ' },
      { type: 'link', href: 'mailto:info@example.org', children: [{ type: 'text', value: 'mail' }] },
    ]);
  });

  it('keeps only the label of links to anything but https, tel and mailto', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'http://example.org',
      'data:text/html,x',
      '/relative',
      '//evil.example',
      'vbscript:x',
    ]) {
      expect(parseInline(`[label](${url})`), url).to.deep.equal([{ type: 'text', value: 'label' }]);
    }
  });

  it('treats HTML as text', () => {
    const doc = parseRichText('<img src=x onerror="alert(1)"> <b>hi</b>');
    expect(doc).to.deep.equal([{ type: 'paragraph', children: [{ type: 'text', value: '<img src=x onerror="alert(1)"> <b>hi</b>' }] }]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline('\\*\\*not bold\\*\\* and \\[not a link](https://x.org)')).to.deep.equal([
      { type: 'text', value: '**not bold** and [not a link](https://x.org)' },
    ]);
    expect(parseRichText('\\- not a list')).to.deep.equal([{ type: 'paragraph', children: [{ type: 'text', value: '- not a list' }] }]);
  });

  it('leaves an unclosed link as text', () => {
    expect(parseInline('[label](https://x.org')).to.deep.equal([{ type: 'text', value: '[label](https://x.org' }]);
    expect(parseInline('[label] (https://x.org)')).to.deep.equal([{ type: 'text', value: '[label] (https://x.org)' }]);
  });

  it('gives an empty document for empty or blank text and handles CRLF', () => {
    expect(parseRichText('')).to.deep.equal([]);
    expect(parseRichText(' \n\n  ')).to.deep.equal([]);
    expect(parseRichText('a\r\n\r\nb')).to.have.length(2);
  });

  it('reads [label](term:id) as a glossary term, and lists the terms a text names', () => {
    expect(parseInline('Read the [order **to leave**](term:order-to-leave).')).to.deep.equal([
      { type: 'text', value: 'Read the ' },
      {
        type: 'term',
        id: 'order-to-leave',
        children: [
          { type: 'text', value: 'order ' },
          { type: 'strong', children: [{ type: 'text', value: 'to leave' }] },
        ],
      },
      { type: 'text', value: '.' },
    ]);
    // Not an id, or no label: the words stay, without a term.
    expect(parseInline('[x](term:Not An Id)')).to.deep.equal([{ type: 'text', value: 'x' }]);
    expect(parseInline('[](term:cpas)')).to.deep.equal([]);
    expect(richTextTerms('A [CPAS](term:cpas) or\n- an [OCMW](term:cpas)\n- the [CALL](term:call)')).to.deep.equal(['cpas', 'call']);
  });
});
