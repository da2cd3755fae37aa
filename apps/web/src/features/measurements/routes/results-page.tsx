import { myChallengePath } from '@koers/shared/challenge';
import { INNOVATION_PHASES, type InnovationPhase } from '@koers/shared/domain';
import type { DimensionAggregate, EditionMeasurements, MeasurementRoundResults, OrganisationResults } from '@koers/shared/measurements';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { DownloadLinks } from '../../../components/download-links';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/error-message';
import { useI18n, useT } from '../../../lib/i18n';
import { useNow } from '../../../lib/now';
import { usePageTitle } from '../../../lib/page-title';
import { editionsWhere, useCurrentPerson } from '../../../lib/session';
import { measurementsExportUrl, useAddMeasurementAction, useEditionMeasurements, useRemoveMeasurementAction } from '../api/edition-measurements';
import '../measurements.css';

/** The chart library downloads with the first chart, never with the app. */
const DimensionChart = lazy(() => import('../components/dimension-chart'));

type Translate = ReturnType<typeof useT>;

const score = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value));

const roundLabel = (round: MeasurementRoundResults, t: Translate) =>
  round.moment === 'internal_team_days' ? t('measurements.moment.internal_team_days', { occurrence: round.occurrence }) : t(`measurements.moment.${round.moment}`);

/**
 * The rounds shown per instrument: every round that has respondents, in time order (start, each team day, end), so
 * no round in between is left out and a round still to come does not stand against the start. An instrument nobody
 * answered yet shows its first round, which says so.
 */
function comparisons(rounds: MeasurementRoundResults[]): MeasurementRoundResults[][] {
  const byInstrument = new Map<string, MeasurementRoundResults[]>();
  for (const round of rounds) byInstrument.set(round.instrument.id, [...(byInstrument.get(round.instrument.id) ?? []), round]);
  return [...byInstrument.values()].map((list) => {
    const answered = list.filter((round) => round.respondents > 0);
    return answered.length > 0 ? answered : [list[0]];
  });
}

/** The results of an edition's measurements as charts with a table beside each, for whoever may see them. */
export function ResultsPage() {
  const t = useT();
  usePageTitle(t('measurements.results.title'));
  const me = useCurrentPerson();
  const [search, setSearch] = useSearchParams();
  const editions = new Map([...editionsWhere(me, 'measurements.results'), ...editionsWhere(me, 'measurements.results.own')]);
  const editionId = search.get('editie') ?? [...editions.keys()][0];
  const results = useEditionMeasurements(editionId);

  return (
    <>
      <h1>{t('measurements.results.title')}</h1>
      {editions.size > 1 && (
        <SelectField
          className="no-print"
          name="editie"
          label={t('measurements.results.edition')}
          value={editionId}
          options={[...editions].map(([value, label]) => ({ value, label }))}
          onChange={(event) => setSearch({ editie: event.target.value })}
        />
      )}
      {!editionId ? (
        <p>{t('measurements.results.chooseEdition')}</p>
      ) : results.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : results.isError ? (
        <Alert tone="error">{errorMessage(results.error, t)}</Alert>
      ) : (
        <Results results={results.data} />
      )}
    </>
  );
}

