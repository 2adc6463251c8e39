package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The level-1 and level-2 indicators (一级/二级指标) that level-3 indicators hang under. It is data, not
 * an enum hierarchy, because the placement of 成本 varies (under 产出 in Hunan's 2023 table, its own
 * level-1 group in 财预〔2021〕101号 templates) and the bureau may change it. Level-2 codes are unique
 * across the whole taxonomy, so a level-2 code alone identifies its group.
 */
public record IndicatorTaxonomy(List<IndicatorGroup> groups) {

    /** Codes of the standard groups and categories that quality rules refer to. */
    public static final String OUTPUT = "OUTPUT";
    public static final String BENEFIT = "BENEFIT";
    public static final String SATISFACTION = "SATISFACTION";
    public static final String COST = "COST";

    static final int LABEL_MAX_LENGTH = 50;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /**
     * The district's default (产出/效益/满意度, 成本 under 产出), written as an outline: a group per line,
     * its categories indented below it, each as "CODE 中文名称".
     */
    private static final String STANDARD_OUTLINE = """
            OUTPUT 产出
              QUANTITY 数量
              QUALITY 质量
              TIMELINESS 时效
              COST 成本
            BENEFIT 效益
              ECONOMIC 经济效益
              SOCIAL 社会效益
              ECOLOGICAL 生态效益
              SUSTAINABLE 可持续影响
            SATISFACTION 满意度
              BENEFICIARY_SATISFACTION 服务对象满意度
            """;
    private static final IndicatorTaxonomy STANDARD = parse(STANDARD_OUTLINE);

    public IndicatorTaxonomy {
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new InvalidValueException("groups", "INDICATOR_TAXONOMY_EMPTY", Map.of());
        }
        Set<String> level1 = new HashSet<>();
        Set<String> level2 = new HashSet<>();
        for (IndicatorGroup group : groups) {
            if (!level1.add(group.code())) {
                throw new InvalidValueException("groups", "INDICATOR_CODE_DUPLICATE", Map.of("code", group.code()));
            }
            for (IndicatorCategory category : group.categories()) {
                if (!level2.add(category.code())) {
                    throw new InvalidValueException("groups", "INDICATOR_CODE_DUPLICATE", Map.of("code", category.code()));
                }
            }
        }
    }

    public static IndicatorTaxonomy standard() {
        return STANDARD;
    }

    /**
     * Reads a taxonomy from an outline: one group per unindented line and one category per indented
     * line below it, each "CODE label". Blank lines and lines starting with # are skipped.
     */
    public static IndicatorTaxonomy parse(String outline) {
        List<IndicatorGroup> groups = new ArrayList<>();
        String groupCode = null;
        String groupLabel = null;
        List<IndicatorCategory> categories = new ArrayList<>();
        for (String line : outline.split("\\R")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length != 2) {
                throw new InvalidValueException("outline", "INDICATOR_TAXONOMY_LINE_MALFORMED", Map.of("line", line.strip()));
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (!indented) {
                if (groupCode != null) {
                    groups.add(new IndicatorGroup(groupCode, groupLabel, categories));
                }
                groupCode = parts[0];
                groupLabel = parts[1];
                categories = new ArrayList<>();
            } else if (groupCode == null) {
                throw new InvalidValueException("outline", "INDICATOR_TAXONOMY_LINE_MALFORMED", Map.of("line", line.strip()));
            } else {
                categories.add(new IndicatorCategory(parts[0], parts[1]));
            }
        }
        if (groupCode != null) {
            groups.add(new IndicatorGroup(groupCode, groupLabel, categories));
        }
        return new IndicatorTaxonomy(groups);
    }

    public Optional<IndicatorGroup> group(String level1) {
        return groups.stream().filter(g -> g.code().equals(level1)).findFirst();
    }

    /** The group a level-2 code belongs to. */
    public Optional<IndicatorGroup> groupOf(String level2) {
        return groups.stream().filter(g -> g.category(level2).isPresent()).findFirst();
    }

    public Optional<IndicatorCategory> category(String level2) {
        return groupOf(level2).flatMap(g -> g.category(level2));
    }

    public IndicatorGroup requireGroup(String level1) {
        return group(level1).orElseThrow(() -> new InvalidValueException("level1", "INDICATOR_GROUP_UNKNOWN",
                Map.of("level1", String.valueOf(level1), "allowed", groups.stream().map(IndicatorGroup::code).toList())));
    }

    /** The category, when {@code level2} is one of {@code level1}'s categories; refuses any other pair. */
    public IndicatorCategory requireCategory(String level1, String level2) {
        IndicatorGroup group = requireGroup(level1);
        return group.category(level2).orElseThrow(() -> new InvalidValueException("level2", "INDICATOR_CATEGORY_UNKNOWN",
                Map.of("level1", level1, "level2", String.valueOf(level2), "allowed", group.categoryCodes())));
    }

    static String checkedCode(String field, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new InvalidValueException(field, "INDICATOR_CODE_MALFORMED", Map.of("code", String.valueOf(code)));
        }
        return c;
    }
}
