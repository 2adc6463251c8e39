package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerTypeNotSupportedException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The resolvers of every owner type that has one (CDI finds them); an owner type without one is not supported yet. */
@ApplicationScoped
public class EvidenceOwners {

    private final Map<EvidenceOwnerType, EvidenceOwnerResolver> resolvers = new EnumMap<>(EvidenceOwnerType.class);

    @Inject
    public EvidenceOwners(Instance<EvidenceOwnerResolver> found) {
        this(found.stream().toList());
    }

    public EvidenceOwners(Collection<EvidenceOwnerResolver> found) {
        for (EvidenceOwnerResolver resolver : found) {
            EvidenceOwnerResolver twice = resolvers.put(resolver.ownerType(), resolver);
            if (twice != null) {
                throw new IllegalStateException("two evidence owner resolvers for " + resolver.ownerType() + ": "
                        + twice.getClass().getName() + " and " + resolver.getClass().getName());
            }
        }
    }

    /** The owner as the actor sees it: 404 when it may not, 422 for an owner type without a resolver. */
    public VisibleEvidenceOwner resolve(Actor actor, EvidenceOwner owner) {
        EvidenceOwnerResolver resolver = resolvers.get(owner.type());
        if (resolver == null) {
            throw new EvidenceOwnerTypeNotSupportedException(owner.type(), supported());
        }
        try {
            return resolver.resolve(actor, owner.id());
        } catch (InvalidValueException malformed) {
            throw malformed.forField("ownerId");
        }
    }

    public boolean supports(EvidenceOwnerType type) {
        return resolvers.containsKey(type);
    }

    /** The supported owner types, in the enum's order, comma-separated. */
    public String supported() {
        return resolvers.keySet().stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
