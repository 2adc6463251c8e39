package cn.gov.daxiang.perf.adapter.rest.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What the fuzzer sends instead of good values: hostile JSON leaves (numbers too large or too precise for their
 * columns, wrong types, blanks, very long or odd text), mutations of a body's tree, and bodies that are not JSON at
 * all. Every choice comes from the caller's seeded {@link Random}.
 */
final class Mutations {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Written into a tree where a raw JSON literal goes, and replaced by it when the tree is written out. */
    private static final String RAW = "__fuzz_raw_%d__";

    /** Number literals as a careless client or an attacker writes them (JSON text, not parsed here). */
    static final List<String> NUMBERS = List.of("1e18", "1000000000000000000", "999999999999999999.9999995", "1e308", "-1e308", "-0",
            "-0.0", "1e-7", "0.0000001", "12.123456789", "0.001", "100.001", "10000", "1000", "100.01", "-1", "-0.01", "0", "1E+2",
            "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1e999999999", "1e-999999999",
            "-1e999999999", "1" + "0".repeat(1200), "0." + "0".repeat(300) + "1", "1.5", "99999999999999999999.99",
            "10000000000000000", "9999999999999999.99", "1e16", "4.9e-324", "1.7976931348623157e309");

    /** Texts that mean nothing, too much, or something else. */
    static final List<String> TEXTS = List.of("", " ", "\t", "\u3000", "NaN", "Infinity", "-Infinity", "null", "true", "1e18",
            "12.123456789", "-1", "abc", "０１２", "２０２４", "预算绩效", "𠀀𠀁", "\u0000", "\u202Eevil", "' OR '1'='1", "\"; DROP TABLE project; --",
            "../../etc/passwd", "%00", "=1+2", "@SUM(A1)", "2024-13-45", "9999-12-31", "0000-00-00", "2024-02-30", "+08:00",
            "00000000-0000-0000-0000-000000000000", "x".repeat(5000), "预".repeat(2000), "<script>alert(1)</script>",
            "PROJECT", "OUTPUT", "QUANTITY", "≥", "ACHIEVED", "SUSPEND", "EXCELLENT", "SELF_EVALUATION", "KEEP_LOCAL", "FULL");

    private final Random random;
    private final List<String> raws = new ArrayList<>();

    Mutations(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Blank texts: what a form sends for a field left empty. */
    static final List<String> BLANKS = List.of("", " ", "\t", "\u3000", "  \n ");

    /** A hostile value for the place of {@code current}: mostly of its own kind (numbers for numbers), sometimes anything. */
    JsonNode hostileFor(JsonNode current) {
        int kind = random.nextInt(100);
        if (current.isNumber()) {
            if (kind < 60) {
                return raw(pick(NUMBERS));
            }
            if (kind < 75) {
                return NODES.textNode(pick(List.of("1e18", "NaN", "Infinity", "12.123456789", "1,000", "", " ", "十二", "1e-7", "0x10")));
            }
            if (kind < 85) {
                return NODES.nullNode();
            }
        } else if (current.isTextual()) {
            if (kind < 25) {
                return NODES.textNode(pick(BLANKS));
            }
            if (kind < 60) {
                return NODES.textNode(pick(TEXTS));
            }
            if (kind < 70) {
                return NODES.nullNode();
            }
            if (kind < 80) {
                return raw(pick(NUMBERS));
            }
        }
        return hostile();
    }

    /** A hostile leaf or container for any place in a body. */
    JsonNode hostile() {
        int kind = random.nextInt(100);
        if (kind < 35) {
            return raw(pick(NUMBERS));
        }
        if (kind < 60) {
            return NODES.textNode(pick(TEXTS));
        }
        if (kind < 70) {
            return NODES.nullNode();
        }
        if (kind < 75) {
            return NODES.booleanNode(random.nextBoolean());
        }
        if (kind < 80) {
            return NODES.arrayNode();
        }
        if (kind < 85) {
            return NODES.objectNode();
        }
        if (kind < 90) {
            ArrayNode many = NODES.arrayNode();
            JsonNode element = chance(0.5) ? NODES.nullNode() : NODES.textNode(pick(TEXTS));
            for (int i = 0; i < 300; i++) {
                many.add(element);
            }
            return many;
        }
        if (kind < 95) {
            ObjectNode nested = NODES.objectNode();
            ObjectNode inner = nested;
            for (int i = 0; i < 40; i++) {
                inner = inner.putObject("a");
            }
            return nested;
        }
        return NODES.textNode(new UUID(random.nextLong(), random.nextLong()).toString());
    }

    private JsonNode raw(String literal) {
        raws.add(literal);
        return NODES.textNode(RAW.formatted(raws.size() - 1));
    }

    /** Applies one to three mutations to a copy of {@code body} (any shape) and returns it. */
    JsonNode mutate(JsonNode body) {
        raws.clear();
        JsonNode root = body.deepCopy();
        // Mostly one mutation, so that the refusal (or failure) it causes is not hidden behind another's.
        int n = chance(0.6) ? 1 : chance(0.6) ? 2 : 3;
        for (int i = 0; i < n; i++) {
            root = mutateOnce(root);
        }
        return root;
    }

    private JsonNode mutateOnce(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty() || chance(0.05)) {
            return chance(0.5) ? hostile() : wrapped(root);
        }
        // Every field name equally likely, however often it repeats (one "kind", but many indicators' "weight").
        List<String> names = slots.stream().map(Slot::name).distinct().toList();
        String name = pick(names);
        Slot slot = pick(slots.stream().filter(s -> s.name().equals(name)).toList());
        int kind = random.nextInt(100);
        if (kind < 55) {
            slot.set(hostileFor(slot.get()));
        } else if (kind < 65) {
            slot.set(NODES.nullNode());
        } else if (kind < 75) {
            slot.remove();
        } else if (kind < 82) {
            slot.set(wrapped(slot.get()));
        } else if (kind < 88 && slot.get() instanceof ObjectNode object) {
            object.set(pick(List.of("unknownField", "id", "revision", "version", "@class", "__proto__", "kind")), hostile());
        } else if (kind < 94 && slot.get() instanceof ArrayNode array && !array.isEmpty()) {
            JsonNode first = array.get(0);
            for (int i = 0; i < 50; i++) {
                array.add(first.deepCopy());
            }
        } else {
            slot.set(NODES.textNode(slot.get().isValueNode() ? slot.get().asText() + pick(TEXTS) : pick(TEXTS)));
        }
        return root;
    }

