package cn.gov.daxiang.perf.adapter.rest.audit;

import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.Set;

@Mapper
public interface AuditEventRestMapper {

    @Mapping(target = "eventId", source = "id")
    AuditEventResponse toResponse(AuditEvent event);

    default List<String> roles(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().toList();
    }
}
