package org.carepath.platform.http;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list in stable order; pass {@code nextCursor} back as {@code cursor} for the next page. */
public record Page<T>(List<T> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {

    /**
     * A page from rows fetched with one more than the page size: the extra row is not shown, it only tells
     * that a next page exists, which then starts after the last id shown.
     */
    public static <E, T> Page<T> of(List<E> fetched, int pageSize, Function<E, T> view, Function<T, UUID> id) {
        List<T> items = fetched.stream().limit(pageSize).map(view).toList();
        String next = fetched.size() > pageSize ? Cursors.encode(id.apply(items.get(items.size() - 1))) : null;
        return new Page<>(items, next);
    }
}
