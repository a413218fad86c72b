package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
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
    void patientsAndPractitionersAsReturnedValidateAgainstUkCoreWithZeroErrors() {
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
