/**
 * Page furniture of an HTML page: what a saved web page wraps around the document — site
 * headers, menus, breadcrumbs, related-link lists, share and QR widgets, footers. It stays
 * in the text (spans index it); the normalise stage makes every line inside a stretch found
 * here page furniture, so it takes no part in the structure.
 *
 * The body is found by general signals, not by one site's class names:
 * 1. the *core*: the deepest block holding 90% of the page's prose (Han characters outside
 *    links, on lines with sentence punctuation) — `div.info_cont`, `td.ucap-content`, `div.TRS_Editor`;
 * 2. the *article*: the core and the blocks around it, up to the first step that would add
 *    mostly links or a navigation or footer element (the title, the 发布日期/来源 line and the
 *    labelled metadata table sit here, beside the core);
 * 3. everything outside the article is furniture, except labelled metadata lines (索引号：…,
 *    read by the later stages), the page title, and prose lines; inside it, only explicit
 *    widgets (share buttons, 扫一扫, a 相关链接 list, a list that is mostly links).
 * A page with no clear body (little prose, or prose spread evenly) gets only the explicit
 * widgets and `<nav>`/`<footer>`/`<aside>` elements. `aria-hidden="true"` is furniture only
 * where it holds no sentence: its text is on screen, only screen readers skip it.
 */
import { startsWithLabel } from '../normalize/labels.js';
import type { Furniture } from '../types.js';
import type { HtmlBlock, HtmlLines } from './html.js';

/** Rule ids of the stretches found here, one per kind of furniture. */
export const HTML_FURNITURE = {
  nav: 'furniture/html-nav',
  header: 'furniture/html-header',
  footer: 'furniture/html-footer',
  aside: 'furniture/html-aside',
  related: 'furniture/html-related',
  share: 'furniture/html-share',
  links: 'furniture/html-links',
  /** aria-hidden="true" with no sentence in it: an icon's label, a menu copy screen readers skip. */
  hidden: 'furniture/html-hidden',
  page: 'furniture/html-page',
} as const;

export interface MeasuredPage {
  text: string;
  blocks: readonly HtmlBlock[];
  lines: HtmlLines;
  title: string | null;
}

/** The core must hold this share of the page's prose; below MIN_PROSE there is no body to find. */
const CORE_SHARE = 0.9;
const MIN_PROSE = 200;

type Zone = 'core' | 'article' | 'page' | 'none';

interface Content {
  core: number;
  article: number;
}

export function findHtmlFurniture(page: MeasuredPage): Furniture[] {
  const content = findContent(page.text, page.blocks);
  const rules = blockRules(page, content);
  return lineFurniture(page, content, rules);
}

/** The core and the article block (-1 when the page has no clear body). */
function findContent(text: string, blocks: readonly HtmlBlock[]): Content {
  let total = 0;
  const depth: number[] = new Array<number>(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    depth[i] = b.parent < 0 ? 0 : depth[b.parent]! + 1;
    if (b.parent < 0) total += b.prose;
  }
  if (total < MIN_PROSE) return { core: -1, article: -1 };
  let core = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.prose >= CORE_SHARE * total && (core < 0 || depth[i]! > depth[core]!)) core = i;
  }
  if (core < 0) return { core: -1, article: -1 };
  return { core, article: growArticle(text, blocks, core) };
}

/**
 * Widen the core step by step while what a step adds is not mostly links and not mostly
 * navigation: in 广州市 pages `div.info_cont` → `div.news-info` (title, 分享到, the 相关附件
 * download links, which are the document's own) → `div.info-container` (breadcrumb, 基本信息
 * table), and no further (the next step adds the 政策解读 link list).
 */
function growArticle(text: string, blocks: readonly HtmlBlock[], core: number): number {
  // Per block: characters of navigation-like elements, and link characters outside attachment lists.
  const nav = outermostSums(blocks, (b) => (isStructural(b) ? b.chars : -1));
  const attached = outermostSums(blocks, (b) => (isAttachmentList(text, b) ? b.linkChars : -1));
  const links = (i: number): number => blocks[i]!.linkChars - attached[i]!;
  let article = core;
  for (let p = blocks[core]!.parent; p >= 0; p = blocks[p]!.parent) {
    const chars = blocks[p]!.chars - blocks[article]!.chars;
    if (chars > 0 && (links(p) - links(article) > 0.5 * chars || nav[p]! - nav[article]! > 0.3 * chars)) break;
    article = p;
  }
  return article;
}

/**
 * For every block, the sum of `own` over the outermost blocks inside it (itself included)
 * where `own` is not -1; one pass from the last block to the first (children follow parents).
 */
