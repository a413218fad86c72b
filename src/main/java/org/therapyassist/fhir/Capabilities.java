package org.therapyassist.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * The CapabilityStatement as HAPI generates it from the providers, less the OperationDefinition resource HAPI adds for
 * describing operations: the server has none, so a client would find nothing there.
 */
@Interceptor
public class Capabilities {

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void onlyWhatIsImplemented(IBaseConformance generated) {
        if (generated instanceof CapabilityStatement statement) {
            statement.getRest().forEach(
                    rest -> rest.getResource().removeIf(r -> "OperationDefinition".equals(r.getType())));
        }
    }
}
