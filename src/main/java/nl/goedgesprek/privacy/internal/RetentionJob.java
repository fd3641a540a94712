package nl.goedgesprek.privacy.internal;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.Refusal;

/**
 * The daily retention run, at {@code goedgesprek.retention.cron} (default 03:30, Dutch time). One app
 * node takes the scheduler lock and runs it; the day's request key makes a second run on the same day
 * (a node whose turn came after the lock was released) change nothing. Off with
 * {@code goedgesprek.retention.schedule=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "goedgesprek.retention.schedule", matchIfMissing = true)
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final RetentionRuns runs;

	private final java.time.Clock clock;

	RetentionJob(RetentionRuns runs, java.time.Clock clock) {
		this.runs = runs;
		this.clock = clock;
	}

	@Scheduled(cron = "${goedgesprek.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "privacy.retention", lockAtMostFor = "PT2H")
	void runDaily() {
		try {
			RetentionRuns.Counts counts = runs.run("job-" + LocalDate.now(clock.withZone(Dates.ZONE)), null);
			log.info("Retention: erased {} people ({} rows), removed {} drafts, {} read-log lines, {} mails, {} messages",
					counts.people(), counts.recordRows(), counts.drafts(), counts.readLog(), counts.mail(), counts.inbox());
		}
		catch (Refusal ranAlready) {
			log.info("Retention: already ran today");
		}
	}

}
