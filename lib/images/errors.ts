/**
 * Why an upload was refused. The code is what the UI translates into a short localized message;
 * the message and detail are for the server log. No sharp here, so client code can use the type.
 */
export type ImageRejectCode =
  'empty' | 'too-large' | 'unsupported-format' | 'too-many-pixels' | 'corrupt' | 'animated';

const STATUS: Record<ImageRejectCode, number> = {
  empty: 400,
  'too-large': 413,
  'unsupported-format': 415,
  'too-many-pixels': 413,
  corrupt: 422,
  animated: 415,
};

export class ImageRejectedError extends Error {
  override readonly name = 'ImageRejectedError';
  /** The HTTP status a handler should answer with. */
  readonly status: number;

  constructor(
    public readonly code: ImageRejectCode,
    message: string,
    public readonly detail?: Record<string, unknown>,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}
