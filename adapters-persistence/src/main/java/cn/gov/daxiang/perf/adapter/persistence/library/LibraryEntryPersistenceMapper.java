package cn.gov.daxiang.perf.adapter.persistence.library;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.readiness.ReadinessCheckResult;
import cn.gov.daxiang.perf.domain.readiness.ReadinessReport;
import cn.gov.daxiang.perf.domain.review.ActorId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mapstruct.Mapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

@Mapper
public interface LibraryEntryPersistenceMapper {

    record CheckJson(String check, boolean passed, String reason, Map<String, Object> arguments) {
    }

    ObjectMapper JSON = new ObjectMapper();
    TypeReference<List<CheckJson>> CHECKS = new TypeReference<>() {
    };

    default LibraryEntry toDomain(LibraryEntryJpaEntity row) {
        ProjectCode code = new ProjectCode(row.projectCode);
        try {
            List<ReadinessCheckResult> results = JSON.readValue(row.readiness, CHECKS).stream()
                    .map(c -> new ReadinessCheckResult(c.check(), c.passed(), c.reason(), c.arguments() == null ? Map.of() : c.arguments()))
                    .toList();
            return LibraryEntry.restore(code, new UnitCode(row.unitCode), ActorId.of(row.enteredBy), row.enteredAt.toInstant(),
                    new ReadinessReport(code, results));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("library entry " + row.projectCode + " holds unreadable readiness", e);
        }
    }

    default LibraryEntryJpaEntity toRow(LibraryEntry entry) {
        LibraryEntryJpaEntity row = new LibraryEntryJpaEntity();
        row.projectCode = entry.getProjectCode().value();
        row.unitCode = entry.getUnitCode().value();
        row.enteredBy = entry.getEnteredBy().value();
        row.enteredAt = entry.getEnteredAt().atOffset(ZoneOffset.UTC);
        try {
            row.readiness = JSON.writeValueAsString(entry.getReadiness().results().stream()
                    .map(r -> new CheckJson(r.check(), r.passed(), r.reason(), r.arguments())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return row;
    }
}
