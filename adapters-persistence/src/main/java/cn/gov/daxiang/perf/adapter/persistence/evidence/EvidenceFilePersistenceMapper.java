package cn.gov.daxiang.perf.adapter.persistence.evidence;

import cn.gov.daxiang.perf.domain.evidence.EvidenceContentType;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileId;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileName;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;
import cn.gov.daxiang.perf.domain.evidence.Sha256;
import cn.gov.daxiang.perf.domain.review.ActorId;
import org.mapstruct.Mapper;

import java.time.ZoneOffset;

@Mapper
public interface EvidenceFilePersistenceMapper {

    default EvidenceFileJpaEntity toEntity(EvidenceFile file) {
        EvidenceFileJpaEntity entity = new EvidenceFileJpaEntity();
        entity.fileId = file.getId().value();
        entity.ownerType = file.getOwner().type().name();
        entity.ownerId = file.getOwner().id();
        entity.purpose = file.getPurpose().name();
        entity.fileName = file.getFileName().value();
        entity.contentType = file.getContentType().mediaType();
        entity.sizeBytes = file.getSize();
        entity.sha256 = file.getSha256().hex();
        entity.fileVersion = file.getVersion();
        entity.uploadedBy = file.getUploadedBy().value();
        entity.uploadedAt = file.getUploadedAt().atOffset(ZoneOffset.UTC);
        return entity;
    }

    default EvidenceFile toDomain(EvidenceFileJpaEntity entity) {
        return EvidenceFile.restore(EvidenceFileId.of(entity.fileId), EvidenceOwner.of(EvidenceOwnerType.valueOf(entity.ownerType), entity.ownerId),
                EvidencePurpose.valueOf(entity.purpose), new EvidenceFileName(entity.fileName), EvidenceContentType.ofMediaType(entity.contentType),
                entity.sizeBytes, new Sha256(entity.sha256), entity.fileVersion, ActorId.of(entity.uploadedBy), entity.uploadedAt.toInstant());
    }
}
