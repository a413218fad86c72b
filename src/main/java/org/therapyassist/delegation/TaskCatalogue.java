package org.therapyassist.delegation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.therapyassist.platform.Stage;
import org.therapyassist.policy.Standing;
import org.therapyassist.policy.TaskRequirements;

/** The national catalogue of delegable task types. Small and unchanging while running, so read once. */
@Service
public class TaskCatalogue implements TaskRequirements {

    private final JdbcClient jdbc;
    private volatile Map<String, TaskType> types;

    TaskCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TaskType> all() {
        return load().values().stream().sorted(Comparator.comparing(TaskType::name)).toList();
    }

    public Optional<TaskType> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(load().get(code));
    }

    /** What the command guard needs to know of a task: its lowest stage and the competencies it needs. */
    @Override
    public Optional<Standing.TaskRequirement> requirement(String taskCode) {
        return find(taskCode).map(t -> new Standing.TaskRequirement(t.code(), t.name(), t.minimumStage(),
                t.requiredCompetencies()));
    }

    private Map<String, TaskType> load() {
        Map<String, TaskType> loaded = types;
        if (loaded == null) {
            Map<String, Set<String>> required = new HashMap<>();
            jdbc.sql("select task_type_code, competency_code from task_type_competency")
                    .query(rs -> {
                        required.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    });
            Map<String, TaskType> map = new HashMap<>();
            jdbc.sql("select code, name, profession, minimum_stage, default_risk, measure from task_type")
                    .query(rs -> {
                        String code = rs.getString(1);
                        map.put(code, new TaskType(code, rs.getString(2), rs.getString(3),
                                Stage.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                                required.getOrDefault(code, Set.of())));
                    });
            loaded = Map.copyOf(map);
            types = loaded;
        }
        return loaded;
    }
}
