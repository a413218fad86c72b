package org.therapyassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.therapyassist.support.IntegrationTest;
import org.therapyassist.support.SchemaNames;

/**
 * The OpenAPI document tells clients the truth: no parameter that is not one, every operation signed in with HTTP
 * Basic and every failure documented as problem+json, one class per schema name, no untyped bodies, and every failure
 * the code behind an operation can throw documented for that operation. (What the API tests really send and receive is
 * checked against the same document by {@code support/ApiDocumentCheck}.)
 */
@IntegrationTest
class OpenApiDocumentTest {

    private static final String PROBLEM = "#/components/schemas/Problem";
    /** Business exceptions and the status {@code ApiProblems} gives each. */
    private static final Map<String, Integer> STATUS_OF = Map.of(
            "org.therapyassist.platform.InvalidInputException", 400,
            "org.therapyassist.platform.NotAllowedException", 403,
            "org.therapyassist.platform.NotFoundException", 404,
            "org.therapyassist.platform.ConflictException", 409,
            "org.therapyassist.platform.RefusedException", 422);
    /**
     * Statuses the call walk finds but that cannot happen: a not-found thrown when reading back a row the operation has
     * just written or listed, or the signed-in person's own staff record. Each says why; keep it short.
     */
    private static final Map<String, String> CANNOT_HAPPEN = Map.of(
            "POST /api/v1/patients 404", "reads back the patient it has just added",
            "POST /api/v1/exercises 404", "reads back the exercise it has just added",
            "POST /api/v1/measures 404", "reads back the measure it has just added",
            "POST /api/v1/group-classes 404", "reads back the class it has just added",
            "GET /api/v1/me 404", "reads the signed-in person's own staff record",
            "GET /api/v1/induction 404", "reads the signed-in person's own staff record",
            "GET /api/v1/passport/issuer-key 404", "reads the signed-in person's own organisation",
            "GET /api/v1/equipment/purchase-orders 404", "reads each order it has just listed",
            "GET /api/v1/equipment/purchase-orders/suggested 404", "reads each store it has just listed");
    private static JavaClasses classes;

    @Autowired
    MockMvc mvc;
    @Autowired
    SchemaNames schemaNames;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Map<String, Object> document;

