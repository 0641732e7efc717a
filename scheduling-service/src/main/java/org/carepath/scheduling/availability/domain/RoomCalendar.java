package org.carepath.scheduling.availability.domain;

import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.util.List;
import java.util.UUID;

/** When one room is taken (appointments and holds, turnover included), kept normalized for the slot finder. */
public record RoomCalendar(UUID roomId, List<Interval> busy) {

    public RoomCalendar {
        required(roomId, "roomId");
        busy = Intervals.normalize(noNulls(required(busy, "busy"), "busy"));
    }
}
