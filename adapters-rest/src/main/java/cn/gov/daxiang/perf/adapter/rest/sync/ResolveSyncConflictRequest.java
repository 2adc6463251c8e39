package cn.gov.daxiang.perf.adapter.rest.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ResolveSyncConflictRequest(
        @Schema(description = "ACCEPT_PROVINCIAL takes the held change over now; KEEP_LOCAL keeps the district's record",
                enumeration = {"ACCEPT_PROVINCIAL", "KEEP_LOCAL"}, required = true) String resolution,
        @Schema(description = "The reason; required for KEEP_LOCAL (at most 1000 characters)") String note) {
}
