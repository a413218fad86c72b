package org.therapyassist.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo data on first run (the demo profile turns it on). */
@ConfigurationProperties("therapy-assist.demo")
public record DemoProperties(boolean enabled, int scale) {
}
