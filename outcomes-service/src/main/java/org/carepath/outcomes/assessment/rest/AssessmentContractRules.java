package org.carepath.outcomes.assessment.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.carepath.outcomes.assessment.domain.Instrument;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes each instrument's shape into the contract from {@link Instrument}, the definition scoring checks forms
 * against: how many answers a form has and their range, the total's range, and which band codes a score may carry
 * with their wording. Why: a client can validate a form and switch on a band without a second copy of the scales.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AssessmentContractRules implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema request = schemas.get("AssessmentRequest");
        Schema view = schemas.get("Assessment");
        // An unanswered or skipped item keeps its place as null: an answer's position is its item number.
        for (Schema form : List.of(request, view)) {
            form.getProperties().get("answers").getItems().addType(Schema.SchemaType.NULL);
        }
        for (Instrument instrument : Instrument.values()) {
            request.addAllOf(when(instrument, OASFactory.createSchema().addProperty("answers", answers(instrument))));
            view.addAllOf(when(instrument, score(instrument)));
        }
        schemas.get("Band").setDescription("Stable code of a severity band, C-SSRS risk level or MOAA/S level; the"
                + " Assessment's bandLabel is the instrument's wording of it. " + bandsByInstrument());
    }

    /** Applies {@code rule} to forms and scores of one instrument. */
    private static Schema when(Instrument instrument, Schema rule) {
        Schema ofInstrument = OASFactory.createSchema().addRequired("instrument")
                .addProperty("instrument", OASFactory.createSchema().constValue(instrument.name()));
        return OASFactory.createSchema().ifSchema(ofInstrument).thenSchema(rule);
    }

    private static Schema answers(Instrument instrument) {
        return OASFactory.createSchema().minItems(instrument.itemCount()).maxItems(instrument.itemCount())
                .items(OASFactory.createSchema().minimum(BigDecimal.valueOf(instrument.itemMin()))
                        .maximum(BigDecimal.valueOf(instrument.itemMax())));
    }

    private static Schema score(Instrument instrument) {
        Schema total = OASFactory.createSchema();
        if (instrument.hasTotal()) {
            total.minimum(BigDecimal.valueOf(instrument.totalMin())).maximum(BigDecimal.valueOf(instrument.totalMax()));
        } else {
            total.addType(Schema.SchemaType.NULL);
        }
        Schema band = OASFactory.createSchema();
        if (instrument.bands().isEmpty()) {
            band.addType(Schema.SchemaType.NULL);
        } else {
            instrument.bands().forEach(code -> band.addEnumeration(code.name()));
        }
        return OASFactory.createSchema().addProperty("total", total).addProperty("band", band);
    }

    private static String bandsByInstrument() {
        String banded = Arrays.stream(Instrument.values()).filter(instrument -> !instrument.bands().isEmpty())
                .map(instrument -> instrument.label() + ": " + instrument.bands().stream()
                        .map(code -> code.name() + " \"" + instrument.bandLabel(code) + "\"")
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        String unbanded = Arrays.stream(Instrument.values()).filter(instrument -> instrument.bands().isEmpty())
                .map(Instrument::label).collect(Collectors.joining(", "));
        return banded + ". No bands (band null): " + unbanded + ".";
    }
}
