package cn.gov.daxiang.perf.domain.project;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/**
 * Special kinds of project that carry extra rules (domain reference §7). A project may be of
 * several kinds at once, or of none.
 */
public enum ProjectKind implements Labelled {
    SPECIAL_BOND("专项债券"),
    TRANSFER_PAYMENT("上级转移支付"),
    GOVERNMENT_PURCHASED_SERVICE("政府购买服务"),
    SOCIAL_SECURITY_FUND("社保基金");

    private final String label;

    ProjectKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Accepts the code ({@code SPECIAL_BOND}) or the Chinese label ({@code 专项债券}). */
    public static ProjectKind parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(t) || k.label.equals(t))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("PROJECT_KIND_UNKNOWN",
                        Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
