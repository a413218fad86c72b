package org.therapyassist.staff.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.therapyassist.staff.JobRole;

/**
 * ESR-style job titles and the product's job role each stands for, where that is unambiguous; anything else is refused
 * (a wrong job role would give someone the wrong authority). Administrator is never imported (H62): it is granted on
 * the account page, one person at a time. Case and spacing do not matter.
 */
final class EsrJobRoles {

    static final Map<String, JobRole> TITLES = titles();

    private EsrJobRoles() {
    }

    static Optional<JobRole> of(String title) {
        return Optional.ofNullable(TITLES.get(EsrCsv.normalised(title)));
    }

    private static Map<String, JobRole> titles() {
        Map<String, JobRole> titles = new LinkedHashMap<>();
        put(titles, JobRole.SUPPORT_WORKER, "Support Worker", "Therapy Support Worker", "Healthcare Assistant",
                "Health Care Assistant", "Rehabilitation Assistant", "Therapy Assistant");
        put(titles, JobRole.SENIOR_SUPPORT_WORKER, "Senior Support Worker", "Senior Therapy Support Worker",
                "Senior Healthcare Assistant", "Senior Health Care Assistant", "Senior Rehabilitation Assistant",
                "Senior Therapy Assistant");
        put(titles, JobRole.ASSISTANT_PRACTITIONER, "Assistant Practitioner", "Therapy Assistant Practitioner");
        put(titles, JobRole.SUPPORT_WORKER_LEAD, "Support Worker Lead", "Therapy Support Worker Lead");
        put(titles, JobRole.PHYSIOTHERAPIST, "Physiotherapist", "Senior Physiotherapist", "Specialist Physiotherapist",
                "Physiotherapist Specialist", "Advanced Physiotherapist", "Physiotherapist Advanced");
        put(titles, JobRole.OCCUPATIONAL_THERAPIST, "Occupational Therapist", "Senior Occupational Therapist",
                "Specialist Occupational Therapist", "Occupational Therapist Specialist",
                "Advanced Occupational Therapist", "Occupational Therapist Advanced");
        put(titles, JobRole.TEAM_LEAD, "Team Lead", "Team Leader", "Therapy Team Leader", "Clinical Team Leader");
        return Map.copyOf(titles);
    }

    private static void put(Map<String, JobRole> titles, JobRole role, String... names) {
        for (String name : names) {
            titles.put(EsrCsv.normalised(name), role);
        }
    }
}
