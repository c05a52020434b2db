// The review page as HTML (no browser; tests/browser/review.test.ts opens it in Chromium):
// every item is one element holding exactly its span's text, whatever crosses what; the text
// survives escaping to the code unit; nothing is fetched; the same document gives the same bytes.
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/index.js';
import { PAGE_CSP, marksOf, toHtml } from '../../src/emit/html.js';
import { layersOf, type Mark, renderLayer, renderSourceText } from '../../src/emit/html-text.js';
import { toHtmlIndex, pageDigest } from '../../src/emit/html-index.js';
import type { PolicyDocument } from '../../src/types.js';
import { CORPUS, read, SEEDS } from '../helpers/fixtures.js';

const seed003 = extractDocument(read(SEEDS, '003_ba5c26d6e984a451.txt'), { path: 'fixtures/seeds/003_ba5c26d6e984a451.txt', includeText: true });
const seed001 = extractDocument(read(SEEDS, '001_689cad3dc45a0018.txt'), { path: 'seed-001.txt', includeText: true });
// Corpus 012: 建设50所高水平高等职业学校和150个骨干专业（群） holds two indicators that share 150.
const crossing = extractDocument(read(CORPUS, '012-gwy-vocational-education-reform-plan-2019.html'), { path: '012.html', includeText: true });

/** Every item's element: how many there are and the text of the first. */
function elementsOf(html: string, doc: PolicyDocument): Array<{ id: string; count: number; text: string; want: string }> {
  const $ = cheerio.load(html);
  const text = doc.source.text!;
  return marksOf(doc).map((m) => {
    const found = $(`mark[data-id="${m.id}"]`);
    return { id: m.id, count: found.length, text: found.first().text(), want: text.slice(m.span[0], m.span[1]) };
  });
}

const mark = (id: string, start: number, end: number): Mark => ({ id, kind: 'indicator', span: [start, end], title: id });

describe('layers of marks', () => {
  it('puts the second of two crossing indicators of corpus 012 on a layer of its own', () => {
    const marks = marksOf(crossing);
    const layers = layersOf(marks);
    expect(layers.length).toBe(2);
    const i2 = crossing.indicators.find((i) => i.id === 'i2')!;
    const i3 = crossing.indicators.find((i) => i.id === 'i3')!;
    expect(i2.span[0] < i3.span[0] && i3.span[0] < i2.span[1] && i2.span[1] < i3.span[1]).toBe(true);
    expect(layers[0]!.map((m) => m.id)).toContain('i2');
    expect(layers[1]!.map((m) => m.id)).toContain('i3');
  });

  it('keeps nested and equal spans in one layer, outer first', () => {
    const layers = layersOf([mark('b', 2, 4), mark('a', 0, 10), mark('c', 2, 4), mark('d', 4, 6)]);
    expect(layers.map((l) => l.map((m) => m.id))).toEqual([['a', 'b', 'c', 'd']]);
    expect(layersOf([mark('a', 0, 5), mark('b', 3, 8), mark('c', 4, 9)]).map((l) => l.map((m) => m.id))).toEqual([['a'], ['b'], ['c']]);
    expect(layersOf([mark('a', 0, 5), mark('b', 3, 8), mark('c', 6, 9)]).map((l) => l.map((m) => m.id))).toEqual([['a', 'c'], ['b']]);
  });

  it('for any spans: each layer nests, every mark is on one layer and holds exactly its text', () => {
    const text = '到2020年，城市社区建设达标率达到92%，\r\n农村<社区>&“覆盖”\0率超过50%。';
    const spans = fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as [number, number]), { maxLength: 14 });
    fc.assert(
      fc.property(spans, (list) => {
        const marks = list.map((s, i) => mark(`m${i}`, s[0], s[1]));
        const layers = layersOf(marks);
        expect(layers.flat().map((m) => m.id).sort()).toEqual(marks.map((m) => m.id).sort());
        for (const layer of layers) {
          for (const a of layer) for (const b of layer) expect(a.span[1] <= b.span[0] || b.span[1] <= a.span[0] || (a.span[0] <= b.span[0] && b.span[1] <= a.span[1]) || (b.span[0] <= a.span[0] && a.span[1] <= b.span[1])).toBe(true);
        }
        const $ = cheerio.load(`<div>${renderSourceText(text, marks, [{ span: [3, 20], kind: 'chrome' }])}</div>`);
        // NUL cannot stand in HTML: it is U+FFFD, one code unit, so offsets hold.
        const shown = text.replace('\0', '\ufffd');
        $('pre').each((_, pre) => expect($(pre).text()).toBe(shown));
        for (const m of marks) {
          expect($(`mark[data-id="${m.id}"]`).length).toBe(1);
          expect($(`mark[data-id="${m.id}"]`).text()).toBe(shown.slice(m.span[0], m.span[1]));
        }
      }),
    );
  });

  it('greys furniture inside and outside marks without moving a character', () => {
    const html = renderLayer('首页>>通知\n正文内容', [mark('a', 4, 9)], [{ span: [0, 6], kind: 'chrome' }]);
    expect(html).toBe('<span class="fu fu-chrome">首页&gt;&gt;</span><mark id="m-a" class="k-indicator" data-id="a" title="a"><span class="fu fu-chrome">通知</span>\n正文</mark>内容');
  });
});

