package org.therapyassist.demo;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.platform.Time;
import org.therapyassist.reminders.Reminders;

/** On the first start with the demo profile, when the database has no organisation yet, writes the demo service. */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final DemoDataGenerator generator;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final DemoDevelopment development;
    private final InductionDemo induction;
    private final Reminders reminders;
    private final EquipmentDemo equipment;
    private final ReferralsDemo referrals;
    private final ExercisesDemo exercises;
    private final Clock clock;
    private final GroupsDemo groups;
    private final OutcomesDemo outcomes;
    private final VisitsDemo visits;

    DemoDataLoader(DemoProperties properties, DemoDataGenerator generator, JdbcClient jdbc,
            TransactionTemplate transaction,
            DemoDevelopment development, InductionDemo induction, EquipmentDemo equipment, Reminders reminders,
            Clock clock,
            GroupsDemo groups,
            ReferralsDemo referrals,
            ExercisesDemo exercises,
            OutcomesDemo outcomes,
            VisitsDemo visits) {
        this.outcomes = outcomes;
        this.visits = visits;
        this.groups = groups;
        this.referrals = referrals;
        this.exercises = exercises;
        this.equipment = equipment;
        this.reminders = reminders;
        this.clock = clock;
        this.development = development;
        this.induction = induction;
        this.properties = properties;
        this.generator = generator;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        long organisations = jdbc.sql("select count(*) from organisation").query(Long.class).single();
        if (organisations > 0) {
            return;
        }
        var summary = transaction.execute(status -> {
            var base = DemoDataGenerator.Spec.demo();
            var written = generator.generate(new DemoDataGenerator.Spec(base.organisations(),
                    Math.max(1, properties.scale()), base.patientsPerUnit(), base.sessionsPerDelegation(), true,
                    base.seed()));
            return written;
        });
        // Induction adds Nia, the new starter, so development records (written for every member of staff) come after
        // it;
        // the reminders job then runs again so that lapsing training is in the demo inboxes too.
        transaction.executeWithoutResult(status -> induction.write());
        transaction.executeWithoutResult(status -> development.write());
        // Every member of staff gets a fictional work address on a reserved domain (.example, RFC 2606) with both kinds
        // of
        // e-mail on; with no mail server configured they stay in the outbox as not sent.
        transaction.executeWithoutResult(status -> jdbc.sql(
                "insert into notification_settings (organisation_id, staff_id, email, escalations, new_delegations, "
                        + "changed_at) select organisation_id, id, username || '@therapy-assist.example', true, true, ? "
                        + "from staff_member")
                .param(Time.db(clock.instant())).update());
        transaction.executeWithoutResult(status -> equipment.write());
        transaction.executeWithoutResult(status -> groups.write());
        transaction.executeWithoutResult(status -> referrals.write());
        transaction.executeWithoutResult(status -> exercises.write());
        transaction.executeWithoutResult(status -> outcomes.write());
        transaction.executeWithoutResult(status -> visits.write());
        transaction.executeWithoutResult(status -> reminders.writeFor(Time.today(clock)));
        log.info("Demo data written: {} patients, {} delegations, {} session records. Sign in as pt.demo / demo.",
                summary.patients(), summary.delegations(), summary.sessionRecords());
    }
}
