package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.domain.sync.ConflictResolution;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResolveSyncConflictRequest", requiredProperties = {"resolution"})
public record ResolveSyncConflictRequest(
        @NotNull @Schema(description = "ACCEPT_PROVINCIAL takes the held change over now; KEEP_LOCAL keeps the district's record",
                example = "KEEP_LOCAL") ConflictResolution resolution,
        @Size(max = 1000) @Schema(description = "The reason; required for KEEP_LOCAL", example = "项目仍在本单位实施，已与省平台核对") String note) {
}