function Results({ results }: { results: EditionMeasurements }) {
  const { t, language } = useI18n();
  const now = useNow();
  const compared = comparisons(results.rounds);
  return (
    <>
      {/* On paper the edition picker is gone: the page says whose results these are, and from when. */}
      <p className="measurement-print-heading">
        {t('measurements.results.printHeading', { edition: results.editionName })} <DateText value={now.toISOString()} format="date" />
      </p>
      <p>
        {t(results.rounds.some((round) => round.organisations.some((organisation) => organisation.own)) ? 'measurements.results.intro' : 'measurements.results.introAggregates', {
          k: results.minGroupSize,
        })}
      </p>
      <p className="no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('measurements.results.print')}
        </Button>{' '}
        <DownloadLinks href={(format) => measurementsExportUrl(results.editionId, format, language)} />
      </p>
      {results.rounds.length === 0 && <p>{t('measurements.results.none')}</p>}
      {compared.map((rounds) => {
        const organisations = new Map<string, OrganisationResults[]>();
        for (const round of rounds) for (const organisation of round.organisations) organisations.set(organisation.organisationId, [...(organisations.get(organisation.organisationId) ?? []), organisation]);
        return (
          <section key={rounds[0].roundId} aria-labelledby={`instrument-${rounds[0].roundId}`} className="measurement-instrument">
            <h2 id={`instrument-${rounds[0].roundId}`}>{rounds[0].instrument.name}</h2>
            {[...organisations.values()].map((perRound) => (
              <Group key={perRound[0].organisationId} name={perRound[0].organisationName} rounds={rounds} organisationId={perRound[0].organisationId} />
            ))}
            <Group name={t('measurements.results.wholeEdition')} rounds={rounds} organisationId={null} />
          </section>
        );
      })}
      {results.actions && <Actions results={results} />}
    </>
  );
}

