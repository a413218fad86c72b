package org.therapyassist.competence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffLookup;

/**
 * Who signs and whose passports are believed: the organisation's own signing key (made on first use) and the other
 * services' keys a team lead has chosen to trust. Kept apart from {@link Passports}, which issues, verifies and
 * imports the passports themselves.
 */
@Service
public class PassportIssuers {

    private final JdbcClient jdbc;
    private final StaffLookup lookup;
    private final AuditTrail audit;
    private final Clock clock;

    PassportIssuers(JdbcClient jdbc, StaffLookup lookup, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.audit = audit;
        this.clock = clock;
    }

    /** This organisation's public key and id, to give to services that will import its passports. */
    @Transactional
    public Passports.TrustedIssuer ownKey(CurrentUser user) {
        PassportSignature.Keys keys = keysOf(user.organisationId());
        return new Passports.TrustedIssuer(keys.keyId(), organisationName(user.organisationId()), keys.publicKey(),
                null);
    }

    @Transactional(readOnly = true)
    public Page<Passports.TrustedIssuer> trustedIssuers(CurrentUser user, PageRequest page) {
        return PagedQuery.of(jdbc, page, "select key_id, issuer_name, public_key, added_at",
                "from trusted_passport_issuer where organisation_id = ?", "issuer_name, key_id",
                (rs, n) -> new Passports.TrustedIssuer(rs.getString(1), rs.getString(2), rs.getString(3),
                        Time.instant(rs.getObject(4, OffsetDateTime.class))),
                user.organisationId());
    }

    /** A team lead adds another service's key; the key id is computed, so a typo in it cannot go unnoticed. */
    @Transactional
    public Passports.TrustedIssuer trust(CurrentUser user, String issuerName, String publicKey) {
        if (!user.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("passport.trust-for-team-leads",
                    Messages.text("competence.refusal.trust-for-team-leads"));
        }
        Map<String, String> errors = new HashMap<>();
        String name = Text.blankToNull(issuerName);
        String key = Text.blankToNull(publicKey) == null ? null : publicKey.strip();
        if (name == null || name.length() > 200) {
            errors.put("issuerName", Messages.text("competence.issuer.name.invalid"));
        }
        if (key == null || !isEd25519PublicKey(key)) {
            errors.put("publicKey", Messages.text("competence.issuer.key.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String keyId = PassportSignature.keyIdOf(key);
        jdbc.sql("delete from trusted_passport_issuer where organisation_id = ? and key_id = ?")
                .params(user.organisationId(), keyId).update();
        Instant now = clock.instant();
        jdbc.sql(
                "insert into trusted_passport_issuer (organisation_id, key_id, issuer_name, public_key, added_by, added_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(user.organisationId(), keyId, name, key, user.staffId(), Time.db(now)).update();
        audit.record(new AuditEntry(user, null, "workforce.trust-passport-issuer", "passport-issuer", null,
                name + " " + keyId));
        return new Passports.TrustedIssuer(keyId, name, key, now);
    }

    private static boolean isEd25519PublicKey(String key) {
        try {
            KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key)));
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    boolean trusts(UUID organisationId, String keyId, String publicKey) {
        Optional<String> own = jdbc.sql("select public_key from organisation_signing_key where organisation_id = ?")
                .param(organisationId).query(String.class).optional();
        if (own.isPresent() && own.get().equals(publicKey)) {
            return true;
        }
        return jdbc.sql(
                "select count(*) from trusted_passport_issuer where organisation_id = ? and key_id = ? and public_key = ?")
                .params(organisationId, keyId, publicKey).query(Long.class).single() > 0;
    }

    /** The organisation's key pair, made on first use. A production service would keep the private key in a vault. */
    PassportSignature.Keys keysOf(UUID organisationId) {
        return jdbc
                .sql("select key_id, public_key, private_key from organisation_signing_key where organisation_id = ?")
                .param(organisationId)
                .query((rs, n) -> new PassportSignature.Keys(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional()
                .orElseGet(() -> {
                    PassportSignature.Keys keys = PassportSignature.newKeys();
                    jdbc.sql(
                            "insert into organisation_signing_key (organisation_id, key_id, public_key, private_key, created_at) "
                                    + "values (?, ?, ?, ?, ?)")
                            .params(organisationId, keys.keyId(), keys.publicKey(), keys.privateKey(),
                                    Time.db(clock.instant()))
                            .update();
                    return keys;
                });
    }

    String organisationName(UUID organisationId) {
        return lookup.organisation(organisationId).name();
    }
}
