import type { Multipart } from '@fastify/multipart';
import { MAX_FILES_PER_SUBMISSION } from '@koers/shared/assignments';
import type { FileStorage, StoredFile } from '../files/file-storage';
import { fileContent } from '../files/upload-parts';
import { ValidationFailedError } from '../errors/koers-error';
import { FilesNotAcceptedError, TooManyFilesError, UnknownFormFieldError } from './assignments.errors';

export interface SubmissionForm {
  text: string;
  files: StoredFile[];
}

const FILE_FIELDS = new Set(['files', 'files[]']);

const TEXT_NOT_UTF8 = {
  nl: 'Deze tekst kwam niet als UTF-8 aan, dus letters als é zouden als � bewaard worden. Lever in via de browser, of verstuur de tekst als UTF-8.',
  en: 'This text did not arrive as UTF-8, so letters like é would be stored as �. Hand in through the browser, or send the text as UTF-8.',
};

/**
 * Reads a hand-in (`text`, `files[]`) as it arrives: each file streams straight into FileStorage, which checks
 * its content and size. When anything is refused, the files already stored are removed again.
 */
export async function readSubmissionForm(
  parts: AsyncIterable<Multipart>,
  storage: FileStorage,
  options: { acceptsFiles: boolean },
): Promise<SubmissionForm> {
  const form: SubmissionForm = { text: '', files: [] };
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.fieldname !== 'text') throw new UnknownFormFieldError();
        form.text = String(part.value);
        // The parser reads a field as UTF-8, with a replacement sign for bytes that are none (a script posting
        // Windows-1252): refused, as a JSON body that is no UTF-8 is, rather than stored as "Caf�".
        if (form.text.includes('\uFFFD')) throw new ValidationFailedError([{ field: 'text', message: TEXT_NOT_UTF8 }]);
        continue;
      }
      if (!FILE_FIELDS.has(part.fieldname)) throw new UnknownFormFieldError();
      const content = await fileContent(part);
      if (!content) continue;
      if (!options.acceptsFiles) throw new FilesNotAcceptedError();
      if (form.files.length === MAX_FILES_PER_SUBMISSION) throw new TooManyFilesError();
      form.files.push(await storage.save(content, part.filename));
    }
    return form;
  } catch (error) {
    await storage.discard(form.files.map((file) => file.storageKey));
    throw error;
  }
}