/** One organisation (or the whole edition) on one instrument: a chart, its table, and for one's own organisation the detail. */
function Group({ name, rounds, organisationId }: { name: string; rounds: MeasurementRoundResults[]; organisationId: string | null }) {
  const t = useT();
  const last = rounds[rounds.length - 1];
  const of = (round: MeasurementRoundResults) => (organisationId ? round.organisations.find((organisation) => organisation.organisationId === organisationId) : undefined);
  const dimensionsOf = (round: MeasurementRoundResults): DimensionAggregate[] => (organisationId ? (of(round)?.dimensions ?? []) : round.dimensions);
  const respondentsOf = (round: MeasurementRoundResults) => t('measurements.results.respondents', { count: organisationId ? (of(round)?.respondents ?? 0) : round.respondents });
  // Per round: the figures shown may come from a start round while the end round has not opened yet.
  const respondents = rounds.length === 1 ? respondentsOf(last) : rounds.map((round) => `${roundLabel(round, t)}: ${respondentsOf(round)}`).join(', ');
  const names = last.version.dimensions.map((dimension) => dimension.name);
  // Dimensions are matched by position, so rounds on different versions of one instrument still line up.
  const figure = (round: MeasurementRoundResults, index: number) => score(dimensionsOf(round)[index]?.mean);
  const rows: ({ dimension: string } & Record<string, number | string | null>)[] = names.map((dimension, index) => ({
    dimension,
    ...Object.fromEntries(rounds.map((round) => [round.roundId, figure(round, index)])),
  }));
  const hasFigures = rows.some((row) => rounds.some((round) => row[round.roundId] !== null));
  const instrument = last.instrument.name;
  const own = rounds.map(of).find((organisation) => organisation?.own);

  return (
    // Named with the instrument too: each instrument has a region for the same organisation, and regions' names must differ.
    <section className="measurement-group" aria-label={t('measurements.results.groupOf', { group: name, instrument })}>
      <h3>
        {name} <span className="measurement-group__count">({respondents})</span>
      </h3>
      {!hasFigures ? (
        <p>{t('measurements.results.tooFew')}</p>
      ) : (
        <>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <DimensionChart
              description={t('measurements.results.chartOf', { group: name, instrument })}
              rows={rows}
              series={rounds.map((round) => ({ key: round.roundId, label: roundLabel(round, t) }))}
            />
          </Suspense>
          <ScrollingTable>
            <table className="measurement-table">
              <caption>{t('measurements.results.tableOf', { group: name, instrument })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('measurements.results.dimension')}</th>
                  {rounds.map((round) => (
                    <th key={round.roundId} scope="col">
                      {roundLabel(round, t)}
                    </th>
                  ))}
                  {rounds.length > 1 && <th scope="col">{t('measurements.results.change')}</th>}
                  <th scope="col">{t('measurements.results.spread')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const [first, end] = [rounds[0], last].map((round) => figure(round, index));
                  return (
                    <tr key={row.dimension}>
                      <th scope="row">{row.dimension}</th>
                      {rounds.map((round) => (
                        <td key={round.roundId}>{figure(round, index) ?? t('measurements.results.noFigure')}</td>
                      ))}
                      {rounds.length > 1 && <td>{first !== null && end !== null ? formatChange(end - first) : '–'}</td>}
                      <td>{score(dimensionsOf(last)[index]?.spread) ?? '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollingTable>
        </>
      )}
      {own?.own && <OwnDetail rounds={rounds} organisationId={own.organisationId} />}
    </section>
  );
}

/** A table wider than a phone scrolls sideways on its own (and takes the keyboard focus for it), not the page. */
function ScrollingTable({ children }: { children: ReactNode }) {
  return (
    <div className="measurement-table-scroll" tabIndex={0}>
      {children}
    </div>
  );
}

const formatChange = (change: number) => (change > 0 ? `+${change}` : String(change));

/** For one's own organisation: participant against director against team, the statements that moved most, and who answered what. */
function OwnDetail({ rounds, organisationId }: { rounds: MeasurementRoundResults[]; organisationId: string }) {
  const t = useT();
  const own = (round: MeasurementRoundResults) => round.organisations.find((organisation) => organisation.organisationId === organisationId);
  // The organisation's own first and latest answers, which may be other rounds than the edition's.
  const answered = rounds.filter((round) => (own(round)?.respondents ?? 0) > 0);
  const [first, last] = [answered[0] ?? rounds[0], answered.at(-1) ?? rounds[rounds.length - 1]];
  const dimensions = last.version.dimensions;
  const statementScores = (round: MeasurementRoundResults) => {
    const items = new Map(round.version.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, item.statement])));
    return new Map((own(round)?.items ?? []).flatMap((item) => (item.mean === null ? [] : [[items.get(item.itemId) ?? '', item.mean] as const])));
  };
  const moved =
    first !== last
      ? [...statementScores(last)]
          .flatMap(([statement, end]) => {
            const start = statementScores(first).get(statement);
            return start === undefined ? [] : [{ statement, start: Math.round(start), end: Math.round(end) }];
          })
          .sort((a, b) => Math.abs(b.end - b.start) - Math.abs(a.end - a.start))
          .slice(0, 5)
      : [];
  const roles = own(last)?.roles ?? [];
  const responses = own(last)?.responses ?? [];
  const respondentLabel = (response: (typeof responses)[number]) =>
    response.aboutName
      ? t('measurements.results.respondentAbout', { name: response.respondentName, role: t(`measurements.role.${response.role}`), participant: response.aboutName })
      : `${response.respondentName} (${t(`measurements.role.${response.role}`)})`;
  // What people wrote beside a statement: the form tells them their organisation reads it with their name.
  const statements = new Map(last.version.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, item.statement] as const)));
  const remarks = responses.flatMap((response) =>
    response.answers.flatMap((answer) => (answer.remark ? [{ respondent: respondentLabel(response), statement: statements.get(answer.itemId) ?? '', remark: answer.remark }] : [])),
  );

  return (
    <>
      {roles.length > 0 && (
        <ScrollingTable>
          <table className="measurement-table">
            <caption>{t('measurements.results.byRole', { round: roundLabel(last, t) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measurements.results.dimension')}</th>
                {roles.map((role) => (
                  <th key={role.role} scope="col">
                    {t(`measurements.role.${role.role}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dimensions.map((dimension, index) => (
                <tr key={dimension.id}>
                  <th scope="row">{dimension.name}</th>
                  {roles.map((role) => (
                    <td key={role.role}>{score(role.dimensions[index]?.mean) ?? '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
      {moved.length > 0 && (
        <ScrollingTable>
          <table className="measurement-table">
            <caption>{t('measurements.results.movedMost')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measurements.results.statement')}</th>
                <th scope="col">{roundLabel(first, t)}</th>
                <th scope="col">{roundLabel(last, t)}</th>
                <th scope="col">{t('measurements.results.change')}</th>
              </tr>
            </thead>
            <tbody>
              {moved.map((item) => (
                <tr key={item.statement}>
                  <th scope="row">{item.statement}</th>
                  <td>{item.start}</td>
                  <td>{item.end}</td>
                  <td>{formatChange(item.end - item.start)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
      {responses.length > 0 && (
        <ScrollingTable>
          <table className="measurement-table">
            <caption>{t('measurements.results.individual', { round: roundLabel(last, t) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measurements.results.respondent')}</th>
                {dimensions.map((dimension) => (
                  <th key={dimension.id} scope="col">
                    {dimension.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {responses.map((response, index) => (
                <tr key={`${response.respondentName}-${index}`}>
                  <th scope="row">{respondentLabel(response)}</th>
                  {response.dimensions.map((dimension) => (
                    <td key={dimension.dimensionId}>{score(dimension.score) ?? '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
      {remarks.length > 0 && (
        <ScrollingTable>
          <table className="measurement-table">
            <caption>{t('measurements.results.remarks', { round: roundLabel(last, t) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measurements.results.respondent')}</th>
                <th scope="col">{t('measurements.results.statement')}</th>
                <th scope="col">{t('measurements.results.remark')}</th>
              </tr>
            </thead>
            <tbody>
              {remarks.map(({ respondent, statement, remark }, index) => (
                <tr key={index}>
                  <th scope="row">{respondent}</th>
                  <td>{statement}</td>
                  <td className="measurement-remark">{remark}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
    </>
  );
}

/** The participant's actions drawn from the results, on their implementation challenge. */
function Actions({ results }: { results: EditionMeasurements }) {
  const t = useT();
  const add = useAddMeasurementAction(results.editionId);
  const remove = useRemoveMeasurementAction(results.editionId);
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<InnovationPhase>('explore');
  const [dimensionId, setDimensionId] = useState('');
  const dimensions = new Map(results.rounds.flatMap((round) => round.version.dimensions.map((dimension) => [dimension.id, `${round.instrument.name}: ${dimension.name}`] as const)));
  return (
    <section aria-labelledby="measurement-actions" className="measurement-actions">
      <h2 id="measurement-actions">{t('measurements.actions.title')}</h2>
      <p>{t('measurements.actions.intro')}</p>
      {results.actions!.length === 0 ? (
        <p>{t('measurements.actions.none')}</p>
      ) : (
        <ul>
          {results.actions!.map((action) => (
            <li key={action.id}>
              <strong>{t(`measurements.phase.${action.phase}`)}</strong>: {action.text}
              {action.dimensionName && ` (${action.dimensionName})`}{' '}
              {results.canAddActions && (
                <Button variant="secondary" className="no-print" aria-label={t('measurements.actions.remove', { text: action.text })} onClick={() => remove.mutate(action.id)}>
                  ×
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {results.actionsAwaitChallenge && (
        <p className="no-print">
          {t('measurements.actions.describeFirst')} <Link to={myChallengePath(results.editionId)}>{t('measurements.actions.toChallenge')}</Link>
        </p>
      )}
      {results.canAddActions && (
        <form
          className="no-print"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate({ text, phase, dimensionId: dimensionId || null }, { onSuccess: () => setText('') });
          }}
        >
          <TextField name="text" label={t('measurements.actions.text')} value={text} required maxLength={1000} onChange={(event) => setText(event.target.value)} />
          <SelectField
            name="phase"
            label={t('measurements.actions.phase')}
            value={phase}
            options={INNOVATION_PHASES.map((value) => ({ value, label: t(`measurements.phase.${value}`) }))}
            onChange={(event) => setPhase(event.target.value as InnovationPhase)}
          />
          <SelectField
            name="dimensionId"
            label={t('measurements.actions.dimension')}
            value={dimensionId}
            options={[{ value: '', label: t('measurements.actions.noDimension') }, ...[...dimensions].map(([value, label]) => ({ value, label }))]}
            onChange={(event) => setDimensionId(event.target.value)}
          />
          {add.isError && <Alert tone="error">{errorMessage(add.error, t)}</Alert>}
          <Button type="submit" busy={add.isPending}>
            {t('measurements.actions.add')}
          </Button>
        </form>
      )}
    </section>
  );
}
