import { Alert } from '../../../components/alert';
import { errorMessage } from '../../../lib/error-message';
import { DownloadLinks } from '../../../components/download-links';
import { useI18n } from '../../../lib/i18n';
import { regionMeasurementsExportUrl, useRegionMeasurements } from '../api/region-measurements';

const score = (value: number | null) => (value === null ? '–' : String(Math.round(value)));

/**
 * The scans and thermometers the region's organisations filled, together: a table per round with each dimension's
 * respondents, mean and spread (0–100). Where the API holds the figures back (open rounds, one organisation, small groups)
 * the count stands alone.
 */
export function RegionMeasurementsSection({ regionId }: { regionId: string }) {
  const { t, language } = useI18n();
  const measurements = useRegionMeasurements(regionId);
  return (
    <section aria-labelledby="region-measurements-heading">
      <h2 id="region-measurements-heading">{t('regions.measurements.title')}</h2>
      {measurements.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : measurements.isError ? (
        <Alert tone="error">{errorMessage(measurements.error, t)}</Alert>
      ) : measurements.data.rounds.length === 0 ? (
        <p>{t('regions.measurements.none')}</p>
      ) : (
        <>
          <p>{t('regions.measurements.intro', { count: measurements.data.minGroupSize })}</p>
          <p className="region-measurements__downloads">
            <DownloadLinks href={(format) => regionMeasurementsExportUrl(regionId, format, language)} />
          </p>
          {measurements.data.rounds.map((round) => {
            const caption = t('regions.measurements.caption', {
              edition: round.editionName,
              instrument: round.instrument.name,
              moment: t(`regions.measurements.moment.${round.moment}`, { occurrence: round.occurrence }),
              count: round.respondents,
            });
            return (
              <div key={round.roundId} className="region-overview__scroll" tabIndex={0} role="region" aria-label={caption}>
                <table className="region-overview">
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('regions.measurements.dimension')}</th>
                      <th scope="col">{t('regions.measurements.respondents')}</th>
                      <th scope="col">{t('regions.measurements.mean')}</th>
                      <th scope="col">{t('regions.measurements.spread')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {round.version.dimensions.map((dimension) => {
                      const figures = round.dimensions.find((candidate) => candidate.dimensionId === dimension.id);
                      return (
                        <tr key={dimension.id}>
                          <th scope="row">{dimension.name}</th>
                          <td>{figures?.respondents ?? 0}</td>
                          <td>{score(figures?.mean ?? null)}</td>
                          <td>{score(figures?.spread ?? null)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
