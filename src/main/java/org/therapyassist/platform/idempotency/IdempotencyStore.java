package org.therapyassist.platform.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;

/**
 * The {@code idempotency_key} table. A key is claimed in a transaction of its own, so a second request with the same
 * key sees the claim at once; the answer is stored in the transaction of the work itself ({@link #complete}).
 */
@Component
class IdempotencyStore {

    /** Who is asking with which key; a key means nothing outside the person (and organisation) that sent it. */
    record Scope(UUID organisationId, UUID staffId, String key) {
    }

    record Answer(int status, String contentType, String location, byte[] body) {
    }

    sealed interface Claim {
    }

    /** This request holds the key and does the work. */
    record Claimed(UUID claim) implements Claim {
    }

    /** The first request with this key is still running. */
    record InFlight() implements Claim {
    }

    /** The key was used for a different request. */
    record Reused() implements Claim {
    }

    /** The first request finished: answer as it did. */
    record Replay(Answer answer) implements Claim {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, PlatformTransactionManager transactions, IdempotencyProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    Claim claim(Scope scope, String fingerprint) {
        return ownTransaction.execute(tx -> {
            for (int attempt = 0; attempt < 3; attempt++) {
                Instant now = clock.instant();
                UUID claim = Ids.newId();
                int inserted = jdbc
                        .sql("insert into idempotency_key (organisation_id, staff_id, idempotency_key, fingerprint, "
                                + "state, claim, created_at, expires_at) values (?, ?, ?, ?, 'IN_FLIGHT', ?, ?, ?) on conflict do nothing")
                        .params(scope.organisationId(), scope.staffId(), scope.key(), fingerprint, claim, Time.db(now),
                                Time.db(now.plus(properties.keepFor())))
                        .update();
                if (inserted == 1) {
                    return new Claimed(claim);
                }
                Optional<Row> existing = find(scope);
                if (existing.isEmpty()) {
                    continue;
                }
                Row row = existing.get();
                if (row.expiresAt().isBefore(now)) {
                    // An answer past its time: the key is free again.
                    jdbc.sql(
                            "delete from idempotency_key where organisation_id = ? and staff_id = ? and idempotency_key = ? "
                                    + "and claim = ?")
                            .params(scope.organisationId(), scope.staffId(), scope.key(), row.claim()).update();
                    continue;
                }
                if (!row.fingerprint().equals(fingerprint)) {
                    return new Reused();
                }
                if (row.completed()) {
                    return new Replay(row.answer());
                }
                if (row.createdAt().isBefore(now.minus(properties.staleAfter()))
                        && takeOver(scope, row.claim(), claim, now)) {
                    // The work and its answer commit together, so a claim this old never committed any work.
                    return new Claimed(claim);
                }
                return new InFlight();
            }
            return new InFlight();
        });
    }

    private boolean takeOver(Scope scope, UUID old, UUID claim, Instant now) {
        return jdbc
                .sql("update idempotency_key set claim = ?, created_at = ? where organisation_id = ? and staff_id = ? "
                        + "and idempotency_key = ? and claim = ? and state = 'IN_FLIGHT'")
                .params(claim, Time.db(now), scope.organisationId(), scope.staffId(), scope.key(), old)
                .update() == 1;
    }

    /**
     * Keeps the answer, in the caller's transaction (the work's own); false when the claim was lost meanwhile, in which
     * case the caller must roll the work back.
     */
    boolean complete(Scope scope, UUID claim, Answer answer) {
        return jdbc.sql("update idempotency_key set state = 'COMPLETED', response_status = ?, response_type = ?, "
                + "response_location = ?, response_body = ? where organisation_id = ? and staff_id = ? "
                + "and idempotency_key = ? and claim = ? and state = 'IN_FLIGHT'")
                .params(answer.status(), answer.contentType(), answer.location(), answer.body(), scope.organisationId(),
                        scope.staffId(), scope.key(), claim)
                .update() == 1;
    }

    /** Keeps a refusal as the answer, after the work rolled back. */
    void completeAlone(Scope scope, UUID claim, Answer answer) {
        ownTransaction.executeWithoutResult(tx -> complete(scope, claim, answer));
    }

    /** Lets the key go: nothing was done, so the same request may be tried again. */
    void release(Scope scope, UUID claim) {
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("delete from idempotency_key where organisation_id = ? "
                + "and staff_id = ? and idempotency_key = ? and claim = ? and state = 'IN_FLIGHT'")
                .params(scope.organisationId(), scope.staffId(), scope.key(), claim).update());
    }

    int sweep(Instant now) {
        return jdbc.sql("delete from idempotency_key where expires_at < ?").param(Time.db(now)).update();
    }

    private record Row(String fingerprint, String state, UUID claim, Instant createdAt, Instant expiresAt,
            Answer answer) {

        boolean completed() {
            return "COMPLETED".equals(state);
        }
    }

    private Optional<Row> find(Scope scope) {
        return jdbc.sql("select fingerprint, state, claim, created_at, expires_at, response_status, response_type, "
                + "response_location, response_body from idempotency_key where organisation_id = ? and staff_id = ? "
                + "and idempotency_key = ?")
                .params(scope.organisationId(), scope.staffId(), scope.key())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        new Answer(rs.getInt(6), rs.getString(7), rs.getString(8), rs.getBytes(9))))
                .optional();
    }
}
