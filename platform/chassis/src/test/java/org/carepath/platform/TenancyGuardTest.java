package org.carepath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.carepath.platform.fixture.Note;
import org.carepath.platform.tenancy.MissingTenantException;
import org.carepath.platform.tenancy.Tenancy;
import org.carepath.platform.testing.CarePathTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Whatever query a developer writes on a clinic-scoped entity, another clinic's rows stay out of it. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class TenancyGuardTest {

    static UUID noteOf(String clinic) {
        UUID id = UUID.randomUUID();
        Tenancy.runAs(clinic, () -> QuarkusTransaction.requiringNew().run(() -> {
            Note note = new Note();
            note.id = id;
            note.text = "guarded";
            note.persist();
        }));
        return id;
    }

    @Test
    void findByIdQueriesAndCountsSeeOnlyTheCurrentClinic() {
        UUID id = noteOf("guard-a");
        assertNotNull(Tenancy.callAs("guard-a", () -> QuarkusTransaction.requiringNew().call(() -> Note.findById(id))));
        assertNull(Tenancy.callAs("guard-b", () -> QuarkusTransaction.requiringNew().call(() -> Note.findById(id))));
        assertEquals(0L, (long) Tenancy.callAs("guard-b", () -> QuarkusTransaction.requiringNew()
                .call(() -> Note.count("text", "guarded"))));
        assertEquals(0, Tenancy.callAs("guard-b", () -> QuarkusTransaction.requiringNew()
                .call(() -> Note.update("text = 'stolen' where id = ?1", id))));
    }

    @Test
    void clinicDataCannotBeWrittenOutsideAClinic() {
        assertThrows(MissingTenantException.class, () -> Tenancy.callOutsideAnyClinic(() -> QuarkusTransaction
                .requiringNew().call(() -> {
                    Note note = new Note();
                    note.id = UUID.randomUUID();
                    note.text = "orphan";
                    note.persist();
                    return note;
                })));
    }
}
