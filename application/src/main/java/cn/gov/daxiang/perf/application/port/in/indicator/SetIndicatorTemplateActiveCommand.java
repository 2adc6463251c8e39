package cn.gov.daxiang.perf.application.port.in.indicator;

import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;

/**
 * A library template taken out of use ({@code active} false) or put back into use.
 *
 * @param revision the revision the bureau read; a change from an older one is refused as stale
 */
public record SetIndicatorTemplateActiveCommand(TemplateId templateId, long revision, boolean active) {

    public SetIndicatorTemplateActiveCommand {
        if (templateId == null) {
            throw new InvalidValueException("id", "REQUEST_FIELD_REQUIRED", Map.of("field", "id"));
        }
    }
}
