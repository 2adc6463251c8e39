package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Rectification status (整改情况) of a set of items on a day: per responsible unit and in total, the items by stored
 * state, the overdue ones (computed on {@code today}), the ones reported late, and the verified ones. Computed on
 * request, never stored; the annual report reuses it.
 */
public record RectificationSummary(LocalDate today, Counts total, List<UnitLine> units) {

    /** Counts of items: all, by state, overdue, reported late (the last report after the deadline day). */
    public record Counts(long items, Map<RectificationState, Long> byState, long overdue, long reportedLate) {

        public Counts {
            EnumMap<RectificationState, Long> all = new EnumMap<>(RectificationState.class);
            for (RectificationState s : RectificationState.values()) {
                all.put(s, byState.getOrDefault(s, 0L));
            }
            byState = Collections.unmodifiableMap(all);
        }

        public long inState(RectificationState state) {
            return byState.get(state);
        }

        /** Items not yet verified: issued, in progress, reported or returned ({@link Rectification#isOpen()}). */
        public long open() {
            return items - inState(RectificationState.VERIFIED);
        }

        static Counts of(Collection<Rectification> items, LocalDate today) {
            EnumMap<RectificationState, Long> byState = new EnumMap<>(RectificationState.class);
            long overdue = 0;
            long late = 0;
            for (Rectification item : items) {
                byState.merge(item.getState(), 1L, Long::sum);
                if (item.overdueOn(today).overdue()) {
                    overdue++;
                }
                if (item.reportedLate()) {
                    late++;
                }
            }
            return new Counts(items.size(), byState, overdue, late);
        }
    }

    public record UnitLine(UnitCode unitCode, Counts counts) {
    }

    public RectificationSummary {
        Objects.requireNonNull(today, "today");
        units = List.copyOf(units);
    }

    /** The summary of {@code items} on {@code today}, units in code order. */
    public static RectificationSummary of(Collection<Rectification> items, LocalDate today) {
        Map<UnitCode, List<Rectification>> byUnit = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (Rectification item : items) {
            byUnit.computeIfAbsent(item.getResponsibleUnit(), u -> new java.util.ArrayList<>()).add(item);
        }
        List<UnitLine> lines = byUnit.entrySet().stream().map(e -> new UnitLine(e.getKey(), Counts.of(e.getValue(), today))).toList();
        return new RectificationSummary(today, Counts.of(items, today), lines);
    }
}
