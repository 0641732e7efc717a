package org.carepath.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The strict reading rules on their own: what the contract types as one JSON type is never read from another. */
class StrictJsonTest {

    enum Route {
        IV, ORAL
    }

    record Sample(String text, Integer count, boolean flag, Double ratio, OffsetDateTime at, LocalDate on, Route route,
            UUID id, Set<Route> routes) {
    }

    static final ObjectMapper MAPPER = StrictJson.apply(JsonMapper.builder().findAndAddModules().build());

    static Sample read(String json) throws Exception {
        return MAPPER.readValue(json, Sample.class);
    }

    @Test
    void valuesOfTheirOwnTypeAreRead() throws Exception {
        Sample sample = read("""
                {"text":"a","count":2,"flag":true,"ratio":0.5,"at":"2026-01-01T09:00:00+01:00","on":"2026-02-28",
                 "route":"IV","id":"01a1fdea-c5d8-7e83-a3ce-2420cc5e943e","routes":["IV","ORAL"]}""");
        assertEquals("a", sample.text());
        assertEquals(2, sample.count());
        assertEquals(0.5, sample.ratio());
        assertEquals(Set.of(Route.IV, Route.ORAL), sample.routes());
        assertEquals(1.0, read("{\"ratio\":1}").ratio(), "an integer is a valid number");
    }

    @Test
    void valuesOfAnotherJsonTypeAreRefused() {
        for (String json : List.of("{\"text\":12345}", "{\"text\":true}", "{\"text\":1.5}", "{\"count\":\"2\"}",
                "{\"count\":1.5}", "{\"flag\":1}", "{\"flag\":\"true\"}", "{\"ratio\":\"0.5\"}", "{\"ratio\":\"NaN\"}",
                "{\"at\":12345}", "{\"at\":\"\"}", "{\"on\":12345}", "{\"on\":[2026,1,1]}", "{\"on\":\"2026-02-30\"}",
                "{\"route\":0}", "{\"id\":\"\"}", "{\"routes\":\"IV\"}")) {
            assertThrows(MismatchedInputException.class, () -> read(json), json);
        }
    }

    @Test
    void numbersBeyondTheirTypeAndDuplicatesInASetAreRefused() {
        assertThrows(MismatchedInputException.class, () -> read("{\"ratio\":1e400}"));
        MismatchedInputException duplicate = assertThrows(MismatchedInputException.class,
                () -> read("{\"routes\":[\"IV\",\"IV\"]}"));
        assertEquals("routes", duplicate.getPath().get(0).getFieldName());
    }

    record Visit(String clinic, List<Sample> samples) {
    }

    @Test
    void textPostgresCannotStoreIsRefusedNamingTheField() throws Exception {
        for (String json : List.of("{\"text\":\"a\\u0000b\"}", "{\"text\":\"\\ud800\"}", "{\"text\":\"a\\udc00\"}",
                "{\"text\":\"\\ude00\\ud83d\"}")) {
            MismatchedInputException refused = assertThrows(StrictJson.RefusedText.class, () -> read(json), json);
            assertEquals("text", refused.getPath().get(0).getFieldName());
        }
        MismatchedInputException nested = assertThrows(StrictJson.RefusedText.class,
                () -> MAPPER.readValue("{\"samples\":[{\"text\":\"ok\"},{\"text\":\"\\u0000\"}]}", Visit.class));
        assertEquals("samples", nested.getPath().get(0).getFieldName());
        assertEquals(1, nested.getPath().get(1).getIndex());
        assertEquals("\ud83d\ude00 caf\u00e9", read("{\"text\":\"\\ud83d\\ude00 caf\u00e9\"}").text(),
                "a surrogate pair is one character and stays");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        Exception top = assertThrows(Exception.class, () -> read("{\"text\":\"a\",\"count\":1,\"text\":\"b\"}"));
        assertEquals(Optional.of("text"), StrictJson.duplicateKey(top));
        Exception nested = assertThrows(Exception.class, () -> MAPPER.readValue(
                "{\"clinic\":\"c\",\"samples\":[{\"text\":\"a\"},{\"count\":1,\"count\":2}]}", Visit.class));
        assertEquals(Optional.of("samples[1].count"), StrictJson.duplicateKey(nested));
        assertEquals(Optional.empty(), StrictJson.duplicateKey(
                assertThrows(Exception.class, () -> read("{\"count\":\"2\"}"))));
    }

    @Test
    void textAfterTheDocumentIsRefused() {
        assertThrows(MismatchedInputException.class, () -> read("{\"text\":\"a\"}{\"text\":\"b\"}"));
    }
}
