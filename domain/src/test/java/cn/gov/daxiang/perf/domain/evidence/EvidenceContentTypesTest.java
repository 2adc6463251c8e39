package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceContentTypesTest {

    private static EvidenceContentType detect(byte[] content) {
        return EvidenceContentTypes.detect(ContentProbe.of(content));
    }

    private static void assertRefusedAs(byte[] content, String detected) {
        assertThatThrownBy(() -> detect(content)).isInstanceOfSatisfying(EvidenceContentRefusedException.class, e -> {
            assertThat(e.detected()).isEqualTo(detected);
            assertThat(e.code()).isEqualTo("EVIDENCE_CONTENT_TYPE_REFUSED");
            assertThat(e.arguments()).containsEntry("detected", detected).containsEntry("accepted", EvidenceContentTypes.ACCEPTED);
        });
    }

    @Test
    void realFilesOfEachAcceptedKindAreRecognisedByTheirContent() {
        assertThat(detect(EvidenceSamples.pdf())).isEqualTo(EvidenceContentType.PDF);
        assertThat(detect(EvidenceSamples.png())).isEqualTo(EvidenceContentType.PNG);
        assertThat(detect(EvidenceSamples.jpeg())).isEqualTo(EvidenceContentType.JPEG);
        assertThat(detect(EvidenceSamples.gif())).isEqualTo(EvidenceContentType.GIF);
        assertThat(detect(EvidenceSamples.webp())).isEqualTo(EvidenceContentType.WEBP);
        assertThat(detect(EvidenceSamples.xlsx())).isEqualTo(EvidenceContentType.XLSX);
        assertThat(detect(EvidenceSamples.docx())).isEqualTo(EvidenceContentType.DOCX);
        assertThat(EvidenceContentType.XLSX.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void executablesAreRefusedNamingWhatTheyAreWhateverTheyAreCalled() {
        assertRefusedAs(EvidenceSamples.windowsExecutable(), "Windows executable (MZ)");
        assertRefusedAs(EvidenceSamples.elfExecutable(), "ELF executable");
        assertRefusedAs("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), "script (#!)");
    }

    @Test
    void zipArchivesThatAreNotPlainWorkbooksOrDocumentsAreRefused() {
        assertRefusedAs(EvidenceSamples.zip(), "ZIP archive");
        assertRefusedAs(EvidenceSamples.jar(), "Java archive (JAR)");
        assertRefusedAs(EvidenceSamples.withMacros(EvidenceSamples.xlsx(), "xl"), "macro-enabled Excel workbook (.xlsm)");
        assertRefusedAs(EvidenceSamples.withMacros(EvidenceSamples.docx(), "word"), "macro-enabled Word document (.docm)");
        byte[] truncated = java.util.Arrays.copyOf(EvidenceSamples.xlsx(), 10);
        assertRefusedAs(truncated, "damaged ZIP archive");
    }

    @Test
    void emptyAndUnknownContentIsRefused() {
        assertRefusedAs(new byte[0], "empty");
        assertRefusedAs("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "unknown content");
        assertRefusedAs("名称,金额\n".getBytes(StandardCharsets.UTF_8), "unknown content");
        // The signature must open the file: a PDF signature further in (a polyglot) does not count.
        assertRefusedAs(("MZ" + "%PDF-1.4").getBytes(StandardCharsets.ISO_8859_1), "Windows executable (MZ)");
    }

    record Sample(long seed, int index, byte[] bytes) {
        @Override
        public String toString() {
            return "seed=" + seed + " #" + index;
        }
    }

    static Stream<Sample> randomContent() {
        long seed = Seeds.seed("random bytes are never taken for an accepted type unless they open with its signature");
        Random random = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[1 + random.nextInt(64)];
            random.nextBytes(bytes);
            samples.add(new Sample(seed, i, bytes));
        }
        return samples.stream();
    }

    @ParameterizedTest
    @MethodSource("randomContent")
    void randomBytesAreAcceptedOnlyWhenTheyOpenWithTheSignatureOfTheTypeTheyAreTakenFor(Sample sample) {
        byte[] b = sample.bytes();
        try {
            EvidenceContentType type = detect(b);
            String head = new String(b, StandardCharsets.ISO_8859_1);
            switch (type) {
                case PDF -> assertThat(head).startsWith("%PDF-");
                case PNG -> assertThat(head).startsWith("\u0089PNG\r\n\u001a\n");
                case JPEG -> assertThat(b[0] & 0xFF).isEqualTo(0xFF);
                case GIF -> assertThat(head).startsWith("GIF8");
                case WEBP -> assertThat(head).startsWith("RIFF");
                case XLSX, DOCX -> assertThat(head).startsWith("PK");
            }
        } catch (EvidenceContentRefusedException refused) {
            assertThat(refused.detected()).isNotBlank();
        }
    }
}