describe('the review page of a real document', () => {
  const html = toHtml(seed003);

  it('has exactly one element per item of seed 003, holding its span\'s text', () => {
    const found = elementsOf(html, seed003);
    expect(found.length).toBe(seed003.sections.length + seed003.tasks.length + seed003.responsibleUnits.length + seed003.indicators.length + seed003.deadlines.length + seed003.references.length);
    expect(found.filter((f) => f.count !== 1 || f.text !== f.want)).toEqual([]);
    const $ = cheerio.load(html);
    expect($('#source').text()).toBe(seed003.source.text);
  });

  it('holds on corpus 012, whose indicators cross, and seed 001, whose body is repeated', () => {
    for (const doc of [crossing, seed001]) {
      const page = toHtml(doc);
      expect(elementsOf(page, doc).filter((f) => f.count !== 1 || f.text !== f.want)).toEqual([]);
    }
    const $ = cheerio.load(toHtml(seed001));
    expect($('#source .fu-repeat').text().startsWith('浙江省民政厅关于公开征求')).toBe(true);
    expect($('#source .fu-chrome').first().text()).toBe('当前位置 : 首页\n>> 通知公告');
  });

  it('loads nothing: a CSP forbids fetches, and no element points outside the page', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`);
    expect(PAGE_CSP).toContain("default-src 'none'");
    const $ = cheerio.load(html);
    expect($('[src], link, iframe, object, embed, img').length).toBe(0);
    const hrefs = $('[href]').map((_, el) => $(el).attr('href')).get();
    expect(hrefs.length).toBeGreaterThan(300);
    expect(hrefs.filter((h) => !h.startsWith('#m-'))).toEqual([]);
    expect(html).not.toMatch(/@import|url\(|@font-face/);
  });

  it('lists every task with its units, deadlines and indicators: row 5 of the table, t30', () => {
    const $ = cheerio.load(html);
    const row = $('tr[data-row="t30"]');
    expect(row.find('.clamp').text()).toBe(seed003.tasks.find((t) => t.id === 't30')!.text);
    expect(row.find('a.chip.k-unit').map((_, el) => $(el).text()).get()).toEqual(['各县(市、区)民政局', '市局社管科']);
    expect(row.find('a.chip.k-deadline').text()).toBe('2022-01-01 – 2025-12-31');
    expect(row.find('a.chip.k-indicator').map((_, el) => $(el).text()).get()).toEqual(['每个城市社区平均拥有社区社会组织 ≥ 10 个', '每个农村社区平均拥有社区社会组织 ≥ 5 个']);
    expect($('tr[data-row]').length).toBe(seed003.tasks.length + seed003.indicators.length + seed003.deadlines.length + seed003.responsibleUnits.length + seed003.references.length);
    expect($('li[data-row]').length).toBe(seed003.sections.length);
    expect($('.warnings li').text()).toBe('table row 37: 2 text cells read as one work-content cell');
  });

  it('shows a rule id and a within deadline\'s duration when items carry them', () => {
    const doc = structuredClone(seed003) as PolicyDocument;
    Object.assign(doc.deadlines[0]!, { kind: 'within', duration: 'P15D', workingDays: true, anchor: '受理申请之日', end: null, rule: 'deadline/within' });
    Object.assign(doc.indicators[0]!, { rule: 'indicator/plain-figure' });
    const $ = cheerio.load(toHtml(doc));
    const d = doc.deadlines[0]!;
    expect($(`mark[data-id="${d.id}"]`).attr('title')).toBe(`${d.id} · deadline · within · within P15D working days from 受理申请之日\nrule: deadline/within`);
    expect($(`tr[data-row="${d.id}"] td`).eq(5).text()).toBe('P15D 工作日 · 受理申请之日');
    expect($(`tr[data-row="${doc.indicators[0]!.id}"]`).attr('title')).toBe('rule: indicator/plain-figure');
    // Every item but a reference carries its rule id.
    const ruled = [doc.sections, doc.tasks, doc.responsibleUnits, doc.indicators, doc.deadlines].flat().filter((x) => 'rule' in x).length;
    expect($('mark[title*="rule:"]').length).toBe(ruled);
  });

  it('says which page an item starts on when the input has pages (PDF, OFD), and nothing otherwise', () => {
    const doc = structuredClone(seed003) as PolicyDocument;
    const t = doc.tasks[0]!;
    expect(cheerio.load(toHtml(doc))(`mark[data-id="${t.id}"]`).attr('title')).not.toContain('page');
    Object.assign(t, { page: 3 });
    Object.assign(doc.sections[0]!, { page: 2 });
    const $ = cheerio.load(toHtml(doc));
    expect($(`mark[data-id="${t.id}"]`).attr('title')).toContain(' · page 3');
    expect($(`tr[data-row="${t.id}"] td`).eq(1).text()).toBe(`${t.marker} p. 3`);
    expect($(`li[data-row="${doc.sections[0]!.id}"] > a`).attr('title')).toBe(`${doc.sections[0]!.id} · page 2\nrule: ${doc.sections[0]!.rule}`);
  });

  it('escapes what the text holds and is byte-identical for the same document', () => {
    const doc = extractDocument('一、总体要求\n1.加强<script>alert("x")</script>建设&管理，到2020年达到92%。\n', { includeText: true });
    const page = toHtml(doc);
    expect(page).not.toContain('<script>alert');
    expect(cheerio.load(page)('#source').text()).toBe(doc.source.text);
    expect(toHtml(doc)).toBe(page);
    expect(toHtml(seed003)).toBe(html);
  });

  it('says so when the output has no source text', () => {
    const { text: _text, furniture: _f, ...source } = seed003.source;
    expect(toHtml({ ...seed003, source })).toContain('The source text is not in this output');
  });
});

describe('the index of a review batch', () => {
  it('lists each page with its counts and warnings, and a failed input with its reason', () => {
    const html = toHtmlIndex([
      { label: 'fixtures/seeds/003_ba5c26d6e984a451.txt', href: 'seeds/003_ba5c26d6e984a451.txt.html', digest: pageDigest(seed003), error: null },
      { label: 'missing.txt', href: null, digest: null, error: 'no such file' },
    ]);
    const $ = cheerio.load(html);
    expect($('h1').text()).toBe('2 documents, 1 failed');
    const cells = $('tbody tr').first().find('td').map((_, td) => $(td).text()).get();
    expect(cells.slice(0, 8)).toEqual(['fixtures/seeds/003_ba5c26d6e984a451.txt', seed003.meta.title, '11', '68', '20', '66', '172', '13']);
    expect($('tbody tr').first().find('a').attr('href')).toBe('seeds/003_ba5c26d6e984a451.txt.html');
    expect($('tbody tr.failed').text()).toBe('missing.txtno such file');
  });
});
