/**
 * A small element tree over htmlparser2's XML mode, for the XML parts of OFD and DOCX
 * packages: local names (ofd:TextCode → TextCode), attributes, child elements and the
 * element's own text. Entities are decoded; namespaces are not needed to read these parts.
 */
import { parseDocument } from 'htmlparser2';

export interface XmlElement {
  /** Local name, without its namespace prefix. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The text directly inside the element (not inside its children). */
  text: string;
}

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function toElement(node: DomNode): XmlElement {
  const el: XmlElement = { name: localName(node.name ?? ''), attrs: {}, children: [], text: '' };
  for (const [k, v] of Object.entries(node.attribs ?? {})) el.attrs[localName(k)] = v;
  for (const child of node.children ?? []) {
    if (child.type === 'tag') el.children.push(toElement(child));
    else if (child.type === 'text' || child.type === 'cdata') el.text += child.type === 'cdata' ? (child.children ?? []).map((c) => c.data ?? '').join('') : child.data ?? '';
  }
  return el;
}

/** The root element of an XML document, or null when there is none. */
export function parseXml(xml: string): XmlElement | null {
  const doc = parseDocument(xml, { xmlMode: true }) as unknown as DomNode;
  const root = (doc.children ?? []).find((c) => c.type === 'tag');
  return root ? toElement(root) : null;
}

/** The first child element named `name`. */
export function child(el: XmlElement | null | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** Every child element named `name`. */
export function childrenNamed(el: XmlElement | null | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** Every descendant named `name`, in document order (an explicit stack: deep trees do not overflow). */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.name === name) out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** XML bytes → string, honouring an `encoding="GB2312"` declaration (UTF-8 otherwise). */
export function xmlText(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const declared = /^\s*<\?xml[^>]{0,150}encoding\s{0,3}=\s{0,3}["']([A-Za-z0-9_-]{2,20})["']/.exec(head)?.[1]?.toLowerCase();
  const label = declared && /^(gb2312|gbk|gb18030)$/.test(declared) ? 'gb18030' : declared?.startsWith('utf-16') ? 'utf-16le' : 'utf-8';
  return new TextDecoder(label).decode(bytes).replace(/^\ufeff/, '');
}
