/** Patterns of page furniture lines (src/normalize/chrome.ts), built from src/lexicon/furniture.ts. */
import {
  ATTACHMENT_LINK_WORDS, BREADCRUMB_SEPARATORS, BUTTON_WORDS, COPYRIGHT_WORDS, COUNTER_WORDS, EDITOR_WORDS, LICENSE_WORDS,
  LOCATION_WORDS, OPERATOR_WORDS, PREV_NEXT_WORDS, SITE_LINK_WORDS,
} from '../lexicon/furniture.js';
import { alternation } from '../text/words.js';

export const LOCATION = new RegExp(`^${alternation(LOCATION_WORDS)}\\s{0,4}[:：]?`);
export const BREADCRUMB = new RegExp(`^(>+\\s{0,4})?首页\\s{0,4}${alternation(BREADCRUMB_SEPARATORS)}`);
export const BREADCRUMB_TAIL = /^(>>|»|＞＞)\s{0,4}\S{1,20}$/;
export const QR_CODE = /扫一扫.{0,12}(手机|打开|浏览)|手机扫码|微信扫一扫|用手机扫描/;
export const SITE_LINKS = new RegExp(alternation(SITE_LINK_WORDS));
export const COPYRIGHT = new RegExp(alternation(COPYRIGHT_WORDS), 'i');
export const OPERATOR = new RegExp(`${alternation(OPERATOR_WORDS)}|^主办[:：]|^承办[:：]|\\S主办\\s+\\S+承办`);
export const COMMENTS = /(已有\s{0,4}\d+\s{0,4}人(发表了?|参与)评论|发表评论|我要评论|网友评论|评论\s{0,4}\(\d+\))/;
export const COUNTER = new RegExp(`^${alternation(COUNTER_WORDS)}\\s{0,4}[:：]?\\s{0,4}\\d*\\s{0,4}$`);
export const BUTTONS = new RegExp(`${alternation(BUTTON_WORDS)}|[【\\[]\\s{0,4}(?:打印|关闭)\\s{0,4}[】\\]]|字体[:：\\s【\\[]{0,8}大[\\s】\\]【\\[]{0,8}中|字号[:：\\s【\\[]{0,8}大`);
export const PREV_NEXT = new RegExp(`^${alternation(PREV_NEXT_WORDS)}\\s{0,4}[:：]`);
export const CITATION_CODE = /^【?\s{0,4}法宝引证码\s{0,4}】?/;
export const ATTACHMENT_LINK = new RegExp(`${alternation(ATTACHMENT_LINK_WORDS)}$`);
export const LICENSE = new RegExp(alternation(LICENSE_WORDS));
export const LICENSE_BLOCK = /公有领域|维基文库|知识共享|Creative Commons|Public domain/i;
export const EDITOR = new RegExp(`^[【\\[]?${alternation(EDITOR_WORDS)}[】\\]]?\\s{0,4}[:：]?\\s{0,4}\\S{0,10}$`);
/** 页码 "- 3 -" / "第 3 页 共 10 页" / "3/10" left by PDF extraction. */
export const PAGE_NUMBER = /^([-—–]\s{0,4}\d{1,4}\s{0,4}[-—–]|第\s{0,4}\d{1,4}\s{0,4}页(\s{0,4}[,，/]?\s{0,4}共\s{0,4}\d{1,4}\s{0,4}页)?|\d{1,4}\s{0,4}\/\s{0,4}\d{1,4})$/;

export const FURNITURE_PATTERNS: Readonly<Record<string, RegExp>> = {
  LOCATION, BREADCRUMB, SITE_LINKS, COPYRIGHT, OPERATOR, COUNTER, BUTTONS, PREV_NEXT, ATTACHMENT_LINK, LICENSE, EDITOR,
};
