import type { Multipart, MultipartFile } from '@fastify/multipart';
import { applyDecorators } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { AcceptsBody } from '../app/body-type.guard';
import { isBrokenUpload, MalformedUploadError } from './file-storage';

/**
 * A route that takes one file (read with `uploadedFile`) in the multipart field `field`: the body-type guard lets the
 * form through, and the OpenAPI description shows the field, both from this one declaration.
 */
export const AcceptsFile = (field: string) =>
  applyDecorators(
    AcceptsBody('multipart/form-data'),
    ApiBody({ schema: { type: 'object', required: [field], properties: { [field]: { type: 'string', format: 'binary' } } } }),
  );

/** The parts of a multipart request, with a request the parser cannot read refused as MalformedUploadError. */
export async function* uploadParts(request: FastifyRequest): AsyncGenerator<Multipart> {
  try {
    for await (const part of request.parts()) yield part;
  } catch (error) {
    throw isBrokenUpload(error) ? new MalformedUploadError() : error;
  }
}

/** The first file of a multipart request (`request.file()`), with an unreadable request refused the same way. */
export async function uploadedFile(request: FastifyRequest): Promise<MultipartFile | undefined> {
  try {
    return await request.file();
  } catch (error) {
    throw isBrokenUpload(error) ? new MalformedUploadError() : error;
  }
}

/** Reads a part to its end and throws it away (the nameless part of a file input left empty), refusing it the same way when cut off. */
export async function discardPart(stream: Readable): Promise<void> {
  try {
    for await (const _ of stream) {
      // discard
    }
  } catch (error) {
    throw isBrokenUpload(error) ? new MalformedUploadError() : error;
  }
}
