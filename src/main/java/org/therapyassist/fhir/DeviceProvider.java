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
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import org.therapyassist.equipment.LoanRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.staff.StaffLookup;

/**
 * Device (a labelled asset) read, and search by patient for what is at their home now. A read finds the asset in the
 * organisation (else 404); while it is out on loan the patient's record is checked and audited as the REST API's
 * loan read does ({@link LoanRecords#openAsset}: 403 outside the caseload). A search opens the patient
 * ({@link PatientScope}).
 */
@Component
public class DeviceProvider implements IResourceProvider {

    private final LoanRecords loans;
    private final PatientScope scope;
    private final StaffLookup lookup;

    DeviceProvider(LoanRecords loans, PatientScope scope, StaffLookup lookup) {
        this.loans = loans;
        this.scope = scope;
        this.lookup = lookup;
    }

    @Override
    public Class<Device> getResourceType() {
        return Device.class;
    }

    @Read
    public Device read(@IdParam IdType id) {
        return read(ResourceIds.parse(id, "Device"));
    }

    private Device read(UUID assetId) {
        CurrentUser user = FhirUsers.current();
        var lent = loans.openAsset(user, assetId);
        return DeviceResources.of(lent.asset(), lent.loan(), lookup.organisation(user.organisationId()));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Device.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenParam id, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        if (id != null) {
            return page.slice(IdSearch.find(id, this::read, patient), "devices");
        }
        CurrentUser user = FhirUsers.current();
        Optional<UUID> opened = scope.open(user, patient, Device.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        var organisation = lookup.organisation(user.organisationId());
        return page.slice(loans.assetsAt(user.organisationId(), opened.get()).stream()
                .map(l -> DeviceResources.of(l.asset(), l.loan(), organisation)).toList(), "devices");
    }
}
