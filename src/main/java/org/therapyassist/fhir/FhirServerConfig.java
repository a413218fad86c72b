package org.therapyassist.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HAPI FHIR's plain server as a servlet at {@code /fhir/*}, beside Spring MVC: Spring Security's filters run before it
 * (the API chain: signed in, stateless). Its CapabilityStatement ({@code /fhir/metadata}) is generated from the
 * providers, so it lists exactly the interactions and search parameters implemented. Searches page with
 * {@code _count} and {@code _offset} ({@link SearchPage}); no paging provider keeps results between pages.
 */
@Configuration(proxyBeanMethods = false)
class FhirServerConfig {

    /**
     * The server's own context, strict when it reads what callers send: HAPI's default lenient reading drops a value it
     * does not know (a priority of "super-urgent" read as none, so routine), where strict reading refuses it (400).
     */
    @Bean
    FhirContext fhirContext() {
        FhirContext context = FhirContext.forR4();
        context.setParserErrorHandler(new StrictErrorHandler());
        return context;
    }

    @Bean
    ServletRegistrationBean<RestfulServer> fhirServlet(FhirContext context, List<IResourceProvider> providers) {
        RestfulServer server = new FhirServlet(context);
        server.setServerName("Therapy Assist FHIR server");
        server.setImplementationDescription("Therapy Assist: UK Core STU2 resources (base R4 where UK Core has no "
                + "profile), read and search; Patient and ServiceRequest also created, conditional on the identifier");
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        // Every provider bean of the module, in a stable order (by resource type) for the CapabilityStatement.
        server.setResourceProviders(providers.stream()
                .sorted(Comparator.comparing(p -> p.getResourceType().getSimpleName())).toList());
        server.registerInterceptor(new FhirRefusals());
        server.registerInterceptor(new Capabilities());
        ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
