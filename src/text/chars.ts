/**
 * Character classes as lookup tables over UTF-16 code units: the scanners test
 * every character of a document, and a table read is far cheaper than a Set or
 * a regular expression per character.
 */
export type CharClass = (code: number) => boolean;

export function charClass(chars: string): CharClass {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return (code) => table[code] === 1;
}
