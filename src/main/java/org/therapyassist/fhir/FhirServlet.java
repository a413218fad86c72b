package org.therapyassist.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serial;

/**
 * HAPI's plain server without its X-Powered-By header, which names HAPI and its version: no caller needs it, a
 * scanner reads it.
 */
class FhirServlet extends RestfulServer {

    @Serial
    private static final long serialVersionUID = 1L;

    FhirServlet(FhirContext context) {
        super(context);
    }

    @Override
    public void addHeadersToResponse(HttpServletResponse response) {
        // Nothing: see the class comment.
    }
}
