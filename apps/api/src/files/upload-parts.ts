import type { Multipart, MultipartFile } from '@fastify/multipart';
import { applyDecorators } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { AcceptsBody } from '../app/body-type.guard';
import { KoersError, UnsupportedMediaTypeError } from '../errors/koers-error';
import { isBrokenUpload, MalformedUploadError } from './file-storage';

/**
 * A route that takes one file (read with `theOnlyFile`) in the multipart field `field`: the body-type guard lets the
 * form through, and the OpenAPI description shows the field, both from this one declaration.
 */
export const AcceptsFile = (field: string) =>
  applyDecorators(
    AcceptsBody('multipart/form-data'),
    ApiBody({ schema: { type: 'object', required: [field], properties: { [field]: { type: 'string', format: 'binary' } } } }),
  );

/**
 * The parts of a multipart request, with a request the parser cannot read refused as MalformedUploadError, and one
 * sent without a body (which the body-type guard lets through: there is nothing to judge) as any body not a form.
 */
export async function* uploadParts(request: FastifyRequest): AsyncGenerator<Multipart> {
  if (!request.isMultipart()) throw new UnsupportedMediaTypeError(['multipart/form-data']);
  try {
    for await (const part of request.parts()) yield part;
  } catch (error) {
    throw isBrokenUpload(error) ? new MalformedUploadError() : error;
  }
}

/** One uploaded file as the HTTP layer hands it over: its bytes as a stream and the name the browser sent. */
export interface IncomingFile {
  stream: Readable;
  fileName: string;
}

/** 400 for a single-file route's form that holds anything besides its one file, named in its field. */
export class NotOneFileError extends KoersError {
  constructor(field: string) {
    super(400, 'unknown_form_field', {
      nl: `Stuur precies één bestand, in het veld "${field}", en verder niets.`,
      en: `Send exactly one file, in the field "${field}", and nothing else.`,
    });
  }
}

/**
 * The one file of a route that takes one (`AcceptsFile(field)`), undefined without any. A form with another field, or
 * a second file, is refused (NotOneFileError) rather than kept in part: the file's stream fails once it has been
 * read and more follows, so whoever stores it removes it again, as for a file refused by its content.
 */
export async function theOnlyFile(request: FastifyRequest, field: string): Promise<IncomingFile | undefined> {
  if (!request.isMultipart()) return undefined;
  const parts = uploadParts(request)[Symbol.asyncIterator]();
  const first = await parts.next();
  if (first.done) return undefined;
  const part = first.value;
  if (part.type !== 'file' || part.fieldname !== field) throw new NotOneFileError(field);
  const nothingElse = async () => {
    if (!(await parts.next()).done) throw new NotOneFileError(field);
  };
  const content = await fileContent(part);
  if (!content) {
    await nothingElse();
    return undefined;
  }
  async function* fileAndNothingElse(file: Readable) {
    yield* file;
    await nothingElse();
  }
  return { stream: Readable.from(fileAndNothingElse(content), { objectMode: false }), fileName: part.filename };
}

/**
 * A file part's bytes, or null for the empty, nameless part a browser sends for a file input left empty. A part with
 * bytes whose name did not survive the parser (`..`, `/`, `a/` come out as nothing) is a file all the same, stored
 * under the fallback name, rather than dropped while the hand-in or upload seems to succeed.
 */
export async function fileContent(part: MultipartFile): Promise<Readable | null> {
  if (part.filename) return part.file;
  const chunks = part.file[Symbol.asyncIterator]();
  let first: IteratorResult<Buffer>;
  try {
    first = await chunks.next();
  } catch (error) {
    throw isBrokenUpload(error) ? new MalformedUploadError() : error;
  }
  if (first.done) return null;
  const firstChunk: Buffer = first.value;
  async function* whole() {
    yield firstChunk;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value as Buffer;
  }
  return Readable.from(whole(), { objectMode: false });
}
