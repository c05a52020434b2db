/**
 * policy-extract as a library: `await extract(bytes | string, options)` reads every format
 * (PDF, DOCX, OFD, HTML, text); `extractDocument(bytes | string, options)` is its synchronous
 * form for text and HTML. Both return a validated PolicyDocument. No file system, no console.
 */
export { extract, extractDocument, type ExtractOptions } from './pipeline.js';
export { InputError, ValidationError } from './errors.js';
export { PolicyDocumentSchema } from './schema/document.js';
export type * from './types.js';
