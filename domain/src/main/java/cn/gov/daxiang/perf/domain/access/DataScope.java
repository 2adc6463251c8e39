package cn.gov.daxiang.perf.domain.access;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.util.HashSet;
import java.util.Set;

/**
 * The budget units whose data an actor may see: all of them, or a listed few (possibly none). Lists are
 * filtered by it and single objects outside it answer "not found", exactly like unknown ones.
 */
public record DataScope(boolean unrestricted, Set<UnitCode> units) {

    private static final DataScope ALL = new DataScope(true, Set.of());
    private static final DataScope NONE = new DataScope(false, Set.of());

    public DataScope {
        units = Set.copyOf(units);
    }

    public static DataScope all() {
        return ALL;
    }

    public static DataScope none() {
        return NONE;
    }

    public static DataScope of(Set<UnitCode> units) {
        return units.isEmpty() ? NONE : new DataScope(false, units);
    }

    public boolean includes(UnitCode unit) {
        return unrestricted || units.contains(unit);
    }

    public boolean isEmpty() {
        return !unrestricted && units.isEmpty();
    }

    public DataScope union(DataScope other) {
        if (unrestricted || other.unrestricted) {
            return ALL;
        }
        Set<UnitCode> both = new HashSet<>(units);
        both.addAll(other.units);
        return of(both);
    }
}
