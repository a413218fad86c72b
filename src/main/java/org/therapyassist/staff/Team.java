package org.therapyassist.staff;

import java.util.UUID;

public record Team(UUID id, UUID organisationId, String name, String setting) {
}
