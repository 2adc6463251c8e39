package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** A warning that does not stop anything (e.g. RESULT_INDICATORS_BELOW_60), with its message in the caller's language. */
@Schema(name = "FrameworkWarning", requiredProperties = {"code", "message", "arguments"})
public record WarningResponse(String code, String message, Map<String, Object> arguments) {
}
