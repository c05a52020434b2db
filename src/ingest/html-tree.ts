/**
 * A linear, non-recursive HTML tree builder on htmlparser2's tokenizer: it turns tags into
 * balanced open/close events, closing elements the way a browser's parser does (`<p>` ends
 * an open `<p>`, `<td>` ends the cell before it, `</div>` closes what is open inside the div,
 * a stray `</span>` across a block is ignored). No DOM is built: the caller keeps its own
 * frames in step with the events.
 *
 * Every operation is O(1) amortised per tag: an element is pushed and popped once, and
 * "is a `p` open in scope?" is answered from per-name index stacks, not by walking the open
 * elements. htmlparser2's own Parser walks (and `unshift`s) its stack per tag, which made
 * 100,000 nested `<div>`s take 2 s and 300,000 take 60 s; here both are linear.
 */
import { createRequire } from 'node:module';
import type { Tokenizer as TokenizerClass, TokenizerCallbacks } from 'htmlparser2';

/** The attributes the text pass reads; others are not collected. */
export interface HtmlAttrs {
  id?: string;
  class?: string;
  style?: string;
  hidden?: string;
  'aria-hidden'?: string;
  role?: string;
  colspan?: string;
  rowspan?: string;
  href?: string;
}

const WANTED_ATTRS = new Set(['id', 'class', 'style', 'hidden', 'aria-hidden', 'role', 'colspan', 'rowspan', 'href']);
const NO_ATTRS: HtmlAttrs = Object.freeze({});

/** What the builder reports, in document order; `open`/`close` always balance. */
export interface TreeSink {
  /** An element was opened (and pushed). */
  open(name: string, attrs: HtmlAttrs): void;
  /** A void element (`<br>`, `<hr>`, `<img>` …): nothing is pushed. */
  empty(name: string, attrs: HtmlAttrs): void;
  /** The innermost open element was closed (and popped). */
  close(name: string): void;
  /**
   * A formatting element (`</a>`, `</font>`) was ended by its end tag while a block opened
   * inside it is still open (`<a href><div>x</a>y</div>`): a browser stops the link there;
   * the element stays on the stack for structure. `index` is its position in the open stack.
   */
  endFormatting(name: string, index: number): void;
  text(data: string): void;
}

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** The HTML standard's "special" elements: an end tag of an inline element never closes past one. */
const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button',
  'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header',
  'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'keygen', 'li', 'link', 'listing', 'main', 'marquee', 'menu',
  'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'p', 'param', 'plaintext', 'pre', 'script',
  'search', 'section', 'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea',
  'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp', 'svg', 'math',
]);

/** Boundaries of the standard's default scope: a `</div>` inside a cell never closes a div outside the table. */
const SCOPE_BOUNDARY = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'svg', 'math']);

/** Start tags that close an open `<p>` (in button scope). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'dd', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table',
  'ul', 'xmp',
]);

const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TABLE_PARTS = new Set(['caption', 'colgroup', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);
const TABLE_SECTIONS = ['tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'tr', 'td', 'th'];

/**
 * Elements whose content a browser (with scripting on) keeps as raw text and never shows:
 * tags inside them are ignored up to their own end tag, as in `<noscript><div>请开启脚本</noscript>`.
 */
const RAW_HIDDEN = new Set(['noscript', 'iframe', 'noembed', 'noframes']);

/** The document structure elements are implied: their tags (and attributes) are ignored. */
const DOCUMENT = new Set(['html', 'head', 'body']);

interface Open {
  name: string;
  /** Index of the nearest default-scope boundary at or below this element (-1: none). */
  scopeBase: number;
  /** Index of the nearest special element at or below this element (-1: none). */
  specialBase: number;
}

const NO_OPEN: Open = Object.freeze({ name: '', scopeBase: -1, specialBase: -1 });

type TokenizerCtor = new (opts: { decodeEntities?: boolean }, cbs: TokenizerCallbacks) => TokenizerClass;
// htmlparser2 is loaded on first use: plain-text runs (most of a batch) never pay its start-up cost.
let tokenizerCtor: TokenizerCtor | undefined;
function loadTokenizer(): TokenizerCtor {
  tokenizerCtor ??= (createRequire(import.meta.url)('htmlparser2') as { Tokenizer: TokenizerCtor }).Tokenizer;
  return tokenizerCtor;
}

/** Tokenize `html` and report its element structure to `sink`. */
export function buildTree(html: string, sink: TreeSink): void {
  const builder = new TreeBuilder(html, sink);
  const Tokenizer = loadTokenizer();
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
}

