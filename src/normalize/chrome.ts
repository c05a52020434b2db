/**
 * Page chrome: the navigation, footers, counters and buttons that web pages and
 * database exports wrap around a document. Chrome lines are kept in
 * `source.text` (spans index it) but take no part in the structure.
 */
import type { Line } from '../types.js';
import * as P from '../patterns/furniture.js';

export interface ChromeRule {
  id: string;
  /** Tested against the whole trimmed line. */
  pattern: RegExp;
  /** Longer lines are body text that merely mentions the phrase. */
  maxLength: number;
  /** A line with a sentence in it (。，) is body text, not a link bar or a button row. */
  noSentence?: boolean;
}

// Each rule names the phrase that motivated it; the patterns are built from src/lexicon/furniture.ts.
export const CHROME_RULES: readonly ChromeRule[] = [
  // 当前位置 : 首页 >> 通知公告 / 您现在的位置：
  { id: 'chrome/location', pattern: P.LOCATION, maxLength: 120, noSentence: true },
  // 首页 >> 通知公告 (breadcrumb)
  { id: 'chrome/breadcrumb', pattern: P.BREADCRUMB, maxLength: 120, noSentence: true },
  { id: 'chrome/breadcrumb-tail', pattern: P.BREADCRUMB_TAIL, maxLength: 40 },
  // 扫一扫在手机打开当前页面
  { id: 'chrome/qr', pattern: P.QR_CODE, maxLength: 40, noSentence: true },
  // 首页 | 网站地图 | 网站声明 | 联系我们 | 关于我们
  { id: 'chrome/site-links', pattern: P.SITE_LINKS, maxLength: 80, noSentence: true },
  // 版权所有:吕梁市人民政府网 晋ICP备06004910号-1 网站标识码:1411000003 晋公网安备 14110002000102号
  { id: 'chrome/copyright', pattern: P.COPYRIGHT, maxLength: 200 },
  // 吕梁市人民政府办公室主办 吕梁市政府信息中心承办 技术支持:…
  { id: 'chrome/operator', pattern: P.OPERATOR, maxLength: 160, noSentence: true },
  // 已有0人发表了评论 / 发表评论 / 我要评论
  { id: 'chrome/comments', pattern: P.COMMENTS, maxLength: 40 },
  // 访问次数: / 浏览次数：123 / 阅读量
  { id: 'chrome/counter', pattern: P.COUNTER, maxLength: 30 },
  // 【打印本页】【关闭窗口】 / 字体：大 中 小 / 分享到：
  { id: 'chrome/buttons', pattern: P.BUTTONS, maxLength: 60, noSentence: true },
  // 上一篇：… / 下一篇：…
  { id: 'chrome/prev-next', pattern: P.PREV_NEXT, maxLength: 120 },
  // 【法宝引证码】 CLI.12.5115678 (database export furniture)
  { id: 'chrome/citation-code', pattern: P.CITATION_CODE, maxLength: 60 },
  // x.xlsx附件预览 / 附件下载
  { id: 'chrome/attachment-preview', pattern: P.ATTACHMENT_LINK, maxLength: 80 },
  // Wikisource scrape: 本作品在全世界都属于公有领域 …
  { id: 'chrome/license', pattern: P.LICENSE, maxLength: 300 },
  // 责任编辑：张三 / 【纠错】
  { id: 'chrome/editor', pattern: P.EDITOR, maxLength: 24 },
  // 页码 "- 3 -" / "第 3 页 共 10 页" left by PDF extraction
  { id: 'chrome/page-number', pattern: P.PAGE_NUMBER, maxLength: 20 },
];

/** The id of the chrome rule a line matches, or null. */
export function chromeRule(line: string): string | null {
  if (line === '') return null;
  const sentence = /[。，]/.test(line);
  for (const rule of CHROME_RULES) {
    if (line.length > rule.maxLength || (rule.noSentence && sentence)) continue;
    if (rule.pattern.test(line)) return rule.id;
  }
  return null;
}

/** The chrome rule of each line, or null for a line of the document. */
export function findChrome(lines: readonly Line[]): Array<string | null> {
  const rules = lines.map((l) => chromeRule(l.text));
  // A license notice scraped with its links broken out (本作品是中华人民共和国的 / 法律 / 、 /
  // … 《 / 中华人民共和国著作权法 / 》第五条… / 中国大陆 / …公有领域 / 。, corpus 038): the
  // notice runs on to the next blank line.
  for (let i = 0; i < lines.length; i++) {
    if (rules[i] !== 'chrome/license') continue;
    let end = i + 1;
    while (end < lines.length && end - i <= LICENSE_BLOCK_LINES && lines[end]!.text !== '' && lines[end]!.text.length <= 300) end++;
    // Only a block that says what it is: a rule on 本作品登记 stays text.
    const block = lines.slice(i, end).map((l) => l.text).join('');
    if (!P.LICENSE_BLOCK.test(block)) continue;
    for (let j = i + 1; j < end; j++) rules[j] ??= 'chrome/license';
    i = end - 1;
  }
  return rules;
}
const LICENSE_BLOCK_LINES = 30;

/**
 * Page numbers and a page's running header or footer sit inside the text a page break cut:
 * they are skipped, but end nothing (a sentence or a table row goes on across them).
 */
export function endsContent(rule: string | null): boolean {
  return rule !== null && rule !== 'chrome/page-number' && !rule.startsWith('furniture/page-');
}
