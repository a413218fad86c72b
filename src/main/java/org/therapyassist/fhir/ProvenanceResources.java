package org.therapyassist.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Provenance.ProvenanceEntityRole;
import org.hl7.fhir.r4.model.Reference;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.outcomes.MeasureResult;
import org.therapyassist.sessions.SessionRecordView;

/**
 * Who signed what, and when, as UK Core Provenance: a session record's signature by its author and countersignature
 * by the registrant, a measure result as recorded (or corrected) by who measured, and a delegation as authorised by
 * the delegating registrant on the strength of the worker's competency sign-offs. Each has an id made of its kind and
 * the record's id ({@code sign-}, {@code countersign-}, {@code result-}, {@code delegation-}).
 */
final class ProvenanceResources {

    static final String COMPLETION = "http://terminology.hl7.org/CodeSystem/v3-DocumentCompletion";
    static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
    static final String PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    enum Kind {
        SIGN("sign-"), COUNTERSIGN("countersign-"), RESULT("result-"), DELEGATION("delegation-");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private ProvenanceResources() {
    }

    /** A signed record's signature and, once there is one, its countersignature; none for a draft. */
    static List<Provenance> of(SessionRecordView r) {
        List<Provenance> out = new ArrayList<>();
        if (r.signed() && r.signedAt() != null) {
            // The author attests the record is accurate: authenticated.
            out.add(provenance(Kind.SIGN, r.id(), "Encounter", r.signedAt(),
                    new Coding(COMPLETION, "AU", "authenticated"),
                    References.to("Practitioner", r.authorId(), r.authorName()), "author", "Author"));
        }
        if (r.countersignature() != null) {
            // The registrant accountable for the delegated work signs it off: legally authenticated.
            var c = r.countersignature();
            out.add(provenance(Kind.COUNTERSIGN, r.id(), "Encounter", c.at(),
                    new Coding(COMPLETION, "LA", "legally authenticated"),
                    References.to("Practitioner", c.by(), c.byName()), "verifier", "Verifier"));
        }
        return out;
    }

    static Provenance of(MeasureResult r) {
        Coding activity = r.replacesId() == null
                ? new Coding(DATA_OPERATION, "CREATE", "create")
                : new Coding(DATA_OPERATION, "UPDATE", "revise");
        Provenance p = provenance(Kind.RESULT, r.id(), "Observation", r.recordedAt(), activity,
                References.to("Practitioner", r.performerId(), r.performerName()), "performer", "Performer");
        if (r.replacesId() != null) {
            p.addEntity().setRole(ProvenanceEntityRole.REVISION)
                    .setWhat(References.to("Observation", r.replacesId(), null));
        }
        return p;
    }

    static Provenance of(DelegationView d) {
        Provenance p = provenance(Kind.DELEGATION, d.id(), "Task", d.createdAt(),
                new Coding(DATA_OPERATION, "CREATE", "create"),
                References.to("Practitioner", d.delegatorId(), d.delegatorName()), "author", "Author");
        for (DelegationView.Evidence e : d.evidence()) {
            p.addEntity().setRole(ProvenanceEntityRole.SOURCE).getWhat().setDisplay("Competency sign-off "
                    + e.competencyCode() + (e.expiresOn() == null ? "" : ", valid to " + e.expiresOn()));
        }
        return p;
    }

    private static Provenance provenance(Kind kind, Object recordId, String targetType, Instant at, Coding activity,
            Reference who, String role, String roleDisplay) {
        Provenance p = new Provenance();
        p.setId(kind.prefix + recordId);
        p.getMeta().addProfile(UkCore.PROVENANCE_PROFILE);
        p.addTarget(References.to(targetType, recordId, null));
        p.setRecorded(Date.from(at));
        p.getActivity().addCoding(activity);
        var agent = p.addAgent().setWho(who);
        agent.getType().addCoding(new Coding(PARTICIPANT, role, roleDisplay));
        return p;
    }
}
