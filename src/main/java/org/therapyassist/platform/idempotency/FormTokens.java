package org.therapyassist.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;

/**
 * One-time tokens for page forms. Showing a form costs nothing: the token is a random id, the time it was issued and
 * an HMAC tying both to the person, so nothing is stored until the form is posted. Posting claims the id (a primary
 * key, so two posts of one form at the same moment cannot both run); when the post ends in a redirect, where it went
 * is kept, and a second post of the same form is sent there with "already saved" instead of doing the work again.
 */
@Component
public class FormTokens {

    /** The hidden field every POST form carries. */
    public static final String FIELD = "_formToken";

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private final byte[] secret;

    FormTokens(JdbcClient jdbc, PlatformTransactionManager transactions, IdempotencyProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
        if (properties.formTokenSecret().isBlank()) {
            this.secret = new byte[32];
            RANDOM.nextBytes(secret);
        } else {
            this.secret = Base64.getDecoder().decode(properties.formTokenSecret().strip());
        }
    }

    /** A fresh token for one form shown to this person. */
    public String issue(CurrentUser user) {
        byte[] nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        String id = B64.encodeToString(nonce);
        long issued = clock.instant().getEpochSecond();
        return id + "." + issued + "." + mac(user, id, issued);
    }

    /** A token that may be used: its id, and when it stops being valid. */
    record Valid(String id, Instant expiresAt) {
    }

    /** Why a posted token is refused. */
    enum Problem { MISSING, NOT_OURS, EXPIRED }

    sealed interface Check {
    }

    record Accepted(Valid token) implements Check {
    }

    record Refused(Problem problem) implements Check {
    }

    Check check(CurrentUser user, String token) {
        if (token == null || token.isBlank()) {
            return new Refused(Problem.MISSING);
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || parts[0].length() != 24 || !parts[1].matches("\\d{1,12}")) {
            return new Refused(Problem.NOT_OURS);
        }
        long issued = Long.parseLong(parts[1]);
        if (!MessageDigest.isEqual(mac(user, parts[0], issued).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return new Refused(Problem.NOT_OURS);
        }
        Instant expires = Instant.ofEpochSecond(issued).plus(properties.formTokenMaxAge());
        if (expires.isBefore(clock.instant())) {
            return new Refused(Problem.EXPIRED);
        }
        return new Accepted(new Valid(parts[0], expires));
    }

    sealed interface Claim {
    }

    /** This post holds the token and does the work. */
    record Claimed() implements Claim {
    }

    /** The same form was posted before and went here. */
    record AlreadyDone(String outcome) implements Claim {
    }

    /** The same form's first post is still running. */
    record InFlight() implements Claim {
    }

    Claim claim(Valid token, CurrentUser user) {
        return ownTransaction.execute(tx -> {
            int inserted = jdbc.sql("insert into form_submission (token_id, staff_id, state, created_at, expires_at) "
                    + "values (?, ?, 'IN_FLIGHT', ?, ?) on conflict do nothing")
                    .params(token.id(), user.staffId(), Time.db(clock.instant()), Time.db(token.expiresAt()))
                    .update();
            if (inserted == 1) {
                return new Claimed();
            }
            return outcomeOf(token.id()).<Claim>map(AlreadyDone::new).orElseGet(InFlight::new);
        });
    }

    /** Where the first post of this token went, once it has finished. */
    Optional<String> outcomeOf(String id) {
        return jdbc.sql("select outcome from form_submission where token_id = ? and state = 'COMPLETED'")
                .param(id).query(String.class).optional();
    }

    /** The first post redirected here; later posts of the same form go here too. */
    void complete(String id, String outcome) {
        ownTransaction
                .executeWithoutResult(tx -> jdbc.sql("update form_submission set state = 'COMPLETED', outcome = ? "
                        + "where token_id = ? and state = 'IN_FLIGHT'").params(outcome, id).update());
    }

    /** The post saved nothing (its form came back with errors, or it was refused): the form may be posted again. */
    void release(String id) {
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("delete from form_submission where token_id = ? "
                + "and state = 'IN_FLIGHT'").param(id).update());
    }

    int sweep(Instant now) {
        return jdbc.sql("delete from form_submission where expires_at < ?").param(Time.db(now)).update();
    }

    private String mac(CurrentUser user, String id, long issued) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String message = user.organisationId() + "|" + user.staffId() + "|" + id + "|" + issued;
            byte[] full = hmac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(Arrays.copyOf(full, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always there", e);
        }
    }
}
