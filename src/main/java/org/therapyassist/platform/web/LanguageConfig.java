package org.therapyassist.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.therapyassist.platform.LanguagePreferences;

/** English and Welsh: the bundles every page, message and PDF reads, and how a request's language is chosen. */
@Configuration(proxyBeanMethods = false)
class LanguageConfig {

    /** Named so: Spring MVC, Thymeleaf's #{...} and Bean Validation's {...} messages all look it up by this name. */
    @Bean
    MessageSource messageSource() {
        return Messages.source();
    }

    @Bean
    LocaleResolver localeResolver(LanguagePreferences preferences,
            @Value("${therapy-assist.security.https:false}") boolean https) {
        return new LanguageResolver(preferences, https);
    }
}
