package org.therapyassist.platform.idempotency;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Puts the Idempotency-Key filter after Spring Security, which it needs to know who is asking. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfig {

    /** After Spring Security's filter chain (-100), before the dispatcher. */
    static final int ORDER = -50;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store,
            PlatformTransactionManager transactions,
            IdempotencyProperties properties, JsonMapper json, LocaleResolver languages) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(store, transactions, properties, json, languages));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/api/v1/*", IdempotencyRules.OUTBOX + "*");
        return registration;
    }
}
