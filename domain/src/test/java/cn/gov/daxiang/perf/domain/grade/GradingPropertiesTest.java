package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Property: a higher score never gets a worse grade, in the shipped schemes and in random valid ones. */
class GradingPropertiesTest {

    private static final int CASES = 200;

    record Case(long seed, int index, GradeScheme scheme, Score lower, Score higher) {
        @Override
        public String toString() {
            return "seed=" + seed + " #" + index + " " + scheme.getId() + " " + lower + " ≤ " + higher;
        }
    }

    static Stream<Case> cases() {
        long seed = Seeds.seed("grading is monotonic in the score");
        Random random = new Random(seed);
        return IntStream.range(0, CASES).mapToObj(i -> {
            GradeScheme scheme = switch (i % 3) {
                case 0 -> GradeScheme.district2024();
                case 1 -> GradeScheme.national();
                default -> randomScheme(random, i);
            };
            Score a = randomScore(random);
            Score b = randomScore(random);
            return a.compareTo(b) <= 0 ? new Case(seed, i, scheme, a, b) : new Case(seed, i, scheme, b, a);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHigherScoreNeverGetsAWorseGrade(Case c) {
        int lowerBand = bandIndex(c.scheme(), c.scheme().grade(c.lower()));
        int higherBand = bandIndex(c.scheme(), c.scheme().grade(c.higher()));

        assertThat(higherBand).as("band of %s vs band of %s", c.higher(), c.lower()).isLessThanOrEqualTo(lowerBand);
        // and the grade's band is the one whose bound the score reaches while the better band's bound is not reached
        GradeBand band = c.scheme().getBands().get(higherBand);
        assertThat(c.higher().value()).isGreaterThanOrEqualTo(band.lowerBound());
        if (higherBand > 0) {
            assertThat(c.higher().value()).isLessThan(c.scheme().getBands().get(higherBand - 1).lowerBound());
        }
    }

    private static int bandIndex(GradeScheme scheme, Grade grade) {
        return scheme.getBands().stream().map(GradeBand::grade).toList().indexOf(grade);
    }

    private static Score randomScore(Random random) {
        return Score.of(BigDecimal.valueOf(random.nextInt(10_001), 2));
    }

    /** A valid scheme: 1 to 5 distinct grades with distinct descending bounds ending at 0. */
    private static GradeScheme randomScheme(Random random, int index) {
        List<Grade> grades = new ArrayList<>(List.of(Grade.values()));
        Collections.shuffle(grades, random);
        int size = 1 + random.nextInt(grades.size());
        TreeSet<BigDecimal> bounds = new TreeSet<>(Collections.reverseOrder());
        bounds.add(BigDecimal.ZERO.setScale(2));
        while (bounds.size() < size) {
            bounds.add(BigDecimal.valueOf(1 + random.nextInt(10_000), 2));
        }
        List<GradeBand> bands = new ArrayList<>();
        List<BigDecimal> ordered = new ArrayList<>(bounds);
        for (int i = 0; i < size; i++) {
            bands.add(new GradeBand(grades.get(i), ordered.get(i)));
        }
        return GradeScheme.define(GradeSchemeId.of("random-" + index), "随机", bands);
    }
}
