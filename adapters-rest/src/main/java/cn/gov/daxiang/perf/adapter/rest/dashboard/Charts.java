package cn.gov.daxiang.perf.adapter.rest.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options made on the server from the figures the page's tables show, so that a chart never says something
 * the table does not. Each data item may carry the link to the records it counts (dashboard.js follows it on click).
 */
final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PALETTE = List.of("#b3261e", "#0b57d0", "#1e7b34", "#8a6d00", "#6a1b9a", "#546e7a");

    /** One bar or slice: its name, its number, where its records are and, where the meaning has one, its colour. */
    record Item(String name, Number value, String link, String color) {
        Item(String name, Number value, String link) {
            this(name, value, link, null);
        }
    }

    /** Whether there is anything to draw: a pie of zeros would show equal slices of nothing. */
    static boolean hasData(List<Item> items) {
        return items.stream().anyMatch(i -> i.value().doubleValue() != 0);
    }

    static final String GREEN = "#1e7b34";
    static final String AMBER = "#c77700";

    /** Treatments from support (green) to cancellation (red). */
    static String treatmentColor(cn.gov.daxiang.perf.domain.allocation.Treatment treatment) {
        return switch (treatment) {
            case KEY_SUPPORT -> "#1e7b34";
            case PRIORITY -> "#0b57d0";
            case REDUCE_OR_MERGE -> AMBER;
            case CANCEL -> "#b3261e";
        };
    }

    /** Grades in the colours people read them by: 优 green through 差 red (never red for the best). */
    static String gradeColor(cn.gov.daxiang.perf.domain.grade.Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "#1e7b34";
            case GOOD -> "#0b57d0";
            case MEDIUM -> "#8a6d00";
            case WEAK -> "#e8710a";
            case POOR -> "#b3261e";
        };
    }

    private Charts() {
    }

    static PageModel.Chart pie(String id, String label, List<Item> items) {
        Map<String, Object> option = base(label);
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c} ({d}%)"));
        option.put("legend", Map.of("bottom", 0));
        option.put("series", List.of(Map.of("type", "pie", "radius", List.of("35%", "65%"), "avoidLabelOverlap", true,
                "label", Map.of("formatter", "{b}: {c}"), "data", data(items))));
        return new PageModel.Chart(id, label, write(option));
    }

    /** Bars of one or more series over the same categories; {@code series} names each list of items. */
    static PageModel.Chart bars(String id, String label, List<String> categories, Map<String, List<Item>> series) {
        Map<String, Object> option = base(label);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 40, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("interval", 0, "hideOverlap", true)));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", series.entrySet().stream().map(e -> {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("type", "bar");
            bar.put("name", e.getKey());
            bar.put("data", data(e.getValue()));
            bar.put("label", Map.of("show", true, "position", "top"));
            // A series whose items carry a colour takes it as its own, so that the legend shows the same colour.
            List<String> colors = e.getValue().stream().map(Item::color).filter(java.util.Objects::nonNull).distinct().toList();
            if (colors.size() == 1) {
                bar.put("itemStyle", Map.of("color", colors.get(0)));
            }
            return bar;
        }).toList());
        return new PageModel.Chart(id, label, write(option));
    }

    private static Map<String, Object> base(String label) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true, "label", Map.of("description", label)));
        option.put("color", PALETTE);
        option.put("animation", false);
        option.put("title", Map.of("text", label, "left", "center", "textStyle", Map.of("fontSize", 14)));
        return option;
    }

    private static List<Map<String, Object>> data(List<Item> items) {
        return items.stream().map(i -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", i.name());
            d.put("value", i.value());
            if (i.link() != null) {
                d.put("link", i.link());
            }
            if (i.color() != null) {
                d.put("itemStyle", Map.of("color", i.color()));
            }
            return d;
        }).toList();
    }

    private static String write(Map<String, Object> option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart option not writable", e);
        }
    }
}
