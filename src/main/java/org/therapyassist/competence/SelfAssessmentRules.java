package org.therapyassist.competence;

import java.util.HashMap;
import java.util.Map;
import org.therapyassist.competence.Development.EvidenceKind;
import org.therapyassist.competence.Development.NewSelfAssessment;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Messages;

/**
 * What a self-assessment must say: a rating, and evidence that matches its kind (a note for a reflection or an
 * observation, a file for a certificate). Pure rules; {@link Development} adds the checks that need the database.
 */
final class SelfAssessmentRules {

    private SelfAssessmentRules() {
    }

    /**
     * The field errors of a self-assessment, empty when it may be recorded; {@code fileComing} when the certificate is
     * uploaded in the same step.
     */
    static Map<String, String> problems(NewSelfAssessment command, boolean fileComing) {
        Map<String, String> errors = new HashMap<>();
        if (command.rating() == null) {
            errors.put("rating", Messages.text("competence.self-assessment.rating.blank"));
        }
        String note = Text.blankToNull(command.evidenceNote());
        if (note != null && note.length() > 1000) {
            errors.put("evidenceNote", Messages.text("competence.self-assessment.note.long"));
        }
        if (command.evidenceKind() == EvidenceKind.CERTIFICATE && command.evidenceFileId() == null && !fileComing) {
            errors.put("evidenceFile", Messages.text("competence.self-assessment.file.blank"));
        }
        if ((command.evidenceKind() == EvidenceKind.NOTE || command.evidenceKind() == EvidenceKind.OBSERVED_PRACTICE)
                && note == null) {
            errors.put("evidenceNote", command.evidenceKind() == EvidenceKind.NOTE
                    ? Messages.text("competence.self-assessment.note.blank")
                    : Messages.text("competence.self-assessment.observed.blank"));
        }
        if (command.evidenceKind() == null && (note != null || command.evidenceFileId() != null)) {
            errors.put("evidenceKind", Messages.text("competence.self-assessment.kind.blank"));
        }
        return errors;
    }
}
