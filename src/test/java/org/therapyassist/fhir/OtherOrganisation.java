package org.therapyassist.fhir;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A second, fictional service with one physiotherapist (password "demo"), to show that data stays in its own. */
final class OtherOrganisation {

    private OtherOrganisation() {
    }

    static String physiotherapist(JdbcClient jdbc) {
        UUID organisation = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        String username = "fhir-" + staff.toString().substring(0, 13);
        jdbc.sql("insert into organisation (id, name) values (?, ?)").params(organisation, "Other FHIR test service")
                .update();
        jdbc.sql("insert into staff_member (id, organisation_id, username, password_hash, given_name, family_name, "
                + "job_role, band, hcpc_number, enabled) select ?, ?, ?, password_hash, 'Other', 'Physio', "
                + "'PHYSIOTHERAPIST', 6, 'PH999999', true from staff_member where username = 'pt.demo'")
                .params(staff, organisation, username).update();
        return username;
    }
}
