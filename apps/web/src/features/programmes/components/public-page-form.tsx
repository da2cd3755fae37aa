import { PROGRAMME_SLUG, type ProgrammeDetail } from '@koers/shared/programmes';
import { publicProgrammePath } from '@koers/shared/applications';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useUpdateProgramme } from '../api/update-programme';

/**
 * The programme's public page: its address (a slug; empty takes the page down) and for whom the programme is.
 * Which editions it lists is set per edition.
 */
export function PublicPageForm({ programme, onSaved }: { programme: ProgrammeDetail; onSaved: (programme: ProgrammeDetail) => void }) {
  const t = useT();
  const update = useUpdateProgramme();
  const [slug, setSlug] = useState(programme.slug ?? '');
  const [audience, setAudience] = useState(programme.audience);
  const [slugInvalid, setSlugInvalid] = useState(false);
  const errors = fieldErrors(update.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = slug.trim();
    const invalid = typed !== '' && !PROGRAMME_SLUG.test(typed);
    setSlugInvalid(invalid);
    if (invalid) return;
    update.mutate({ programmeId: programme.id, changes: { slug: typed || null, audience: audience.trim() } }, { onSuccess: onSaved });
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {programme.slug && (
        <p>
          {t('programmes.publicPage.live')} <a href={publicProgrammePath(programme.slug)}>{publicProgrammePath(programme.slug)}</a>
        </p>
      )}
      <TextField
        name="slug"
        label={t('programmes.publicPage.slug')}
        hint={t('programmes.publicPage.slugHint')}
        value={slug}
        maxLength={60}
        autoCapitalize="none"
        spellCheck={false}
        error={slugInvalid ? t('programmes.publicPage.slugInvalid') : errors.slug}
        onChange={(event) => setSlug(event.target.value)}
      />
      <TextAreaField
        name="audience"
        label={t('programmes.publicPage.audience')}
        hint={t('programmes.publicPage.audienceHint')}
        value={audience}
        rows={3}
        maxLength={2000}
        error={errors.audience}
        onChange={(event) => setAudience(event.target.value)}
      />
      {update.isError && <Alert tone="error">{errorMessage(update.error, t)}</Alert>}
      <div className="form__actions">
        <Button type="submit" busy={update.isPending}>
          {t('programmes.publicPage.save')}
        </Button>
      </div>
    </form>
  );
}