    @BeforeEach
    void readTheDocument() throws Exception {
        document = JsonPath.parse(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .json();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    /** "POST /api/v1/delegations" → the operation. */
    Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        map(document.get("paths")).forEach((path, item) -> map(item)
                .forEach((method, operation) -> operations.put(method.toUpperCase() + " " + path, map(operation))));
        return operations;
    }

    @Test
    void noParameterIsOneTheApiDoesNotRead() {
        List<String> phantoms = new ArrayList<>();
        operations().forEach((name, operation) -> list(operation.get("parameters")).forEach(p -> {
            Map<String, Object> schema = map(p.get("schema"));
            if ("me".equals(p.get("name")) || schema.containsKey("$ref") || "object".equals(schema.get("type"))) {
                phantoms.add(name + " " + p.get("in") + " " + p.get("name"));
            }
        }));
        assertThat(phantoms).as("parameters that are the signed-in user, or whole objects in the query").isEmpty();
        assertThat(map(map(document.get("components")).get("schemas"))).doesNotContainKey("CurrentUser");
        assertThat(operations()).hasSizeGreaterThan(150);
    }

    @Test
    void everyOperationNeedsABearerTokenOrInTheDemoAndTestsHttpBasicAndDocumentsItsFailuresAsProblems() {
        assertThat(map(map(map(document.get("components")).get("securitySchemes")).get("bearerAuth")))
                .containsEntry("type", "http").containsEntry("scheme", "bearer").containsEntry("bearerFormat", "JWT");
        assertThat(map(map(map(document.get("components")).get("securitySchemes")).get("basicAuth")))
                .containsEntry("type", "http").containsEntry("scheme", "basic");
        assertThat(list(document.get("security"))).containsExactly(Map.of("bearerAuth", List.of()),
                Map.of("basicAuth", List.of()));
        List<String> wrong = new ArrayList<>();
        operations().forEach((name, operation) -> {
            if (operation.containsKey("security")) {
                wrong.add(name + " overrides the security requirement");
            }
            Map<String, Object> responses = map(operation.get("responses"));
            if (responses.keySet().stream().noneMatch(s -> s.startsWith("4"))) {
                wrong.add(name + " documents no 4xx");
            }
            for (String status : List.of("401", "403", "429")) {
                if (!responses.containsKey(status)) {
                    wrong.add(name + " does not document " + status);
                }
            }
            responses.forEach((status, response) -> {
                if (status.startsWith("4") && !PROBLEM.equals(JsonPath.read(response,
                        "$.content['application/problem+json'].schema['$ref']"))) {
                    wrong.add(name + " " + status + " is not problem+json");
                }
                if (status.startsWith("2") && map(response).containsKey("content")
                        && map(map(response).get("content")).containsKey("*/*")) {
                    wrong.add(name + " " + status + " has no media type");
                }
                if (status.equals("204") && map(response).containsKey("content")) {
                    wrong.add(name + " 204 has a body");
                }
            });
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everySchemaNameBelongsToOneClass() {
        assertThat(schemaNames.all()).as("schemas seen while building the document").hasSizeGreaterThan(100);
        assertThat(schemaNames.collisions()).as("schema names that several classes were given, so one body hides "
                + "another").isEmpty();
    }

    @Test
    void operationIdsAreUnique() {
        List<Object> ids = operations().values().stream().map(o -> o.get("operationId")).toList();
        assertThat(ids).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void noBodyIsAnUntypedMap() {
        List<String> untyped = new ArrayList<>();
        operations().forEach((name, operation) -> {
            map(map(operation.get("requestBody")).get("content"))
                    .forEach((type, media) -> check(name + " request " + type, map(map(media).get("schema")), untyped));
            map(operation.get("responses")).forEach((status, response) -> map(map(response).get("content")).forEach(
                    (type, media) -> check(name + " " + status + " " + type, map(map(media).get("schema")), untyped)));
        });
        map(map(map(document.get("components")).get("schemas"))).forEach((schema, definition) -> {
            if (!schema.equals("Problem")) {
                map(map(definition).get("properties"))
                        .forEach((property, value) -> check("schema " + schema + "." + property, map(value), untyped));
            }
        });
        assertThat(untyped).as("free-form objects: a Map where a record should say what is in it").isEmpty();
    }

    private static void check(String where, Map<String, Object> schema, List<String> untyped) {
        if ("array".equals(schema.get("type"))) {
            check(where + "[]", map(schema.get("items")), untyped);
        } else if ("object".equals(schema.get("type")) && !schema.containsKey("properties")) {
            untyped.add(where);
        }
    }

    /**
     * Walks the code each API operation can run (method calls, method references, implementations of the interfaces
     * it calls) and collects the business exceptions it constructs; each one's status must be in the document, and so
     * must the success status the handler answers with.
     */
    @Test
    void everyStatusTheCodeCanGiveIsDocumented() {
        Map<String, Map<String, Object>> operations = operations();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
            for (String path : m.getKey().getPatternValues()) {
                if (!path.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method : m.getKey().getMethodsCondition().getMethods()) {
                    String name = method.name() + " " + path.replaceAll("\\{([^}:]+):[^}]+}", "{$1}");
                    Map<String, Object> operation = operations.get(name);
                    assertThat(operation).as(name + " is in the document").isNotNull();
                    Set<String> documented = map(operation.get("responses")).keySet();
                    for (Map.Entry<Integer, Set<String>> reach : reachableStatuses(m.getValue()).entrySet()) {
                        if (!documented.contains(String.valueOf(reach.getKey()))
                                && !CANNOT_HAPPEN.containsKey(name + " " + reach.getKey())) {
                            missing.add(name + " can answer " + reach.getKey() + " (" + reach.getValue() + ")");
                        }
                    }
                    missing.addAll(successStatusProblems(name, m.getValue(), documented));
                }
            }
        }
        assertThat(missing).as("statuses the code can give that the document does not list").isEmpty();
    }

    private static JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.therapyassist");
        }
        return classes;
    }

    private static JavaMethod javaMethod(HandlerMethod handler) {
        JavaClass owner = classes().get(handler.getMethod().getDeclaringClass());
        return owner.getMethod(handler.getMethod().getName(), handler.getMethod().getParameterTypes());
    }

    /**
     * The success status the code gives is the one documented: {@code ResponseEntity.created} is a 201 and
     * {@code noContent} a 204, and a handler that sets a status of its own ({@code ResponseEntity.status(...)})
     * declares
     * it with {@code @ResponseStatus}, which is what the document is written from.
     */
    private static List<String> successStatusProblems(String name, HandlerMethod handler, Set<String> documented) {
        List<String> problems = new ArrayList<>();
        ResponseStatus declared = handler.getMethodAnnotation(ResponseStatus.class);
        Integer status = declared == null ? null : declared.code().value();
        if (callsResponseEntity(handler, "created")
                && (!documented.contains("201") || status != null && status != 201)) {
            problems.add(name + " answers 201 Created");
        }
        if (callsResponseEntity(handler, "noContent")
                && (!documented.contains("204") || status != null && status != 204)) {
            problems.add(name + " answers 204 No Content");
        }
        if (callsResponseEntity(handler, "status") && status == null) {
            problems.add(name + " sets its own status: declare it with @ResponseStatus");
        }
        if (callsResponseEntity(handler, "ok") && status != null && status != 200 && !documented.contains("200")) {
            problems.add(name + " answers 200 OK, not " + status);
        }
        return problems;
    }

    private static boolean callsResponseEntity(HandlerMethod handler, String factory) {
        return javaMethod(handler).getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().getName().equals("org.springframework.http.ResponseEntity")
                        && call.getName().equals(factory));
    }

    /** Status → where it is thrown, for each business exception reachable from the handler. */
    private static Map<Integer, Set<String>> reachableStatuses(HandlerMethod handler) {
        Map<Integer, Set<String>> found = new TreeMap<>();
        walk(javaMethod(handler), new HashSet<>(), found);
        return found;
    }

    private static void walk(JavaCodeUnit unit, Set<JavaCodeUnit> seen, Map<Integer, Set<String>> found) {
        if (!seen.add(unit)) {
            return;
        }
        unit.getConstructorCallsFromSelf().forEach(call -> {
            Integer status = STATUS_OF.get(call.getTargetOwner().getName());
            if (status != null) {
                found.computeIfAbsent(status, s -> new TreeSet<>())
                        .add(unit.getOwner().getSimpleName() + "." + unit.getName() + ":" + call.getLineNumber());
            }
        });
        List<JavaCodeUnit> next = new ArrayList<>();
        unit.getCallsFromSelf().forEach(call -> call.getTarget().resolveMember().ifPresent(next::add));
        unit.getMethodReferencesFromSelf().forEach(ref -> ref.getTarget().resolveMember().ifPresent(next::add));
        for (JavaCodeUnit target : next) {
            if (!target.getOwner().getPackageName().startsWith("org.therapyassist")) {
                continue;
            }
            walk(target, seen, found);
            if (target instanceof JavaMethod method
                    && (method.getOwner().isInterface() || method.getModifiers().contains(JavaModifier.ABSTRACT))) {
                String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName)
                        .toArray(String[]::new);
                for (JavaClass implementation : method.getOwner().getAllSubclasses()) {
                    implementation.tryGetMethod(method.getName(), parameters).ifPresent(m -> walk(m, seen, found));
                }
            }
        }
    }
}
