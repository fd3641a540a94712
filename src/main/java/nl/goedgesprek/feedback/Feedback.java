package nl.goedgesprek.feedback;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import nl.goedgesprek.feedback.internal.FeedbackSettings;
import nl.goedgesprek.feedback.internal.FeedbackStore;

/** What other modules ask of colleagues' input: who is due a reminder. */
@Service
public class Feedback {

	private final FeedbackStore store;

	private final FeedbackSettings settings;

	Feedback(FeedbackStore store, FeedbackSettings settings) {
		this.store = store;
		this.settings = settings;
	}

	/**
	 * Colleagues who have not answered (nor declined) a request that is not withdrawn and is due within
	 * the reminder window from {@code today}, not after it: the mail module sends each one reminder.
	 */
	public List<FeedbackReminder> remindersDue(LocalDate today) {
		return store.waitingDueBetween(today, today.plusDays(settings.remindDaysBefore()));
	}

}
