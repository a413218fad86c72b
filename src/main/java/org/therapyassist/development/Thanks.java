package org.therapyassist.development;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;

/** Saying thank you for a specific piece of work; the person sees it on their day and it stays for their PDP review. */
@Service
public class Thanks {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final StaffNames names;
    private final Clock clock;

    Thanks(JdbcClient jdbc, StaffDirectory staff, StaffNames names, Clock clock) {
        this.names = names;
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    @Schema(name = "Thanks")
    public record Note(UUID id, String fromName, String about, String message, Instant at) {
    }

    @Transactional
    public Note give(CurrentUser user, UUID toStaffId, String about, String message) {
        StaffMember to = staff.require(user.organisationId(), toStaffId);
        if (to.id().equals(user.staffId())) {
            throw new NotAllowedException("thanks.self", Messages.text("development.refusal.thank-yourself"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (message == null || message.strip().length() < 3) {
            errors.put("message", Messages.text("development.thanks.message.blank", to.givenName()));
        } else if (message.length() > 500) {
            errors.put("message", Messages.text("development.thanks.message.long"));
        }
        if (about != null && about.length() > 200) {
            errors.put("about", Messages.text("development.thanks.about.long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        Instant now = clock.instant();
        jdbc.sql("insert into thanks (id, organisation_id, from_staff_id, to_staff_id, about, message, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), user.staffId(), to.id(), Text.blankToNull(about), message.strip(),
                        Time.db(now))
                .update();
        return new Note(id, user.displayName(), Text.blankToNull(about), message.strip(), now);
    }

    /** Thanks a person received, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Note> receivedBy(UUID organisationId, UUID staffId, PageRequest page) {
        return names.complete(organisationId, PagedQuery.of(jdbc, page, COLUMNS,
                "from thanks t where t.organisation_id = ? and t.to_staff_id = ?", "t.created_at desc, t.id desc",
                Thanks::note, organisationId, staffId));
    }

    public List<Note> receivedBy(UUID organisationId, UUID staffId, int limit) {
        return names.complete(organisationId, jdbc.sql(COLUMNS + " from thanks t "
                + "where t.organisation_id = ? and t.to_staff_id = ? order by t.created_at desc limit ?")
                .params(organisationId, staffId, limit).query(Thanks::note).list());
    }

    private static final String COLUMNS = "select t.id, t.from_staff_id, t.about, t.message, t.created_at";

    private static StaffNames.Awaiting<Note> note(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        UUID from = rs.getObject(2, UUID.class);
        String about = rs.getString(3);
        String message = rs.getString(4);
        Instant at = rs.getObject(5, OffsetDateTime.class).toInstant();
        return StaffNames.awaiting(found -> new Note(id, found.person(from), about, message, at), from);
    }
}
