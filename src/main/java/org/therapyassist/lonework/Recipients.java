package org.therapyassist.lonework;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * Who an alert goes to. Level 1: the person the check-in names (who published the day). Level 2: the team leads of the
 * visit's team, or of the whole organisation when the team has none, so an escalation always reaches a lead. The
 * worker is never their own recipient: a lead who published a day and does a visit alone alerts the other leads.
 */
@Component
class Recipients {

    private final StaffDirectory staff;

    Recipients(StaffDirectory staff) {
        this.staff = staff;
    }

    Set<UUID> firstLevel(CheckIn checkIn) {
        Set<UUID> people = new LinkedHashSet<>();
        if (checkIn.alertTo() != null && !checkIn.alertTo().equals(checkIn.workerId())) {
            people.add(checkIn.alertTo());
        }
        return people;
    }

    Set<UUID> leads(CheckIn checkIn) {
        Set<UUID> people = new LinkedHashSet<>();
        if (checkIn.teamId() != null) {
            staff.teamMembers(checkIn.organisationId(), checkIn.teamId()).stream().filter(Recipients::isTeamLead)
                    .map(StaffMember::id).forEach(people::add);
        }
        if (people.isEmpty()) {
            staff.options(checkIn.organisationId(), StaffDirectory.Pick.REGISTERED).stream()
                    .filter(Recipients::isTeamLead).map(StaffMember::id)
                    .forEach(people::add);
        }
        people.remove(checkIn.workerId());
        return people;
    }

    private static boolean isTeamLead(StaffMember person) {
        return person.jobRole() == JobRole.TEAM_LEAD;
    }
}
