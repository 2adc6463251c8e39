package cn.gov.daxiang.perf.adapter.rest.request;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the domain's text-written values ({@link DomainValues}) from a JSON string or number. A value the domain
 * refuses is noted with the domain's code and the field's path, and read as null, so the rest of the body is still
 * checked; outside a request body read the refusal is thrown as it is.
 */
final class DomainValueDeserializers extends Deserializers.Base {

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        if (type.isEnumType()) {
            return null;   // coded values: Jackson's own, with RequestBodyProblemHandler for what it does not know
        }
        return DomainValues.parser(type.getRawClass()).map(parser -> new TextValue(type.getRawClass(), parser)).orElse(null);
    }

    private static final class TextValue extends JsonDeserializer<Object> {

        private final Class<?> type;
        private final Function<String, Object> parser;

        TextValue(Class<?> type, Function<String, Object> parser) {
            this.type = type;
            this.parser = parser;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return ctxt.handleUnexpectedToken(ctxt.constructType(type), token, p, "a %s is written as text", type.getSimpleName());
            }
            String text = p.getText();
            String field = BodyProblems.path(p);
            try {
                return parser.apply(text);
            } catch (InvalidValueException refusal) {
                Optional<BodyProblems> problems = BodyProblems.current();
                InvalidValueException named = refusal.forField(field);
                if (problems.isEmpty()) {
                    throw named;
                }
                Map<String, Object> arguments = new HashMap<>(named.arguments());
                arguments.putIfAbsent("field", field);
                problems.get().add(field, named.code(), arguments);
                return null;
            }
        }
    }
}
