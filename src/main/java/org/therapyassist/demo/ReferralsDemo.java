package org.therapyassist.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.discharge.DischargeCommands;
import org.therapyassist.discharge.DischargeSummary;
import org.therapyassist.discharge.Discharges;
import org.therapyassist.discharge.DiscussionKind;
import org.therapyassist.discharge.EquipmentPlan;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;
import org.therapyassist.referrals.ReferralCommands.NewReferral;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.Urgency;

/**
 * Referrals waiting for triage on the stroke ward and in community rehab (urgent, soon and routine; one routine GP
 * referral past its date), and a community patient discharged with a signed summary, equipment plans and a letter.
 * Written through the referrals and discharge services, so every rule and audit event applies as in real use.
 */
@Component
class ReferralsDemo {

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final Referrals referrals;
    private final Discharges discharges;
    private final DelegationDesk delegations;
    private final Clock clock;
    private long nhs = 999_500_000L;

    ReferralsDemo(JdbcClient jdbc, AccountDirectory accounts, Referrals referrals, Discharges discharges,
            DelegationDesk delegations, Clock clock) {
        this.delegations = delegations;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.referrals = referrals;
        this.discharges = discharges;
        this.clock = clock;
    }

    void write() {
        if (accounts.findByUsername("pt.demo").isEmpty()
                || jdbc.sql("select count(*) from referral").query(Long.class).single() > 0) {
            return;
        }
        CurrentUser priya = accounts.findByUsername("pt.demo").orElseThrow().user();
        CurrentUser owen = accounts.findByUsername("ot.demo").orElseThrow().user();
        Map<String, UUID> teams = jdbc.sql("select name, id from team where organisation_id = ?")
                .param(priya.organisationId())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        UUID ward = teams.get("Stroke ward");
        UUID community = teams.get("Community rehab");
        LocalDate today = Time.today(clock);

        referral(priya,
                newPatient("Harold", "Brindley", LocalDate.of(1939, 2, 11), "Flat 3, 18 Canal Street, Northgate",
                        "NG3 2DQ"),
                ward, SourceRole.NURSE, "Staff Nurse Ada Lowe", "Ward 7, Northgate General",
                "Fell from bed overnight; now needs two to stand. Please assess mobility and transfers today.",
                Urgency.URGENT, today);
        referral(priya,
                newPatient("Margaret", "Oyelaran", LocalDate.of(1946, 9, 30), "27 Beech Road, Northgate", "NG5 1LP"),
                ward, SourceRole.ORTHOPAEDICS, "Mr K Osei, orthopaedic registrar",
                "Trauma and orthopaedics, Northgate General",
                "Day 2 after a right hip hemiarthroplasty; full weight bearing. Mobilise and plan discharge.",
                Urgency.SOON, today.minusDays(2));
        referral(priya,
                newPatient("Dennis", "Whitlow", LocalDate.of(1952, 4, 3), "9 Orchard Close, Eastwick", "NG8 7RT"),
                ward, SourceRole.PROSTHETIST_ORTHOTIST, "Lena Marsh, prosthetist", "Northgate Limb Centre",
                "Transtibial amputee with a new prosthesis; gait re-education and falls advice.", Urgency.SOON,
                today.minusDays(6));
        referral(priya,
                newPatient("Patricia", "Quigley", LocalDate.of(1944, 12, 19), "62 Station Road, Northgate", "NG2 6HA"),
                ward, SourceRole.GP, "Dr R Patel", "Northgate Surgery",
                "Gradual loss of confidence walking outdoors after a stroke last year. Review balance and a walking aid.",
                Urgency.ROUTINE, today.minusDays(50));
        referral(owen, newPatient("Sunita", "Bhatt", LocalDate.of(1950, 7, 8), "4 Willow Court, Northgate", "NG4 3BX"),
                community, SourceRole.SELF, "Sunita Bhatt", null,
                "Struggling to get in and out of the bath since a knee replacement; asks about equipment.",
                Urgency.ROUTINE, today.minusDays(9));
        referral(owen, newPatient("George", "Amankwah", LocalDate.of(1936, 5, 22), "11 Mill Lane, Westford", "NG9 4PE"),
                community, SourceRole.NURSE, "Claire Dunn, district nurse", "Westford district nursing team",
                "Home alone after his wife's admission; unsteady, two falls this week. Transfers and equipment.",
                Urgency.URGENT, today.minusDays(1));

        discharged(owen, community);
    }

