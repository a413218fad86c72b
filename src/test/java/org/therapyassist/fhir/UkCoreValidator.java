package org.therapyassist.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's validator with the UK Core STU2 package (src/test/resources/fhir, see NOTICE), built on first use (slow: it
 * generates the profiles' snapshots) and kept for the other tests of the run.
 */
final class UkCoreValidator {

    private static FhirValidator validator;

    private UkCoreValidator() {
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            var context = FhirClient.FHIR;
            NpmPackageValidationSupport ukCore = new NpmPackageValidationSupport(context);
            try {
                ukCore.loadPackageFromClasspath("classpath:fhir/fhir.r4.ukcore.stu2-2.0.2.tgz");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ValidationSupportChain chain = new ValidationSupportChain(ukCore,
                    new DefaultProfileValidationSupport(context), new CommonCodeSystemsTerminologyService(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context));
            FhirValidator built = context.newValidator();
            built.registerValidatorModule(new FhirInstanceValidator(chain));
            validator = built;
        }
        return validator;
    }

    /** The errors (and fatal errors) the validator finds in this resource, each with where it is. */
    static List<String> errors(String what, IBaseResource resource) {
        List<String> errors = new ArrayList<>();
        for (SingleValidationMessage m : validator().validateWithResult(resource).getMessages()) {
            if (m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(what + ": " + m.getLocationString() + " " + m.getMessage());
            }
        }
        return errors;
    }
}
