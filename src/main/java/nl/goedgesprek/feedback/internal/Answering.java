package nl.goedgesprek.feedback.internal;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.feedback.FeedbackAnswered;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;

/**
 * The colleague's side: a draft kept on every change, then the answer given or the request declined.
 * A given answer no longer changes.
 */
@Service
@Transactional
public class Answering {

	private final FeedbackStore store;

	private final PeopleAccess access;

	private final TextLimits limits;

	private final ApplicationEventPublisher events;

	Answering(FeedbackStore store, PeopleAccess access, TextLimits limits, ApplicationEventPublisher events) {
		this.store = store;
		this.access = access;
		this.limits = limits;
		this.events = events;
	}

	/** The colleague's own answer with the request it answers. */
	public record Asked(FeedbackAnswer answer, FeedbackRequest request) {
	}

	/** @throws FeedbackNotFoundException unless the viewer is the colleague asked */
	@Transactional(readOnly = true)
	public Asked asked(EmployeeId viewer, long answerId) {
		FeedbackAnswer answer = store.answer(answerId)
			.filter(a -> access.mayAnswerFeedback(viewer, a.colleagueId()))
			.orElseThrow(() -> new FeedbackNotFoundException(answerId));
		return new Asked(answer, store.request(answer.requestId()).orElseThrow());
	}

	/**
	 * Keeps what the colleague typed so far.
	 * @return the new version
	 * @throws EditClash when another window saved first
	 */
	public int saveDraft(EmployeeId viewer, long answerId, int version, String one, String two) {
		Asked asked = open(viewer, answerId);
		if (!store.saveDraft(answerId, version, fit("answer_one", one), fit("answer_two", two))) {
			throw new EditClash();
		}
		return asked.answer().version() + 1;
	}

	/** Gives the answer; the asker hears of it (of an anonymous request only once enough people answered). */
	public void answer(EmployeeId viewer, long answerId, String one, String two) {
		Asked asked = open(viewer, answerId);
		String first = fit("answer_one", one);
		String second = asked.request().questionTwo() == null ? null : fit("answer_two", two);
		if (first == null && second == null) {
			throw Refusal.onField("answerOne", "feedback.error.emptyAnswer");
		}
		// two colleagues answering at the same moment must not both count two and leave the asker untold
		store.lock(asked.request().id());
		if (!store.finish(answerId, FeedbackAnswer.State.ANSWERED, first, second, UUID.randomUUID().toString())) {
			throw new EditClash();
		}
		FeedbackRequest request = asked.request();
		if (!request.anonymous()) {
			events.publishEvent(new FeedbackAnswered(request.id(), request.askerId(), viewer));
		}
		else if (store.answeredCount(request.id()) >= FeedbackSettings.ANONYMOUS_MINIMUM && store.tellReadyOnce(request.id())) {
			events.publishEvent(new FeedbackAnswered(request.id(), request.askerId(), null));
		}
	}

	/** The colleague would rather not answer; a draft they typed is thrown away. */
	public void decline(EmployeeId viewer, long answerId) {
		open(viewer, answerId);
		store.finish(answerId, FeedbackAnswer.State.DECLINED, null, null, null);
	}

	private Asked open(EmployeeId viewer, long answerId) {
		Asked asked = asked(viewer, answerId);
		Refusal.require(!asked.request().withdrawn(), "feedback.answer.withdrawn");
		Refusal.require(asked.answer().waiting(), "feedback.answer.alreadyDone");
		return asked;
	}

	private String fit(String column, String text) {
		String value = text == null || text.isBlank() ? null : text.strip();
		return limits.require("feedback_answer." + column, column.equals("answer_one") ? "answerOne" : "answerTwo", value);
	}

}
