package cn.gov.daxiang.perf.adapter.rest.shared;

/** A coded value with its Chinese label, e.g. {@code {"code":"SPECIAL_BOND","label":"专项债券"}}. */
public record LabelledCode(String code, String label) {
}
