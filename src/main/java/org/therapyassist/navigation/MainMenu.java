package org.therapyassist.navigation;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.therapyassist.access.AccessPolicy;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.staff.Leads;
import org.therapyassist.visits.VisitDays;

/**
 * The menu, in order, each item with the rule that decides who sees it. The rules are the ones that guard the page
 * the item opens, asked where they are declared: a policy command for a page that is there to run it, the access
 * rule for clinical pages, the development rule for gap analysis, the roles the security configuration gives the team
 * and sign-in alert pages. None of these looks anything up but the community teams, which are kept for a few minutes,
 * so building the menu costs next to nothing per request.
 */
@Component
public class MainMenu {

    private record Entry(MenuItem item, Predicate<CurrentUser> shownTo) {
    }

    private final List<Entry> entries;

    MainMenu(CommandGuard guard, VisitDays visits) {
        Predicate<CurrentUser> clinical = MainMenu::hasClinicalAccess;
        entries = List.of(
                // My day is where a support worker accepts and does delegated tasks.
                new Entry(new MenuItem("my-day", "My day", "/my-day"),
                        me -> guard.allows(me, Command.ACCEPT_DELEGATION)),
                // The inbox is the delegating therapist's: declines, escalations, records to countersign.
                new Entry(new MenuItem("inbox", "Inbox", "/inbox"), me -> guard.allows(me, Command.DELEGATE)),
                // Patients opens on the reader's own list (caseload module), with the search a tap away.
                new Entry(new MenuItem("patients", "Patients", "/caseload"), clinical),
                new Entry(new MenuItem("referrals", "Referrals", "/referrals"),
                        me -> guard.allows(me, Command.TRIAGE_REFERRAL)),
                new Entry(new MenuItem("exercises", "Exercises", "/exercises"), clinical),
                // Team leads and the registrants of a community team: the ones with a day of home visits to plan.
                new Entry(new MenuItem("visits", "Visits", "/visits"),
                        me -> guard.allows(me, Command.PLAN_VISITS) && visits.plansVisits(me)),
                // As SecurityConfig guards /team/**.
                new Entry(new MenuItem("team", "Team", "/team"), me -> me.has(Role.TEAM_LEAD)),
                // A support worker's own competence record: self-assessment and sign-off requests.
                new Entry(new MenuItem("development", "My development", "/development"),
                        me -> guard.allows(me, Command.SELF_ASSESS)),
                new Entry(new MenuItem("training-needs", "Gap analysis", "/reports/training-needs"),
                        Leads::isLead),
                new Entry(new MenuItem("induction", "Induction", "/induction"),
                        me -> guard.allows(me, Command.PLAN_INDUCTION)),
                new Entry(new MenuItem("groups", "Groups", "/groups"), clinical),
                new Entry(new MenuItem("equipment", "Equipment", "/equipment"), clinical),
                new Entry(new MenuItem("staff", "Staff", "/staff"), me -> true),
                new Entry(new MenuItem("accounts", "Accounts", "/admin/staff"),
                        me -> guard.allows(me, Command.MANAGE_STAFF_ACCOUNTS)),
                // As SecurityConfig guards /security/**.
                new Entry(new MenuItem("sign-in-alerts", "Sign-in alerts", "/security/sign-in-alerts"),
                        me -> me.has(Role.ADMIN) || me.has(Role.TEAM_LEAD)),
                new Entry(new MenuItem("pulse", "Pulse", "/pulse"), me -> guard.allows(me, Command.ANSWER_PULSE)));
    }

    /** The items this person sees; nobody signed in sees none. */
    public Menu of(CurrentUser me) {
        if (me == null) {
            return Menu.EMPTY;
        }
        return new Menu(entries.stream().filter(e -> e.shownTo().test(me)).map(Entry::item).toList());
    }

    /** Staff who may open patients' records at all: everyone but an administrator, who has no clinical access. */
    private static boolean hasClinicalAccess(CurrentUser me) {
        return AccessPolicy.decide(me, false, false) != AccessPolicy.Decision.DENIED;
    }
}
