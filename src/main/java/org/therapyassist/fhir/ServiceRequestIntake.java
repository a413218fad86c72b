package org.therapyassist.fhir;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;
import org.therapyassist.fhir.ConditionalCreates.Criteria;
import org.therapyassist.fhir.ReferralRequests.Sent;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.ReferralCommands.NewReferral;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.staff.StaffLookup;

/**
 * ServiceRequest create: a referral from an EPR joins the team's triage queue through {@link Referrals#receiveSent},
 * the method behind the app's own referral form (who may, the checks, the audit), with the service asked for and
 * the sender's identifier. With {@code If-None-Exist: identifier=system|value} a referral already received with that
 * identifier is returned (200) instead of received again; two at once meet at the identifier's unique key. Only
 * create lives here: read and search are {@code ServiceRequestProvider}'s. Public, with public methods, because HAPI
 * calls them by reflection.
 */
@Component
public class ServiceRequestIntake implements IResourceProvider {

    private static final int MAX_SYSTEM = 200;
    private static final int MAX_VALUE = 100;

    private final Referrals referrals;
    private final ReferralSubjects subjects;
    private final CommandGuard guard;
    private final Clock clock;
    private final StaffLookup lookup;

    ServiceRequestIntake(Referrals referrals, ReferralSubjects subjects, CommandGuard guard, Clock clock,
            StaffLookup lookup) {
        this.lookup = lookup;
        this.referrals = referrals;
        this.subjects = subjects;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam ServiceRequest resource, @ConditionalUrlParam String conditionalUrl) {
        CurrentUser user = FhirUsers.current();
        guard.check(user, Command.RECEIVE_REFERRAL);
        Criteria criteria = ConditionalCreates.parse(conditionalUrl);
        Sent sent = ReferralRequests.read(resource, Time.today(clock));
        Referral.SenderId sender = sender(sent.identifiers(), criteria);
        UUID patientId = subjects.patient(user, sent.subject());
        UUID teamId = subjects.team(user, sent.team());
        var command = new NewReferral(patientId, teamId, sent.sourceRole(), sent.sourceName(), null, sent.reason(),
                sent.urgency(), sent.receivedOn());
        Supplier<MethodOutcome> receive = () -> answer(user,
                referrals.receiveSent(user, command, sent.service(), sender),
                true);
        if (criteria == null) {
            return receive.get();
        }
        return ConditionalCreates.once(() -> received(user, criteria, patientId), receive, Referrals.ALREADY_SENT);
    }

    /** The referral already received with the criteria's identifier, as a 200, or null when there is none. */
    private MethodOutcome received(CurrentUser user, Criteria criteria, UUID patientId) {
        List<Referral> found = referrals.sentAs(user.organisationId(), criteria.system(), criteria.value());
        if (found.size() > 1) {
            throw ConditionalCreates.tooMany("referrals");
        }
        if (found.isEmpty()) {
            return null;
        }
        Referral referral = referrals.open(user, found.getFirst().id());
        if (!referral.patientId().equals(patientId)) {
            throw FhirRefusals.refused(409, IssueType.CONFLICT, "The referral " + criteria.text()
                    + " was received for another patient. Nothing was saved.");
        }
        return answer(user, referral, false);
    }

    /** The referral as a read returns it, so the create's answer and a later read never differ. */
    private MethodOutcome answer(CurrentUser user, Referral referral, boolean created) {
        return ConditionalCreates.answer("ServiceRequest", referral.id(),
                ServiceRequestResources.of(referral, lookup.organisation(user.organisationId())), created);
    }

    /** The identifier the criteria name (which the request must carry), else the first the request carries. */
    private static Referral.SenderId sender(List<Identifier> identifiers, Criteria criteria) {
        Identifier chosen = criteria == null
                ? identifiers.stream().findFirst().orElse(null)
                : identifiers.stream().filter(criteria::matches).findFirst()
                        .orElseThrow(() -> ConditionalCreates.notInBody(criteria, "ServiceRequest"));
        if (chosen == null) {
            return null;
        }
        if (chosen.getSystem().length() > MAX_SYSTEM || chosen.getValue().length() > MAX_VALUE) {
            throw FhirRefusals.unprocessable("ServiceRequest.identifier", "An identifier's system must be "
                    + MAX_SYSTEM + " characters or fewer and its value " + MAX_VALUE + ".");
        }
        return new Referral.SenderId(chosen.getSystem(), chosen.getValue());
    }
}
