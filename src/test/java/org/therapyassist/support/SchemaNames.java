package org.therapyassist.support;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Records which of our classes springdoc turned into each named schema while it built the OpenAPI document. springdoc
 * names a schema by the class's simple name, so two records both called {@code Change} silently become one schema
 * (the last one wins) and one of the operations is documented with the other's body.
 */
public class SchemaNames implements ModelConverter {

    private final Map<String, Set<String>> classesByName = new ConcurrentHashMap<>();

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        String name = schema == null
                ? null
                : schema.getName() != null
                        ? schema.getName()
                        : schema.get$ref() != null
                                ? schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)
                                : null;
        if (name != null && type.getType() != null) {
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            if (raw.getName().startsWith("org.therapyassist.")) {
                classesByName.computeIfAbsent(name, n -> new ConcurrentSkipListSet<>()).add(raw.getName());
            }
        }
        return schema;
    }

    /** Schema names that more than one class was given. */
    public Map<String, Set<String>> collisions() {
        Map<String, Set<String>> found = new TreeMap<>();
        classesByName.forEach((name, classes) -> {
            if (classes.size() > 1) {
                found.put(name, classes);
            }
        });
        return found;
    }

    public Map<String, Set<String>> all() {
        return new TreeMap<>(classesByName);
    }
}