function outermostSums(blocks: readonly HtmlBlock[], own: (b: HtmlBlock) => number): number[] {
  const sums = new Array<number>(blocks.length).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const value = own(blocks[i]!);
    if (value >= 0) sums[i] = value;
    const parent = blocks[i]!.parent;
    if (parent >= 0) sums[parent]! += sums[i]!;
  }
  return sums;
}

/** The furniture rule of every block (null: not furniture), inherited from the outermost one. */
function blockRules(page: MeasuredPage, content: Content): Array<string | null> {
  const { blocks } = page;
  const rules = new Array<string | null>(blocks.length).fill(null);
  const a = content.article >= 0 ? blocks[content.article]! : null;
  const c = content.core >= 0 ? blocks[content.core]! : null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const inherited = b.parent >= 0 ? rules[b.parent]! : null;
    if (inherited !== null) {
      rules[i] = inherited;
      continue;
    }
    // The article and the blocks around it are never furniture themselves.
    if (a && i <= content.article && b.start <= a.start && b.end >= a.end) continue;
    let zone: Zone = 'none';
    if (a) zone = i > content.article && within(b, a) ? (i > content.core && within(b, c!) ? 'core' : 'article') : 'page';
    rules[i] = explicitRule(page.text, b, zone);
  }
  return rules;
}

function within(b: HtmlBlock, outer: HtmlBlock): boolean {
  return b.start >= outer.start && b.end <= outer.end;
}

const RELATED_HEADING = /^(相关(链接|文件|新闻|阅读|解读|稿件|文章|政策|信息|资讯|报道|专题|推荐|内容)|政策解读|延伸阅读|推荐阅读|热点推荐|热点新闻|热门文章|猜你喜欢|更多(新闻|信息|文章))/;
// 分享到： / 扫一扫在手机打开当前页 / 微信扫码 / 二维码
const SHARE_TEXT = /^分享(到|至)?\s{0,4}[:：]?|扫一扫|扫码|二维码/;
// 附件1：… / 附件：… — a list of the document's own attachments is the document.
const ATTACHMENT = /^[\s\u3000]{0,4}(相关)?附\s{0,2}件/;

/** The furniture rule a block shows by itself, given where it lies. */
function explicitRule(text: string, b: HtmlBlock, zone: Zone): string | null {
  const names = nameKinds(b.names);
  const firstLine = b.chars <= 400 || b.linkChars > 0 ? lineAt(text, b.start) : '';
  if (names.has('share') || (b.chars <= 40 && SHARE_TEXT.test(firstLine.trim()))) return HTML_FURNITURE.share;
  if (isRelatedList(b, firstLine)) return HTML_FURNITURE.related;
  if (b.tag === 'nav' || b.role === 'navigation' || b.role === 'menu' || b.role === 'menubar') return HTML_FURNITURE.nav;
  // aria-hidden text is on screen: it is furniture only when it reads as no sentence at all
  // (a line of prose weighs its full Han count, any other line a quarter of it).
  if (b.ariaHidden && b.prose * 4 <= b.cjk) return HTML_FURNITURE.hidden;
  if (zone === 'core') return null;
  if (zone !== 'none' && names.has('nav')) return HTML_FURNITURE.nav;
  if (b.links >= 3 && b.linkChars >= 0.7 * b.chars && !ATTACHMENT.test(firstLine)) return HTML_FURNITURE.links;
  if (b.tag === 'footer' || b.role === 'contentinfo') return HTML_FURNITURE.footer;
  if (b.tag === 'aside' || b.role === 'complementary') return HTML_FURNITURE.aside;
  if (zone !== 'page') return null;
  if (b.tag === 'header' || b.role === 'banner' || names.has('header')) return HTML_FURNITURE.header;
  if (names.has('footer')) return HTML_FURNITURE.footer;
  if (names.has('aside')) return HTML_FURNITURE.aside;
  return null;
}

/** A list of links to the document's attachments (相关附件 / 附件1：….doc). */
function isAttachmentList(text: string, b: HtmlBlock): boolean {
  return b.links > 0 && ATTACHMENT.test(text.slice(b.start, b.start + 16));
}

/** A 相关链接 / 政策解读 heading over links. */
function isRelatedList(b: HtmlBlock, firstLine: string): boolean {
  const heading = firstLine.trim();
  if (b.links === 0 || heading.length > 12 || !RELATED_HEADING.test(heading)) return false;
  return b.linkChars >= 0.5 * (b.chars - heading.length);
}

