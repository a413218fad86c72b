package org.therapyassist.policy;

import java.util.Optional;

/** The national task catalogue (stage and competencies per task type). Implemented by the delegation module. */
public interface TaskRequirements {

    Optional<Standing.TaskRequirement> requirement(String taskCode);
}
