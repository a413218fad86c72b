package org.therapyassist.visits;

import java.util.UUID;

/**
 * A visit the plan could not give a worker, with a stable code and the reason in words for the lead ("No worker
 * with an in-date hoist transfer competency is free between 10:00am and 12:00pm").
 */
public record Unassigned(UUID visitId, String code, String reason) {
}
