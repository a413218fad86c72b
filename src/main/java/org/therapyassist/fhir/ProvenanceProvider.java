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
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Provenance;
import org.springframework.stereotype.Component;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.sessions.SessionRecords;

/**
 * Provenance of signed records, read and search by target or patient. Each is read through its record's own read
 * ({@link SessionRecords#open}, {@link MeasureResults#open}, {@link DelegationDesk#view}: 404 outside the
 * organisation, access check and audit, 403 outside the caseload); a search by patient opens the patient
 * ({@link PatientScope}) and lists the provenance of their session records, results and delegations, newest first.
 */
@Component
public class ProvenanceProvider implements IResourceProvider {

    private final SessionRecords sessions;
    private final MeasureResults results;
    private final DelegationDesk desk;
    private final PatientScope scope;

    ProvenanceProvider(SessionRecords sessions, MeasureResults results, DelegationDesk desk, PatientScope scope) {
        this.sessions = sessions;
        this.results = results;
        this.desk = desk;
        this.scope = scope;
    }

    @Override
    public Class<Provenance> getResourceType() {
        return Provenance.class;
    }

    @Read
    public Provenance read(@IdParam IdType id) {
        String part = id == null ? null : id.getIdPart();
        for (ProvenanceResources.Kind kind : ProvenanceResources.Kind.values()) {
            if (part != null && part.startsWith(kind.prefix)) {
                UUID recordId = ResourceIds.uuidOrNull(part.substring(kind.prefix.length()));
                if (recordId != null) {
                    String wanted = part;
                    return ofRecord(kind, recordId).stream().filter(p -> p.getIdElement().getIdPart().equals(wanted))
                            .findFirst().orElseThrow(() -> notFound(wanted));
                }
            }
        }
        throw notFound(part);
    }

    /** Everything signed about one record, read (checked and audited) as the REST API reads it. */
    private List<Provenance> ofRecord(ProvenanceResources.Kind kind, UUID recordId) {
        CurrentUser user = FhirUsers.current();
        return switch (kind) {
            case SIGN, COUNTERSIGN -> ProvenanceResources.of(sessions.open(user, recordId));
            case RESULT -> List.of(ProvenanceResources.of(results.open(user, recordId)));
            case DELEGATION -> List.of(ProvenanceResources.of(desk.view(user, recordId)));
        };
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Provenance.SP_TARGET) ReferenceParam target,
            @OptionalParam(name = Provenance.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenParam id, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        if (id != null) {
            if (target != null || patient != null || id.getModifier() != null || id.getValue() == null) {
                throw FhirRefusals.invalid("Search Provenance by '_id' alone.");
            }
            return page.slice(IdSearch.quietly(() -> read(new IdType("Provenance", id.getValue().strip()))),
                    "provenance records");
        }
        if (target != null && patient != null) {
            throw FhirRefusals.invalid("Search by 'target' or by 'patient', not both.");
        }
        if (target != null) {
            ProvenanceResources.Kind kind = kindOf(target);
            UUID recordId = ResourceIds.uuidOrNull(target.getIdPart());
            if (recordId == null) {
                return page.answer(List.of(), 0);
            }
            return page.slice(IdSearch.quietly(() -> ofRecord(kind, recordId)).stream().flatMap(List::stream)
                    .toList(), "provenance records");
        }
        CurrentUser user = FhirUsers.current();
        Optional<UUID> opened = scope.open(user, patient, Provenance.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        UUID org = user.organisationId();
        List<Provenance> found = new ArrayList<>();
        sessions.newestForPatient(org, opened.get(), SearchPage.MAX_LISTED + 1)
                .forEach(r -> found.addAll(ProvenanceResources.of(r)));
        results.allVersionsForPatient(org, opened.get()).forEach(r -> found.add(ProvenanceResources.of(r)));
        desk.forPatient(org, opened.get()).forEach(d -> found.add(ProvenanceResources.of(d)));
        found.sort(Comparator.comparing(Provenance::getRecorded).reversed()
                .thenComparing(p -> p.getIdElement().getIdPart()));
        return page.slice(found, "provenance records");
    }

    /** The kind of signed record a target names: Encounter (session record), Observation or Task. */
    private static ProvenanceResources.Kind kindOf(ReferenceParam target) {
        if (target.getMissing() != null || target.getChain() != null && !target.getChain().isBlank()) {
            throw FhirRefusals.invalid("Chains and modifiers of 'target' are not supported.");
        }
        String type = target.getResourceType();
        return switch (type == null ? "" : type) {
            case "Encounter" -> ProvenanceResources.Kind.SIGN;
            case "Observation" -> ProvenanceResources.Kind.RESULT;
            case "Task" -> ProvenanceResources.Kind.DELEGATION;
            default -> throw FhirRefusals.invalid("Give 'target' as Encounter/id, Observation/id or Task/id: "
                    + "provenance is kept for those.");
        };
    }

    private static RuntimeException notFound(String id) {
        return FhirRefusals.notFound("There is no Provenance with the id '" + id + "'.");
    }
}
