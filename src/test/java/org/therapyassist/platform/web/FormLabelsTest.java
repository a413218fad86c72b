package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.therapyassist.support.IntegrationTest;

/**
 * A value that does not read ("abc" for a number, 31 February) is reported with the field's name: that name must come
 * from the bundles, or a Welsh page would say "Pain before must be a whole number" in Welsh around an English name.
 */
@IntegrationTest
class FormLabelsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyFieldAPageFormBindsHasItsNameInTheBundles() {
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (!parameter.getParameterType().equals(FormPost.class)) {
                    continue;
                }
                Class<?> form = ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve();
                assertThat(form).as(handler.toString()).isNotNull();
                for (RecordComponent c : form.getRecordComponents()) {
                    if (!FormBinder.needsLabel(c.getType())) {
                        continue;
                    }
                    checked++;
                    Label label = c.getAnnotation(Label.class);
                    String key = label == null ? FormBinder.fieldKey(c) : braced(label.value());
                    if (key == null) {
                        missing.add(form.getName() + "." + c.getName() + ": @Label(\"" + label.value()
                                + "\") is English only; write @Label(\"{module.field.name}\")");
                    } else if (Messages.source().getMessage(key, null, null, Languages.ENGLISH) == null) {
                        missing.add(form.getName() + "." + c.getName() + ": no key " + key);
                    }
                }
            }
        }
        assertThat(checked).as("form fields found through the handler mappings").isGreaterThan(50);
        assertThat(missing).as("form fields whose name in a message is not in the bundles").isEmpty();
    }

    /** Forms that read themselves, and page code that names a field, pass the name from the bundles too. */
    @Test
    void noFieldNameIsTypedInEnglishInJava() throws IOException {
        Pattern literalLabel = Pattern.compile("@Label\\(\"[^{]");
        Pattern literalReaderLabel = Pattern.compile(
                "\\b(?:in|reader|errors)\\.(?:integer|decimal|date|time)\\(\\s*[^,()]+(?:\\([^()]*\\))?,\\s*\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : List.of(literalLabel, literalReaderLabel)) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        found.add(SOURCES.relativize(file) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("field names typed in English: use @Label(\"{key}\") or Messages.text(key)").isEmpty();
    }

    @Test
    void aFieldWithoutALabelIsNamedInWelshFromItsModulesBundle() throws Exception {
        Class<?> form = Class.forName("org.therapyassist.pulse.PulseAnswer");
        RecordComponent c = form.getRecordComponents()[0];
        assertThat(FormBinder.fieldKey(c)).startsWith("pulse.field.");
        LocaleContextHolder.setLocale(Languages.WELSH);
        try {
            assertThat(FormBinder.label(c, true)).isEqualTo(FormBinder.capitalised(
                    Messages.text(Languages.WELSH, FormBinder.fieldKey(c)))).isNotEqualTo(
                            FormBinder.capitalised(FormBinder.words(c.getName())));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static String braced(String value) {
        return value.length() > 2 && value.startsWith("{") && value.endsWith("}")
                ? value.substring(1, value.length() - 1)
                : null;
    }
}
