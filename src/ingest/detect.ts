/**
 * The input's format, by content first: `%PDF-` near the start, a ZIP package holding
 * word/document.xml (DOCX) or OFD.xml (OFD). The file name only explains a mismatch
 * (a .pdf that is not a PDF) or names what we do not read (.doc, .wps).
 */
import { InputError } from '../errors.js';
import { isZip, zipNames } from './zip.js';

export type PackageFormat = 'pdf' | 'docx' | 'ofd';

// The PDF header may follow a few bytes of junk (a mail gateway's prefix); readers look in the first KB.
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const isPdf = (bytes: Uint8Array): boolean => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).indexOf(PDF_MAGIC) >= 0;
const isOle = (bytes: Uint8Array): boolean => bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);

const EXT = /\.(pdf|docx|ofd|doc|wps|xls|xlsx|ppt|pptx|zip)$/i;

/**
 * pdf / docx / ofd, or null for text and HTML. Throws InputError for a package we recognise
 * but do not read (a .doc, another kind of ZIP) and for a file whose name promises a format
 * its bytes are not.
 */
export function detectPackage(bytes: Uint8Array, path?: string | null): PackageFormat | null {
  const ext = (path ? EXT.exec(path)?.[1] : undefined)?.toLowerCase();
  if (isPdf(bytes)) return 'pdf';
  if (isZip(bytes)) {
    const names = zipNames(bytes);
    if (names === null) throw new InputError(`damaged ${ext === 'docx' || ext === 'ofd' ? ext.toUpperCase() : 'ZIP archive'}: the archive cannot be read`);
    if (names.includes('word/document.xml')) return 'docx';
    if (names.some((n) => n.toLowerCase() === 'ofd.xml')) return 'ofd';
    if (names.some((n) => n.startsWith('xl/'))) throw new InputError('an Excel workbook (.xlsx): not supported; save the sheet as CSV or HTML');
    if (names.some((n) => n.startsWith('ppt/'))) throw new InputError('a PowerPoint file (.pptx): not supported; export it as PDF');
    throw new InputError('a ZIP archive that is neither DOCX nor OFD: unpack it first');
  }
  if (isOle(bytes)) throw new InputError('a Word 97-2003 (.doc), WPS or other OLE file: not supported; save it as DOCX or PDF');
  if (ext === 'pdf') throw new InputError('not a PDF file (no %PDF- header): damaged or misnamed');
  if (ext === 'docx' || ext === 'ofd') throw new InputError(`not a ${ext.toUpperCase()} file (not a ZIP package): damaged or misnamed`);
  return null;
}
