/** The published JSON Schema (schemas/policy-document.schema.json), generated from the zod schema. */
import { z } from 'zod';
import { PolicyDocumentSchema } from './document.js';

export const JSON_SCHEMA_ID = 'https://policy-extract.dev/schemas/policy-document.schema.json';

export function buildJsonSchema(): string {
  const schema = z.toJSONSchema(PolicyDocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: JSON_SCHEMA_ID, ...schema }, null, 2)}\n`;
}
