import type { InstrumentVersionView } from '@koers/shared/measurements';
import { useT } from '../../../lib/i18n';

/** A version's dimensions and statements, read-only (a published version never changes). */
export function VersionContent({ version }: { version: InstrumentVersionView }) {
  const t = useT();
  return (
    <ol className="instrument-dimensions">
      {version.dimensions.map((dimension) => (
        <li key={dimension.id}>
          <h4>{dimension.name}</h4>
          <ol className="instrument-items">
            {dimension.items.map((item) => (
              <li key={item.id}>
                {item.statement}
                <span className="instrument-item__meta">
                  {t(`instruments.scale.${item.scale}`)}
                  {item.freeTextAllowed && ` · ${t('instruments.freeText')}`}
                </span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
