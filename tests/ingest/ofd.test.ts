import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { InputError } from '../../src/index.js';
import { deltas, readOfd } from '../../src/ingest/ofd.js';

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const text = (x: number, y: number, s: string, dx = '5.6'): string =>
  `<ofd:TextObject ID="1" Font="1" Size="5.6" Boundary="${x} ${y} 150 8"><ofd:TextCode X="0" Y="6" DeltaX="g ${Array.from(s).length - 1} ${dx}">${s}</ofd:TextCode></ofd:TextObject>`;

/** A one-page OFD with a template (Tpls) holding a 红头 line. */
function ofd(pageBody: string, template = ''): Uint8Array {
  return zipSync({
    'OFD.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo/><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`),
    'Doc_0/Document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>${template ? '<ofd:TemplatePage ID="9" BaseLoc="Tpls/Tpl_0/Content.xml"/>' : ''}</ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`,
    ),
    'Doc_0/Pages/Page_0/Content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}>${template ? '<ofd:Template TemplateID="9"/>' : ''}<ofd:Content><ofd:Layer ID="2">${pageBody}</ofd:Layer></ofd:Content></ofd:Page>`),
    ...(template ? { 'Doc_0/Tpls/Tpl_0/Content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="3">${template}</ofd:Layer></ofd:Content></ofd:Page>`) } : {}),
  });
}

describe('OFD reader', () => {
  it('reads TextCode runs in reading order by position, whatever their order in the file', () => {
    const d = readOfd(ofd(text(28, 60, '各区卫生健康局：') + text(28, 40, '关于做好有关工作的通知')));
    expect(d.text).toBe('关于做好有关工作的通知\n\n各区卫生健康局：\n');
    expect(d.format).toBe('ofd');
    expect(d.pages).toBe(1);
  });

  it('splits a TextCode where DeltaX leaves a wide gap, and keeps one space there', () => {
    const d = readOfd(ofd(`<ofd:TextObject ID="1" Size="5.6" Boundary="28 40 150 8"><ofd:TextCode X="0" Y="6" DeltaX="5.6 40 5.6">主送单位</ofd:TextCode></ofd:TextObject>`));
    expect(d.text).toBe('主送 单位\n');
  });

  it('template text is page furniture', () => {
    const d = readOfd(ofd(text(28, 60, '现将有关事项通知如下。'), text(40, 20, '某某市卫生健康委员会文件')));
    expect(d.furniture.map((f) => `${f.rule} ${d.text.slice(...f.span)}`)).toEqual(['furniture/page-template 某某市卫生健康委员会文件']);
  });

  it('expands the g N v shorthand of DeltaX', () => {
    expect(deltas('g 3 5.57 2.77')).toEqual([5.57, 5.57, 5.57, 2.77]);
  });

  it('a package without a document root, or without text, is refused with a reason', () => {
    expect(() => readOfd(zipSync({ 'OFD.xml': strToU8(`<ofd:OFD ${NS}/>`) }))).toThrow(new InputError('damaged OFD: OFD.xml names no document (DocBody/DocRoot)'));
    expect(() => readOfd(ofd('<ofd:ImageObject ID="5" Boundary="0 0 210 297" ResourceID="7"/>'))).toThrow(/^no text in the OFD file/);
  });
});
