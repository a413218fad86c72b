package org.therapyassist.patients;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.web.Messages;

/**
 * Where patients live, as the address and the coordinates home visits are planned from. The coordinates are set by
 * hand (or by an import) once the address is known: nothing here guesses them from a postcode.
 */
@Service
public class PatientHomes {

    private final JdbcClient jdbc;
    private final PatientAccess access;
    private final PatientRecords records;

    PatientHomes(JdbcClient jdbc, PatientAccess access, PatientRecords records) {
        this.jdbc = jdbc;
        this.access = access;
        this.records = records;
    }

    /**
     * A patient's home: the address, its coordinates once known (both null until then), and whether staff visit it
     * only in pairs (an active lone-working alert: "visit in pairs").
     */
    public record Home(UUID patientId, String address, String postcode, BigDecimal latitude, BigDecimal longitude,
            boolean pairsOnly) {

        public boolean located() {
            return latitude != null && longitude != null;
        }
    }

    /** The homes of patients a caller has already passed through {@link PatientAccess#checkAll}. */
    @Transactional(readOnly = true)
    public Map<UUID, Home> of(UUID organisationId, Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Home> homes = new HashMap<>();
        jdbc.sql("select p.id, p.address, p.postcode, p.home_latitude, p.home_longitude, "
                + "exists (select 1 from patient_alert a where a.patient_id = p.id and a.active "
                + "and a.kind = 'LONE_WORKING') from patient p where p.organisation_id = :org and p.id in (:ids)")
                .param("org", organisationId).param("ids", List.copyOf(patientIds))
                .query((rs, n) -> homes.put(rs.getObject(1, UUID.class), new Home(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                        rs.getBoolean(6))))
                .list();
        return homes;
    }

    /**
     * Sets where the patient's home is. The caller has checked the command; the patient is access-checked and the
     * change audited here. Coordinates are kept to five decimal places (about a metre).
     */
    @Transactional
    public Home locate(CurrentUser user, UUID patientId, BigDecimal latitude, BigDecimal longitude) {
        records.require(user.organisationId(), patientId);
        Map<String, String> errors = new HashMap<>();
        if (latitude == null || latitude.compareTo(BigDecimal.valueOf(49)) < 0
                || latitude.compareTo(BigDecimal.valueOf(61)) > 0) {
            errors.put("latitude", Messages.text("patients.home.latitude"));
        }
        if (longitude == null || longitude.compareTo(BigDecimal.valueOf(-9)) < 0
                || longitude.compareTo(BigDecimal.valueOf(2)) > 0) {
            errors.put("longitude", Messages.text("patients.home.longitude"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        access.check(user, patientId, PatientAction.SET_HOME_LOCATION, patientId);
        jdbc.sql("update patient set home_latitude = ?, home_longitude = ? where organisation_id = ? and id = ?")
                .params(latitude.setScale(5, RoundingMode.HALF_UP), longitude.setScale(5, RoundingMode.HALF_UP),
                        user.organisationId(), patientId)
                .update();
        return of(user.organisationId(), List.of(patientId)).get(patientId);
    }
}
