package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/**
 * Changes from the province that the district does not take over silently. The province is the source of
 * truth for units and projects, but some of its changes would pull the ground from under work the district
 * has done on them; those are held in the conflict log until finance decides (see docs/provincial-api.md §7).
 */
public enum ConflictKind {
    /** A project the district has goals, monitoring or evaluations for now belongs to another unit. */
    PROJECT_MOVED_WITH_LOCAL_WORK,
    /** The province deleted a project the district knows: never deleted here without a person deciding. */
    PROJECT_DELETED_UPSTREAM,
    /** A unit is deactivated while it still has projects of this or a later fiscal year, or open local work. */
    UNIT_DEACTIVATED_WITH_OPEN_WORK,
    /** The province deleted a unit the district knows: units are never deleted here, at most deactivated. */
    UNIT_DELETED_UPSTREAM,
    /** The change refers to a unit or project the district does not know (an upstream inconsistency). */
    REFERENCE_UNRESOLVED;

    public static ConflictKind parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t)).findFirst()
                .orElseThrow(() -> new InvalidValueException("SYNC_CONFLICT_KIND_UNKNOWN", Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
