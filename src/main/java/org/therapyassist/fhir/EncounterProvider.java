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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.groups.AttendanceRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;
import org.therapyassist.staff.StaffLookup;

/**
 * Encounter read and search by patient: a session record ({@link SessionRecords#open}, the REST API's
 * {@code /api/v1/session-records/{id}}) or a patient's attendance at a group session ({@link AttendanceRecords#open});
 * both check and audit access (403 outside the caseload) and are 404 outside the organisation. A search opens the
 * patient ({@link PatientScope}) and lists both, latest first.
 */
@Component
public class EncounterProvider implements IResourceProvider {

    private final SessionRecords sessions;
    private final AttendanceRecords attendance;
    private final DelegationDesk desk;
    private final CarePlans carePlans;
    private final PatientScope scope;
    private final StaffLookup lookup;

    EncounterProvider(SessionRecords sessions, AttendanceRecords attendance, DelegationDesk desk, CarePlans carePlans,
            PatientScope scope, StaffLookup lookup) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.desk = desk;
        this.carePlans = carePlans;
        this.scope = scope;
        this.lookup = lookup;
    }

    @Override
    public Class<Encounter> getResourceType() {
        return Encounter.class;
    }

    @Read
    public Encounter read(@IdParam IdType id) {
        return read(ResourceIds.parse(id, "Encounter"));
    }

    private Encounter read(UUID id) {
        CurrentUser user = FhirUsers.current();
        var organisation = lookup.organisation(user.organisationId());
        SessionRecordView record;
        try {
            record = sessions.open(user, id);
        } catch (NotFoundException e) {
            return EncounterResources.of(attendance.open(user, id), organisation);
        }
        var settings = settings(user.organisationId(), record.patient().id());
        return EncounterResources.of(record, settings.apply(record.delegationId()), organisation);
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Encounter.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = Encounter.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenParam id, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        if (id != null) {
            return page.slice(IdSearch.find(id, this::read, patient, subject), "encounters");
        }
        CurrentUser user = FhirUsers.current();
        Optional<UUID> opened = scope.open(user, PatientScope.either(patient, subject), Encounter.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        UUID org = user.organisationId();
        var organisation = lookup.organisation(org);
        var settings = settings(org, opened.get());
        List<Encounter> found = new ArrayList<>();
        sessions.newestForPatient(org, opened.get(), SearchPage.MAX_LISTED + 1)
                .forEach(r -> found.add(EncounterResources.of(r, settings.apply(r.delegationId()), organisation)));
        attendance.ofPatient(org, opened.get(), SearchPage.MAX_LISTED + 1)
                .forEach(a -> found.add(EncounterResources.of(a, organisation)));
        found.sort(Comparator.comparing((Encounter e) -> e.getPeriod().getStart()).reversed()
                .thenComparing(e -> e.getIdElement().getIdPart()));
        return page.slice(found, "encounters");
    }

    /** Where each of the patient's delegations was carried out (two queries, whatever the number of records). */
    private Function<UUID, EncounterResources.Setting> settings(UUID org, UUID patientId) {
        Map<UUID, Episode> episodes = carePlans.episodesOf(org, patientId).stream()
                .collect(Collectors.toMap(Episode::id, e -> e));
        Map<UUID, DelegationView> delegations = desk.forPatient(org, patientId).stream()
                .collect(Collectors.toMap(DelegationView::id, d -> d));
        return delegationId -> {
            DelegationView d = delegations.get(delegationId);
            Episode episode = episodes.get(d.episodeId());
            return new EncounterResources.Setting(episode.id(), episode.setting(), d.location());
        };
    }
}
