package org.carepath.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.junit.jupiter.api.Test;

/** The field-by-field comparison finds each way a record can drift from its schema. */
class EventContractsTest {

    static final List<String> VISIT_LOGGED = List.of("org.carepath.test.VisitLogged.v1");

    enum Kind {
        INTAKE, DOSING
    }

    enum RenamedKind {
        INTAKE, DOSE
    }

    enum WiderKind {
        INTAKE, DOSING, FOLLOW_UP
    }

    record Note(String text) {
    }

    record VisitLogged(UUID visitId, Kind kind, int minutes, @Nullable Integer score, List<Note> notes) {
    }

    record Renamed(UUID visitUuid, Kind kind, int minutes, @Nullable Integer score, List<Note> notes) {
    }

    record ScoreNeverNull(UUID visitId, Kind kind, int minutes, Integer score, List<Note> notes) {
    }

    record MinutesOptional(UUID visitId, Kind kind, @Nullable Integer minutes, @Nullable Integer score,
            List<Note> notes) {
    }

    record Retyped(UUID visitId, Kind kind, String minutes, @Nullable Integer score, List<Note> notes) {
    }

    record KindRenamed(UUID visitId, RenamedKind kind, int minutes, @Nullable Integer score, List<Note> notes) {
    }

    record MoreKinds(UUID visitId, WiderKind kind, int minutes, @Nullable Integer score, List<Note> notes) {
    }

    record NoteWithAuthor(String text, String author) {
    }

    record NestedDrift(UUID visitId, Kind kind, int minutes, @Nullable Integer score, List<NoteWithAuthor> notes) {
    }

    @Test
    void aRecordThatIsItsSchemaHasNoMismatch() {
        assertEquals(List.of(), EventContracts.mismatches(VisitLogged.class, VISIT_LOGGED));
    }

    @Test
    void aSchemaMayNarrowAnEnumToTheValuesTheEventCarries() {
        assertEquals(List.of(), EventContracts.mismatches(MoreKinds.class, VISIT_LOGGED));
    }

    @Test
    void aRenamedFieldIsAMismatch() {
        String problems = String.join("\n", EventContracts.mismatches(Renamed.class, VISIT_LOGGED));
        assertTrue(problems.contains("visitUuid"), problems);
        assertTrue(problems.contains("visitId"), problems);
    }

    @Test
    void requiredIsExactlyTheFieldsThatAreNeverNull() {
        assertTrue(String.join("\n", EventContracts.mismatches(ScoreNeverNull.class, VISIT_LOGGED))
                .contains("score: never null, so it must be required"));
        assertTrue(String.join("\n", EventContracts.mismatches(MinutesOptional.class, VISIT_LOGGED))
                .contains("minutes: may be null (@Nullable), so it cannot be required"));
    }

    @Test
    void typesEnumValuesAndNestedRecordsAreCompared() {
        assertTrue(String.join("\n", EventContracts.mismatches(Retyped.class, VISIT_LOGGED))
                .contains("minutes: Java String is string, the schema says [integer]"));
        assertTrue(String.join("\n", EventContracts.mismatches(KindRenamed.class, VISIT_LOGGED))
                .contains("kind: the schema's enum has [DOSING], Java RenamedKind has [DOSE, INTAKE]"));
        assertTrue(String.join("\n", EventContracts.mismatches(NestedDrift.class, VISIT_LOGGED))
                .contains("author"));
    }
}
