package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Writes message payloads exactly as the contract fixes them: elements in the order put, decimals in plain notation
 * (money keeps its two decimals), Chinese text as UTF-8 and never escaped, control characters and the line
 * separators U+2028/U+2029 as lower-case {@code \\uXXXX}. The province compares payloads of retried messages
 * byte for byte, so this format never changes silently.
 */
public final class ContractJson {

    /** The outbox column and the wire accept at most this much. */
    public static final int MAX_LENGTH = 100_000;

    private static final ObjectWriter WRITER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writer()
            .with(new ContractEscapes());

    private ContractJson() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static String write(ObjectNode payload) {
        String text;
        try {
            text = WRITER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a payload tree could not be written", e);
        }
        if (text.length() > MAX_LENGTH) {
            throw new RuleViolationException("REPORT_PAYLOAD_TOO_LARGE", Map.of("length", text.length(), "max", MAX_LENGTH));
        }
        return text;
    }

    /** JSON's own short escapes for quote, backslash, \n, \r, \t; every other control character as lower-case hex. */
    private static final class ContractEscapes extends CharacterEscapes {

        private final int[] ascii;

        ContractEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    ascii[c] = CharacterEscapes.ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x20 || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
