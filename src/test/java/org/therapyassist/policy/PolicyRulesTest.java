package org.therapyassist.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.policy.Need.Who;
import org.therapyassist.policy.PolicyRules.Verdict;

class PolicyRulesTest {

    /** Facts held in maps: which competencies are in date or lapsed, and which duties the person holds. */
    static final class Facts implements Standing {
        final Set<String> held = new HashSet<>();
        final Map<String, LocalDate> lapsed = new HashMap<>();
        final Set<Who> designations = EnumSet.noneOf(Who.class);
        int competencyLookups;

        Facts holding(String... codes) {
            held.addAll(Arrays.asList(codes));
            return this;
        }

        Facts lapsed(String code, LocalDate on) {
            lapsed.put(code, on);
            return this;
        }

        Facts designated(Who who) {
            designations.add(who);
            return this;
        }

        @Override
        public boolean holds(Who designation) {
            return designations.contains(designation);
        }

        @Override
        public CompetencyStatus competencies(Collection<String> codes) {
            competencyLookups++;
            Set<String> missing = new HashSet<>();
            Map<String, LocalDate> expired = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (String code : codes) {
                names.put(code, "statement " + code);
                if (lapsed.containsKey(code)) {
                    expired.put(code, lapsed.get(code));
                } else if (!held.contains(code)) {
                    missing.add(code);
                }
            }
            return new CompetencyStatus(names, missing, expired);
        }

        @Override
        public Optional<TaskRequirement> task(String code) {
            return Optional.ofNullable(switch (code) {
                case "WALKING_AID" ->
                    new TaskRequirement(code, "Walking-aid practice", Stage.SENIOR_SUPPORT_WORKER, Set.of("3.03"));
                case "EQUIPMENT_TEACHING" ->
                    new TaskRequirement(code, "Teach equipment use", Stage.SUPPORT_WORKER, Set.of("3.12"));
                case "TUG_MEASUREMENT" ->
                    new TaskRequirement(code, "TUG measurement", Stage.SUPPORT_WORKER, Set.of("3.07"));
                case "BERG_MEASUREMENT" ->
                    new TaskRequirement(code, "Berg Balance Scale", Stage.SENIOR_SUPPORT_WORKER, Set.of("3.18"));
                default -> null;
            });
        }
    }

