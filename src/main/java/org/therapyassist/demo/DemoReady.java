package org.therapyassist.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The last line a demo start prints: where to open it and whom to sign in as. Ready means the demo data is written
 * (application runners finish before the ready event) and the first page can be served.
 */
@Component
class DemoReady {

    private static final Logger log = LoggerFactory.getLogger(DemoReady.class);

    private final DemoProperties properties;
    private final Environment environment;

    DemoReady(DemoProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!properties.enabled()) {
            return;
        }
        log.info("Therapy Assist is ready: open {} and sign in as pt.demo, password demo (the README lists the other "
                + "demo logins).", address());
    }

    String address() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
