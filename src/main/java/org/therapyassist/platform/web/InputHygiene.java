package org.therapyassist.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.therapyassist.platform.InputRules;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The input rules applied once for every JSON body and query parameter: text without control characters and dates
 * within the years a record can mean ({@link InputRules}). A value that breaks them is a 400 naming the field, before
 * any service sees it. (Form posts are checked by {@link RequestHygieneFilter}; page dates by {@link FormErrors}.)
 */
@Configuration(proxyBeanMethods = false)
class InputHygiene implements WebMvcConfigurer {

    @Bean
    JacksonModule inputHygieneModule() {
        SimpleModule module = new SimpleModule("therapy-assist-input-hygiene");
        module.addDeserializer(String.class, new CleanText());
        module.addDeserializer(LocalDate.class, new BoundedDate());
        return module;
    }

    /** Dates in query parameters (reports by date range, say) follow the same bounds as dates in bodies. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                LocalDate date;
                try {
                    date = LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not a date: " + text, e);
                }
                if (!InputRules.dateInRange(date)) {
                    throw new IllegalArgumentException(InputRules.DATE_RANGE);
                }
                return date;
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
    }

    static final class CleanText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (InputRules.hasControlCharacters(text)) {
                throw ctxt.weirdStringException("(text with a control character)", String.class,
                        InputRules.CONTROL_CHARACTERS);
            }
            return text;
        }
    }

    static final class BoundedDate extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (!InputRules.dateInRange(date)) {
                throw ctxt.weirdStringException(String.valueOf(date), LocalDate.class, InputRules.DATE_RANGE);
            }
            return date;
        }

        @Override
        public Class<?> handledType() {
            return LocalDate.class;
        }
    }
}
