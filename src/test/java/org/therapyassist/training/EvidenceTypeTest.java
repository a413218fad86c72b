package org.therapyassist.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {

    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] HTML = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Test
    void recognisesPdfPngAndJpegByTheirBytes() {
        assertThat(EvidenceType.sniff(PDF)).contains(EvidenceType.PDF);
        assertThat(EvidenceType.sniff(PNG)).contains(EvidenceType.PNG);
        assertThat(EvidenceType.sniff(JPEG)).contains(EvidenceType.JPEG);
        assertThat(EvidenceFiles.problemWith("certificate.pdf", PDF)).isEmpty();
        assertThat(EvidenceFiles.problemWith("photo.JPEG", JPEG)).isEmpty();
        assertThat(EvidenceFiles.problemWith("scan.jpg", JPEG)).isEmpty();
    }

    @Test
    void aPngRenamedPdfIsRefused() {
        assertThat(EvidenceFiles.problemWith("certificate.pdf", PNG)).isPresent();
    }

    @Test
    void aWebPageRenamedPdfIsRefused() {
        assertThat(EvidenceType.sniff(HTML)).isEmpty();
        assertThat(EvidenceFiles.problemWith("certificate.pdf", HTML)).isPresent();
    }

    @Test
    void anExecutableDisguisedAsPdfIsRefused() {
        assertThat(EvidenceFiles.problemWith("certificate.pdf", EXE)).isPresent();
        assertThat(EvidenceFiles.problemWith("certificate.pdf.exe", PDF)).isPresent();
    }

    @Test
    void tooShortToTellIsRefused() {
        assertThat(EvidenceFiles.problemWith("a.pdf", new byte[]{'%', 'P'})).isPresent();
        assertThat(EvidenceFiles.problemWith("a.pdf", new byte[0])).isPresent();
    }

    @Test
    void fileNamesAreSanitisedAndNeverCarryAPath() {
        assertThat(EvidenceType.sanitiseName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceType.sanitiseName("C:\\Users\\sam\\BLS cert (2026).pdf")).isEqualTo("BLS cert (2026).pdf");
        assertThat(EvidenceType.sanitiseName("\"evil\r\nX-Header: 1\".pdf")).doesNotContain("\r", "\n", "\"");
        assertThat(EvidenceType.sanitiseName("...")).isEqualTo("evidence");
        assertThat(EvidenceType.sanitiseName(null)).isEqualTo("evidence");
        assertThat(EvidenceType.sanitiseName("x".repeat(300) + ".pdf")).hasSizeLessThanOrEqualTo(120).endsWith(".pdf");
    }
}
