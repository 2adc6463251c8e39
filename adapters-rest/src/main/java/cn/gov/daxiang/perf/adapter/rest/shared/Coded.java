package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.shared.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one shape of every coded value in an answer: {@code {"code":"SPECIAL_BOND","label":"专项债券"}}. The document
 * lists each type's codes as an enum ({@code CodedProjectKind} and so on), so a client can switch on them.
 */
@Schema(requiredProperties = {"code", "label"})
public record Coded<E extends Enum<E> & Labelled>(E code, String label) {

    /** null stays null: an absent coded value is absent, not an empty object. */
    public static <E extends Enum<E> & Labelled> Coded<E> of(E value) {
        return value == null ? null : new Coded<>(value, value.label());
    }
}
