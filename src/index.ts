/**
 * policy-extract as a library: `extractDocument(bytes | string, options)` returns a
 * validated PolicyDocument. No file system, no console.
 */
export { extractDocument, type ExtractOptions } from './pipeline.js';
export { InputError, ValidationError } from './errors.js';
export { PolicyDocumentSchema } from './schema/document.js';
export type * from './types.js';
