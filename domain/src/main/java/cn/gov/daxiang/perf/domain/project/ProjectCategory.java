package cn.gov.daxiang.perf.domain.project;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/** 项目类别: the three kinds of budget project in the 一体化 standard. */
public enum ProjectCategory implements Labelled {
    PERSONNEL("人员类"),
    OPERATION("运转类"),
    SPECIFIC_PURPOSE("特定目标类");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Accepts the code ({@code SPECIFIC_PURPOSE}) or the Chinese label ({@code 特定目标类}). */
    public static ProjectCategory parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(t) || c.label.equals(t))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("PROJECT_CATEGORY_UNKNOWN",
                        Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
