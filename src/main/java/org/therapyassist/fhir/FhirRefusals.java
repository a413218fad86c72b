package org.therapyassist.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;

/**
 * The business refusals of the modules behind the server, as FHIR answers: an OperationOutcome with the status the
 * REST API gives the same refusal (404, 403, 409, 422, else 400). HAPI reaches a provider by reflection and wraps
 * anything it does not know in a 500, so the refusal is looked for along the causes.
 */
@Interceptor
public class FhirRefusals {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(Throwable exception) {
        // HAPI's own wrapper (a 500) is itself a BaseServerResponseException: look past it for the refusal.
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof DomainException refusal) {
                return of(refusal);
            }
            if (t instanceof DataFormatException badValue) {
                // A parameter HAPI could not parse (a date such as 1941-02-30): bad input, not a failure of ours.
                return invalid(badValue.getMessage());
            }
        }
        return null;
    }

    static BaseServerResponseException of(DomainException refusal) {
        return switch (refusal) {
            case NotFoundException nf -> refused(404, IssueType.NOTFOUND, refusal.getMessage());
            case NotAllowedException na -> refused(403, IssueType.FORBIDDEN, refusal.getMessage());
            case ConflictException c -> refused(409, IssueType.CONFLICT, refusal.getMessage());
            case RefusedException r -> refused(422, IssueType.BUSINESSRULE, refusal.getMessage());
            default -> refused(400, IssueType.INVALID, refusal.getMessage());
        };
    }

    /** A refusal with its OperationOutcome: one error issue of this type, the message as diagnostics. */
    static BaseServerResponseException refused(int status, IssueType type, String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
        BaseServerResponseException e = BaseServerResponseException.newInstance(status, message);
        e.setOperationOutcome(outcome);
        return e;
    }

    /** Content the server understood but cannot accept (422): one issue per problem, each with where it is. */
    static BaseServerResponseException unprocessable(List<Problem> problems) {
        OperationOutcome outcome = new OperationOutcome();
        problems.forEach(p -> outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(p.type())
                .setDiagnostics(p.message()).addExpression(p.expression()));
        String message = problems.stream().map(Problem::message).collect(Collectors.joining(" "));
        BaseServerResponseException e = BaseServerResponseException.newInstance(422, message);
        e.setOperationOutcome(outcome);
        return e;
    }

    static BaseServerResponseException unprocessable(String expression, String message) {
        return unprocessable(List.of(Problem.invalid(expression, message)));
    }

    /** What is wrong with a resource sent to the server, and where (a FHIRPath expression). */
    record Problem(String expression, IssueType type, String message) {

        static Problem invalid(String expression, String message) {
            return new Problem(expression, IssueType.INVALID, message);
        }

        static Problem required(String expression, String message) {
            return new Problem(expression, IssueType.REQUIRED, message);
        }
    }

    static BaseServerResponseException invalid(String message) {
        return refused(400, IssueType.INVALID, message);
    }

    static BaseServerResponseException notFound(String message) {
        return refused(404, IssueType.NOTFOUND, message);
    }

    static BaseServerResponseException tooMany(String what) {
        return refused(400, IssueType.TOOCOSTLY, "More than " + UkCore.MAX_RESULTS + " " + what
                + " match. Narrow the search (an identifier, or a birth date with the name).");
    }
}
