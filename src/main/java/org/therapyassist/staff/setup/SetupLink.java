package org.therapyassist.staff.setup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At each start of a service nobody administers yet, prints a fresh set-up link in the log: whoever can read the
 * service's log is trusted to set it up. Runs after the demo loader (an application runner), so a demo never gets one.
 */
@Component
class SetupLink {

    private static final Logger log = LoggerFactory.getLogger(SetupLink.class);

    private final ServiceSetup setup;
    private final SetupProperties properties;
    private final Environment environment;

    SetupLink(ServiceSetup setup, SetupProperties properties, Environment environment) {
        this.setup = setup;
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printWhenNeeded() {
        setup.issue().ifPresent(token -> log.warn("""
                This service has no administrator yet. Open this link within {} to create the organisation and the \
                first administrator account (it works once; restarting prints a new one and the old one stops \
                working): {}/setup/{}""", SetupPages.describe(properties.linkValidFor()), baseUrl(), token));
    }

    private String baseUrl() {
        if (!properties.baseUrl().isEmpty()) {
            return properties.baseUrl();
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
