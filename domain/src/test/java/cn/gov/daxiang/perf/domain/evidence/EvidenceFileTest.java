package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceFileTest {

    private static final EvidenceOwner GOAL = EvidenceOwner.of(EvidenceOwnerType.GOAL, "0b8a7f5e-1c1d-4c53-9c2f-1a2b3c4d5e6f");
    private static final Sha256 SHA = new Sha256("a".repeat(64));

    private static EvidenceFile attach(String name, EvidencePurpose purpose, OptionalInt latest) {
        return EvidenceFile.attach(EvidenceFileId.newId(), GOAL, purpose, EvidenceFileName.sanitise(name), EvidenceContentType.PDF, 10, SHA,
                latest, ActorId.of("operator"), Instant.parse("2024-07-01T08:00:00Z"));
    }

    @Test
    void theFirstUploadOfANameIsVersionOneAndEachLaterOneTheNext() {
        assertThat(attach("验收单.pdf", EvidencePurpose.SUPPORTING, OptionalInt.empty()).getVersion()).isEqualTo(1);
        assertThat(attach("验收单.pdf", EvidencePurpose.SUPPORTING, OptionalInt.of(1)).getVersion()).isEqualTo(2);
        assertThat(attach("验收单.pdf", EvidencePurpose.SUPPORTING, OptionalInt.of(7)).getVersion()).isEqualTo(8);
    }

    @Test
    void attachingRecordsTheEventWithTheVersionAndDigest() {
        EvidenceFile file = attach("评价报告.pdf", EvidencePurpose.AGENCY_REPORT, OptionalInt.of(1));
        assertThat(file.pullEvents()).containsExactly(new EvidenceFileAttached(file.getId(), GOAL, EvidencePurpose.AGENCY_REPORT,
                file.getFileName(), 2, SHA));
        assertThat(file.pullEvents()).isEmpty();
        assertThat(file.auditSnapshot().fields()).containsEntry("sha256", SHA.hex()).containsEntry("version", "2")
                .containsEntry("ownerType", "GOAL").containsEntry("fileName", "评价报告.pdf");
    }

    @Test
    void theLatestVersionOfEachPurposeAndNameIsWhatAListShows() {
        EvidenceFile a1 = attach("a.pdf", EvidencePurpose.SUPPORTING, OptionalInt.empty());
        EvidenceFile b1 = attach("b.pdf", EvidencePurpose.SUPPORTING, OptionalInt.empty());
        EvidenceFile a2 = attach("a.pdf", EvidencePurpose.SUPPORTING, OptionalInt.of(1));
        EvidenceFile aReport = attach("a.pdf", EvidencePurpose.AGENCY_REPORT, OptionalInt.empty());
        assertThat(EvidenceFile.latestVersions(List.of(a1, b1, a2, aReport))).containsExactly(a2, b1, aReport);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> EvidenceFile.attach(EvidenceFileId.newId(), GOAL, EvidencePurpose.OTHER, EvidenceFileName.sanitise("x.pdf"),
                EvidenceContentType.PDF, 0, SHA, OptionalInt.empty(), ActorId.of("u"), Instant.now()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("EVIDENCE_FILE_EMPTY"));
    }

    @Test
    void anOwnerIdMustBeAPlausibleKey() {
        assertThat(EvidenceOwner.of(EvidenceOwnerType.SELF_EVALUATION, " abc-1 ").id()).isEqualTo("abc-1");
        assertThatThrownBy(() -> EvidenceOwner.of(EvidenceOwnerType.GOAL, "../x")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> EvidenceOwner.of(EvidenceOwnerType.GOAL, " ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> EvidenceOwner.of(EvidenceOwnerType.GOAL, "x".repeat(65))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aLimitReadsAsPeopleWriteIt() {
        assertThat(EvidenceFileTooLargeException.readable(20L << 20)).isEqualTo("20 MB");
        assertThat(EvidenceFileTooLargeException.readable(1536)).isEqualTo("1.5 KB");
        assertThat(new EvidenceFileTooLargeException(20L << 20).arguments()).containsEntry("limit", "20 MB").containsEntry("limitBytes", 20L << 20);
    }
}
