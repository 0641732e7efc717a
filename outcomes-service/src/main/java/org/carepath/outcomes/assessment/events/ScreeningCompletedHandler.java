package org.carepath.outcomes.assessment.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.persistence.OutcomeSummaries;
import org.carepath.outcomes.assessment.persistence.ScreeningScoreEntity;
import org.carepath.outcomes.patient.persistence.PatientProfile;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.platform.inbox.PoisonEventException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps the baseline PHQ-9 and GAD-7 totals of intake's ScreeningCompleted: they are scores like any other when a
 * trajectory looks for the last score before the first dose.
 */
@ApplicationScoped
public class ScreeningCompletedHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(ScreeningCompletedHandler.class);

    static final String TYPE = "org.carepath.intake.ScreeningCompleted.v1";

    /**
     * @param recordedAt when intake recorded the screening; its scores were taken on its assessment day, no later than
     *     this. Null in events published before intake sent it.
     */
    record Completed(UUID screeningId, UUID patientId, Integer phq9Total, Integer gad7Total,
            OffsetDateTime recordedAt) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    OutcomeSummaries summaries;

    @Override
    public String topic() {
        return Topics.INTAKE;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(TYPE);
    }

    @Override
    public void handle(IncomingEvent event) {
        Completed completed = event.payload(mapper, Completed.class);
        if (completed.screeningId() == null || completed.patientId() == null) {
            throw new PoisonEventException(TYPE + " " + event.id() + " lacks its screening or patient");
        }
        if (completed.recordedAt() == null) {
            // Without a time the scores cannot be placed before or after the first dose; no baseline is better than
            // a wrong one, which would claim response too early or too late.
            LOG.infof("%s %s has no recordedAt; its scores are not used as a baseline", TYPE, event.id());
            return;
        }
        // Locked as recording a score locks it, so the outcome summaries take these scores in turn with the rest.
        PatientProfile.findById(completed.patientId(), LockModeType.PESSIMISTIC_WRITE);
        keep(completed, Instrument.PHQ_9, completed.phq9Total(), event);
        keep(completed, Instrument.GAD_7, completed.gad7Total(), event);
    }

    /**
     * Stored as taken when the screening was recorded: the latest moment they can have been taken, so a screening is
     * never counted before a dose it followed.
     */
    private void keep(Completed completed, Instrument instrument, Integer total, IncomingEvent event) {
        if (total == null || total < instrument.totalMin() || total > instrument.totalMax()) {
            throw new PoisonEventException(TYPE + " " + event.id() + " has no valid " + instrument + " total");
        }
        if (ScreeningScoreEntity.count("screeningId = ?1 and instrument = ?2", completed.screeningId(),
                instrument) > 0) {
            return;
        }
        ScreeningScoreEntity score = new ScreeningScoreEntity();
        score.id = Ids.newId();
        score.patientId = completed.patientId();
        score.screeningId = completed.screeningId();
        score.instrument = instrument;
        score.total = total;
        score.takenAt = completed.recordedAt();
        score.receivedAt = OffsetDateTime.now(clock);
        score.persist();
        summaries.record(score.clinicId, score.patientId, score.toAssessment());
    }
}
