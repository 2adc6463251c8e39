package cn.gov.daxiang.perf.adapter.persistence.shared;

import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A weight template's level-1 groups as stored: a JSON object, code → weight as text, in the template's order. */
public final class WeightsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> GROUPS = new TypeReference<>() {
    };

    private WeightsJson() {
    }

    public static String write(Map<String, BigDecimal> groups) {
        Map<String, String> text = new LinkedHashMap<>();
        groups.forEach((group, weight) -> text.put(group, weight.toPlainString()));
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write weights", e);
        }
    }

    public static WeightTemplate template(BigDecimal executionWeight, String groupsJson) {
        try {
            Map<String, BigDecimal> groups = new LinkedHashMap<>();
            JSON.readValue(groupsJson, GROUPS).forEach((group, weight) -> groups.put(group, new BigDecimal(weight)));
            return new WeightTemplate(executionWeight, groups);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read weights", e);
        }
    }
}
