import { MAX_FILES_PER_SUBMISSION, type EditionAssignment, type SubmissionCreatedResponse } from '@koers/shared/assignments';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useDraft } from '../../../lib/draft';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT, type Translate } from '../../../lib/i18n';
import { useHandIn } from '../api/hand-in';

/** The API refuses larger files (413); checking here saves uploading 100 MB only to hear so. */
const MAX_FILE_BYTES = 25 * 1024 * 1024;
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg,.gif,.webp';

function problemBeforeSending(text: string, files: File[], t: Translate): string | undefined {
  if (!text.trim() && files.length === 0) return t('assignments.handIn.empty');
  const tooLarge = files.find((file) => file.size > MAX_FILE_BYTES);
  if (tooLarge) return t('assignments.handIn.tooLarge', { name: tooLarge.name });
  if (files.length > MAX_FILES_PER_SUBMISSION) return t('assignments.handIn.tooMany', { count: MAX_FILES_PER_SUBMISSION });
  return undefined;
}

/** Text and/or files, as the assignment takes them; each hand-in becomes a new version. */
export function HandInForm({ assignment, onHandedIn }: { assignment: EditionAssignment; onHandedIn?: (created: SubmissionCreatedResponse) => void }) {
  const t = useT();
  const focusAfterRender = useFocusAfterRender();
  const handIn = useHandIn(assignment.id);
  // Kept as a draft: written over a long while, it survives a session that ends meanwhile (and the login after it).
  const [text, setText, clearText] = useDraft(`hand-in:${assignment.id}`);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<SubmissionCreatedResponse>();
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const filesRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (handIn.isPending) return;
    const files = Array.from(filesRef.current?.files ?? []);
    setDone(undefined);
    handIn.reset();
    const found = problemBeforeSending(text, files, t);
    setProblem(found);
    if (found) return focusAfterRender(() => resultRef.current);
    handIn.mutate(
      { text, files },
      {
        onSuccess: (created) => {
          setDone(created);
          clearText();
          formRef.current?.reset();
          onHandedIn?.(created);
        },
        onSettled: () => focusAfterRender(() => resultRef.current),
      },
    );
  };

  const serverFields = fieldErrors(handIn.error);
  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="hand-in-heading">
      <h2 id="hand-in-heading">{t('assignments.handIn.title')}</h2>
      {problem && (
        <Alert ref={resultRef} tone="error">
          {problem}
        </Alert>
      )}
      {handIn.isError && (
        <Alert ref={resultRef} tone="error">
          {errorMessage(handIn.error, t)}
        </Alert>
      )}
      {done && (
        <Alert ref={resultRef} tone="success">
          {t('assignments.handIn.done', { version: done.version })} {done.late && t('assignments.handIn.doneLate')}
        </Alert>
      )}
      {assignment.acceptsText && (
        <TextAreaField
          label={t('assignments.handIn.text')}
          name="text"
          rows={10}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={serverFields.text}
        />
      )}
      {assignment.acceptsFiles && (
        <TextField
          ref={filesRef}
          label={t('assignments.handIn.files')}
          hint={t('assignments.handIn.filesHint', { count: MAX_FILES_PER_SUBMISSION })}
          name="files"
          type="file"
          multiple
          accept={ACCEPT}
        />
      )}
      <div className="form__actions">
        <Button type="submit" busy={handIn.isPending}>
          {handIn.isPending ? t('assignments.handIn.busy') : t('assignments.handIn.submit')}
        </Button>
      </div>
    </form>
  );
}
