package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.Labelled;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/**
 * Changes from the province that the district does not take over silently. The province is the source of
 * truth for units and projects, but some of its changes would pull the ground from under work the district
 * has done on them; those are held in the conflict log until finance decides (see docs/provincial-api.md §7).
 */
public enum ConflictKind implements Labelled {
    /** A project the district has goals, monitoring or evaluations for now belongs to another unit. */
    PROJECT_MOVED_WITH_LOCAL_WORK("项目划转至其他单位（本地已有绩效工作）"),
    /** The province deleted a project the district knows: never deleted here without a person deciding. */
    PROJECT_DELETED_UPSTREAM("省平台已删除项目"),
    /** A unit is deactivated while it still has projects of this or a later fiscal year, or open local work. */
    UNIT_DEACTIVATED_WITH_OPEN_WORK("单位停用但仍有未完成工作"),
    /** The province deleted a unit the district knows: units are never deleted here, at most deactivated. */
    UNIT_DELETED_UPSTREAM("省平台已删除单位"),
    /** The change refers to a unit or project the district does not know (an upstream inconsistency). */
    REFERENCE_UNRESOLVED("引用的单位或项目不存在");

    private final String label;

    ConflictKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ConflictKind parse(String text) {
        String t = text == null ? "" : text.strip();
        return Labelled.find(ConflictKind.class, t)
                .orElseThrow(() -> new InvalidValueException("SYNC_CONFLICT_KIND_UNKNOWN", Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
