package org.therapyassist.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** The answer to a create whose record is read elsewhere: just its id. */
@Schema(name = "CreatedId")
public record CreatedId(@Schema(description = "The id of the record created") UUID id) {
}
