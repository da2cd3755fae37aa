import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessModule } from '../access/access.module';
import { ApplicationSelectionModule } from '../applications/application-selection.module';
import { ApplicationsModule } from '../applications/applications.module';
import { AssignmentsModule } from '../assignments/assignments.module';
import { AttendanceModule } from '../attendance/attendance.module';
import { AuthModule } from '../auth/auth.module';
import { BoardMeetingsModule } from '../board-meetings/board-meetings.module';
import { CalendarFeedModule } from '../calendar-feed/calendar-feed.module';
import { ClosedDaysModule } from '../closed-days/closed-days.module';
import { ChallengesModule } from '../challenges/challenges.module';
import { CompletionModule } from '../completion/completion.module';
import { dataSourceOptions } from '../database/data-source-options';
import { queryDirectly } from '../database/direct-query';
import { runMigrationsLocked } from '../database/migrate';
import { DirectoryModule } from '../directory/directory.module';
import { DirectorsModule } from '../directors/directors.module';
import { DiscussionsModule } from '../discussions/discussions.module';
import { EditionsModule } from '../editions/editions.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { FilesModule } from '../files/files.module';
import { QueryCounter } from '../database/query-counter';
import { HealthModule } from '../health/health.module';
import { HomeModule } from '../home/home.module';
import { MetricsModule } from '../metrics/metrics.module';
import { InstrumentsModule } from '../instruments/instruments.module';
import { MeasurementsModule } from '../measurements/measurements.module';
import { InternalTeamModule } from '../internal-team/internal-team.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { MeModule } from '../me/me.module';
import { NetworkGroupsModule } from '../network-groups/network-groups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RegionsModule } from '../regions/regions.module';
import { ReplicasModule } from '../replicas/replicas.module';
import { PeopleModule } from '../people/people.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { RsvpModule } from '../rsvp/rsvp.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SessionStaffModule } from '../sessions/session-staff.module';
import { WorkshopsModule } from '../workshops/workshops.module';
import { BodyTypeGuard } from './body-type.guard';
import { KOERS_CONFIG, type KoersConfig } from './config';

@Global()
@Module({})
class ConfigModule {
  static with(config: KoersConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: KOERS_CONFIG, useValue: config }], exports: [KOERS_CONFIG] };
  }
}

/** The application, given its config and the URL of a PostgreSQL that is already running. */
@Module({})
export class AppModule {
  static with(config: KoersConfig & { databaseUrl: string }, queryCounter?: QueryCounter): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.with(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(config.databaseUrl, config, { serving: true }), ...(queryCounter && { logger: queryCounter }) }),
          // Migrated before anything else uses the database, under a lock, so replicas started together migrate once.
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await runMigrationsLocked(dataSource);
            return queryDirectly(dataSource);
          },
        }),
        RateLimitsModule,
        AccessModule,
        FilesModule,
        PeopleModule,
        AuthModule,
        AttendanceModule,
        NotificationsModule,
        MeModule,
        HomeModule,
        HealthModule,
        MetricsModule,
        OrganisationsModule,
        RegionsModule,
        ReplicasModule,
        AssignmentsModule,
        CompletionModule,
        SessionsModule,
        SessionStaffModule,
        CalendarFeedModule,
        ClosedDaysModule,
        ChallengesModule,
        RsvpModule,
        BoardMeetingsModule,
        DirectorsModule,
        InternalTeamModule,
        InvitationsModule,
        PrivacyModule,
        ProgrammesModule,
        EditionsModule,
        EnrolmentsModule,
        NetworkGroupsModule,
        WorkshopsModule,
        DirectoryModule,
        DiscussionsModule,
        WebhooksModule,
        ApplicationsModule,
        ApplicationSelectionModule,
        InstrumentsModule,
        MeasurementsModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: BodyTypeGuard }],
    };
  }
}
