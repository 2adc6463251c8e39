package cn.gov.daxiang.perf.adapter.persistence.agency;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.Agency;
import cn.gov.daxiang.perf.domain.agency.AgencyDetails;
import cn.gov.daxiang.perf.domain.agency.AgencyEvaluator;
import cn.gov.daxiang.perf.domain.agency.CreditCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper
public interface AgencyPersistenceMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "agencyPk", ignore = true)
    @Mapping(target = "ordinal", ignore = true)
    @Mapping(target = "userId", source = "userId.value")
    AgencyEvaluatorJpaEntity toEntity(AgencyEvaluator evaluator);

    default AgencyEvaluator toDomain(AgencyEvaluatorJpaEntity entity) {
        return AgencyEvaluator.of(entity.userId, entity.name);
    }

    default Agency toDomain(AgencyJpaEntity root, List<AgencyEvaluatorJpaEntity> evaluators) {
        return Agency.restore(new AgencyId(root.agencyId),
                new AgencyDetails(root.name, root.creditCode == null ? null : new CreditCode(root.creditCode), root.contact, root.active),
                evaluators.stream().map(this::toDomain).toList());
    }

    /** The root row's fields; the id is set once, on a new row. */
    default void copyToRoot(Agency agency, AgencyJpaEntity root) {
        if (root.agencyId == null) {
            root.agencyId = agency.getId().value();
        }
        root.name = agency.getName();
        root.creditCode = agency.getCreditCode().map(CreditCode::value).orElse(null);
        root.contact = agency.getContact().orElse(null);
        root.active = agency.isActive();
    }
}
