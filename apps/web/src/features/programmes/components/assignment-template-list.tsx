import { useState } from 'react';
import type { AssignmentTemplate, ProgrammeDetail } from '@koers/shared/programmes';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/error-message';
import { useT, type Translate } from '../../../lib/i18n';
import { useDeleteAssignmentTemplate } from '../api/delete-assignment-template';
import { AssignmentTemplateForm } from './assignment-template-form';

/** "3 dagen vóór Lesdag 4, 23:59". */
function deadline(template: AssignmentTemplate, programme: ProgrammeDetail, t: Translate): string {
  const slot = programme.slots.find((candidate) => candidate.id === template.relativeToSlotId);
  const session = slot ? `${slot.position}. ${slot.title}` : '';
  const days = Math.abs(template.offsetDays);
  if (template.offsetDays === 0) return t('programmes.assignment.dueOn', { session, time: template.dueTime });
  return template.offsetDays < 0
    ? t('programmes.assignment.dueBefore', { days, session, time: template.dueTime })
    : t('programmes.assignment.dueAfter', { days, session, time: template.dueTime });
}

export function AssignmentTemplateList({ programme, onChanged }: { programme: ProgrammeDetail; onChanged: (announcement: string) => void }) {
  const t = useT();
  const remove = useDeleteAssignmentTemplate();
  const [editing, setEditing] = useState<string | null>(null);

  if (programme.assignmentTemplates.length === 0) return <p>{t('programmes.assignment.none')}</p>;
  return (
    <>
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, t)}</Alert>}
      <ul className="template-list">
        {programme.assignmentTemplates.map((template) =>
          editing === template.id ? (
            <li key={template.id} className="template-item template-item--editing">
              <AssignmentTemplateForm
                programmeId={programme.id}
                slots={programme.slots}
                template={template}
                onDone={(saved) => {
                  setEditing(null);
                  onChanged(t('programmes.assignment.saved', { title: saved.title }));
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={template.id} className="template-item">
              <div className="template-item__body">
                <span className="card__title">{template.title}</span>
                <span className="card__meta">{deadline(template, programme, t)}</span>
              </div>
              <div className="template-item__actions">
                <Button variant="secondary" onClick={() => setEditing(template.id)} aria-label={t('programmes.editNamed', { title: template.title })}>
                  {t('programmes.edit')}
                </Button>
                <Button
                  variant="quiet"
                  busy={remove.isPending && remove.variables?.templateId === template.id}
                  onClick={() =>
                    remove.mutate(
                      { programmeId: programme.id, templateId: template.id },
                      { onSuccess: () => onChanged(t('programmes.assignment.deleted', { title: template.title })) },
                    )
                  }
                  aria-label={t('programmes.deleteNamed', { title: template.title })}
                >
                  {t('programmes.delete')}
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
    </>
  );
}
