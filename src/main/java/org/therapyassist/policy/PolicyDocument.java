package org.therapyassist.policy;

import java.util.Locale;
import java.util.Map;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;

/**
 * The declared policy as Markdown, for {@code docs/who-can-do-what.md}: written from {@link Command}, so the document
 * a governance board reads is the list the guard enforces (a test fails when the file is out of date).
 */
public final class PolicyDocument {

    /** The document is English (its readers are the governance board); its words are the page's English ones. */
    private static final Locale EN = Languages.ENGLISH;

    private PolicyDocument() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Who can do what\n\n")
                .append("Written from `policy.Command`, the list the product enforces: every page form and API operation ")
                .append("names one of these commands and is checked against it before it runs. Do not edit by hand: run ")
                .append("`./mvnw test -Dtest=PolicyDocumentTest -Dpolicy.write-doc=true` after changing the policy.\n\n")
                .append("Support workers also need the framework stage and the in-date competency sign-offs shown; ")
                .append("registered therapists and team leads are not held to them. \"Reaches\" says which records the ")
                .append("command may touch; the module that owns them enforces it (for patients, `access.PatientAccess`). ")
                .append("A refusal is 403 `policy.not-permitted` (or the command's own code) for a role, and 422 ")
                .append("`policy.stage-too-low`, `policy.not-competent` or `policy.competency-expired` for a support ")
                .append("worker's stage or sign-offs.\n");
        Command.Area area = null;
        for (Command command : Command.values()) {
            if (command.area() != area) {
                area = command.area();
                md.append("\n## ").append(area.title(EN)).append("\n\n")
                        .append("| action | who may | reaches | code |\n| --- | --- | --- | --- |\n");
            }
            Need need = command.need();
            StringBuilder who = new StringBuilder(need.describe(EN));
            if (!need.tasks().isEmpty()) {
                who.append(". By ").append(Need.qualifierText(need.qualifier(), EN)).append(": ");
                boolean first = true;
                for (Map.Entry<String, String> task : need.tasks().entrySet()) {
                    who.append(first ? "" : "; ").append(task.getKey()).append(" → ")
                            .append(task.getValue().isEmpty()
                                    ? Messages.text(EN, "policy.page.no-task")
                                    : task.getValue());
                    first = false;
                }
            }
            md.append("| ").append(command.description(EN)).append(" | ").append(who).append(" | ")
                    .append(need.scope().text(EN)).append(" | `").append(command.code()).append("` |\n");
        }
        return md.toString();
    }
}
