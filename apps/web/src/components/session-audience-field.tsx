import { SESSION_AUDIENCE_GROUPS, type SessionAudience } from '@koers/shared/domain';
import { useT } from '../lib/i18n';
import { CheckboxGroup } from './checkbox-group';

/** Who a session expects besides those who run it, one checkbox per group: a curriculum slot's or an added session's. */
export function SessionAudienceField({ legend, value, onChange, error }: { legend: string; value: SessionAudience; onChange: (audience: SessionAudience) => void; error?: string }) {
  const t = useT();
  return (
    <CheckboxGroup
      legend={legend}
      name="audience"
      options={SESSION_AUDIENCE_GROUPS.map((group) => ({ value: group, label: t(`sessionAudience.${group}`) }))}
      values={SESSION_AUDIENCE_GROUPS.filter((group) => value[group])}
      onChange={(chosen) => onChange({ participants: chosen.includes('participants'), internalTeams: chosen.includes('internalTeams'), directors: chosen.includes('directors') })}
      error={error}
    />
  );
}
