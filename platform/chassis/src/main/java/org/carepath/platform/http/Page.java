package org.carepath.platform.http;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list in stable order; pass {@code nextCursor} back as {@code cursor} for the next page. */
public record Page<T>(List<T> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {
}
