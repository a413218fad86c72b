package org.therapyassist.equipment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.equipment.Loans.Loan;
import org.therapyassist.platform.CurrentUser;

/**
 * Loans and lent assets for readers outside the module (the FHIR server's Device, DeviceRequest and
 * DeviceUseStatement): a loan with access to its patient checked and audited, the loan an asset is out on now, and
 * a patient's loans (the caller has checked access to the patient).
 */
@Service
public class LoanRecords {

    private final Loans loans;
    private final Assets assets;
    private final LoanQueries queries;
    private final PatientAccess access;

    LoanRecords(Loans loans, Assets assets, LoanQueries queries, PatientAccess access) {
        this.loans = loans;
        this.assets = assets;
        this.queries = queries;
        this.access = access;
    }

    /** A loan, 404 outside the organisation, with access to its patient checked and audited (403 outside it). */
    @Transactional
    public Loan open(CurrentUser user, UUID loanId) {
        Loan loan = loans.require(user.organisationId(), loanId);
        access.check(user, loan.patientId(), PatientAction.VIEW_RECORD, loanId);
        return loan;
    }

    /** An asset as it is now and the loan it is out on now, or null when it is not out. */
    public record LentAsset(Asset asset, Loan loan) {
    }

    /**
     * An asset of the organisation (else 404); when it is out on loan, access to that patient is checked and audited.
     */
    @Transactional
    public LentAsset openAsset(CurrentUser user, UUID assetId) {
        Asset asset = assets.require(user.organisationId(), assetId);
        Optional<Loan> out = queries.list(user.organisationId(), "and l.asset_id = ? and l.status = 'ON_LOAN'",
                assetId).stream().findFirst();
        out.ifPresent(l -> access.check(user, l.patientId(), PatientAction.VIEW_RECORD, assetId));
        return new LentAsset(asset, out.orElse(null));
    }

    /** The assets out on loan to a patient now, with their loans; access to the patient already checked. */
    @Transactional(readOnly = true)
    public List<LentAsset> assetsAt(UUID organisationId, UUID patientId) {
        return queries.list(organisationId, "and l.patient_id = ? and l.asset_id is not null and l.status = 'ON_LOAN' "
                + "order by l.issued_at desc, l.id", patientId).stream()
                .map(l -> new LentAsset(assets.require(organisationId, l.assetId()), l)).toList();
    }
}
