/**
 * An input the extractor cannot turn into a document (empty, binary, undecodable).
 * The CLI prints `policy-extract: <file>: <message>` and goes on with the batch.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string) {
    super(message);
  }
}

/** Output that failed schema validation: a bug in the extractor, reported and never written. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: readonly string[],
  ) {
    super(message);
  }
}
