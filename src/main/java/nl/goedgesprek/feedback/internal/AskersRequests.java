package nl.goedgesprek.feedback.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.shared.Refusal;

/** What the asker does with a request once it is out: withdraw it, and choose which answers go into their preparation. */
@Service
@Transactional
public class AskersRequests {

	private final FeedbackStore store;

	private final Conversations conversations;

	private final PeopleAccess access;

	private final Clock clock;

	AskersRequests(FeedbackStore store, Conversations conversations, PeopleAccess access, Clock clock) {
		this.store = store;
		this.conversations = conversations;
		this.access = access;
		this.clock = clock;
	}

	/** The asker stops asking: colleagues who have not answered read that it was withdrawn, and get no reminder. */
	public void withdraw(EmployeeId asker, long requestId) {
		store.withdraw(own(asker, requestId).id(), clock.instant());
	}

	/**
	 * The asker moves an answer into their preparation, or takes it out again, while they are still
	 * preparing. An anonymous answer can be chosen only once the asker may read it.
	 */
	public void include(EmployeeId asker, long requestId, String handle, boolean included) {
		FeedbackRequest request = own(asker, requestId);
		ConversationSummary conversation = conversations.summary(request.conversationId()).orElseThrow();
		Refusal.require(Asking.stillPreparing(conversation, asker), "feedback.error.preparationShared");
		boolean readable = WhatTheAskerSees.readable(request, store.answersTo(requestId))
			.stream()
			.anyMatch(answer -> answer.handle().equals(handle));
		if (!readable || !store.include(requestId, handle, included)) {
			throw new FeedbackNotFoundException(handle);
		}
	}

	/** @throws FeedbackNotFoundException unless the request exists and the viewer asked it */
	@Transactional(readOnly = true)
	public FeedbackRequest own(EmployeeId viewer, long requestId) {
		return store.request(requestId)
			.filter(request -> access.mayReadFeedbackRequest(viewer, request.askerId()))
			.orElseThrow(() -> new FeedbackNotFoundException(requestId));
	}

}
