package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.EvidenceFileRepository;
import cn.gov.daxiang.perf.domain.evidence.EvidenceContentType;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileId;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileName;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;
import cn.gov.daxiang.perf.domain.evidence.Sha256;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link EvidenceFileRepository} does: a file reads back as attached (Chinese names, sizes over 2 GB,
 * instants to the microsecond), an owner's files list by purpose, name and version, the latest version is counted per
 * owner, purpose and name, and a version is taken once.
 */
public abstract class EvidenceFileRepositoryContract {

    protected abstract EvidenceFileRepository files();

    protected void stored() {
    }

    private final EvidenceOwner goal = EvidenceOwner.of(EvidenceOwnerType.GOAL, UUID.randomUUID().toString());
    private final EvidenceOwner report = EvidenceOwner.of(EvidenceOwnerType.MONITORING_REPORT, goal.id());

    private static EvidenceFile file(EvidenceOwner owner, EvidencePurpose purpose, String name, int latest, long size) {
        return EvidenceFile.attach(EvidenceFileId.newId(), owner, purpose, EvidenceFileName.sanitise(name), EvidenceContentType.PDF, size,
                new Sha256(Integer.toHexString(latest + 10).repeat(64).substring(0, 64)), latest == 0 ? OptionalInt.empty() : OptionalInt.of(latest),
                ActorId.of("contract-operator"), Instant.parse("2024-07-01T08:00:00.123456Z"));
    }

    @Test
    void aFileReadsBackAsItWasAttached() {
        EvidenceFile file = file(goal, EvidencePurpose.AGENCY_REPORT, "邵阳臻瑞咨询服务有限责任公司绩效评价报告（2024）.pdf", 0, 5_000_000_000L);
        files().add(file);
        stored();

        EvidenceFile read = files().findById(file.getId()).orElseThrow();
        assertThat(read.auditSnapshot()).isEqualTo(file.auditSnapshot());
        assertThat(read.getUploadedAt()).isEqualTo(file.getUploadedAt());
        assertThat(read.getSize()).isEqualTo(5_000_000_000L);
        assertThat(files().findById(EvidenceFileId.newId())).isEmpty();
    }

    @Test
    void anOwnersFilesAreListedByPurposeNameAndVersionAndNoOtherOwnersAre() {
        EvidenceFile b1 = file(goal, EvidencePurpose.SUPPORTING, "b.pdf", 0, 1);
        EvidenceFile a1 = file(goal, EvidencePurpose.SUPPORTING, "a.pdf", 0, 1);
        EvidenceFile a2 = file(goal, EvidencePurpose.SUPPORTING, "a.pdf", 1, 1);
        EvidenceFile sheet = file(goal, EvidencePurpose.SCORE_SHEET, "a.pdf", 0, 1);
        EvidenceFile otherOwner = file(report, EvidencePurpose.SUPPORTING, "a.pdf", 0, 1);
        for (EvidenceFile f : new EvidenceFile[]{b1, a2, sheet, a1, otherOwner}) {
            files().add(f);
        }
        stored();

        assertThat(files().findByOwner(goal)).extracting(EvidenceFile::getId).containsExactly(a1.getId(), a2.getId(), b1.getId(), sheet.getId());
        assertThat(files().findByOwner(report)).extracting(EvidenceFile::getId).containsExactly(otherOwner.getId());
        assertThat(files().latestVersion(goal, EvidencePurpose.SUPPORTING, EvidenceFileName.sanitise("a.pdf"))).hasValue(2);
        assertThat(files().latestVersion(goal, EvidencePurpose.SCORE_SHEET, EvidenceFileName.sanitise("a.pdf"))).hasValue(1);
        assertThat(files().latestVersion(goal, EvidencePurpose.OTHER, EvidenceFileName.sanitise("a.pdf"))).isEmpty();
    }

    @Test
    void aVersionOfANameIsTakenOnce() {
        files().add(file(goal, EvidencePurpose.SUPPORTING, "验收单.pdf", 0, 1));
        stored();
        assertThatThrownBy(() -> files().add(file(goal, EvidencePurpose.SUPPORTING, "验收单.pdf", 0, 2)))
                .isInstanceOfSatisfying(AlreadyExistsException.class, e -> assertThat(e.code()).isEqualTo("EVIDENCE_FILE_VERSION_TAKEN"));
    }
}
