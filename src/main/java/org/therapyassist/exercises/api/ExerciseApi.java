package org.therapyassist.exercises.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.exercises.BodyRegion;
import org.therapyassist.exercises.Exercise;
import org.therapyassist.exercises.ExerciseCategory;
import org.therapyassist.exercises.ExerciseLibrary;
import org.therapyassist.exercises.Figures;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exercises", description = "The exercise library: national exercises and the service's own, with drawings")
class ExerciseApi {

    private final ExerciseLibrary library;

    ExerciseApi(ExerciseLibrary library) {
        this.library = library;
    }

    @GetMapping("/exercises")
    @Operation(summary = "The library, by name, optionally filtered by body region, category and words in the name")
    ResponseEntity<List<Exercise>> list(CurrentUser me,
            @Parameter(description = "Body region") @RequestParam(required = false) BodyRegion region,
            @Parameter(description = "Category") @RequestParam(required = false) ExerciseCategory category,
            @Parameter(description = "Words the name contains, in any order (case ignored)") @RequestParam(name = "q", required = false) String q,
            PageRequest page) {
        return PagedResponses.of(library.list(me.organisationId(), region, category, q, page));
    }

    @GetMapping("/exercises/{id}")
    @Operation(summary = "One exercise: starting position, steps, safety note and usual dose")
    Exercise one(CurrentUser me, @PathVariable UUID id) {
        return library.require(me.organisationId(), id);
    }

    @GetMapping(value = "/exercises/{id}/drawing.svg", produces = "image/svg+xml")
    @Operation(summary = "The exercise's stick-figure drawing as SVG")
    ResponseEntity<String> drawing(CurrentUser me, @PathVariable UUID id) {
        Exercise e = library.require(me.organisationId(), id);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .body(Figures.svg(e.pose(), e.name()));
    }

    @GetMapping("/exercise-drawings")
    @Operation(summary = "The names of the drawings an exercise of the service's own can use")
    @BoundedList("the drawings built into the product, a fixed set of a few dozen")
    List<String> drawings() {
        return Figures.poses().stream().sorted().toList();
    }

    @Performs(Command.ADD_EXERCISE)
    @PostMapping("/exercises")
    @Operation(summary = "Registrant: add an exercise to the service's own library")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Exercise> add(CurrentUser me, @Valid @RequestBody ExerciseLibrary.NewExercise body) {
        return ResponseEntity.status(201).body(library.add(me, body));
    }
}
