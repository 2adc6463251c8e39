package cn.gov.daxiang.perf.adapter.rest.agency;

import cn.gov.daxiang.perf.application.port.in.agency.AgencyView;
import cn.gov.daxiang.perf.domain.agency.Agency;
import cn.gov.daxiang.perf.domain.agency.CreditCode;
import org.mapstruct.Mapper;

@Mapper
public interface AgencyRestMapper {

    default AgencyResponse toResponse(AgencyView view) {
        Agency agency = view.agency();
        return new AgencyResponse(agency.getId().value(), agency.getName(), agency.getCreditCode().map(CreditCode::value).orElse(null),
                agency.getContact().orElse(null), agency.isActive(),
                agency.getEvaluators().stream().map(e -> new AgencyResponse.Evaluator(e.userId().value(), e.name())).toList(), view.revision());
    }
}
