package org.therapyassist.delegation;

import java.util.UUID;

/** A colleague who could take a task: right stage, every competency in date. */
public record CompetentColleague(UUID id, String name, String stage, String team) {
}
