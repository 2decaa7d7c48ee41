import { expect } from '@open-wc/testing';
import { JsonSyntaxError, locate, parseJson, parsePath } from '../../src/authoring/json-source.js';

function syntaxError(text: string): JsonSyntaxError {
  try {
    parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error(`parsed: ${text}`);
}

describe('JSON with positions', () => {
  it('gives the same value as JSON.parse', async () => {
    for (const path of ['/test/fixtures/content/good/procedures.json', '/demo/content/walkins.json']) {
      const text = await (await fetch(path)).text();
      expect(parseJson(text).value).to.deep.equal(JSON.parse(text));
    }
    const tricky = '{"a":[1,-2.5e3,0,true,false,null,"\\u00e9\\n\\"\\\\\\/"],"b":{},"c":[],"__proto__":{"x":1}}';
    const value = parseJson(tricky).value as Record<string, unknown>;
    expect(JSON.stringify(value)).to.equal(JSON.stringify(JSON.parse(tricky)));
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
  });

  it('knows the line and column of every value, with CRLF line ends, a BOM and non-ASCII text', () => {
    const text = '\uFEFF{\r\n  "name": { "fr": "Liège" },\r\n  "list": [\r\n    1,\r\n    { "id": "a-b" }\r\n  ]\r\n}';
    const parsed = parseJson(text);
    const at = (path: string) => {
      const { line, column } = locate(parsed, path);
      return `${line}:${column}`;
    };
    expect(at('$')).to.equal('1:1');
    expect(at('$.name')).to.equal('2:11');
    expect(at('$.name.fr')).to.equal('2:19');
    expect(at('$.list[0]')).to.equal('4:5');
    expect(at('$.list[1].id')).to.equal('5:13');
    // A missing field points at the object it should be in.
    expect(at('$.list[1].name')).to.equal('5:5');
    expect(at('$.nothing.deeper[3]')).to.equal('1:1');
  });

  it('reads back the paths that formatPath writes', () => {
    expect(parsePath('$.offices[3]["fr-BE"].x_1')).to.deep.equal(['offices', 3, 'fr-BE', 'x_1']);
    expect(parsePath('$')).to.deep.equal([]);
    expect(parsePath('offices')).to.equal(undefined);
  });

  it('finds a field written twice, which JSON.parse hides', () => {
    const parsed = parseJson('{\n  "a": 1,\n  "a": 2\n}');
    expect(parsed.value).to.deep.equal({ a: 2 });
    expect(parsed.duplicateKeys).to.deep.equal([
      { path: '$.a', key: 'a', at: { line: 3, column: 3, offset: 14 }, first: { line: 2, column: 3, offset: 4 } },
    ]);
  });

  it('explains syntax errors in plain words, where they are', () => {
    const cases: [string, string, string][] = [
      ['{\n  "a": 1\n  "b": 2\n}', '3:3', 'a comma is missing before this field'],
      ['{ "a": [1, 2,] }', '1:14', 'there is a comma before "]": remove the last comma'],
      ['{ "a": 1, }', '1:11', 'there is a comma before "}": remove the last comma'],
      ["{ 'a': 1 }", '1:3', 'field names must be in double quotes ("name"), not single quotes'],
      ['{ a: 1 }', '1:3', 'field names must be in double quotes: "a"'],
      [
        '{ "a": yes }',
        '1:8',
        'unexpected word "yes": text must be in double quotes ("yes"); other values are numbers, true, false, null, {...} or [...]',
      ],
      ['{ "a": True }', '1:8', 'write true in small letters'],
      ['{ "a": 1 // note\n}', '1:10', 'JSON does not allow comments (// or /* */): remove the comment'],
      [
        '{ "a": "one\ntwo" }',
        '1:8',
        'a text is not closed on its line: close it with a double quote ("), and write a line break inside a text as \\n',
      ],
      ['{ "a": [1, 2 }', '1:14', 'found "}" where the list opened at line 1, column 8 should close with "]"'],
      ['{ "a": 1', '1:9', 'the file ends too early: a "}" is missing (the object opened at line 1, column 1)'],
      ['{ "a": 01 }', '1:8', '"01..." is not a number: numbers use a dot for decimals and no leading zeros; put other text in double quotes'],
      [
        '{ "a": 1 } x',
        '1:12',
        'there is more after the end of the JSON value, starting with "x": a file holds one object, so check the braces { } above',
      ],
      ['', '1:1', 'the file is empty: it should hold one JSON object, starting with "{"'],
      ['{ "a" 1 }', '1:7', 'a colon (:) is missing after the field name "a"'],
      ['{ "a": "\\x" }', '1:9', '"\\x" is not allowed in a text: write a backslash as \\\\, a double quote as \\", a line break as \\n'],
    ];
    for (const [text, where, message] of cases) {
      const error = syntaxError(text);
      expect(`${error.position.line}:${error.position.column} ${error.message}`, text).to.equal(`${where} ${message}`);
    }
  });
});
