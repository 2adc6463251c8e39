package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;

/**
 * The access rules of one kind of evidence owner: the extension point for a new owner type. Adding one is a new
 * {@link EvidenceOwnerType} constant and one {@code @ApplicationScoped} class implementing this interface (CDI finds
 * it; {@link EvidenceOwners} hands it the requests for its type). Nothing else changes.
 *
 * <p>{@link #resolve} must:
 * <ol>
 *   <li>parse {@code ownerId} as the owner's id, refusing a malformed one with an {@code InvalidValueException}
 *       (400; the use case names the field {@code ownerId});</li>
 *   <li>load the owner only if the actor may see it by the owner's own rules, throwing the owner's
 *       {@code NotFoundException} subclass otherwise (404, for a missing object and an invisible one alike, never 403);</li>
 *   <li>answer for which purposes the actor may attach files to it ({@link VisibleEvidenceOwner}; the use case
 *       answers 403 when not). Seeing the owner is enough to list and download its files.</li>
 * </ol>
 * It runs inside the use case's transaction and changes nothing.
 */
public interface EvidenceOwnerResolver {

    EvidenceOwnerType ownerType();

    VisibleEvidenceOwner resolve(Actor actor, String ownerId);
}
