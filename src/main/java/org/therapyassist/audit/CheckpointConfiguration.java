package org.therapyassist.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checkpoint key and the anchor log, both files outside the database, where the properties say. */
@Configuration(proxyBeanMethods = false)
class CheckpointConfiguration {

    @Bean
    CheckpointKey checkpointKey(AuditProperties properties) {
        return CheckpointKey.loadOrCreate(properties.checkpointKeyFile());
    }

    @Bean
    AnchorLog anchorLog(AuditProperties properties) {
        return new AnchorLog(properties.checkpointAnchorDirectory());
    }
}
