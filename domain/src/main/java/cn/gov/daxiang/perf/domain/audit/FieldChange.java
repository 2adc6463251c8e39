package cn.gov.daxiang.perf.domain.audit;

/** One field's value before and after a change (null where the field did not exist or was empty). */
public record FieldChange(String field, String before, String after) {
}