class TreeBuilder implements TokenizerCallbacks {
  /** The open elements are `stack[0 .. depth)`; entries are reused by depth, not allocated per element. */
  private readonly stack: Open[] = [];
  private depth = 0;
  /** Stack positions of the open elements of each name, innermost last. */
  private readonly positions = new Map<string, number[]>();
  /** Inside a raw-hidden element: its name and how many of the same name are nested in it. */
  private raw: { name: string; depth: number } | null = null;
  private foreign = 0;
  private tagName = '';
  private attrs: HtmlAttrs = NO_ATTRS;
  private attrName = '';
  private attrValue = '';

  constructor(
    private readonly html: string,
    private readonly sink: TreeSink,
  ) {}

  // Tokenizer callbacks -------------------------------------------------------------------

  ontext(start: number, end: number): void {
    if (!this.raw) this.sink.text(this.html.slice(start, end));
  }

  ontextentity(codepoint: number): void {
    if (!this.raw) this.sink.text(codePointText(codepoint));
  }

  onopentagname(start: number, end: number): void {
    this.tagName = this.html.slice(start, end).toLowerCase();
    this.attrs = NO_ATTRS;
  }

  onattribname(start: number, end: number): void {
    this.attrName = this.html.slice(start, end).toLowerCase();
    this.attrValue = '';
  }

  onattribdata(start: number, end: number): void {
    if (WANTED_ATTRS.has(this.attrName)) this.attrValue += this.html.slice(start, end);
  }

  onattribentity(codepoint: number): void {
    if (WANTED_ATTRS.has(this.attrName)) this.attrValue += codePointText(codepoint);
  }

  onattribend(): void {
    const name = this.attrName as keyof HtmlAttrs;
    if (!WANTED_ATTRS.has(name)) return;
    if (this.attrs === NO_ATTRS) this.attrs = {};
    // The first of two same-named attributes wins, as in a browser.
    if (this.attrs[name] === undefined) this.attrs[name] = this.attrValue;
  }

  onopentagend(): void {
    this.startTag(this.tagName, this.attrs, false);
  }

  onselfclosingtag(): void {
    // `<br/>` is a plain start tag in HTML; only inside <svg>/<math> does the slash close the element.
    const name = this.tagName;
    this.startTag(name, this.attrs, this.foreign > 0 || name === 'svg' || name === 'math');
  }

  onclosetag(start: number, end: number): void {
    this.endTag(this.html.slice(start, end).toLowerCase());
  }

  onend(): void {
    this.popTo(0);
  }

  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  // Tree construction ---------------------------------------------------------------------

  private startTag(name: string, attrs: HtmlAttrs, selfClosing: boolean): void {
    if (this.raw) {
      if (name === this.raw.name) this.raw.depth++;
      return;
    }
    if (DOCUMENT.has(name)) return;
    if (!this.closeImplied(name)) return;
    if (VOID.has(name)) {
      this.sink.empty(name, attrs);
      return;
    }
    this.push(name);
    this.sink.open(name, attrs);
    if (selfClosing) this.popTo(this.depth - 1);
    else if (RAW_HIDDEN.has(name)) this.raw = { name, depth: 0 };
  }

  /** Close what a start tag implies is finished; false when the tag itself is to be dropped. */
  private closeImplied(name: string): boolean {
    if (CLOSES_P.has(name) && this.inButtonScope('p')) this.popTo(this.last('p'));
    switch (name) {
      case 'li':
        if (this.inListItemScope('li')) this.popTo(this.last('li'));
        break;
      case 'dd':
      case 'dt': {
        const open = Math.max(this.last('dd'), this.last('dt'));
        if (open >= 0 && open > this.last('dl') && this.inScopeAt(open)) this.popTo(open);
        break;
      }
      case 'a':
        // A link inside a link: the browser ends the first one.
        if (this.inScope('a')) this.popTo(this.last('a'));
        break;
      case 'button':
      case 'nobr':
        if (this.inScope(name)) this.popTo(this.last(name));
        break;
      case 'td':
      case 'th': {
        const cell = Math.max(this.last('td'), this.last('th'));
        if (this.inTable(cell)) this.popTo(cell);
        break;
      }
      case 'tr':
        this.closeTablePart(['tr', 'td', 'th']);
        break;
      case 'tbody':
      case 'thead':
      case 'tfoot':
        this.closeTablePart(TABLE_SECTIONS);
        break;
      case 'option':
      case 'optgroup':
        if (this.topName() === 'option') this.popTo(this.depth - 1);
        if (name === 'optgroup' && this.topName() === 'optgroup') this.popTo(this.depth - 1);
        break;
      case 'select':
        // <select> inside a select acts as </select>.
        if (this.inScope('select')) {
          this.popTo(this.last('select'));
          return false;
        }
        break;
      default:
        if (HEADINGS.has(name) && HEADINGS.has(this.topName())) this.popTo(this.depth - 1);
    }
    return true;
  }

