import { REGIONS } from '@koers/shared/domain';
import { SelectField, type SelectFieldProps } from '../../../components/select-field';
import { useT } from '../../../lib/i18n';

/** Whose school holidays an edition is planned around: a region, or none (''). The wizard's choice and the settings'. */
export function SchoolHolidayRegionField(props: Omit<SelectFieldProps, 'label' | 'options'>) {
  const t = useT();
  return (
    <SelectField
      {...props}
      label={t('editions.wizard.region')}
      options={[{ value: '', label: t('editions.wizard.noRegion') }, ...REGIONS.map((region) => ({ value: region, label: t(`editions.region.${region}`) }))]}
    />
  );
}
