package org.therapyassist.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.staff.StaffLookup;

/**
 * EpisodeOfCare read and search by patient. A read finds the episode in the user's organisation (else 404) and opens
 * its patient as the REST API does before showing an episode ({@link PatientRecords#open}: access check, audit, 403
 * outside the caseload); a search opens the patient the same way ({@link PatientScope}).
 */
@Component
public class EpisodeOfCareProvider implements IResourceProvider {

    private final CarePlans carePlans;
    private final PatientRecords records;
    private final PatientScope scope;
    private final StaffLookup lookup;

    EpisodeOfCareProvider(CarePlans carePlans, PatientRecords records, PatientScope scope, StaffLookup lookup) {
        this.carePlans = carePlans;
        this.records = records;
        this.scope = scope;
        this.lookup = lookup;
    }

    @Override
    public Class<EpisodeOfCare> getResourceType() {
        return EpisodeOfCare.class;
    }

    @Read
    public EpisodeOfCare read(@IdParam IdType id) {
        CurrentUser user = FhirUsers.current();
        Episode episode = carePlans.require(user.organisationId(), ResourceIds.parse(id, "EpisodeOfCare"));
        records.open(user, episode.patientId());
        return EpisodeOfCareResources.of(episode, lookup.organisation(user.organisationId()));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = EpisodeOfCare.SP_PATIENT) ReferenceParam patient,
            @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        CurrentUser user = FhirUsers.current();
        Optional<UUID> opened = scope.open(user, patient, EpisodeOfCare.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        List<Episode> episodes = carePlans.newestEpisodes(user.organisationId(), opened.get(), UkCore.MAX_RESULTS + 1);
        if (episodes.size() > UkCore.MAX_RESULTS) {
            throw FhirRefusals.tooMany("episodes of care");
        }
        var organisation = lookup.organisation(user.organisationId());
        return page.slice(episodes.stream().map(e -> EpisodeOfCareResources.of(e, organisation)).toList(),
                "episodes of care");
    }
}
