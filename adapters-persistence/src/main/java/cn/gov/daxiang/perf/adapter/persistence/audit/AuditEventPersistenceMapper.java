package cn.gov.daxiang.perf.adapter.persistence.audit;

import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.audit.AuditKind;
import cn.gov.daxiang.perf.domain.audit.FieldChange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Mapper
public interface AuditEventPersistenceMapper {

    ObjectMapper JSON = new ObjectMapper();
    TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "eventId", source = "id")
    AuditEventJpaEntity toEntity(AuditEvent event);

    default AuditEvent toDomain(AuditEventJpaEntity e) {
        return new AuditEvent(e.eventId, e.occurredAt.toInstant(), e.actorId, roles(e.actorRoles), e.objectType,
                e.objectId, AuditKind.valueOf(e.kind), e.action, changes(e.changes), e.requestId);
    }

    default OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    default String roles(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    default Set<Role> roles(String roles) {
        return roles.isEmpty() ? Set.of() : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toSet());
    }

    default String kind(AuditKind kind) {
        return kind.name();
    }

    default String changes(List<FieldChange> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit changes", e);
        }
    }

    default List<FieldChange> changes(String json) {
        try {
            return JSON.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read audit changes", e);
        }
    }
}
