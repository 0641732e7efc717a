package org.carepath.platform.http;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON is read as the contract types it: a value of the wrong JSON type is refused rather than converted.
 * Jackson by default turns {@code 12345} or {@code true} into the string "12345", {@code "12"} into a number,
 * {@code 1.5} into the integer 1, {@code 1} into {@code true}, an integer into a date (epoch millis), ignores
 * text after the document, keeps the last of two values given for one key, and silently drops duplicates of a set;
 * each would let a client's mistake be stored as something it never meant. Strings PostgreSQL cannot store as sent
 * (see StorableText) are refused too. Every refusal surfaces as a 400 naming the field (see ProblemMappers).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Applies the strict reading rules to a mapper; public so tests and other mappers can share them. */
    @SuppressWarnings("deprecation") // a built mapper's features can only be changed through these setters
    public static ObjectMapper apply(ObjectMapper mapper) {
        // Strings to numbers and booleans, numbers to booleans, numbers to enums, floats to integers.
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Numbers and booleans to strings.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // "" is not an absent UUID.
        mapper.coercionConfigFor(LogicalType.OtherScalar).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // Dates must parse exactly ("" and numbers as epoch days are refused).
        mapper.setDefaultLeniency(false);
        SimpleModule module = new SimpleModule("carepath-strict-json");
        module.addDeserializer(Double.class, new FiniteDouble(Double.class));
        module.addDeserializer(double.class, new FiniteDouble(double.class));
        module.addDeserializer(String.class, new StorableString());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type.getName().startsWith("java.time.") ? new TextOnly(deserializer, type) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return java.util.Set.class.isAssignableFrom(type.getRawClass())
                        ? new UniqueItems(deserializer, type.getRawClass()) : deserializer;
            }
        });
        mapper.registerModule(module);
        return mapper;
    }

    /**
     * The path of the key given twice, such as {@code address.city}, when {@code failure} is or wraps the parser's
     * refusal of a duplicate key; empty for any other failure.
     */
    public static Optional<String> duplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Jackson reports a duplicate with this message only; the parser still points at the repeated key.
            if (cause instanceof StreamReadException read && read.getProcessor() != null
                    && read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate field '")) {
                return Optional.of(path(read.getProcessor().getParsingContext()));
            }
        }
        return Optional.empty();
    }

    private static String path(JsonStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            if (step.inArray()) {
                steps.addFirst("[" + step.getCurrentIndex() + "]");
            } else if (step.getCurrentName() != null) {
                steps.addFirst("." + step.getCurrentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** A string refused for what it contains; its message is safe to show, as it never quotes the value. */
    public static final class RefusedText extends MismatchedInputException {

        RefusedText(JsonParser parser, String message) {
            super(parser, message, (Class<?>) String.class);
        }
    }

    /** Strings as Jackson reads them, then refused when PostgreSQL could not store them as sent. */
    static final class StorableString extends StdScalarDeserializer<String> {

        StorableString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                Optional<String> refusal = StorableText.refusal(text);
                if (refusal.isPresent()) {
                    throw new RefusedText(parser, refusal.get());
                }
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** Dates and times only from their ISO-8601 text, never from numbers (epoch) or arrays. */
    static final class TextOnly extends DelegatingDeserializer {

        private final Class<?> type;

        TextOnly(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(type, parser);
            }
            return super.deserialize(parser, context);
        }
    }

    /** Only JSON numbers, and only finite ones: no "NaN" or "1.5" strings, no 1e400 read as infinity. */
    static final class FiniteDouble extends StdScalarDeserializer<Double> {

        private final boolean primitive;

        FiniteDouble(Class<?> type) {
            super(type);
            this.primitive = type.isPrimitive();
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) && !parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (Double) context.handleUnexpectedToken(handledType(), parser);
            }
            double value = parser.getDoubleValue();
            if (!Double.isFinite(value)) {
                return (Double) context.handleWeirdNumberValue(handledType(), value, "not a finite number");
            }
            return value;
        }

        @Override
        public Double getNullValue(DeserializationContext context) {
            return primitive ? 0.0 : null;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }

    /** A set in the contract is an array with unique items: a duplicate is refused, not dropped. */
    static final class UniqueItems extends DelegatingDeserializer {

        private final Class<?> type;

        UniqueItems(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new UniqueItems(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartArrayToken()) {
                return super.deserialize(parser, context);
            }
            TokenBuffer copy = context.bufferAsCopyOfValue(parser);
            int items = 0;
            try (JsonParser counter = copy.asParser(parser.getCodec())) {
                counter.nextToken();
                for (JsonToken token = counter.nextToken(); token != null && token != JsonToken.END_ARRAY;
                        token = counter.nextToken()) {
                    items++;
                    counter.skipChildren();
                }
            }
            try (JsonParser replay = copy.asParser(parser.getCodec())) {
                replay.nextToken();
                Object result = super.deserialize(replay, context);
                if (result instanceof Collection<?> collection && collection.size() < items) {
                    return context.reportInputMismatch(type, "duplicate items in a set");
                }
                return result;
            }
        }
    }
}
