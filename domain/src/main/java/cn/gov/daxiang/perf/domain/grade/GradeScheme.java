package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A grade scheme (评价等级): bands ordered from the best grade down, each starting at an inclusive lower
 * bound ("90（含）—100分为优"). Bounds strictly descend, the last band starts at 0 so every score has a
 * grade, and no grade appears twice. Schemes are data: the district's and the national scheme ship
 * here, others can be configured.
 */
public final class GradeScheme implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "grade-scheme";

    public static final int NAME_MAX_LENGTH = 100;

    private final GradeSchemeId id;
    private final String name;
    private final List<GradeBand> bands;
    private final RecordedEvents events = new RecordedEvents();

    private GradeScheme(GradeSchemeId id, String name, List<GradeBand> bands) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Texts.required("name", name, NAME_MAX_LENGTH);
        this.bands = checked(id, List.copyOf(bands));
    }

    /** Defines a scheme; bands best first. */
    public static GradeScheme define(GradeSchemeId id, String name, List<GradeBand> bands) {
        GradeScheme scheme = new GradeScheme(id, name, bands);
        scheme.events.record(new GradeSchemeDefined(id));
        return scheme;
    }

    /** Restores a stored scheme (checked again: stored bands are still bands). */
    public static GradeScheme restore(GradeSchemeId id, String name, List<GradeBand> bands) {
        return new GradeScheme(id, name, bands);
    }

    /** 大祥区 2024 key evaluations: 优 ≥ 90, 良 ≥ 80, 较差 ≥ 70, 差 < 70 (no 中). */
    public static GradeScheme district2024() {
        return restore(GradeSchemeId.of("district-2024"), "大祥区评价等级（2024）", List.of(
                GradeBand.from("90", Grade.EXCELLENT), GradeBand.from("80", Grade.GOOD),
                GradeBand.from("70", Grade.WEAK), GradeBand.from("0", Grade.POOR)));
    }

    /** National scheme (财预〔2020〕10号 as published by 预算司): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60. */
    public static GradeScheme national() {
        return restore(GradeSchemeId.of("national"), "全国统一评价等级", List.of(
                GradeBand.from("90", Grade.EXCELLENT), GradeBand.from("80", Grade.GOOD),
                GradeBand.from("60", Grade.MEDIUM), GradeBand.from("0", Grade.POOR)));
    }

    /**
     * The scheme with a new name and bands. A scheme that has graded anything is frozen: its grades must
     * stay explainable by the bands recorded with their scheme id, so a change means a new scheme,
     * assigned from a year on in the catalog.
     *
     * @param gradesGiven how many recorded grades name this scheme
     */
    public GradeScheme revised(String newName, List<GradeBand> newBands, long gradesGiven) {
        if (gradesGiven > 0) {
            throw new RuleViolationException("GRADE_SCHEME_IN_USE", Map.of("schemeId", id.value(), "grades", gradesGiven));
        }
        GradeScheme revised = new GradeScheme(id, newName, newBands);
        revised.events.record(new GradeSchemeRevised(id));
        return revised;
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    /** The grade of the highest band whose lower bound the score reaches. */
    public Grade grade(Score score) {
        for (GradeBand band : bands) {
            if (score.isAtLeast(band.lowerBound())) {
                return band.grade();
            }
        }
        throw new IllegalStateException("the lowest band starts at 0, every score has a grade");
    }

    public GradedScore graded(Score score) {
        return new GradedScore(score, grade(score), id);
    }

    public GradeSchemeId getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Best grade first. */
    public List<GradeBand> getBands() {
        return bands;
    }

    private static List<GradeBand> checked(GradeSchemeId id, List<GradeBand> bands) {
        if (bands.isEmpty()) {
            throw new InvalidValueException("GRADE_SCHEME_WITHOUT_BANDS", Map.of("schemeId", id.value()));
        }
        Set<Grade> seen = EnumSet.noneOf(Grade.class);
        BigDecimal previous = null;
        for (GradeBand band : bands) {
            if (!seen.add(band.grade())) {
                throw new InvalidValueException("GRADE_SCHEME_DUPLICATE_GRADE",
                        Map.of("schemeId", id.value(), "grade", band.grade().name()));
            }
            if (previous != null && band.lowerBound().compareTo(previous) >= 0) {
                throw new InvalidValueException("GRADE_SCHEME_BOUNDS_NOT_DESCENDING", Map.of("schemeId", id.value(),
                        "grade", band.grade().name(), "lowerBound", band.lowerBound().toPlainString(),
                        "previousBound", previous.toPlainString()));
            }
            previous = band.lowerBound();
        }
        if (previous.signum() != 0) {
            throw new InvalidValueException("GRADE_SCHEME_LOWEST_BOUND_NOT_ZERO",
                    Map.of("schemeId", id.value(), "lowerBound", previous.toPlainString()));
        }
        return bands;
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("bands", describeBands());
        return new AuditSnapshot(AUDIT_TYPE, id.value(), fields);
    }

    /** {@code 优 ≥ 90.00; 良 ≥ 80.00; ...}, best first. */
    public String describeBands() {
        StringBuilder text = new StringBuilder();
        for (GradeBand band : bands) {
            text.append(text.isEmpty() ? "" : "; ").append(band.grade().label()).append(" ≥ ").append(band.lowerBound().toPlainString());
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradeScheme other && id.equals(other.id) && name.equals(other.name) && bands.equals(other.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, bands);
    }

    @Override
    public String toString() {
        return "GradeScheme[" + id + " " + bands + "]";
    }
}
