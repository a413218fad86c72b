package org.therapyassist.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.therapyassist.platform.web.Messages;

/**
 * The policy as people read it, in the request's language: each command with who may run it, which records it
 * reaches, and the page forms and API operations that perform it (found from the {@link Performs} annotations, so
 * the list cannot drift).
 */
@Component
public class PolicyCatalogue {

    private final RequestMappingHandlerMapping mappings;
    private volatile Map<Command, List<String>> endpoints;

    PolicyCatalogue(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @Schema(name = "PolicyCommand")
    public record Entry(String code, String area, String action, String who, String records, String variesWith,
            List<TaskLine> tasks, List<String> pageForms, List<String> apiOperations) {
    }

    @Schema(name = "PolicyTask")
    public record TaskLine(String value, String task) {
    }

    @Schema(name = "PolicyArea")
    public record Area(String name, List<Entry> entries) {
    }

    public List<Area> areas() {
        Map<Command.Area, List<Entry>> byArea = new EnumMap<>(Command.Area.class);
        for (Command command : Command.values()) {
            byArea.computeIfAbsent(command.area(), a -> new ArrayList<>()).add(entry(command));
        }
        return byArea.entrySet().stream().map(e -> new Area(e.getKey().title(), List.copyOf(e.getValue()))).toList();
    }

    public Entry entry(Command command) {
        Need need = command.need();
        List<String> all = endpoints().getOrDefault(command, List.of());
        List<TaskLine> tasks = need.tasks().entrySet().stream()
                .map(t -> new TaskLine(t.getKey(),
                        t.getValue().isEmpty() ? Messages.text("policy.page.no-task") : t.getValue()))
                .toList();
        return new Entry(command.code(), command.area().title(), command.description(), need.describe(),
                need.scope().text(),
                need.qualifier() == null ? null : Need.qualifierText(need.qualifier(), LocaleContextHolder.getLocale()),
                tasks,
                all.stream().filter(e -> !e.contains(" /api/")).toList(),
                all.stream().filter(e -> e.contains(" /api/")).toList());
    }

    private Map<Command, List<String>> endpoints() {
        Map<Command, List<String>> found = endpoints;
        if (found == null) {
            Map<Command, TreeSet<String>> sorted = new EnumMap<>(Command.class);
            for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
                Performs performs = m.getValue().getMethodAnnotation(Performs.class);
                if (performs == null) {
                    continue;
                }
                for (String path : m.getKey().getPatternValues()) {
                    for (var method : m.getKey().getMethodsCondition().getMethods()) {
                        sorted.computeIfAbsent(performs.value(), c -> new TreeSet<>()).add(method.name() + " " + path);
                    }
                }
            }
            Map<Command, List<String>> built = new EnumMap<>(Command.class);
            sorted.forEach((c, s) -> built.put(c, List.copyOf(s)));
            endpoints = found = built;
        }
        return found;
    }
}
