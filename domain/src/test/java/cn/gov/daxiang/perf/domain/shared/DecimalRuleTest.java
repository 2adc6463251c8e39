package cn.gov.daxiang.perf.domain.shared;

import cn.gov.daxiang.perf.domain.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each numeric rule accepts exactly the values its column stores exactly and the domain allows: seeded random values
 * at, just inside and just outside every edge (the range's ends, the last decimal kept, one decimal more, huge and
 * tiny exponents), replayable with the printed seed ({@link Seeds}).
 */
class DecimalRuleTest {

    private static final int CASES = 400;

    /** A rule and the column its values are stored in: NUMERIC(precision, scale). */
    record Column(String name, DecimalRule rule, int precision, int scale) {

        /** Whether the column holds the value exactly (no rounding, no overflow). */
        boolean storesExactly(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() <= scale && value.abs().compareTo(BigDecimal.TEN.pow(precision - scale)) < 0;
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("QUANTITY in NUMERIC(24,6)", DecimalRule.QUANTITY, 24, 6),
            new Column("SIGNED_QUANTITY in NUMERIC(24,6)", DecimalRule.SIGNED_QUANTITY, 24, 6),
            new Column("PERCENTAGE_POINTS in NUMERIC(5,2)", DecimalRule.PERCENTAGE_POINTS, 5, 2));

    record Case(long seed, int index, Column column, BigDecimal value) {
        @Override
        public String toString() {
            return "seed=" + seed + " #" + index + " " + column.name() + " " + DecimalRule.shown(value);
        }
    }

    static Stream<Case> cases() {
        long seed = Seeds.seed("a numeric rule accepts exactly what its column stores exactly and its range allows");
        Random random = new Random(seed);
        return IntStream.range(0, CASES).mapToObj(i -> {
            Column column = COLUMNS.get(random.nextInt(COLUMNS.size()));
            return new Case(seed, i, column, near(random, column.rule()));
        });
    }