  /** Close the outermost of `names` that is open inside the current table. */
  private closeTablePart(names: readonly string[]): void {
    let lowest = -1;
    for (const n of names) {
      const i = this.last(n);
      if (this.inTable(i) && (lowest < 0 || i < lowest)) lowest = i;
    }
    if (lowest >= 0) this.popTo(lowest);
  }

  private endTag(name: string): void {
    if (this.raw) {
      if (name !== this.raw.name) return;
      if (this.raw.depth > 0) {
        this.raw.depth--;
        return;
      }
      this.raw = null;
      this.popTo(this.last(name));
      return;
    }
    if (DOCUMENT.has(name)) return;
    // </br> is read as <br>, and </p> with no open p as an empty paragraph.
    if (name === 'br') return this.sink.empty('br', NO_ATTRS);
    if (name === 'p' && !this.inButtonScope('p')) {
      this.sink.open('p', NO_ATTRS);
      this.sink.close('p');
      return;
    }
    const at = this.last(name);
    if (at < 0 || VOID.has(name)) return;
    if (name === 'table') {
      if (at > this.last('template')) this.popTo(at);
    } else if (TABLE_PARTS.has(name)) {
      if (this.inTable(at)) this.popTo(at);
    } else if (name === 'li') {
      if (this.inListItemScope('li')) this.popTo(at);
    } else if (SPECIAL.has(name)) {
      if (this.inScopeAt(at)) this.popTo(at);
    } else if (this.top().specialBase < at) {
      this.popTo(at);
    } else if (FORMATTING.has(name)) {
      this.sink.endFormatting(name, at);
    }
  }

  // The open-element stack ------------------------------------------------------------------

  private push(name: string): void {
    const index = this.depth++;
    const below = index > 0 ? this.stack[index - 1]! : null;
    const open = (this.stack[index] ??= { name, scopeBase: -1, specialBase: -1 });
    open.name = name;
    open.scopeBase = SCOPE_BOUNDARY.has(name) ? index : (below?.scopeBase ?? -1);
    open.specialBase = SPECIAL.has(name) ? index : (below?.specialBase ?? -1);
    let list = this.positions.get(name);
    if (!list) this.positions.set(name, (list = []));
    list.push(index);
    if (name === 'svg' || name === 'math') this.foreign++;
  }

  /** Pop (and report) every element from the top down to and including stack position `index`. */
  private popTo(index: number): void {
    if (index < 0) return;
    while (this.depth > index) {
      const { name } = this.stack[--this.depth]!;
      this.positions.get(name)!.pop();
      if (name === 'svg' || name === 'math') this.foreign--;
      this.sink.close(name);
    }
  }

  private top(): Open {
    return this.depth > 0 ? this.stack[this.depth - 1]! : NO_OPEN;
  }

  private topName(): string {
    return this.top().name;
  }

  private last(name: string): number {
    const list = this.positions.get(name);
    return list && list.length > 0 ? list[list.length - 1]! : -1;
  }

  /** No scope boundary lies above stack position `at`. */
  private inScopeAt(at: number): boolean {
    return at >= 0 && at >= this.top().scopeBase;
  }

  private inScope(name: string): boolean {
    return this.inScopeAt(this.last(name));
  }

  private inButtonScope(name: string): boolean {
    const at = this.last(name);
    return this.inScopeAt(at) && at > this.last('button');
  }

  private inListItemScope(name: string): boolean {
    const at = this.last(name);
    return this.inScopeAt(at) && at > this.last('ul') && at > this.last('ol');
  }

  /** Stack position `at` is open inside the innermost table (not beyond a template). */
  private inTable(at: number): boolean {
    return at >= 0 && at > this.last('table') && at > this.last('template');
  }
}

function codePointText(codepoint: number): string {
  // The tokenizer already maps invalid references to U+FFFD; guard against any that slip through.
  if (codepoint > 0x10ffff || (codepoint >= 0xd800 && codepoint <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(codepoint);
}
