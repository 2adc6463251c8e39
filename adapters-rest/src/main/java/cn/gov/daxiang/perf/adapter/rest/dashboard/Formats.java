package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.WanYuan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the dashboard writes figures and links: money in 万元 with two decimals (the exact 元 beside it), percentages. */
final class Formats {

    private Formats() {
    }

    /** 万元 at two decimals as the domain converts them ({@link WanYuan}), grouped for reading: 81,648.29. */
    static String wanYuan(Money money) {
        return String.format("%,.2f", WanYuan.of(money, 2));
    }

    /** The exact 元 as the API writes it: 816482900.00. */
    static String yuan(Money money) {
        return money.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(Optional<BigDecimal> share) {
        return share.map(s -> s.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%").orElse("—");
    }

    /** A dashboard link with its query parameters, blank ones left out, values URL-encoded. */
    static String link(String path, Object... keysAndValues) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null && !String.valueOf(value).isBlank()) {
                query.put(String.valueOf(keysAndValues[i]), String.valueOf(value));
            }
        }
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A path segment, encoded. */
    static String segment(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
