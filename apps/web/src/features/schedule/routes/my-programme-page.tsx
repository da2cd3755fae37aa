import { useSearchParams } from 'react-router';
import { nextSession } from '@koers/shared/schedule';
import { Button } from '../../../components/button';
import { PageError } from '../../../components/page-error';
import { amsterdamDay } from '../../../lib/dates';
import { useNow } from '../../../lib/now';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useRenderedInSlices } from '../../../lib/rendered-in-slices';
import { withParams } from '../../../lib/search-params';
import type { PagePrefetch } from '../../../lib/page-prefetch';
import { calendarLinksQuery } from '../api/get-calendar-links';
import { myScheduleQuery, useMySchedule } from '../api/get-my-schedule';
import { nextSessionQuery } from '../api/get-next-session';
import { CalendarSubscription } from '../components/calendar-subscription';
import { MonthCalendar } from '../components/month-calendar';
import { NextSession } from '../components/next-session';
import { ScheduleList } from '../components/schedule-list';
import '../schedule.css';

/** The view and month live in the address (`?weergave=maand&maand=2027-03`), so Back from a session returns to them. */
const VIEW_PARAMETER = 'weergave';
const MONTH_PARAMETER = 'maand';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const prefetch: PagePrefetch = (queryClient) => {
  void queryClient.prefetchQuery(myScheduleQuery);
  void queryClient.prefetchQuery(nextSessionQuery(queryClient));
  void queryClient.prefetchQuery(calendarLinksQuery);
};

/** My programme: where to be next and what to prepare, then every session by month or as a month calendar. */
export function MyProgrammePage() {
  const t = useT();
  usePageTitle(t('schedule.title'));
  const schedule = useRenderedInSlices(useMySchedule());
  const [params, setParams] = useSearchParams();
  const view = params.get(VIEW_PARAMETER) === 'maand' ? 'month' : 'list';
  const now = useNow();
  // Replacing the entry: Back leaves the page rather than stepping through every month looked at.
  const show = (changes: Record<string, string | null>) => setParams((current) => withParams(current, changes), { replace: true });

  // The heading shows at once, before the schedule has arrived: what the page is, where its content will be.
  if (schedule.isPending) {
    return (
      <>
        <h1>{t('schedule.title')}</h1>
        <p role="status">{t('app.loading')}</p>
      </>
    );
  }
  if (schedule.isError) return <PageError title={t('schedule.title')} error={schedule.error} onRetry={() => void schedule.refetch()} />;

  const entries = schedule.data;
  const next = nextSession(entries, now);
  const showEdition = new Set(entries.map((entry) => entry.editionId)).size > 1;

  return (
    <>
      <h1>{t('schedule.title')}</h1>
      {entries.length === 0 ? (
        <p>{t('schedule.empty')}</p>
      ) : (
        <>
          {next ? <NextSession entry={next} showEdition={showEdition} now={now} /> : <p>{t('schedule.allDone')}</p>}
          <section aria-labelledby="all-sessions-heading">
            <div className="schedule-heading">
              <h2 id="all-sessions-heading">{t('schedule.all.title')}</h2>
              <div className="view-switch" role="group" aria-label={t('schedule.view.label')}>
                {(['list', 'month'] as const).map((option) => (
                  <Button key={option} variant={view === option ? 'primary' : 'secondary'} aria-pressed={view === option} onClick={() => show(option === 'month' ? { [VIEW_PARAMETER]: 'maand' } : { [VIEW_PARAMETER]: null, [MONTH_PARAMETER]: null })}>
                    {t(`schedule.view.${option}`)}
                  </Button>
                ))}
              </div>
            </div>
            {view === 'list' ? (
              <ScheduleList entries={entries} showEdition={showEdition} now={now} />
            ) : (
              <MonthCalendar
                entries={entries}
                month={MONTH.test(params.get(MONTH_PARAMETER) ?? '') ? params.get(MONTH_PARAMETER)! : amsterdamDay(next?.startsAt ?? now).slice(0, 7)}
                onMonthChange={(month) => show({ [MONTH_PARAMETER]: month })}
                showEdition={showEdition}
                now={now}
              />
            )}
          </section>
        </>
      )}
      <CalendarSubscription />
    </>
  );
}
