package cn.gov.daxiang.perf.domain.access;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.regex.Pattern;

/** A third-party agency (第三方机构) as the bureau registers it, e.g. ZHENRUI for 邵阳臻瑞咨询服务有限责任公司. */
public record AgencyId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{2,40}");

    public AgencyId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("AGENCY_ID_MALFORMED", Map.of("value", String.valueOf(value)));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