    /** A community patient with equipment at home: summary, discussions, a plan for each item, signed. */
    private void discharged(CurrentUser owen, UUID community) {
        List<UUID> episodes = jdbc
                .sql("select e.id from episode e where e.organisation_id = ? and e.team_id = ? and e.status = 'OPEN' "
                        + "and e.lead_therapist_id = ? and exists (select 1 from equipment_loan l where l.patient_id = e.patient_id "
                        + "and l.status = 'ON_LOAN') order by e.opened_on, e.id")
                .params(owen.organisationId(), community, owen.staffId()).query(UUID.class).list();
        if (episodes.isEmpty()) {
            return;
        }
        DischargeSummary s = discharges.start(owen, episodes.getFirst());
        LocalDate today = Time.today(clock);
        discharges.update(owen, s.id(), new DischargeCommands.Details(
                "Keep doing the sit-to-stand and heel-raise exercises twice a day. Walk to the post box and back each day with "
                        + "the frame. Use the perching stool in the kitchen. If you fall, use the pendant alarm and do not rush to get up.",
                "Phone review by the community team in 2 weeks. Re-refer through the GP if walking gets worse.",
                "Dr R Patel, Northgate Surgery", null));
        discharges.addDiscussion(owen, s.id(),
                new DischargeCommands.NewDiscussion(DiscussionKind.PATIENT_FAMILY, today.minusDays(2),
                        "Patient and her son",
                        "Ready to manage at home without visits; son will check in each evening for the first week."));
        discharges.addDiscussion(owen, s.id(), new DischargeCommands.NewDiscussion(DiscussionKind.MDT,
                today.minusDays(1),
                "Community MDT: Grace Okafor (physiotherapist), district nurse, social worker",
                "Discharge from therapy agreed; district nurses continue leg dressings; no package of care needed."));
        DischargeSummary current = discharges.open(owen, s.id());
        int i = 0;
        for (DischargeSummary.EquipmentLine item : current.equipment()) {
            if (item.stillOnLoan()) {
                EquipmentPlan plan = i++ % 2 == 0 ? EquipmentPlan.LEAVE_WITH_PATIENT : EquipmentPlan.COLLECT;
                discharges.planEquipment(owen, s.id(), new DischargeCommands.PlanItem(item.loanId(), plan,
                        plan == EquipmentPlan.COLLECT
                                ? "Collection booked for Monday morning"
                                : "Still needed; check at the phone review"));
            }
        }
        for (var d : delegations.forPatient(owen.organisationId(), current.patientId())) {
            if (current.episodeId().equals(d.episodeId())
                    && ("OFFERED".equals(d.status()) || "ACCEPTED".equals(d.status()))) {
                delegations.cancel(owen, d.id(), "Goals met; discharged from therapy");
            }
        }
        discharges.sign(owen, s.id(), null);
    }

    private void referral(CurrentUser by, NewPatient patient, UUID team, SourceRole role, String name,
            String organisation,
            String reason, Urgency urgency, LocalDate received) {
        referrals.receiveForNewPatient(by, patient,
                new NewReferral(UUID.randomUUID(), team, role, name, organisation, reason,
                        urgency, received));
    }

    private NewPatient newPatient(String given, String family, LocalDate born, String address, String postcode) {
        return new NewPatient(nextNhsNumber(), given, family, born, address, postcode, null, List.of());
    }

    private String nextNhsNumber() {
        while (true) {
            String nine = Long.toString(nhs++);
            int check = NhsNumber.checkDigit(nine);
            if (check >= 0 && jdbc.sql("select count(*) from patient where nhs_number = ?").param(nine + check)
                    .query(Long.class).single() == 0) {
                return nine + check;
            }
        }
    }
}
