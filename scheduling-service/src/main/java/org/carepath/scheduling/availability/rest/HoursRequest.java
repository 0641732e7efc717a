package org.carepath.scheduling.availability.rest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.carepath.platform.problem.ProblemException;
import org.carepath.scheduling.availability.domain.DailyHours;
import org.carepath.scheduling.availability.domain.WeeklyHours;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One weekly window in the clinic's local time, as clients send it. */
@Schema(name = "WeeklyWindow", description = "Local times in the clinic's time zone; closes 00:00 means until midnight")
public record HoursRequest(@NotNull @Schema(examples = "MONDAY") DayOfWeek day,
        @NotNull @Schema(type = SchemaType.STRING, examples = "08:00") LocalTime opens,
        @NotNull @Schema(type = SchemaType.STRING, examples = "18:00") LocalTime closes) {

    /** The windows as a weekly pattern, or a 400 naming the field and the broken rule. */
    public static List<DailyHours> toDailyHours(List<HoursRequest> windows, String field) {
        List<DailyHours> hours = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            HoursRequest window = windows.get(i);
            try {
                hours.add(new DailyHours(window.day(), window.opens(), window.closes()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(field + "[" + i + "]", e.getMessage());
            }
        }
        try {
            new WeeklyHours(hours);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, e.getMessage());
        }
        return hours;
    }
}
