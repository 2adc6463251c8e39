package cn.gov.daxiang.perf.application.port.in.indicator;

import cn.gov.daxiang.perf.domain.indicator.TemplateDetails;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;

/**
 * The finance bureau's new wording of a library template.
 *
 * @param revision the revision the bureau read; a change from an older one is refused as stale
 * @param details  the template's whole new wording (the library checks its levels against the taxonomy)
 */
public record EditIndicatorTemplateCommand(TemplateId templateId, long revision, TemplateDetails details) {

    public EditIndicatorTemplateCommand {
        if (templateId == null) {
            throw new InvalidValueException("id", "REQUEST_FIELD_REQUIRED", Map.of("field", "id"));
        }
        if (details == null) {
            throw new InvalidValueException("body", "REQUEST_FIELD_REQUIRED", Map.of("field", "body"));
        }
    }
}