function isStructural(b: HtmlBlock): boolean {
  if (b.tag === 'nav' || b.tag === 'footer' || b.tag === 'aside') return true;
  if (b.role === 'navigation' || b.role === 'contentinfo' || b.role === 'complementary' || b.role === 'menubar') return true;
  const names = nameKinds(b.names);
  return names.has('nav') || names.has('footer') || names.has('aside');
}

type NameKind = 'nav' | 'header' | 'footer' | 'aside' | 'share';

// Tokens of id/class names (lower-cased, trailing digits cut: footer2022 → footer). Whole
// tokens, or words at a token's start or end (mainnav, navbar, bdshare), so that `heading`
// or `canvas` match nothing.
const EXACT_NAMES = new Map<string, NameKind>([
  ['head', 'header'], ['top', 'header'], ['topbar', 'header'], ['banner', 'header'], ['masthead', 'header'],
  ['foot', 'footer'], ['copyright', 'footer'], ['bottom', 'footer'],
  ['side', 'aside'], ['aside', 'aside'],
  ['crumb', 'nav'], ['crumbs', 'nav'], ['daohang', 'nav'],
  ['fenxiang', 'share'], ['jiathis', 'share'],
]);
const EDGE_NAMES: ReadonlyArray<[string, NameKind]> = [
  ['nav', 'nav'], ['menu', 'nav'], ['breadcrumb', 'nav'], ['header', 'header'], ['footer', 'footer'],
  ['sidebar', 'aside'], ['share', 'share'],
];

function nameKinds(names: string): Set<NameKind> {
  const kinds = new Set<NameKind>();
  if (names === '') return kinds;
  for (const raw of names.split(/[^a-z0-9]+/)) {
    const token = withoutTrailingDigits(raw);
    if (token.length < 3) continue;
    const exact = EXACT_NAMES.get(token);
    if (exact) kinds.add(exact);
    for (const [word, kind] of EDGE_NAMES) if (token.startsWith(word) || token.endsWith(word)) kinds.add(kind);
  }
  return kinds;
}

function withoutTrailingDigits(token: string): string {
  let end = token.length;
  while (end > 0 && token.charCodeAt(end - 1) >= 48 && token.charCodeAt(end - 1) <= 57) end--;
  return token.slice(0, end);
}

function lineAt(text: string, start: number): string {
  const nl = text.indexOf('\n', start);
  return text.slice(start, nl < 0 ? text.length : Math.min(nl, start + 200));
}

/** Mark each line by its block's rule (outside the article: page furniture unless exempt); merge runs. */
function lineFurniture(page: MeasuredPage, content: Content, rules: ReadonlyArray<string | null>): Furniture[] {
  const { text, lines, blocks } = page;
  const article = content.article >= 0 ? blocks[content.article]! : null;
  const titleKey = page.title ? compact(page.title) : '';
  const out: Furniture[] = [];
  let previousBareLabel = false;
  for (let k = 0; k < lines.start.length; k++) {
    const start = lines.start[k]!;
    const end = lines.end[k]!;
    const block = lines.block[k]!;
    const line = text.slice(start, end).trim();
    const linked = lines.linkChars[k]! * 2 > lines.chars[k]!;
    const label = !linked && startsWithLabel(line);
    const kept = label || (previousBareLabel && !linked) || (lines.linkChars[k] === 0 && isTitleLine(line, titleKey));
    previousBareLabel = label && BARE_LABEL.test(line);
    let rule = block >= 0 ? rules[block]! : null;
    if (rule === null && article && (start < article.start || end > article.end)) {
      const prose = lines.punct[k]! > 0 && lines.cjk[k]! >= 15;
      if (!kept && !prose) rule = HTML_FURNITURE.page;
    } else if (rule !== null && kept && rule !== HTML_FURNITURE.share) {
      rule = null;
    }
    if (rule === null) continue;
    // Consecutive lines of one kind make one stretch.
    const last = out[out.length - 1];
    if (last && last.rule === rule && k > 0 && last.span[1] === lines.end[k - 1]) last.span[1] = end;
    else out.push({ span: [start, end], rule });
  }
  return out;
}

// 索引号： / 发布机构： with the value in the next cell.
const BARE_LABEL = /[:：]$/;

function compact(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, '');
}

/** The page's own title repeated as a heading (`<title>` 《X》-广州市人民政府门户网站, `<h1>` X). */
function isTitleLine(line: string, titleKey: string): boolean {
  if (titleKey.length < 6) return false;
  const key = compact(line);
  return key.length >= 6 && (titleKey.includes(key) || key.includes(titleKey));
}
