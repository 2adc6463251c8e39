package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.evidence.AttachEvidenceFileCommand;
import cn.gov.daxiang.perf.application.port.in.evidence.AttachEvidenceFileUseCase;
import cn.gov.daxiang.perf.application.port.in.evidence.EvidenceContent;
import cn.gov.daxiang.perf.application.port.in.evidence.FindEvidenceFileQuery;
import cn.gov.daxiang.perf.application.port.in.evidence.ListEvidenceFilesQuery;
import cn.gov.daxiang.perf.application.port.out.EvidenceFileRepository;
import cn.gov.daxiang.perf.application.port.out.EvidenceStore;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceContentType;
import cn.gov.daxiang.perf.domain.evidence.EvidenceContentTypes;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileId;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileName;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileNotFoundException;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Evidence files (佐证材料): attached to an object by those its resolver allows, seen by whoever may see the object.
 * The order of an upload: the owner (404 when invisible, 403 when the actor may not attach), the name (400), the content
 * copied aside while hashed and counted (413 over the limit), refused when empty (400) or of a type not accepted
 * (415), then stored durably under its SHA-256 and only then recorded, as the next version of its name, with its
 * event. A crash between the two leaves content no row names, never a row without content.
 */
@ApplicationScoped
@Transactional
public class EvidenceFileService implements AttachEvidenceFileUseCase, ListEvidenceFilesQuery, FindEvidenceFileQuery {

    private final EvidenceOwners owners;
    private final EvidenceFileRepository files;
    private final EvidenceStore store;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public EvidenceFileService(EvidenceOwners owners, EvidenceFileRepository files, EvidenceStore store, ChangePipeline pipeline, Clock clock) {
        this.owners = owners;
        this.files = files;
        this.store = store;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public EvidenceFile attachEvidenceFile(Actor actor, AttachEvidenceFileCommand command) {
        if (!owners.resolve(actor, command.owner()).mayAttach(command.purpose())) {
            throw new AccessDeniedException("attach-evidence-file");
        }
        EvidenceFileName name = EvidenceFileName.sanitise(command.fileName());
        try (EvidenceStore.Staged staged = store.stage(command.content())) {
            if (staged.size() == 0) {
                throw new InvalidValueException("file", "EVIDENCE_FILE_EMPTY", Map.of());
            }
            EvidenceContentType type = EvidenceContentTypes.detect(staged);
            OptionalInt latest = files.latestVersion(command.owner(), command.purpose(), name);
            EvidenceFile file = EvidenceFile.attach(EvidenceFileId.newId(), command.owner(), command.purpose(), name, type, staged.size(),
                    staged.sha256(), latest, ActorId.of(actor.userId()), clock.instant());
            staged.commit();
            pipeline.create(actor, file, added -> {
                files.add(added);
                return 0L;
            });
            return file;
        }
    }

    @Override
    public List<EvidenceFile> listEvidenceFiles(Actor actor, EvidenceOwner owner, boolean allVersions) {
        owners.resolve(actor, owner);
        List<EvidenceFile> all = files.findByOwner(owner);
        return allVersions ? all : EvidenceFile.latestVersions(all);
    }

    @Override
    public EvidenceFile findEvidenceFile(Actor actor, EvidenceFileId id) {
        EvidenceFile file = files.findById(id).orElseThrow(() -> new EvidenceFileNotFoundException(id));
        try {
            owners.resolve(actor, file.getOwner());
        } catch (NotFoundException invisibleOwner) {
            // The file's id is what was asked for: answer for it, without naming its owner.
            throw new EvidenceFileNotFoundException(id);
        }
        return file;
    }

    @Override
    public EvidenceContent openEvidenceContent(Actor actor, EvidenceFileId id) {
        EvidenceFile file = findEvidenceFile(actor, id);
        return new EvidenceContent(file, store.open(file.getSha256()));
    }
}
