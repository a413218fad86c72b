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
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffLookup;

/**
 * CareTeam: the people caring for a patient in one episode (id = the episode's), read and searched by patient; and the
 * service's staff teams (id = the team's, as a referral's performer names them), read, or listed by a search
 * with no patient. A read finds the episode in the
 * organisation (else 404) and opens its patient as the REST API does ({@link PatientRecords#open}: access check,
 * audit, 403 outside the caseload); a search opens the patient ({@link PatientScope}) and lists a team per episode.
 */
@Component
public class CareTeamProvider implements IResourceProvider {

    private final CarePlans carePlans;
    private final DelegationDesk desk;
    private final PatientRecords records;
    private final PatientScope scope;
    private final StaffLookup lookup;
    private final StaffDirectory directory;

    CareTeamProvider(CarePlans carePlans, DelegationDesk desk, PatientRecords records, PatientScope scope,
            StaffLookup lookup, StaffDirectory directory) {
        this.directory = directory;
        this.carePlans = carePlans;
        this.desk = desk;
        this.records = records;
        this.scope = scope;
        this.lookup = lookup;
    }

    @Override
    public Class<CareTeam> getResourceType() {
        return CareTeam.class;
    }

    @Read
    public CareTeam read(@IdParam IdType id) {
        return read(ResourceIds.parse(id, "CareTeam"));
    }

    private CareTeam read(UUID episodeId) {
        CurrentUser user = FhirUsers.current();
        Optional<CareTeam> team = staffTeam(user, episodeId);
        if (team.isPresent()) {
            return team.get();
        }
        Episode episode = carePlans.require(user.organisationId(), episodeId);
        records.open(user, episode.patientId());
        return CareTeamResources.of(episode, desk.forPatient(user.organisationId(), episode.patientId()),
                lookup.organisation(user.organisationId()));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = CareTeam.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = CareTeam.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenParam id, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        if (id != null) {
            return page.slice(IdSearch.find(id, this::read, patient, subject), "care teams");
        }
        CurrentUser user = FhirUsers.current();
        if (patient == null && subject == null) {
            // No patient named: the service's staff teams, the ids an EPR names as a referral's performer (R4 has
            // no search by a CareTeam's name; a service has a handful of teams).
            var organisation = lookup.organisation(user.organisationId());
            return page.slice(directory.teams(user.organisationId()).stream()
                    .map(t -> CareTeamResources.ofTeam(t, directory.teamMembers(user.organisationId(), t.id()),
                            organisation))
                    .toList(), "care teams");
        }
        Optional<UUID> opened = scope.open(user, PatientScope.either(patient, subject), CareTeam.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        var delegations = desk.forPatient(user.organisationId(), opened.get());
        var organisation = lookup.organisation(user.organisationId());
        return page.slice(carePlans.episodesOf(user.organisationId(), opened.get()).stream()
                .map(e -> CareTeamResources.of(e, delegations, organisation)).toList(), "care teams");
    }

    /** The staff team with this id in the user's organisation; staff details are not patient data (no audit). */
    private Optional<CareTeam> staffTeam(CurrentUser user, UUID id) {
        return directory.teams(user.organisationId()).stream().filter(t -> t.id().equals(id)).findFirst()
                .map(t -> CareTeamResources.ofTeam(t, directory.teamMembers(user.organisationId(), id),
                        lookup.organisation(user.organisationId())));
    }
}