    /** A value at or around one of the rule's edges, or an extreme, with a random sign and number of decimals. */
    private static BigDecimal near(Random random, DecimalRule rule) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(rule.maxDecimals() + random.nextInt(3));  // the last decimal kept, or finer
        BigDecimal base = switch (random.nextInt(7)) {
            case 0 -> rule.max();
            case 1 -> rule.min();
            case 2 -> BigDecimal.ONE.movePointLeft(rule.maxDecimals());
            case 3 -> BigDecimal.TEN.pow(random.nextInt(30));
            case 4 -> BigDecimal.ONE.movePointLeft(random.nextInt(400));
            case 5 -> {
                // an extreme exponent, as is: adding a step to it would expand it to a billion digits
                BigDecimal extreme = new BigDecimal("1e" + (random.nextInt(2) == 0 ? "" : "-") + (1 + random.nextInt(999_999_999)));
                yield random.nextInt(8) == 0 ? extreme.negate() : extreme;
            }
            default -> Seeds.decimal(random, rule.max().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0 ? 1_000_000_000 : rule.max().intValue(),
                    rule.maxDecimals() + 2);
        };
        if (base.precision() - base.scale() > 100 || base.scale() > 1000) {
            return base;
        }
        BigDecimal value = base.add(step.multiply(BigDecimal.valueOf(random.nextInt(5) - 2)));
        return random.nextInt(8) == 0 ? value.negate() : value;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aValueIsAcceptedExactlyWhenItsColumnStoresItExactlyAndTheRangeAllowsIt(Case c) {
        DecimalRule rule = c.column().rule();
        BigDecimal value = c.value();
        boolean allowed = value.compareTo(rule.min()) >= 0 && value.compareTo(rule.max()) <= 0
                && value.stripTrailingZeros().scale() <= rule.maxDecimals();
        if (allowed) {
            BigDecimal accepted = rule.check("value", value);
            assertThat(accepted).isEqualByComparingTo(value);
            assertThat(c.column().storesExactly(accepted)).as("%s fits %s", accepted, c.column().name()).isTrue();
        } else {
            assertThatThrownBy(() -> rule.check("value", value)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.code()).isIn("NUMBER_OUT_OF_RANGE", "NUMBER_TOO_PRECISE");
                assertThat(e.field()).contains("value");
                assertThat(e.arguments()).containsEntry("min", rule.min().toPlainString()).containsEntry("max", rule.max().toPlainString())
                        .containsEntry("maxDecimals", rule.maxDecimals());
                assertThat(e.arguments().get("value").toString()).hasSizeLessThan(100);
            });
        }
    }

    @Test
    void everyRuleOnlyAcceptsWhatItsColumnStoresExactly() {
        for (Column column : COLUMNS) {
            assertThat(column.storesExactly(column.rule().max())).as(column.name()).isTrue();
            assertThat(column.storesExactly(column.rule().min())).as(column.name()).isTrue();
            assertThat(column.rule().maxDecimals()).as(column.name()).isLessThanOrEqualTo(column.scale());
        }
    }

    @Test
    void aValueWithMoreDecimalsThanTheRuleKeepsIsRefusedNotRounded() {
        for (String tooPrecise : List.of("1e-7", "0.0000001", "12.123456789", "999999999999999998.9999991")) {
            assertThatThrownBy(() -> DecimalRule.QUANTITY.check("targetValue", new BigDecimal(tooPrecise)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo("NUMBER_TOO_PRECISE");
                        assertThat(e.field()).contains("targetValue");
                        assertThat(e.arguments()).containsEntry("maxDecimals", 6);
                    });
        }
        assertThat(DecimalRule.QUANTITY.check("targetValue", new BigDecimal("12.123456000"))).isEqualByComparingTo("12.123456");
        assertThatThrownBy(() -> DecimalRule.PERCENTAGE_POINTS.check("yellowLagAbove", new BigDecimal("0.001")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("NUMBER_TOO_PRECISE"));
    }

    @Test
    void aValueBeyondTheRangeIsRefusedNamingTheFieldTheRangeAndTheDecimals() {
        assertThatThrownBy(() -> DecimalRule.QUANTITY.check("indicators[2].targetValue", new BigDecimal("1e18")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("NUMBER_OUT_OF_RANGE");
                    assertThat(e.field()).contains("indicators[2].targetValue");
                    assertThat(e.arguments()).containsEntry("field", "indicators[2].targetValue").containsEntry("value", "1000000000000000000")
                            .containsEntry("min", "0").containsEntry("max", "999999999999999999.999999").containsEntry("maxDecimals", 6);
                });
        assertThatThrownBy(() -> DecimalRule.PERCENTAGE_POINTS.check("redLagAbove", new BigDecimal("10000")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.arguments()).containsEntry("max", "100"));
        assertThatThrownBy(() -> DecimalRule.QUANTITY.check("actualToDate", new BigDecimal("-0.5")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("NUMBER_OUT_OF_RANGE"));
    }

    @Test
    void aMissingNumberIsRefusedNamingItsField() {
        assertThatThrownBy(() -> DecimalRule.PERCENTAGE_POINTS.check("yellowLagAbove", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("NUMBER_REQUIRED");
                    assertThat(e.field()).contains("yellowLagAbove");
                });
        assertThat(DecimalRule.QUANTITY.checkOptional("actualToDate", null)).isNull();
    }

    @Test
    void aHugeExponentIsRefusedAndEchoedWithoutBeingExpanded() {
        List<BigDecimal> extremes = new ArrayList<>(List.of(new BigDecimal("1e999999999"), new BigDecimal("-1e999999999"),
                new BigDecimal("1e-999999999")));
        for (BigDecimal extreme : extremes) {
            assertThatThrownBy(() -> DecimalRule.QUANTITY.check("targetValue", extreme))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.arguments().get("value").toString()).hasSizeLessThan(20));
        }
        assertThat(DecimalRule.shown(new BigDecimal("1e999999999"))).isEqualTo("1E+999999999");
        assertThat(DecimalRule.shown(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(DecimalRule.shown(new BigDecimal("0." + "1".repeat(100)))).isEqualTo("0." + "1".repeat(40) + "…");
    }
}
