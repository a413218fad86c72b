package org.therapyassist.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.equipment.Loans.Loan;
import org.therapyassist.equipment.Loans.Status;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffNames;

/**
 * Reads loans: the rows with their store, item and asset from this module's tables, then who issued each from the
 * staff directory and whose it is from the patients module, so every list of loans names people the same way.
 * Callers have already checked what the user may see; conditions are always within one organisation.
 */
@Component
class LoanQueries {

    /** The issuer is named by the staff directory, the patient by the patients module ({@link #complete}). */
    private static final String SELECT = "select l.*, s.name as store_name, i.name as item_name, a.asset_label "
            + "from equipment_loan l join equipment_store s on s.id = l.store_id "
            + "join equipment_item_type i on i.code = l.item_code left join equipment_asset a on a.id = l.asset_id ";

    private final JdbcClient jdbc;
    private final StaffNames names;
    private final PatientRecords patients;

    LoanQueries(JdbcClient jdbc, StaffNames names, PatientRecords patients) {
        this.jdbc = jdbc;
        this.names = names;
        this.patients = patients;
    }

    /** Loans of the organisation matching {@code and} (a condition on l, with its parameters). */
    List<Loan> list(UUID organisationId, String and, Object... params) {
        return complete(organisationId, jdbc.sql(SELECT + "where l.organisation_id = ? " + and)
                .params(withOrganisation(organisationId, params)).query(LoanQueries::map).list());
    }

    /** One page of the organisation's loans matching {@code and}, in {@code order} (ending with a unique column). */
    Page<Loan> page(UUID organisationId, PageRequest page, String and, String order, Object... params) {
        Page<StaffNames.Awaiting<Loan>> rows = PagedQuery.of(jdbc, page, SELECT + "where l.organisation_id = ? " + and,
                order, LoanQueries::map, withOrganisation(organisationId, params));
        return new Page<>(complete(organisationId, rows.items()), rows.page(), rows.size(), rows.hasMore(),
                rows.total());
    }

    private static Object[] withOrganisation(UUID organisationId, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = organisationId;
        System.arraycopy(params, 0, all, 1, params.length);
        return all;
    }

    /** The loans with the names of who issued them and of the patients they are with. */
    private List<Loan> complete(UUID organisationId, List<StaffNames.Awaiting<Loan>> rows) {
        List<Loan> named = names.complete(organisationId, rows);
        Map<UUID, PatientSummary> with = patients.summaries(organisationId,
                named.stream().map(Loan::patientId).distinct().toList());
        return named.stream().map(l -> new Loan(l.id(), l.patientId(),
                with.containsKey(l.patientId()) ? with.get(l.patientId()).name() : null, l.storeId(), l.storeName(),
                l.itemCode(), l.itemName(), l.assetId(), l.assetLabel(), l.quantity(), l.adjustments(),
                l.instructions(),
                l.issuedByName(), l.issuedAt(), l.expectedReturnOn(), l.reviewOn(), l.status(), l.returnedAt(),
                l.returnNote(), l.version())).toList();
    }

    private static StaffNames.Awaiting<Loan> map(ResultSet rs, int n) throws SQLException {
        UUID issuedBy = rs.getObject("issued_by", UUID.class);
        Loan bare = new Loan(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class), null,
                rs.getObject("store_id", UUID.class), rs.getString("store_name"), rs.getString("item_code"),
                rs.getString("item_name"), rs.getObject("asset_id", UUID.class), rs.getString("asset_label"),
                rs.getInt("quantity"), rs.getString("adjustments"), rs.getString("instructions"), null,
                Time.instant(rs.getObject("issued_at", OffsetDateTime.class)),
                rs.getObject("expected_return_on", LocalDate.class),
                rs.getObject("review_on", LocalDate.class), Status.valueOf(rs.getString("status")),
                Time.instant(rs.getObject("returned_at", OffsetDateTime.class)), rs.getString("return_note"),
                rs.getInt("version"));
        return StaffNames.awaiting(name -> new Loan(bare.id(), bare.patientId(), bare.patientName(), bare.storeId(),
                bare.storeName(), bare.itemCode(), bare.itemName(), bare.assetId(), bare.assetLabel(), bare.quantity(),
                bare.adjustments(), bare.instructions(), name.person(issuedBy), bare.issuedAt(),
                bare.expectedReturnOn(),
                bare.reviewOn(), bare.status(), bare.returnedAt(), bare.returnNote(), bare.version()), issuedBy);
    }
}
