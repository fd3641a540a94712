package nl.goedgesprek.feedback.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;

/**
 * What the asker and the other participant read of requests and answers, each under its own rule:
 * the asker under {@link WhatTheAskerSees}; the other participant only what the asker moved into a
 * preparation they may read.
 */
@Service
@Transactional(readOnly = true)
public class Reading {

	private final FeedbackStore store;

	private final AskersRequests requests;

	private final Conversations conversations;

	private final People people;

	private final PeopleAccess access;

	Reading(FeedbackStore store, AskersRequests requests, Conversations conversations, People people, PeopleAccess access) {
		this.store = store;
		this.requests = requests;
		this.conversations = conversations;
		this.people = people;
		this.access = access;
	}

	/**
	 * One request as its asker sees it.
	 * @param asked for a request with names, each colleague and how far they are; empty for an anonymous one
	 * @param tooFew an anonymous request with fewer answers than it needs to show any
	 * @param answered how many answered; for an anonymous request only meaningful when not {@code tooFew}
	 * @param mayChoose whether the asker can still move answers into their preparation
	 */
	public record RequestPage(FeedbackRequest request, ConversationSummary conversation, List<Asked> asked,
			int askedCount, List<ShownAnswer> answers, boolean tooFew, int answered, boolean mayChoose) {
	}

	/** A colleague of a request with names, and where their answer stands. */
	public record Asked(EmployeeId id, String name, FeedbackAnswer.State state) {
	}

	/** A request in a list: the panel on the preparation page. */
	public record RequestLine(FeedbackRequest request, int askedCount, int answered, boolean tooFew) {
	}

	public RequestPage page(EmployeeId viewer, long requestId) {
		FeedbackRequest request = requests.own(viewer, requestId);
		ConversationSummary conversation = conversations.summary(request.conversationId()).orElseThrow();
		List<FeedbackAnswer> all = store.answersTo(requestId);
		List<FeedbackAnswer> readable = WhatTheAskerSees.readable(request, all);
		Map<EmployeeId, String> names = people.names(all.stream().map(FeedbackAnswer::colleagueId).toList());
		List<Asked> asked = request.anonymous() ? List.of()
				: all.stream().map(a -> new Asked(a.colleagueId(), names.get(a.colleagueId()), a.state()))
					.sorted(java.util.Comparator.comparing(Asked::name)).toList();
		int answered = (int) all.stream().filter(FeedbackAnswer::answered).count();
		boolean tooFew = WhatTheAskerSees.tooFew(request, answered);
		return new RequestPage(request, conversation, asked, all.size(),
				readable.stream().map(a -> ShownAnswer.of(request, a, names.get(a.colleagueId()))).toList(), tooFew,
				tooFew ? 0 : answered, Asking.stillPreparing(conversation, viewer));
	}

	public List<RequestLine> requestsOf(EmployeeId asker, ConversationId conversation) {
		return store.requestsOf(conversation, asker).stream().map(request -> {
			List<FeedbackAnswer> all = store.answersTo(request.id());
			int answered = (int) all.stream().filter(FeedbackAnswer::answered).count();
			boolean tooFew = WhatTheAskerSees.tooFew(request, answered);
			return new RequestLine(request, all.size(), tooFew ? 0 : answered, tooFew);
		}).toList();
	}

	/**
	 * The answers {@code asker} moved into their preparation of this conversation, if the viewer may
	 * read that preparation; empty otherwise.
	 */
	public List<ShownAnswer> includedIn(EmployeeId viewer, ConversationId conversation, EmployeeId asker) {
		boolean preparationReadable = conversations.mayReadPreparationOf(viewer, conversation, asker);
		if (!preparationReadable || !access.maySeeIncludedFeedback(viewer, asker, preparationReadable)) {
			return List.of();
		}
		List<ShownAnswer> shown = new ArrayList<>();
		for (FeedbackRequest request : store.requestsOf(conversation, asker)) {
			List<FeedbackAnswer> included = WhatTheAskerSees.readable(request, store.answersTo(request.id()))
				.stream().filter(FeedbackAnswer::included).toList();
			Map<EmployeeId, String> names = people.names(included.stream().map(FeedbackAnswer::colleagueId).toList());
			included.forEach(a -> shown.add(ShownAnswer.of(request, a, names.get(a.colleagueId()))));
		}
		return shown;
	}

}