    static CurrentUser supportWorker(int band, Stage stage) {
        return new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "sw", "S W", "Support worker",
                band,
                stage, Set.of(Role.SUPPORT_WORKER));
    }

    static CurrentUser registrant(Role... more) {
        Set<Role> roles = EnumSet.of(Role.REGISTRANT);
        roles.addAll(Arrays.asList(more));
        return new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "pt", "P T", "Physiotherapist",
                6,
                null, roles);
    }

    static final CurrentUser BAND_2 = supportWorker(2, Stage.SUPPORT_WORKER);
    static final CurrentUser BAND_3 = supportWorker(3, Stage.SENIOR_SUPPORT_WORKER);
    static final CurrentUser BAND_4 = supportWorker(4, Stage.ASSISTANT_PRACTITIONER);
    static final CurrentUser ADMIN = new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), null, "admin", "A",
            "System administrator",
            5, null, Set.of(Role.ADMIN));

    @Test
    void aSupportWorkerCannotRecordAThoroughExaminationSoAnOverdueHoistIsNeverPassedBySomeoneNotCompetent() {
        Verdict band2 = PolicyRules.decide(BAND_2, Command.RECORD_EXAMINATION, null, new Facts());
        assertThat(band2.allowed()).isFalse();
        assertThat(band2.status()).isEqualTo(403);
        assertThat(band2.code()).isEqualTo(PolicyRules.NOT_PERMITTED);
        assertThat(band2.message()).contains("equipment leads");
        assertThat(PolicyRules.decide(registrant(), Command.RECORD_EXAMINATION, null, new Facts()).allowed()).isFalse();
        assertThat(
                PolicyRules.decide(BAND_2, Command.RECORD_EXAMINATION, null, new Facts().designated(Who.EQUIPMENT_LEAD))
                        .allowed())
                .isTrue();
        assertThat(
                PolicyRules.decide(registrant(Role.TEAM_LEAD), Command.RECORD_EXAMINATION, null, new Facts()).allowed())
                .isTrue();
    }

    @Test
    void aNewStarterCannotIssueAWalkingAidBelowTheSeniorStage() {
        Verdict verdict = PolicyRules.decide(BAND_2, Command.LEND_EQUIPMENT, "WALKING_AID",
                new Facts().holding("3.03"));
        assertThat(verdict.status()).isEqualTo(422);
        assertThat(verdict.code()).isEqualTo(PolicyRules.STAGE_TOO_LOW);
        assertThat(verdict.message()).contains("senior support worker stage");
    }

    @Test
    void aSeniorSupportWorkerWithoutTheWalkingAidSignOffCannotIssueOne() {
        Verdict verdict = PolicyRules.decide(BAND_3, Command.LEND_EQUIPMENT, "WALKING_AID", new Facts());
        assertThat(verdict.status()).isEqualTo(422);
        assertThat(verdict.code()).isEqualTo(PolicyRules.NOT_COMPETENT);
        assertThat(verdict.details()).containsEntry("competencies", List.of("3.03"));
        assertThat(PolicyRules.decide(BAND_3, Command.LEND_EQUIPMENT, "WALKING_AID", new Facts().holding("3.03"))
                .allowed()).isTrue();
    }

    @Test
    void aHoistIsNotLentBySupportWorkersUnlessTheyAreEquipmentLeads() {
        assertThat(PolicyRules.decide(BAND_4, Command.LEND_EQUIPMENT, "HOIST", new Facts()).status()).isEqualTo(403);
        assertThat(
                PolicyRules.decide(BAND_4, Command.LEND_EQUIPMENT, "HOIST", new Facts().designated(Who.EQUIPMENT_LEAD))
                        .allowed())
                .isTrue();
        assertThat(PolicyRules.decide(registrant(), Command.LEND_EQUIPMENT, "HOIST", new Facts()).allowed()).isTrue();
    }

    @Test
    void aBand2CannotRecordABergBalanceScale() {
        Verdict verdict = PolicyRules.decide(BAND_2, Command.RECORD_MEASURE, "BERG", new Facts().holding("3.18"));
        assertThat(verdict.status()).isEqualTo(422);
        assertThat(verdict.code()).isEqualTo(PolicyRules.STAGE_TOO_LOW);
        assertThat(verdict.message()).contains("Berg Balance Scale");
    }

    @Test
    void aLapsedTugSignOffStopsATugAndSaysWhenItLapsed() {
        Verdict verdict = PolicyRules.decide(BAND_2, Command.RECORD_MEASURE, "TUG",
                new Facts().lapsed("3.07", LocalDate.of(2026, 10, 3)));
        assertThat(verdict.status()).isEqualTo(422);
        assertThat(verdict.code()).isEqualTo(PolicyRules.COMPETENCY_EXPIRED);
        assertThat(verdict.message()).contains("3.07").contains("lapsed on 3 October 2026");
        assertThat(PolicyRules.decide(BAND_2, Command.RECORD_MEASURE, "TUG", new Facts().holding("3.07")).allowed())
                .isTrue();
    }

    @Test
    void aPainScoreNeedsNoSignOffButAServiceMeasureIsForRegistrants() {
        assertThat(PolicyRules.decide(BAND_2, Command.RECORD_MEASURE, "PAIN_NRS", new Facts()).allowed()).isTrue();
        assertThat(PolicyRules.decide(BAND_4, Command.RECORD_MEASURE, "PSFS", new Facts()).status()).isEqualTo(403);
        assertThat(PolicyRules.decide(registrant(), Command.RECORD_MEASURE, "PSFS", new Facts()).allowed()).isTrue();
    }

    @Test
    void registrantsAreNotHeldToSupportWorkerStagesOrSignOffs() {
        Facts facts = new Facts();
        assertThat(PolicyRules.decide(registrant(), Command.RECORD_MEASURE, "BERG", facts).allowed()).isTrue();
        assertThat(PolicyRules.decide(registrant(), Command.LEND_EQUIPMENT, "WALKING_AID", facts).allowed()).isTrue();
        assertThat(facts.competencyLookups).isZero();
    }

    @Test
    void anAssistantPractitionerMayChangeADoseOnlyWithTheProgressionSignOff() {
        assertThat(PolicyRules.decide(BAND_3, Command.CHANGE_EXERCISE_DOSE, null, new Facts().holding("3.02")).code())
                .isEqualTo(PolicyRules.STAGE_TOO_LOW);
        assertThat(PolicyRules.decide(BAND_4, Command.CHANGE_EXERCISE_DOSE, null, new Facts()).code())
                .isEqualTo(PolicyRules.NOT_COMPETENT);
        assertThat(PolicyRules.decide(BAND_4, Command.CHANGE_EXERCISE_DOSE, null, new Facts().holding("3.02")).code())
                .isEqualTo(PolicyRules.NOT_COMPETENT);
        assertThat(PolicyRules.decide(BAND_4, Command.CHANGE_EXERCISE_DOSE, null, new Facts().holding("3.01", "3.02"))
                .allowed())
                .isTrue();
    }

    @Test
    void onlyATeamLeadChangesServiceWideSettingsSuchAsTheCareCertificateStandardSet() {
        Verdict band6 = PolicyRules.decide(registrant(), Command.CHOOSE_STANDARD_SET, null, new Facts());
        assertThat(band6.status()).isEqualTo(403);
        assertThat(PolicyRules.decide(registrant(Role.TEAM_LEAD), Command.CHOOSE_STANDARD_SET, null, new Facts())
                .allowed()).isTrue();
    }

    @Test
    void anAdministratorHasNoClinicalCommands() {
        assertThat(PolicyRules.decide(ADMIN, Command.RECORD_SESSION, null, new Facts()).status()).isEqualTo(403);
        assertThat(PolicyRules.decide(ADMIN, Command.DELEGATE, null, new Facts()).code())
                .isEqualTo("delegation.delegator-not-registered");
        assertThat(PolicyRules.decide(ADMIN, Command.GIVE_THANKS, null, new Facts()).allowed()).isTrue();
    }

    @Test
    void theQualifierIsCheckedOnlyWhenKnownSoTheWebLayerCanCheckTheRestFirst() {
        assertThat(PolicyRules.decide(BAND_2, Command.RECORD_MEASURE, null, new Facts()).allowed()).isTrue();
    }

    @Test
    void everyCommandHasAUniqueCodeADescriptionAndSomeoneWhoMayRunIt() {
        Set<String> codes = new HashSet<>();
        for (Command c : Command.values()) {
            assertThat(codes.add(c.code())).as(c.name()).isTrue();
            assertThat(c.description()).as(c.name()).isNotBlank();
            assertThat(c.description(Languages.WELSH)).as(c.name()).isNotBlank()
                    .isNotEqualTo(c.description(Languages.ENGLISH));
            assertThat(c.area().title(Languages.WELSH)).as(c.name()).isNotEqualTo(c.area().title(Languages.ENGLISH));
            assertThat(c.need().who()).as(c.name()).isNotEmpty();
            assertThat(c.need().describe()).as(c.name()).doesNotContain("nobody");
        }
    }

    @Test
    void aNeedReadsAsPlainEnglish() {
        assertThat(Command.TAKE_GROUP_REGISTER.need().describe()).isEqualTo(
                "Registered therapists and support workers from the senior support worker stage with an in-date sign-off for 3.11");
    }

    static final CurrentUser EPR = new CurrentUser(null, UUID.randomUUID(), null, "system:epr-northgate",
            "System epr-northgate", "System", 0, null, Set.of(Role.SYSTEM));

    @Test
    void h77_aConnectedSystemDoesOnlyWhatNamesItNeverWhatAnyMemberOfStaffMayDo() {
        // A system holds no staff record, so a command for "anyone with an account" (changing one's own details,
        // signing one's own records) would run with nobody behind it: only commands that name systems are open.
        for (Command command : Command.values()) {
            Verdict verdict = PolicyRules.decide(EPR, command, null, new Facts().designated(Who.EQUIPMENT_LEAD));
            boolean named = command.need().who().contains(Who.CONNECTED_SYSTEM);
            assertThat(verdict.allowed()).as(command.code()).isEqualTo(named);
            if (!named) {
                assertThat(verdict.status()).as(command.code()).isEqualTo(403);
            }
        }
        assertThat(Arrays.stream(Command.values()).filter(c -> c.need().who().contains(Who.CONNECTED_SYSTEM)))
                .containsExactlyInAnyOrder(Command.REGISTER_PATIENT, Command.RECEIVE_REFERRAL);
        assertThat(Arrays.stream(Command.values()).filter(c -> c.need().allows(Who.ANY_STAFF))).isNotEmpty();
    }

    @Test
    void aNeedAndARefusalReadInWelshForAWelshReader() {
        assertThat(Command.TAKE_GROUP_REGISTER.need().describe(Languages.WELSH)).isEqualTo(
                "Therapyddion cofrestredig a gweithwyr cymorth o'r cam uwch weithiwr cymorth ymlaen sydd â chymeradwyaeth "
                        + "mewn dyddiad ar gyfer 3.11");
        LocaleContextHolder.setLocale(Languages.WELSH);
        try {
            Verdict verdict = PolicyRules.decide(BAND_2, Command.RECORD_MEASURE, "TUG",
                    new Facts().lapsed("3.07", LocalDate.of(2026, 10, 3)));
            assertThat(verdict.code()).isEqualTo(PolicyRules.COMPETENCY_EXPIRED);
            assertThat(verdict.message()).startsWith("Ni chewch wneud hyn (cofnodi mesur canlyniad")
                    .contains("daeth eich cymeradwyaeth ar gyfer 3.07").contains("i ben ar 3 Hydref 2026")
                    .doesNotContain("You cannot");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
