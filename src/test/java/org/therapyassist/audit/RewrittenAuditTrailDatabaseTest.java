package org.therapyassist.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.support.DatabaseOwner;
import org.therapyassist.support.IntegrationTest;

/**
 * H48: a rewritten audit trail goes unnoticed. Each test is an attack on the trail of an organisation of its own,
 * done with the database owner's rights (on PostgreSQL the application's login cannot change or remove an event at
 * all), and verification must report it in plain words. Runs on H2 and PostgreSQL.
 */
@IntegrationTest
class RewrittenAuditTrailDatabaseTest {

    static final List<String> AUDIT_TABLES = List.of("audit_event", "audit_chain_head", "audit_checkpoint",
            "audit_checkpoint_head");

    @Autowired
    AuditTrail audit;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    DatabaseOwner owner;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditProperties properties;
    @Autowired
    Clock clock;

    static CurrentUser actor(UUID org) {
        return new CurrentUser(UUID.randomUUID(), org, null, "writer", "Writer", "Physiotherapist", 6, null,
                Set.of(Role.REGISTRANT));
    }

    /** Appends events one transaction each, all by the same person, so they go into that person's chain. */
    void append(CurrentUser who, int events) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int i = 0; i < events; i++) {
            tx.executeWithoutResult(s -> audit.record(new AuditEntry(who, UUID.randomUUID(), "patient.view-record",
                    "patient", null, "event " + System.nanoTime())));
        }
    }

    int chainOf(CurrentUser who) {
        return AuditChain.partitionOf(who.staffId(), properties.chainPartitions());
    }

    @Test
    void verificationWhileOthersWriteReportsTheTrailIntactEveryTime() throws Exception {
        UUID org = UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            append(actor(org), 2);
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        List<ChainVerification> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                writers.add(pool.submit(() -> {
                    while (writing.get()) {
                        append(actor(org), 3);
                    }
                }));
            }
            for (int i = 0; i < 14; i++) {
                results.add(audit.verify(org));
            }
            writing.set(false);
            for (Future<?> f : writers) {
                f.get();
            }
        }
        assertThat(results).allSatisfy(r -> assertThat(r.breaks()).isEmpty());
        assertThat(results).extracting(ChainVerification::intact).containsOnly(true);
        assertThat(results.getLast().eventsChecked()).isGreaterThan(results.getFirst().eventsChecked());
        ChainVerification after = audit.verify(org);
        assertThat(after.intact()).isTrue();
        assertThat(after.checkpoint().latestNumber()).isGreaterThan(1L);
        assertThat(after.checkpoint().inAnchorLog()).isTrue();
        assertThat(after.checkpoint().latestEvents()).isEqualTo(after.eventsChecked());
    }

    @Test
    void aForgedEventWithEveryLaterHashRecomputedAndTheHeadMovedIsReported() {
        UUID org = UUID.randomUUID();
        CurrentUser who = actor(org);
        append(who, 5);
        ChainVerification before = audit.verify(org);
        assertThat(before.intact()).isTrue();
        long signed = before.checkpoint().latestNumber();
        append(who, 2);
        int chain = chainOf(who);

        // Rewrite event 3's detail, then recompute its hash and every later one and move the head: the chain adds up.
        owner.tamper(db -> rehashFrom(db, org, chain, 3, "nothing to see here"));

        ChainVerification after = audit.verify(org);
        assertThat(after.intact()).isFalse();
        assertThat(after.breaks()).singleElement().satisfies(b -> {
            assertThat(b.partition()).isEqualTo(chain);
            assertThat(b.seq()).isEqualTo(5L);
            assertThat(b.problem()).contains("no longer matches checkpoint " + signed, "rewritten");
        });
        assertThat(after.checkpoint().latestNumber()).as("no checkpoint is signed over a rewritten chain")
                .isEqualTo(signed);
        assertThat(audit.verify(org).intact()).isFalse();
    }

    @Test
    void deletingTheNewestEventsAndRewindingTheHeadIsReported() {
        UUID org = UUID.randomUUID();
        CurrentUser who = actor(org);
        append(who, 6);
        assertThat(audit.verify(org).intact()).isTrue();
        int chain = chainOf(who);

        owner.tamper(db -> {
            db.sql("delete from audit_event where organisation_id = ? and chain_partition = ? and seq > 4")
                    .params(org, chain).update();
            String hash4 = db
                    .sql("select hash from audit_event where organisation_id = ? and chain_partition = ? and seq = 4")
                    .params(org, chain).query(String.class).single();
            db.sql("update audit_chain_head set last_seq = 4, last_hash = ? where organisation_id = ? and chain_partition = ?")
                    .params(hash4, org, chain).update();
        });

        ChainVerification after = audit.verify(org);
        assertThat(after.intact()).isFalse();
        assertThat(after.eventsChecked()).isEqualTo(4);
        assertThat(after.breaks()).singleElement().satisfies(b -> {
            assertThat(b.partition()).isEqualTo(chain);
            assertThat(b.problem()).contains("recorded this chain up to event 6, but it now ends at event 4",
                    "events at the end were removed");
        });
    }

    @Test
    void emptyingTheAuditTablesWithTruncateIsReportedAndNeverReadsAsAnIntactEmptyTrail() {
        UUID org = UUID.randomUUID();
        CurrentUser who = actor(org);
        append(who, 4);
        assertThat(audit.verify(org).intact()).isTrue();
        owner.tamper(
                db -> AUDIT_TABLES.forEach(t -> db.sql("create table saved_" + t + " as select * from " + t).update()));
        try {
            owner.tamper(db -> {
                if (owner.postgres()) {
                    db.sql("truncate table audit_event, audit_chain_head, audit_checkpoint_head, audit_checkpoint")
                            .update();
                } else {
                    db.sql("truncate table audit_event").update();
                    db.sql("truncate table audit_chain_head").update();
                    db.sql("truncate table audit_checkpoint_head").update();
                    db.sql("delete from audit_checkpoint").update();
                }
            });

            ChainVerification after = audit.verify(org);
            assertThat(after.intact()).isFalse();
            assertThat(after.eventsChecked()).isZero();
            assertThat(after.breaks()).anySatisfy(b -> assertThat(b.problem())
                    .contains("is in the anchor log but not in the database: checkpoints were deleted"));
            assertThat(after.breaks()).anySatisfy(b -> {
                assertThat(b.partition()).isEqualTo(chainOf(who));
                assertThat(b.problem())
                        .contains("recorded events 1 to 4 in this chain, but the chain and its head are gone");
            });
            assertThat(jdbc.sql("select count(*) from audit_checkpoint").query(Long.class).single())
                    .as("no checkpoint is signed over the emptied trail").isZero();
        } finally {
            owner.tamper(db -> {
                for (String t : List.of("audit_event", "audit_chain_head", "audit_checkpoint",
                        "audit_checkpoint_head")) {
                    db.sql("insert into " + t + " select * from saved_" + t).update();
                    db.sql("drop table saved_" + t).update();
                }
            });
        }
        assertThat(audit.verify(org).intact()).as("put back as it was, the trail adds up again").isTrue();
    }

    @Test
    void deletingCheckpointsIsReportedThroughTheAnchorLogOutsideTheDatabase() {
        UUID org = UUID.randomUUID();
        CurrentUser who = actor(org);
        append(who, 3);
        audit.verify(org);
        append(who, 3);
        ChainVerification twice = audit.verify(org);
        assertThat(twice.intact()).isTrue();
        assertThat(twice.checkpoint().latestNumber()).isEqualTo(2L);

        owner.tamper(db -> deleteCheckpoints(db, org, 2));
        ChainVerification newestGone = audit.verify(org);
        assertThat(newestGone.intact()).isFalse();
        assertThat(newestGone.breaks()).anySatisfy(b -> assertThat(b.problem())
                .contains("checkpoint 2", "is in the anchor log but not in the database: checkpoints were deleted"));

        owner.tamper(db -> deleteCheckpoints(db, org, 1));
        ChainVerification allGone = audit.verify(org);
        assertThat(allGone.intact()).isFalse();
        assertThat(allGone.checkpoint().checked()).isZero();
        assertThat(allGone.breaks()).anySatisfy(b -> assertThat(b.problem())
                .contains("checkpoint 2", "not in the database"));
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsReportedAndNothingIsSignedAfterIt() {
        UUID org = UUID.randomUUID();
        CurrentUser who = actor(org);
        append(who, 3);
        Checkpoint genuine = checkpoints.take(org).orElseThrow();
        append(who, 2);
        // Anyone who can insert rows (the application's login included) can add a checkpoint, but not sign it with our
        // key.
        CheckpointKey otherKey = new CheckpointKey(CheckpointKey.generate());
        Checkpoint forged = Checkpoint.sign(org, genuine.number() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS),
                genuine.hash(), List.copyOf(checkpoints.heads(org).values()), otherKey);
        jdbc.sql(
                "insert into audit_checkpoint (organisation_id, number, taken_at, event_count, prev_hash, hash, key_id, "
                        + "signature) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(org, forged.number(), Time.db(forged.takenAt()), forged.eventCount(), forged.previousHash(),
                        forged.hash(), forged.keyId(), forged.signature())
                .update();

        ChainVerification after = audit.verify(org);
        assertThat(after.intact()).isFalse();
        assertThat(after.breaks()).anySatisfy(b -> assertThat(b.problem())
                .contains("checkpoint " + forged.number(), "does not carry this installation's signature", "forged"));
        assertThat(checkpoints.newest(org).orElseThrow().number()).isEqualTo(forged.number());
    }

    @Test
    void anEventAlteredWithoutRehashingIsReportedAtThatEvent() {
        UUID org = UUID.randomUUID();
        CurrentUser who = actor(org);
        append(who, 3);
        assertThat(audit.verify(org).intact()).isTrue();
        int chain = chainOf(who);
        owner.tamper(db -> db.sql("update audit_event set actor_username = 'someone.else' where organisation_id = ? "
                + "and chain_partition = ? and seq = 2").params(org, chain).update());
        assertThat(audit.verify(org).breaks()).singleElement().satisfies(b -> {
            assertThat(b.seq()).isEqualTo(2L);
            assertThat(b.problem()).contains("altered");
        });
    }

    /** The check is read on the audit page and through the API: its findings in the reader's language. */
    @Test
    void aWelshReaderIsToldInWelshWhereAndHowTheTrailWasAltered() {
        UUID org = UUID.randomUUID();
        CurrentUser who = actor(org);
        append(who, 3);
        int chain = chainOf(who);
        owner.tamper(db -> db.sql("update audit_event set actor_username = 'someone.else' where organisation_id = ? "
                + "and chain_partition = ? and seq = 2").params(org, chain).update());
        LocaleContextHolder.setLocale(Languages.WELSH);
        try {
            assertThat(audit.verify(org).breaks()).singleElement().satisfies(b -> {
                assertThat(b.code()).isEqualTo("event-altered");
                assertThat(b.where()).isEqualTo("Cadwyn " + chain + ", digwyddiad 2");
                assertThat(b.problem()).isEqualTo("newidiwyd ar ôl ei ysgrifennu");
            });
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(audit.verify(org).breaks()).singleElement().satisfies(b -> {
            assertThat(b.where()).isEqualTo("Chain " + chain + ", event 2");
            assertThat(b.problem()).isEqualTo("was altered after it was written");
        });
    }

    static void deleteCheckpoints(JdbcClient db, UUID org, long fromNumber) {
        db.sql("delete from audit_checkpoint_head where organisation_id = ? and number >= ?").params(org, fromNumber)
                .update();
        db.sql("delete from audit_checkpoint where organisation_id = ? and number >= ?").params(org, fromNumber)
                .update();
    }

    record Row(UUID id, long seq, String prevHash, OffsetDateTime at, UUID actorId, String username, String role,
            UUID patientId, String action, String entityType, UUID entityId, String detail) {
    }

    /** What an attacker with owner rights does to make a changed event look genuine: rehash from it to the head. */
    static void rehashFrom(JdbcClient db, UUID org, int chain, long fromSeq, String newDetail) {
        List<Row> rows = db
                .sql("select * from audit_event where organisation_id = ? and chain_partition = ? and seq >= ? "
                        + "order by seq")
                .params(org, chain, fromSeq)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getString("prev_hash"),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_username"), rs.getString("actor_role"),
                        rs.getObject("patient_id", UUID.class),
                        rs.getString("action"), rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
                        rs.getString("detail")))
                .list();
        String prev = rows.getFirst().prevHash();
        for (Row r : rows) {
            String detail = r.seq() == fromSeq ? newDetail : r.detail();
            String hash = AuditChain.hash(prev, org, chain, r.seq(), r.at().toInstant(), r.actorId(), r.username(),
                    r.role(),
                    r.patientId(), r.action(), r.entityType(), r.entityId(), detail);
            db.sql("update audit_event set detail = ?, prev_hash = ?, hash = ? where id = ?")
                    .params(detail, prev, hash, r.id()).update();
            prev = hash;
        }
        db.sql("update audit_chain_head set last_hash = ? where organisation_id = ? and chain_partition = ?")
                .params(prev, org, chain).update();
    }
}
