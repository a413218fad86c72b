package org.therapyassist.policy.web;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.ProblemDocs;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Need;
import org.therapyassist.policy.Performs;

/**
 * Writes each API write's declared command into the OpenAPI document (in English, like the rest of it): who may run it
 * (the 403 a client gets
 * otherwise) and, where a support worker's stage or competencies count, the 422 refusals the policy gives.
 */
@Configuration(proxyBeanMethods = false)
class PolicyDocument {

    @Bean
    OperationCustomizer declaredPolicy() {
        return (operation, handler) -> {
            Performs performs = handler.getMethodAnnotation(Performs.class);
            if (performs == null) {
                return operation;
            }
            Command command = performs.value();
            Need need = command.need();
            String refusal = need.refusalCode() != null ? need.refusalCode() : "policy.not-permitted";
            operation.setDescription(join(operation.getDescription(), "Command `" + command.code() + "`: "
                    + need.describe(Languages.ENGLISH) + "."));
            ProblemDocs.add(operation, 403,
                    "Not allowed: `" + command.code() + "` is for " + lowerFirst(need.describe(Languages.ENGLISH))
                            + " (`" + refusal
                            + "`); or the patient is outside your caseload (`access.*`), or the operation's own code.");
            if (need.minimumStage() != null || !need.competencies().isEmpty() || need.qualifier() != null) {
                ProblemDocs.add(operation, 422, "Refused for safety: a support worker below the stage the task needs "
                        + "(`policy.stage-too-low`) or without an in-date sign-off for it (`policy.not-competent`, "
                        + "`policy.competency-expired`), or a rule of the operation's own; nothing was saved.");
            }
            return operation;
        };
    }

    private static String join(String description, String more) {
        return description == null || description.isBlank() ? more : description + "\n\n" + more;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
