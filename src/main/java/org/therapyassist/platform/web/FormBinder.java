package org.therapyassist.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Builds a form record from what was sent, one component per field of the same name, each read by its type through
 * {@link FormReader}. A value that does not read is null in the record and a message for its field, and the record is
 * still built, so the rules can speak about every other field at once (Spring's data binder builds no record when one
 * value fails to convert). A date component reads the three boxes {@code nameDay}, {@code nameMonth}, {@code nameYear}.
 * A record with a static {@code read(FormReader)} method reads itself (lines named by number or by id).
 */
final class FormBinder {

    private FormBinder() {
    }

    static <T extends Record> T bind(Class<T> type, FormReader in) {
        Method read = readMethod(type);
        if (read != null) {
            return type.cast(invoke(() -> read.invoke(null, in)));
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = read(components[i], in);
        }
        Constructor<T> constructor = constructor(type, components);
        return invoke(() -> constructor.newInstance(args));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(RecordComponent component, FormReader in) {
        String name = component.getName();
        Class<?> type = component.getType();
        if (type == String.class) {
            return in.text(name);
        } else if (type == Integer.class || type == int.class) {
            Integer value = in.integer(name, label(component, true));
            return value == null && type.isPrimitive() ? Integer.valueOf(0) : (Object) value;
        } else if (type == BigDecimal.class) {
            return in.decimal(name, label(component, true));
        } else if (type == UUID.class) {
            return in.id(name);
        } else if (type.isEnum()) {
            return in.choice(name, (Class<? extends Enum>) type);
        } else if (type == LocalDate.class) {
            return in.date(name, label(component, false));
        } else if (type == LocalTime.class) {
            return in.time(name, label(component, false));
        } else if (type == Instant.class) {
            return in.instant(name, label(component, false));
        } else if (type == boolean.class || type == Boolean.class) {
            return in.checked(name);
        } else if (type == FormValues.class) {
            return in.values();
        } else if (type == List.class) {
            Class<?> element = elementType(component.getGenericType());
            if (element == String.class) {
                return List.copyOf(in.all(name));
            } else if (element != null && element.isEnum()) {
                return in.all(name).stream()
                        .map(v -> in.choice(name, (Class<? extends Enum>) element, v)).toList();
            }
        }
        throw new IllegalStateException("A form record cannot hold " + component.getGenericType() + " (" + name + ")");
    }

    /** Component types whose value can fail to read, and so need a name for the field in the message. */
    static boolean needsLabel(Class<?> type) {
        return type == Integer.class || type == int.class || type == BigDecimal.class || type == LocalDate.class
                || type == LocalTime.class || type == Instant.class;
    }

    /**
     * What a field is called in a message about its value, in the request's language: its {@link Label}, else the
     * key {@code <module>.field.<name-in-kebab-case>} of the record's module ({@code sessions.field.pain-before}).
     * The name in English words ("Pain before") is the last resort only: FormLabelsTest fails for a bound field
     * with neither, since in Welsh it would leak English.
     */
    static String label(RecordComponent component, boolean capitalise) {
        Label label = component.getAnnotation(Label.class);
        if (label != null) {
            return labelText(label);
        }
        String text = Messages.find(fieldKey(component)).orElseGet(() -> words(component.getName()));
        return capitalise ? capitalised(text) : text;
    }

    /** {@code org.therapyassist.sessions.web.RecordForm.painBefore} → {@code sessions.field.pain-before}. */
    static String fieldKey(RecordComponent component) {
        String pkg = component.getDeclaringRecord().getPackageName();
        String[] parts = pkg.split("\\.");
        String module = parts.length > 2 ? parts[2] : pkg;
        return module + ".field."
                + component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A label written as {@code "{module.key}"} is looked up in the bundles, in the request's language. */
    static String labelText(Label label) {
        String value = label.value();
        return value.length() > 2 && value.startsWith("{") && value.endsWith("}")
                ? Messages.text(value.substring(1, value.length() - 1))
                : value;
    }

    /** "startsOn" → "starts on": the name in words, for messages. */
    static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    }

    static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Class<?> elementType(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c ? c : null;
    }

    private static Method readMethod(Class<?> type) {
        try {
            Method m = type.getDeclaredMethod("read", FormReader.class);
            if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
                m.setAccessible(true);
                return m;
            }
            return null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static <T> Constructor<T> constructor(Class<T> type, RecordComponent[] components) {
        try {
            Constructor<T> c = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            c.setAccessible(true);
            return c;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record always has its canonical constructor: " + type, e);
        }
    }

    private interface Reflective<T> {
        T call() throws ReflectiveOperationException;
    }

    private static <T> T invoke(Reflective<T> call) {
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