    private JsonNode wrapped(JsonNode node) {
        return chance(0.5) ? NODES.arrayNode().add(node) : NODES.objectNode().set("value", node);
    }

    /** The tree as JSON text, raw literals in place. */
    String write(JsonNode tree) {
        try {
            String text = JSON.writeValueAsString(tree);
            for (int i = 0; i < raws.size(); i++) {
                text = text.replace("\"" + RAW.formatted(i) + "\"", raws.get(i));
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body that is not the JSON the operation expects: empty, truncated, malformed, nested too deep, not text at all. */
    byte[] broken(String json) {
        return switch (random.nextInt(14)) {
            case 0 -> new byte[0];
            case 1 -> json.substring(0, random.nextInt(Math.max(1, json.length()))).getBytes(StandardCharsets.UTF_8);
            case 2 -> (json + "}}]]").getBytes(StandardCharsets.UTF_8);
            case 3 -> json.replaceFirst(":", "::").getBytes(StandardCharsets.UTF_8);
            case 4 -> ("[".repeat(3000) + "]".repeat(3000)).getBytes(StandardCharsets.UTF_8);
            case 5 -> ("{\"a\":".repeat(1500) + "1" + "}".repeat(1500)).getBytes(StandardCharsets.UTF_8);
            case 6 -> pick(List.of("null", "[]", "\"text\"", "123", "true", "{}", "1e999999999", "-0")).getBytes(StandardCharsets.UTF_8);
            case 7 -> {
                byte[] bytes = new byte[1 + random.nextInt(2000)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 8 -> ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
            case 9 -> json.getBytes(StandardCharsets.UTF_16);
            case 10 -> ("{\"x\":\"" + "y".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 11 -> json.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
            case 12 -> ("{\"kind\":\"PROJECT\",\"kind\":null," + json.substring(Math.min(1, json.length()))).getBytes(StandardCharsets.UTF_8);
            default -> ("{\"n\":" + "1".repeat(1500) + "}").getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The distinct property names of a body, in the order they first appear. */
    static List<String> fieldNames(JsonNode body) {
        List<Slot> slots = new ArrayList<>();
        collect(body, slots);
        return slots.stream().map(Slot::name).filter(n -> !n.equals("[]")).distinct().toList();
    }

    /** The body with one property of this name (a random one where the name repeats) set to a raw JSON literal. */
    String withField(JsonNode body, String name, String literal) {
        raws.clear();
        JsonNode root = body.deepCopy();
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        List<Slot> named = slots.stream().filter(slot -> slot.name().equals(name)).toList();
        pick(named).set(raw(literal));
        return write(root);
    }

    /** A place in the tree that can be read, replaced and removed. */
    private interface Slot {
        /** The property name, or "[]" for an array element. */
        String name();

        JsonNode get();

        void set(JsonNode value);

        void remove();
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                slots.add(new Slot() {
                    public String name() {
                        return name;
                    }

                    public JsonNode get() {
                        return object.get(name) == null ? NODES.nullNode() : object.get(name);
                    }

                    public void set(JsonNode value) {
                        object.set(name, value);
                    }

                    public void remove() {
                        object.remove(name);
                    }
                });
                collect(child, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                JsonNode child = array.get(i);
                slots.add(new Slot() {
                    public String name() {
                        return "[]";
                    }

                    public JsonNode get() {
                        return index < array.size() ? array.get(index) : NODES.nullNode();
                    }

                    public void set(JsonNode value) {
                        if (index < array.size()) {
                            array.set(index, value);
                        }
                    }

                    public void remove() {
                        if (index < array.size()) {
                            array.remove(index);
                        }
                    }
                });
                collect(child, slots);
            }
        }
    }
}
