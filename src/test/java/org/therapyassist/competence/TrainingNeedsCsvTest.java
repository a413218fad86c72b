package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.Stage;
class TrainingNeedsCsvTest {

    @Test
    void aNameTypedAsAFormulaIsNotRunByTheSpreadsheetThatOpensTheExport() {
        assertThat(TrainingNeeds.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(TrainingNeeds.cell("+44 7700")).isEqualTo("'+44 7700");
        assertThat(TrainingNeeds.cell("Smith, Jo")).isEqualTo("\"Smith, Jo\"");
        assertThat(TrainingNeeds.cell("Plain")).isEqualTo("Plain");
    }

    @Test
    void oneRowPerPersonWithAColumnPerStatementAndTheCounts() {
        var statements = List.of(new Statement("3.01", "Exercise", 3, "Clinical", Stage.SUPPORT_WORKER, 24),
                new Statement("2.05", "Caseload", 2, "Supporting", Stage.ASSISTANT_PRACTITIONER, 24));
        var row = new TrainingNeeds.Row(
                new TrainingNeeds.Person(UUID.randomUUID(), "Hannah Caldwell", null, "Stroke ward",
                        Stage.SUPPORT_WORKER),
                List.of(GapStatus.MISSING, GapStatus.NOT_REQUIRED));
        var grid = new TrainingNeeds.Grid(LocalDate.of(2026, 11, 24), null, statements, List.of(row), List.of(),
                List.of());
        assertThat(TrainingNeeds.csv(grid).split("\r\n")).containsExactly(
                "Name,Team,Stage,3.01 Exercise,2.05 Caseload,Held,Expiring,Expired,Missing",
                "Hannah Caldwell,Stroke ward,Support worker,Missing for stage,,0,0,0,1");
    }
}
