package org.therapyassist.patients.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.patients.imports.PatientMatch.Held;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.imports.Outcome;

/** Reading a patient extract, checking its rows and matching them to the patients held (H74, H76). */
class PatientImportRulesTest {

    static final String HEADER = PatientCsv.HEADER + "\n";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static PatientCsv.Parsed parsed(String text) {
        return PatientCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    static PatientRow row(String header, String line) {
        PatientCsv.Parsed file = parsed(header + line + "\n");
        return PatientRow.check(file.rows().getFirst(), file, TODAY);
    }

    static PatientRow row(String line) {
        return row(HEADER, line);
    }

    static String fileError(String text) {
        try {
            parsed(text);
        } catch (InvalidInputException e) {
            return e.fieldErrors().get("file");
        }
        throw new AssertionError("the file was read");
    }

    static Held held(PatientRow row, LocalDate asOf) {
        return new Held(UUID.randomUUID(), row.givenName(), row.familyName(), row.dateOfBirth(), row.address(),
                row.postcode(), row.phone(), asOf);
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndOthersAreNamedAsNotImported() {
        PatientCsv.Parsed file = parsed("Title,Surname,Forename,DOB,NHS No,Address Line 1,Address Line 2,Post Code,"
                + "Gender,GP Practice\nMrs,Jones,Ann,31/01/1950,943 476 5919,1 Hill Road,Leeds,ls14ab,F,B86001\n");
        PatientRow row = PatientRow.check(file.rows().getFirst(), file, TODAY);
        assertThat(row.refusals()).isEmpty();
        assertThat(row.nhsNumber()).isEqualTo("9434765919");
        assertThat(row.name()).isEqualTo("Ann Jones");
        assertThat(row.address()).isEqualTo("1 Hill Road, Leeds");
        assertThat(row.postcode()).isEqualTo("LS1 4AB");
        assertThat(row.dateOfBirth()).isEqualTo(LocalDate.of(1950, 1, 31));
        assertThat(row.phone()).isNull();
        assertThat(file.ignored()).containsExactly("Title", "Gender", "GP Practice");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeWithAFieldMessage() {
        assertThat(fileError("NHS Number,First Name\n9434765919,Ann\n")).contains("missing: Last Name")
                .contains("Date of Birth").contains("Postcode").contains("Address");
        assertThat(fileError(HEADER)).contains("no patients");
        assertThat(fileError("NHS Number,NHS No," + HEADER)).contains("NHS Number twice");
        assertThat(fileError(HEADER + ("9434765919,A,B,1/1/1950,x,LS1 4AB,\n").repeat(PatientCsv.MAX_ROWS + 1)))
                .contains("100,000");
    }

    @Test
    void h74_twoPatientsMergedByAnNhsNumberTypo_aWrongCheckDigitIsRefused() {
        // 943 476 5919 is valid; one digit mistyped or two swapped fails Modulus 11.
        assertThat(row("9434765918,Ann,Jones,31/01/1950,1 Hill Road,LS1 4AB,").refusals())
                .singleElement().asString().contains("Modulus 11");
        assertThat(row("9434765991,Ann,Jones,31/01/1950,1 Hill Road,LS1 4AB,").refusals())
                .singleElement().asString().contains("Modulus 11");
        assertThat(row(",Ann,Jones,31/01/1950,1 Hill Road,LS1 4AB,").refusals())
                .containsExactly("NHS number is empty");
    }

    @Test
    void h74_twoPatientsMergedByAnNhsNumberTypo_anotherDateOfBirthIsRefusedNeverMatchedOnName() {
        PatientRow row = row("9434765919,Ann,Jones,31/01/1950,1 Hill Road,LS1 4AB,");
        Held other = new Held(UUID.randomUUID(), "Ann", "Jones", LocalDate.of(1950, 1, 30), row.address(),
                row.postcode(), null, TODAY.minusYears(1));
        PatientMatch.Decision decision = PatientMatch.decide(row, other, TODAY);
        assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(decision.reasons()).singleElement().asString().contains("born on 30 January 1950")
                .contains("never changed to another date of birth");
        // Same name and date of birth, no patient under this NHS number: a new patient, not a fuzzy match.
        assertThat(PatientMatch.decide(row, null, TODAY).outcome()).isEqualTo(Outcome.ADDED);
    }

    @Test
    void h76_anAddressOverwrittenByAnOlderExtract_newerDetailsAreKeptAndTheReportSaysWhy() {
        PatientRow moved = row("9434765919,Ann,Jones,31/01/1950,2 New Street,LS2 7AB,");
        PatientRow before = row("9434765919,Ann,Jones,31/01/1950,1 Hill Road,LS1 4AB,");
        Held heldNow = held(moved, LocalDate.of(2026, 12, 5));
        PatientMatch.Decision older = PatientMatch.decide(before, heldNow, LocalDate.of(2026, 12, 1));
        assertThat(older.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(older.reasons()).singleElement().asString().contains("5 December 2026")
                .contains("1 December 2026");
        assertThat(PatientMatch.decide(before, heldNow, LocalDate.of(2026, 12, 5)).outcome())
                .isEqualTo(Outcome.UPDATED);
        assertThat(PatientMatch.decide(moved, heldNow, LocalDate.of(2026, 12, 1)).outcome())
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(PatientMatch.decide(moved, heldNow, LocalDate.of(2026, 12, 1)).reasons()).isEmpty();
    }

    @Test
    void aBlankPhoneNeverClearsOneTheRecordHolds() {
        PatientRow withPhone = row("9434765919,Ann,Jones,31/01/1950,1 Hill Road,LS1 4AB,0113 496 0000");
        PatientRow blank = row("9434765919,Ann,Jones,31/01/1950,1 Hill Road,LS1 4AB,");
        assertThat(PatientMatch.decide(blank, held(withPhone, TODAY.minusDays(3)), TODAY).outcome())
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(PatientMatch.decide(withPhone, held(blank, TODAY.minusDays(3)), TODAY).outcome())
                .isEqualTo(Outcome.UPDATED);
    }

    @Test
    void badRowsAreRefusedWithEveryReason() {
        assertThat(row("123,,Jones,31/02/1950,,XX,abc").refusals()).hasSize(6)
                .anySatisfy(r -> assertThat(r).contains("NHS number 123 is not valid"))
                .anySatisfy(r -> assertThat(r).contains("First name is empty"))
                .anySatisfy(r -> assertThat(r).contains("real date"))
                .anySatisfy(r -> assertThat(r).contains("Address is empty"))
                .anySatisfy(r -> assertThat(r).contains("Postcode XX"))
                .anySatisfy(r -> assertThat(r).contains("Phone number can only"));
        assertThat(row("9434765919,Ann,Jones,08/12/2026,1 Hill Road,LS1 4AB,").refusals())
                .containsExactly("Date of birth must be in the past");
        assertThat(row("9434765919,Ann,Jones,1950-01-31,1 Hill Road,LS1 4AB").refusals()).singleElement().asString()
                .contains("Expected 7 fields but found 6");
    }

    @Test
    void theFileIsReadWithTheSameRulesAsEveryImport() {
        assertThatThrownBy(() -> parsed("\"open")).isInstanceOf(InvalidInputException.class);
        assertThat(parsed("\uFEFF" + HEADER + "\r\n9434765919,\"Jones, Ann\",\"O\"\"Neill\",1950-01-31,\"1 Hill Road, "
                + "Leeds\",LS1 4AB,\r\n").rows().getFirst().fields())
                .containsExactly("9434765919", "Jones, Ann", "O\"Neill", "1950-01-31", "1 Hill Road, Leeds", "LS1 4AB",
                        "");
    }

    @Test
    void theSampleFileInTheDocsImportsWithoutARefusal() throws Exception {
        PatientCsv.Parsed file = PatientCsv.read(Files.readAllBytes(Path.of("docs/samples/patients.csv")));
        assertThat(file.rows()).hasSize(3);
        assertThat(file.rows()).allSatisfy(line -> assertThat(PatientRow.check(line, file, TODAY).refusals())
                .isEmpty());
        assertThat(file.ignored()).containsExactly("Title", "Gender", "GP Practice");
    }
}
