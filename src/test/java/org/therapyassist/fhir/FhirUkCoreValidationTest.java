package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.Episode;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Every resource the FHIR server returns, for demo patients and staff, validates against UK Core STU2 (the package in
 * src/test/resources/fhir; see NOTICE) with zero errors. The validator is built once: its first use generates the
 * profiles' snapshots and is slow.
 */
@IntegrationTest
class FhirUkCoreValidationTest {

    private static FhirValidator validator;

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GoalScaling scaling;
    @Autowired
    MeasureResults measures;
    @LocalServerPort
    int port;

    @BeforeAll
    static void buildValidator() throws IOException {
        var context = FhirClient.FHIR;
        NpmPackageValidationSupport ukCore = new NpmPackageValidationSupport(context);
        ukCore.loadPackageFromClasspath("classpath:fhir/fhir.r4.ukcore.stu2-2.0.2.tgz");
        ValidationSupportChain chain = new ValidationSupportChain(ukCore, new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
    }

    static List<String> errors(String what, IBaseResource resource) {
        List<String> errors = new ArrayList<>();
        for (SingleValidationMessage m : validator.validateWithResult(resource).getMessages()) {
            if (m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(what + ": " + m.getLocationString() + " " + m.getMessage());
            }
        }
        return errors;
    }

    @Test
    void everyResourceAsReturnedValidatesAgainstUkCoreOrBaseR4WithZeroErrors() {
        FhirClient fhir = new FhirClient(port);
        CurrentUser pt = fixtures.user("pt.demo");
        // A few demo patients of the service (the registrant may open any of them), and one made here.
        List<UUID> patients = new ArrayList<>(jdbc.sql("select id from patient where organisation_id = ? "
                + "order by family_name, id limit 3").param(pt.organisationId()).query(UUID.class).list());
        patients.add(fixtures.patientWithEpisode(pt).patientId());
        List<String> errors = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (UUID id : patients) {
            paths.add("Patient/" + id);
        }
        String family = jdbc.sql("select family_name from patient where id = ?").param(patients.getFirst())
                .query(String.class).single();
        paths.add("Patient?family=" + family);
        for (String user : List.of("pt.demo", "ot.demo", "hca.demo", "lead.demo")) {
            paths.add("Practitioner/" + fixtures.user(user).staffId());
        }
        paths.add("Practitioner?family=Raman");
        for (String user : List.of("pt.demo", "hca.demo", "lead.demo")) {
            paths.add("PractitionerRole/" + fixtures.user(user).staffId());
        }
        paths.add("PractitionerRole?practitioner=" + pt.staffId());
        // Demo episodes (open and closed) and goals, and a patient made here with a scaled, reviewed goal.
        paths.addAll(careRecords(pt));
        paths.addAll(sampled(pt, "referral", "ServiceRequest", "ServiceRequest?patient="));
        paths.addAll(sampled(pt, "measure_result", "Observation", "Observation?patient="));
        paths.addAll(correctedResult(pt));
        paths.addAll(sampled(pt, "session_record", "Encounter", "Encounter?patient="));
        paths.addAll(sampled(pt, "group_attendance", "Encounter", "Encounter?patient="));
        paths.addAll(sampled(pt, "session_record", "Provenance/sign-", "Provenance?patient="));
        jdbc.sql("select session_record_id from session_countersignature where organisation_id = ? order by "
                + "session_record_id limit 2").param(pt.organisationId()).query(UUID.class).list()
                .forEach(id -> paths.add("Provenance?target=Encounter/" + id));
        paths.addAll(sampled(pt, "delegation", "Provenance/delegation-", "Provenance?patient="));
        paths.addAll(sampled(pt, "episode", "CarePlan", "CarePlan?patient="));
        paths.addAll(sampled(pt, "equipment_loan", "DeviceUseStatement", "DeviceUseStatement?patient="));
        paths.addAll(sampled(pt, "equipment_loan", "DeviceRequest", "DeviceRequest?patient="));
        jdbc.sql("select asset_id, patient_id from equipment_loan where organisation_id = ? and asset_id is not null "
                + "and status = 'ON_LOAN' order by id limit 2").param(pt.organisationId()).query((rs, n) -> {
                    paths.add("Device/" + rs.getObject(1, UUID.class));
                    paths.add("Device?patient=" + rs.getObject(2, UUID.class));
                    return n;
                }).list();
        jdbc.sql("select id from equipment_asset where organisation_id = ? and status <> 'ON_LOAN' order by id limit 2")
                .param(pt.organisationId()).query(UUID.class).list().forEach(id -> paths.add("Device/" + id));
        paths.addAll(sampled(pt, "episode", "CareTeam", "CareTeam?patient="));
        jdbc.sql("select distinct d.episode_id from delegation d where d.organisation_id = ? and d.status in "
                + "('ACCEPTED', 'COMPLETED') order by d.episode_id limit 2").param(pt.organisationId())
                .query(UUID.class).list().forEach(id -> paths.add("CareTeam/" + id));
        jdbc.sql("select distinct i.episode_id from programme_item i where i.organisation_id = ? order by "
                + "i.episode_id limit 2").param(pt.organisationId()).query(UUID.class).list()
                .forEach(id -> paths.add("CarePlan/" + id));
        paths.add("CareTeam/" + pt.teamId());
        paths.add("CareTeam");
        paths.add("metadata");
        paths.add("Patient/not-a-uuid");
        for (String path : paths) {
            var answer = fhir.get("pt.demo", path);
            IBaseResource resource = answer.resource();
            errors.addAll(errors(path, resource));
            if (resource instanceof Bundle bundle) {
                assertThat(bundle.getEntry()).as(path).isNotEmpty();
                bundle.getEntry().forEach(e -> errors.addAll(errors(path + " entry", e.getResource())));
            }
        }
        assertThat(errors).isEmpty();
    }

    List<String> careRecords(CurrentUser pt) {
        List<String> paths = new ArrayList<>();
        for (String status : List.of("OPEN", "CLOSED")) {
            jdbc.sql("select id, patient_id from episode where organisation_id = ? and status = ? order by id limit 2")
                    .params(pt.organisationId(), status).query((rs, n) -> {
                        paths.add("EpisodeOfCare/" + rs.getObject(1, UUID.class));
                        paths.add("EpisodeOfCare?patient=" + rs.getObject(2, UUID.class));
                        return n;
                    }).list();
        }
        jdbc.sql("select g.id, g.patient_id from goal g where g.organisation_id = ? and exists (select 1 from "
                + "goal_review r where r.goal_id = g.id) order by g.id limit 2").param(pt.organisationId())
                .query((rs, n) -> {
                    paths.add("Goal/" + rs.getObject(1, UUID.class));
                    paths.add("Goal?patient=" + rs.getObject(2, UUID.class));
                    return n;
                }).list();
        Episode episode = fixtures.patientWithEpisode(pt);
        UUID scaled = scaling.addGoal(pt, episode.id(),
                new Commands.AddGoal("Climb the stairs at home", fixtures.today().plusWeeks(6)),
                new GoalScaling.Levels(2, "Cannot climb", "Climbs with two", "Climbs with one rail",
                        "Climbs with a stick", "Climbs alone", -2));
        scaling.review(pt, scaled, new GoalScaling.Review(fixtures.today(), -1, null));
        jdbc.sql("select id, patient_id from delegation where organisation_id = ? order by id limit 3")
                .param(pt.organisationId()).query((rs, n) -> {
                    paths.add("Task/" + rs.getObject(1, UUID.class));
                    paths.add("Task?patient=" + rs.getObject(2, UUID.class));
                    return n;
                }).list();
        paths.add("Goal/" + scaled);
        paths.add("Goal/" + episode.goals().getFirst().id());
        paths.add("Goal?patient=" + episode.patientId());
        paths.add("EpisodeOfCare?patient=" + episode.patientId());
        return paths;
    }

    /** A result made here and its correction: the replaced one (entered-in-error) and the amended one. */
    List<String> correctedResult(CurrentUser pt) {
        Episode episode = fixtures.patientWithEpisode(pt);
        var first = measures.record(pt, episode.patientId(), new MeasureResults.NewResult("BERG", episode.id(), null,
                fixtures.today(), Collections.nCopies(14, BigDecimal.valueOf(3)), null, null, "Steady"));
        var corrected = measures.correct(pt, first.id(), "Item 14 scored wrongly", new MeasureResults.NewResult(
                "BERG", episode.id(), null, fixtures.today(), Collections.nCopies(14, BigDecimal.valueOf(2)), null,
                null, null));
        return List.of("Observation/" + first.id(), "Observation/" + corrected.id(),
                "Observation?_count=1&patient=" + episode.patientId());
    }

    /**
     * Reads of a few demo rows of a table whose id is the resource's id, and searches by their patients: the rows
     * chosen across the table (first, last, and a correction where the table has them) so varied states are seen.
     */
    List<String> sampled(CurrentUser pt, String table, String read, String search) {
        List<String> paths = new ArrayList<>();
        String rows = "select id, patient_id from " + table + " where organisation_id = ?";
        for (String order : List.of(" order by id limit 2", " order by id desc limit 2")) {
            jdbc.sql(rows + order).param(pt.organisationId()).query((rs, n) -> {
                paths.add(read + (read.endsWith("-") ? "" : "/") + rs.getObject(1, UUID.class));
                paths.add(search + rs.getObject(2, UUID.class));
                return n;
            }).list();
        }
        assertThat(paths).as(table).isNotEmpty();
        return paths;
    }

    /** The control: the same validator does find UK Core errors, so the zero above means something. */
    @Test
    void aPatientBreakingUkCoreHasErrors() {
        Patient broken = new Patient();
        broken.getMeta().addProfile(UkCore.PATIENT_PROFILE);
        broken.addIdentifier().setSystem(UkCore.NHS_NUMBER);
        broken.addIdentifier().setSystem(UkCore.NHS_NUMBER).setValue("9434765919");
        assertThat(errors("broken", broken)).isNotEmpty();
    }
}
