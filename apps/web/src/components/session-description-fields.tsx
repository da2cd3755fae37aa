import { defaultSessionAudience, SESSION_AUDIENCE_GROUPS, SESSION_KINDS, SESSION_MODES, type SessionAudience, type SessionKind } from '@koers/shared/domain';
import { useState } from 'react';
import { useT } from '../lib/i18n';
import { CheckboxGroup } from './checkbox-group';
import { SelectField, type SelectFieldProps } from './select-field';

// The fields that describe a session, a curriculum slot's or an added session's (the API's SessionDescriptionDto).

/**
 * A session's kind and who it expects. Choosing another kind starts the audience from that kind's default, unless an
 * existing session is being edited, whose audience was chosen already.
 */
export function useKindAndAudience(existing?: { kind: SessionKind; audience: SessionAudience }) {
  const [kind, setKind] = useState<SessionKind>(existing?.kind ?? 'programme_day');
  const [audience, setAudience] = useState<SessionAudience>(existing?.audience ?? defaultSessionAudience('programme_day'));
  const chooseKind = (next: SessionKind) => {
    setKind(next);
    if (!existing) setAudience(defaultSessionAudience(next));
  };
  return { kind, chooseKind, audience, setAudience, reset: () => chooseKind('programme_day') };
}

export function SessionKindField({ label, value, onChange }: { label: string; value: SessionKind; onChange: (kind: SessionKind) => void }) {
  const t = useT();
  return (
    <SelectField
      label={label}
      name="kind"
      value={value}
      onChange={(event) => onChange(event.target.value as SessionKind)}
      options={SESSION_KINDS.map((kind) => ({ value: kind, label: t(`session.kind.${kind}`) }))}
    />
  );
}

export function SessionModeField(props: Omit<SelectFieldProps, 'name' | 'options'>) {
  const t = useT();
  return <SelectField {...props} name="mode" options={SESSION_MODES.map((mode) => ({ value: mode, label: t(`sessionMode.${mode}`) }))} />;
}

/** Who a session expects besides those who run it, one checkbox per group. */
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
