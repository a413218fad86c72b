package org.therapyassist.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * Each person's own choice of e-mails: where to (a work address) and which kinds. Only the person changes it; with no
 * address nobody is e-mailed, and once there is one both kinds are on until they turn one off.
 */
@Service
public class NotificationSettings {

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a person chose; the defaults when they never chose. */
    @Schema(name = "NotificationSettings")
    public record Settings(
            @Schema(description = "Where e-mails go; absent until the person gives one, and then nothing is sent") String email,
            @Schema(description = "E-mail me when a support worker raises a concern about a task I delegated") boolean escalations,
            @Schema(description = "E-mail me when a task is delegated to me") boolean newDelegations) {

        static final Settings DEFAULTS = new Settings(null, true, true);

        /** Whether this person gets e-mails of this kind. */
        boolean wants(NoticeKind kind) {
            return email != null && switch (kind) {
                case ESCALATION_RAISED -> escalations;
                case DELEGATION_OFFERED -> newDelegations;
                case REFERRAL_DECIDED -> false;
            };
        }
    }

    /** A change of one's own settings; an empty address stops every e-mail. */
    @Schema(name = "NotificationSettingsChange")
    public record Change(
            @Pattern(regexp = NotificationRules.EMAIL_AS_TYPED, message = "{notifications.field.email.invalid}") @Size(max = NotificationRules.EMAIL_MAX, message = "{notifications.field.email.size}") String email,
            boolean escalations,
            boolean newDelegations) {
    }

    @Transactional(readOnly = true)
    public Settings mine(CurrentUser me) {
        return of(requireStaff(me).organisationId(), me.staffId());
    }

    @Transactional
    public Settings change(CurrentUser me, Change change) {
        requireStaff(me);
        String email = Text.blankToNull(change.email() == null ? null : change.email().strip());
        if (email != null && !NotificationRules.isEmail(email)) {
            throw new InvalidInputException(Map.of("email", Messages.text("notifications.field.email.invalid")));
        }
        var now = Time.db(clock.instant());
        int updated = jdbc.sql("update notification_settings set email = ?, escalations = ?, new_delegations = ?, "
                + "changed_at = ? where organisation_id = ? and staff_id = ?")
                .params(email, change.escalations(), change.newDelegations(), now, me.organisationId(), me.staffId())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into notification_settings (organisation_id, staff_id, email, escalations, "
                    + "new_delegations, changed_at) values (?, ?, ?, ?, ?, ?)")
                    .params(me.organisationId(), me.staffId(), email, change.escalations(), change.newDelegations(),
                            now)
                    .update();
        }
        return of(me.organisationId(), me.staffId());
    }

    /** A person's settings, for the module's listeners. */
    Settings of(UUID organisationId, UUID staffId) {
        Optional<Settings> found = jdbc.sql("select email, escalations, new_delegations from notification_settings "
                + "where organisation_id = ? and staff_id = ?").params(organisationId, staffId)
                .query((rs, n) -> new Settings(rs.getString("email"), rs.getBoolean("escalations"),
                        rs.getBoolean("new_delegations")))
                .optional();
        return found.orElse(Settings.DEFAULTS);
    }

    private static CurrentUser requireStaff(CurrentUser me) {
        if (me.staffId() == null) {
            throw new NotAllowedException("notifications.staff-only",
                    Messages.text("notifications.refusal.staff-only"));
        }
        return me;
    }
}
