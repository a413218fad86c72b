package org.therapyassist.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Time;
import org.therapyassist.policy.Need.Who;

/**
 * The one component that checks a command's {@link Need} before it runs. Controllers are checked by the web
 * interceptor from their {@link Performs} annotation; a module whose need depends on the request (the measure being
 * recorded, the kind of equipment lent) calls {@link #check(CurrentUser, Command, String)} with that value before it
 * changes anything. A refusal is an exception with a stable code, audited where every refusal is.
 */
@Service
public class CommandGuard {

    // Looked up on first use: the modules that answer these questions also ask the guard, so a constructor
    // dependency would be a cycle.
    private final ObjectProvider<CompetencyStanding> competencies;
    private final ObjectProvider<DesignationRegister> registers;
    private final ObjectProvider<TaskRequirements> tasks;
    private final Clock clock;
    private final Map<String, Optional<Standing.TaskRequirement>> taskCache = new ConcurrentHashMap<>();
    private volatile Map<Who, List<DesignationRegister>> byDesignation;

    CommandGuard(ObjectProvider<CompetencyStanding> competencies, ObjectProvider<DesignationRegister> registers,
            ObjectProvider<TaskRequirements> tasks, Clock clock) {
        this.competencies = competencies;
        this.registers = registers;
        this.tasks = tasks;
        this.clock = clock;
    }

    private Map<Who, List<DesignationRegister>> designations() {
        Map<Who, List<DesignationRegister>> found = byDesignation;
        if (found == null) {
            Map<Who, List<DesignationRegister>> built = new EnumMap<>(Who.class);
            registers.orderedStream()
                    .forEach(r -> built.computeIfAbsent(r.designation(), k -> new ArrayList<>()).add(r));
            byDesignation = found = built;
        }
        return found;
    }

    /** Checks the parts of the command's need that do not depend on the request. */
    public void check(CurrentUser user, Command command) {
        check(user, command, null);
    }

    /** Checks the command's need for this qualifier (for example the measure's key); throws when refused. */
    public void check(CurrentUser user, Command command, String qualifier) {
        PolicyRules.Verdict verdict = decide(user, command, qualifier);
        if (verdict.allowed()) {
            return;
        }
        if (verdict.status() == 403) {
            throw new NotAllowedException(verdict.code(), verdict.message(), verdict.details());
        }
        throw new RefusedException(verdict.code(), verdict.message(), verdict.details());
    }

    /** The verdict without throwing, for pages that show or hide an action. */
    public PolicyRules.Verdict decide(CurrentUser user, Command command, String qualifier) {
        if (user == null) {
            // Only setting up a new service is done by nobody: there is no account yet; the link is the key.
            return command.need().allows(Who.SET_UP_LINK)
                    ? PolicyRules.Verdict.ALLOWED
                    : new PolicyRules.Verdict(false, 403, "auth.required", "Sign in first.", Map.of());
        }
        return PolicyRules.decide(user, command, qualifier, standingOf(user));
    }

    public boolean allows(CurrentUser user, Command command) {
        return decide(user, command, null).allowed();
    }

    private Standing standingOf(CurrentUser user) {
        return new Standing() {
            @Override
            public boolean holds(Who designation) {
                return designations().getOrDefault(designation, List.of()).stream().anyMatch(r -> r.holds(user));
            }

            @Override
            public CompetencyStatus competencies(Collection<String> codes) {
                return competencies.getObject().status(user, codes, Time.today(clock));
            }

            @Override
            public Optional<TaskRequirement> task(String taskCode) {
                // The task catalogue is national reference data, fixed by migrations: read each task once.
                return taskCache.computeIfAbsent(taskCode, code -> tasks.getObject().requirement(code));
            }
        };
    }
}
