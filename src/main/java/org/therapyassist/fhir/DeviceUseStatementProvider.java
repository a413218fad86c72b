package org.therapyassist.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import org.therapyassist.equipment.LoanRecords;
import org.therapyassist.equipment.Loans;
import org.therapyassist.equipment.Loans.Loan;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;

/**
 * DeviceUseStatement (a loan: the equipment in use at the patient's home) read and search by patient. A read is
 * {@link LoanRecords#open} (404 outside the organisation, access check
 * and audit, 403 outside the caseload); a search opens the patient ({@link PatientScope}) and lists their loans, those
 * still out first, a page at a time.
 */
@Component
public class DeviceUseStatementProvider implements IResourceProvider {

    private final LoanRecords records;
    private final Loans loans;
    private final PatientScope scope;

    DeviceUseStatementProvider(LoanRecords records, Loans loans, PatientScope scope) {
        this.records = records;
        this.loans = loans;
        this.scope = scope;
    }

    @Override
    public Class<DeviceUseStatement> getResourceType() {
        return DeviceUseStatement.class;
    }

    @Read
    public DeviceUseStatement read(@IdParam IdType id) {
        return read(ResourceIds.parse(id, "DeviceUseStatement"));
    }

    private DeviceUseStatement read(UUID loanId) {
        return DeviceResources.use(records.open(FhirUsers.current(), loanId));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = DeviceUseStatement.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = DeviceUseStatement.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenParam id, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        if (id != null) {
            return page.slice(IdSearch.find(id, this::read, patient, subject), "device use statements");
        }
        CurrentUser user = FhirUsers.current();
        Optional<UUID> opened = scope.open(user, PatientScope.either(patient, subject), DeviceUseStatement.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        Page<Loan> found = loans.forPatient(user.organisationId(), opened.get(), page.request());
        return page.answer(found.items().stream().map(DeviceResources::use).toList(), found.total());
    }
}
