package org.therapyassist.staff.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.imports.CsvText;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.Team;

/** Reading an ESR export, checking its rows and mapping its job titles (H62, H63). */
class EsrImportRulesTest {

    static final String HEADER = "Assignment Number,First Name,Last Name,Job Role,Band,Team,Start Date,HCPC Number\n";
    static final Team NORTH = new Team(UUID.randomUUID(), UUID.randomUUID(), "North Community Therapy", "COMMUNITY");

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String fileError(byte[] bytes) {
        try {
            EsrCsv.read(bytes);
        } catch (InvalidInputException e) {
            return e.fieldErrors().get(EsrCsv.FIELD);
        }
        throw new AssertionError("the file was read");
    }

    static EsrRow row(String line) {
        List<CsvText.Line> lines = EsrCsv.read(csv(HEADER + line + "\n"));
        return EsrRow.check(lines.get(0), Map.of("north community therapy", NORTH));
    }

    @Test
    void quotedFieldsKeepTheirCommasAndDoubledQuotesAndBlankLinesAreSkipped() {
        List<CsvText.Line> lines = EsrCsv.read(csv("\uFEFF" + HEADER
                + "\r\n12345678,\"Smith, Jo\",\"O\"\"Neill\",Physiotherapist,5,,,PH123456\r\n\n , \n"
                + "23456789,Sam,Lee,Support Worker,3,,,\n"));
        assertThat(lines).extracting(CsvText.Line::line).containsExactly(3, 6);
        assertThat(lines.get(0).fields()).containsExactly("12345678", "Smith, Jo", "O\"Neill", "Physiotherapist", "5",
                "", "", "PH123456");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeWithAFieldMessage() {
        assertThat(fileError(new byte[0])).contains("empty");
        assertThat(fileError(csv("Number,Name\n1,2\n"))).contains("first line must be the header");
        assertThat(fileError(new byte[]{'A', (byte) 0xC3, (byte) 0x28})).contains("UTF-8");
        assertThat(fileError(csv(HEADER))).contains("no staff");
        assertThat(fileError(csv(HEADER + "1,\"open,2\n"))).contains("never ends");
        assertThat(fileError(new byte[(int) EsrCsv.MAX_BYTES + 1])).contains("4 MB");
        assertThat(fileError(csv(HEADER + "1,a,b,c,1,,,\n".repeat(EsrCsv.MAX_ROWS + 1)))).contains("10,000");
    }

    @Test
    void aGoodRowCarriesItsValues() {
        EsrRow row = row(
                "12345678-2,Jo,Smith,Senior Physiotherapist,Band 6,north community  therapy,31/01/2026,ph123456");
        assertThat(row.refusals()).isEmpty();
        assertThat(row.jobRole()).isEqualTo(JobRole.PHYSIOTHERAPIST);
        assertThat(row.band()).isEqualTo(6);
        assertThat(row.team()).isEqualTo(NORTH);
        assertThat(row.startedOn()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(row.hcpcNumber()).isEqualTo("PH123456");
        assertThat(row("12345678,Jo,Smith,team leader,8b,,2026-02-01,OT123456").band()).isEqualTo(8);
    }

    @Test
    void badRowsAreRefusedWithEveryReason() {
        assertThat(row("12x,,Smith,Therapist,10,South,31/02/2026,XX1").refusals()).hasSize(7)
                .anySatisfy(r -> assertThat(r).contains("Assignment number"))
                .anySatisfy(r -> assertThat(r).contains("First name is empty"))
                .anySatisfy(r -> assertThat(r).contains("\"Therapist\" is not one"))
                .anySatisfy(r -> assertThat(r).contains("Band must be"))
                .anySatisfy(r -> assertThat(r).contains("Team \"South\" does not exist"))
                .anySatisfy(r -> assertThat(r).contains("Start date"))
                .anySatisfy(r -> assertThat(r).contains("HCPC number must be"));
        assertThat(row("12345678,Jo,Smith,Physiotherapist,5,,,").refusals()).singleElement().asString()
                .contains("HCPC number is needed");
        assertThat(row("12345678,Jo,Smith,Physiotherapist,5,,").refusals()).singleElement().asString()
                .contains("Expected 8 fields but found 7");
    }

    @Test
    void h62_anImportNeverGrantsAdministratorAndAmbiguousTitlesAreRefused() {
        assertThat(EsrJobRoles.of("System administrator")).isEmpty();
        assertThat(EsrJobRoles.of("Administrator")).isEmpty();
        assertThat(EsrJobRoles.TITLES).doesNotContainValue(JobRole.ADMINISTRATOR);
        assertThat(EsrJobRoles.of("Therapist")).isEmpty();
        assertThat(EsrJobRoles.of("Allied Health Professional")).isEmpty();
        assertThat(EsrJobRoles.of("  occupational   THERAPIST ")).contains(JobRole.OCCUPATIONAL_THERAPIST);
        assertThat(EsrJobRoles.of("Healthcare Assistant")).contains(JobRole.SUPPORT_WORKER);
        assertThat(EsrJobRoles.of("Senior Healthcare Assistant")).contains(JobRole.SENIOR_SUPPORT_WORKER);
        assertThat(EsrJobRoles.of("Assistant Practitioner")).contains(JobRole.ASSISTANT_PRACTITIONER);
    }

    @Test
    void theReadRefusesARowThatIsNotAFileError() {
        assertThatThrownBy(() -> EsrCsv.read(null)).isInstanceOf(InvalidInputException.class);
    }
}
