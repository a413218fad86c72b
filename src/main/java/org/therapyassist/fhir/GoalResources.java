package org.therapyassist.fhir;

import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.therapyassist.careplans.GoalAttainment;
import org.therapyassist.careplans.GoalScaling.ReviewLine;
import org.therapyassist.careplans.GoalScaling.ScaledGoal;

/**
 * A goal agreed with the patient as a base R4 Goal (UK Core has no Goal profile): the goal text, lifecycle status,
 * target date, subject. With Goal Attainment Scaling, the target is the expected level (0) on the GAS scale, the
 * weight, baseline and five level descriptions are a note (plain text: there is no published extension for them to
 * claim), and the latest review gives the achievement status and its date.
 */
final class GoalResources {

    static final String ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    static final String GAS_MEASURE = "Goal Attainment Scaling level (−2 to +2; 0 is the expected outcome)";

    private GoalResources() {
    }

    static GoalLifecycleStatus lifecycle(String status) {
        if ("ACTIVE".equals(status)) {
            return GoalLifecycleStatus.ACTIVE;
        }
        throw new IllegalStateException("Unknown goal status " + status);
    }

    /**
     * The latest review's level as a goal-achievement code: 0 or above (the expected outcome or better) is achieved,
     * below 0 not achieved; no review yet is in progress.
     */
    static String achievement(Integer latestLevel) {
        if (latestLevel == null) {
            return "in-progress";
        }
        return latestLevel >= 0 ? "achieved" : "not-achieved";
    }

    static Goal of(ScaledGoal goal) {
        Goal resource = new Goal();
        resource.setId(goal.goalId().toString());
        resource.setLifecycleStatus(lifecycle(goal.status()));
        resource.getDescription().setText(goal.description());
        resource.setSubject(References.to("Patient", goal.patientId(), null));
        var target = resource.addTarget();
        if (goal.targetDate() != null) {
            target.setDue(new DateType(goal.targetDate().toString()));
        }
        if (goal.levels() != null) {
            var levels = goal.levels();
            target.getMeasure().setText(GAS_MEASURE);
            target.setDetail(new IntegerType(0));
            StringBuilder text = new StringBuilder("Goal Attainment Scaling: weight ").append(levels.weight())
                    .append(", baseline ").append(GoalAttainment.levelTitle(levels.baseline())).append(".");
            for (int level = -2; level <= 2; level++) {
                text.append(" ").append(GoalAttainment.levelTitle(level)).append(": ").append(levels.describe(level))
                        .append(".");
            }
            resource.addNote().setText(text.toString());
            String code = achievement(goal.latestLevel());
            ReviewLine latest = goal.reviews().isEmpty() ? null : goal.reviews().getLast();
            resource.getAchievementStatus().addCoding().setSystem(ACHIEVEMENT).setCode(code);
            if (latest != null) {
                resource.getAchievementStatus().setText(latest.levelTitle());
                resource.setStatusDateElement(new DateType(latest.reviewedOn().toString()));
            }
        }
        return resource;
    }
}
