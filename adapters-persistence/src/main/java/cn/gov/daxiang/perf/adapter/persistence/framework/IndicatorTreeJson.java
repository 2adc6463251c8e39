package cn.gov.daxiang.perf.adapter.persistence.framework;

import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.framework.IndicatorTree;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator tree as stored: a JSON array of level-1 nodes, each {code, name, points, guidance, children}; points
 * as text on level-3 nodes only (null above: the domain sums them). Migration V27 writes the defaults in this form.
 */
public final class IndicatorTreeJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Node>> NODES = new TypeReference<>() {
    };

    /** One node as stored. */
    public record Node(String code, String name, String points, String guidance, List<Node> children) {
    }

    private IndicatorTreeJson() {
    }

    public static String write(IndicatorTree tree) {
        try {
            return JSON.writeValueAsString(tree.level1().stream().map(IndicatorTreeJson::node).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an indicator tree", e);
        }
    }

    public static IndicatorTree read(String json) {
        try {
            return new IndicatorTree(JSON.readValue(json, NODES).stream().map(IndicatorTreeJson::indicator).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read an indicator tree", e);
        }
    }

    private static Node node(IndicatorNode n) {
        return new Node(n.code(), n.name(), n.isLeaf() ? n.points().toPlainString() : null, n.guidance(),
                n.children().stream().map(IndicatorTreeJson::node).toList());
    }

    private static IndicatorNode indicator(Node n) {
        List<Node> children = n.children() == null ? List.of() : n.children();
        return new IndicatorNode(n.code(), n.name(), n.points() == null ? null : new BigDecimal(n.points()), n.guidance(),
                children.stream().map(IndicatorTreeJson::indicator).toList());
    }
}
