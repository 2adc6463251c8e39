package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No rectification with this id, or one the caller may not see. */
public class RectificationNotFoundException extends NotFoundException {

    public RectificationNotFoundException(RectificationId id) {
        super("RECTIFICATION_NOT_FOUND", Map.of("id", id.toString()));
    }
}
