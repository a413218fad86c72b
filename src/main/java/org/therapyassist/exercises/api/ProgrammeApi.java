package org.therapyassist.exercises.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.careplans.ProgrammeItems;
import org.therapyassist.exercises.HomeSheets;
import org.therapyassist.exercises.ProgrammeLine;
import org.therapyassist.exercises.Programmes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exercise programmes", description = "An episode's exercise programme built from the library, and the home exercise sheet")
class ProgrammeApi {

    private final Programmes programmes;
    private final HomeSheets sheets;

    ProgrammeApi(Programmes programmes, HomeSheets sheets) {
        this.programmes = programmes;
        this.sheets = sheets;
    }

    /** An item as the API shows it; {@code version} goes back with any change. */
    @Schema(name = "ExerciseProgrammeItem")
    record Item(UUID id, int position, String activity, UUID exerciseId, Integer sets, Integer repetitions,
            Integer holdSeconds, String frequency, Integer maxSets, Integer maxRepetitions, Integer maxHoldSeconds,
            String progressionLimits, String note, String dose, String limits, int version) {

        static Item of(ProgrammeLine l) {
            return new Item(l.id(), l.position(), l.activity(), l.exercise() == null ? null : l.exercise().id(),
                    l.sets(),
                    l.repetitions(), l.holdSeconds(), l.frequency(), l.maxSets(), l.maxRepetitions(),
                    l.maxHoldSeconds(),
                    l.progressionLimits(), l.note(), l.dose(), l.limits(), l.version());
        }
    }

    @Schema(name = "ProgrammeItemMove")
    record Move(@NotNull(message = "{exercises.validation.move-version.blank}") Integer version,
            @NotNull(message = "{exercises.validation.direction.blank}") Programmes.Direction direction) {
    }

    @Schema(name = "TeamContactPhone")
    record ContactPhone(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "01632 960 123", description = "6 to 30 digits, spaces, +, ( and )") String contactPhone) {
    }

    @GetMapping("/episodes/{id}/exercise-programme")
    @Operation(summary = "The programme of an episode, in order (active items only)")
    @BoundedList("an episode's programme holds at most " + ProgrammeItems.MAX_ACTIVE
            + " active items; adding one more is refused")
    List<Item> programme(CurrentUser me, @PathVariable UUID id) {
        return programmes.programme(me, id).stream().map(Item::of).toList();
    }

    @Performs(Command.PRESCRIBE_EXERCISE)
    @PostMapping("/episodes/{id}/exercise-programme")
    @Operation(summary = "Registrant: add a library exercise (its usual dose fills gaps) or a free-text activity; "
            + "a dose above its own limits is refused (400)")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<Item> add(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Programmes.NewItem body) {
        return ResponseEntity.status(201).body(Item.of(programmes.add(me, id, body)));
    }

    @Performs(Command.CHANGE_EXERCISE_DOSE)
    @PutMapping("/programme-items/{id}")
    @Operation(summary = "Change the dose and limits (registrant) or progress the dose within the limits (assistant "
            + "practitioner, 422 beyond them); 409 if the version is stale")
    @ProblemResponses({409, 422})
    Item change(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Programmes.Change body) {
        return Item.of(programmes.change(me, id, body));
    }

    @Performs(Command.REORDER_OR_REMOVE_EXERCISE)
    @PostMapping("/programme-items/{id}/move")
    @Operation(summary = "Registrant: move an item up or down the programme; 409 if the version is stale")
    @ProblemResponses(409)
    List<Item> move(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Move body) {
        return programmes.move(me, id, body.version(), body.direction()).stream().map(Item::of).toList();
    }

    @Performs(Command.REORDER_OR_REMOVE_EXERCISE)
    @DeleteMapping("/programme-items/{id}")
    @Operation(summary = "Registrant: take an item off the programme (and the home sheet); 409 if the version is stale")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponses(409)
    ResponseEntity<Void> remove(CurrentUser me, @PathVariable UUID id, @RequestParam int version) {
        programmes.remove(me, id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/episodes/{id}/home-sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The patient's home exercise sheet as a PDF", responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
    ResponseEntity<byte[]> sheet(CurrentUser me, @PathVariable UUID id,
            @Parameter(description = "Bigger type, one instruction per line") @RequestParam(defaultValue = "false") boolean easyRead,
            @Parameter(description = "The language the sheet is printed in, the patient's: en-GB or cy; the caller's "
                    + "language (Accept-Language) when left out", schema = @Schema(allowableValues = {"en-GB",
                            "cy"})) @RequestParam(required = false) String lang) {
        byte[] pdf = sheets.pdf(sheets.sheet(me, id), easyRead,
                HomeSheets.language(lang));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("home-exercises.pdf").build().toString())
                .body(pdf);
    }

    @Performs(Command.SET_TEAM_CONTACT_PHONE)
    @PutMapping("/teams/{id}/contact-phone")
    @Operation(summary = "Team lead: the number patients ring, printed on the home exercise sheet")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> contactPhone(CurrentUser me, @PathVariable UUID id, @RequestBody ContactPhone body) {
        sheets.setContactPhone(me, id, body.contactPhone());
        return ResponseEntity.noContent().build();
    }
}
