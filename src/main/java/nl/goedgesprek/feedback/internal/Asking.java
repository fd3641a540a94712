package nl.goedgesprek.feedback.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.Question;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.feedback.FeedbackRequested;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;

/**
 * Asking colleagues for input while preparing: whom (by name, within the monthly limit), which of the
 * card's questions, by when, with names or anonymously. What follows is {@link AskersRequests}.
 */
@Service
@Transactional
public class Asking {

	/** The window the monthly limit counts in. */
	static final Duration MONTH = Duration.ofDays(30);

	private final FeedbackStore store;

	private final Conversations conversations;

	private final Cards cards;

	private final People people;

	private final PeopleAccess access;

	private final FeedbackSettings settings;

	private final TextLimits limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Asking(FeedbackStore store, Conversations conversations, Cards cards, People people, PeopleAccess access,
			FeedbackSettings settings, TextLimits limits, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.conversations = conversations;
		this.cards = cards;
		this.people = people;
		this.access = access;
		this.settings = settings;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The conversation, for a participant who may still ask for input for it: while preparation is open
	 * and before they shared their own preparation (after that it no longer changes).
	 * @throws FeedbackNotFoundException for anyone who does not take part in it
	 */
	@Transactional(readOnly = true)
	public ConversationSummary conversationFor(EmployeeId asker, ConversationId id) {
		ConversationSummary conversation = conversations.summary(id)
			.filter(c -> access.mayAskForFeedback(asker, c.employeeId(), c.managerId()))
			.orElseThrow(() -> new FeedbackNotFoundException(id));
		Refusal.require(stillPreparing(conversation, asker), "feedback.error.notPreparing");
		return conversation;
	}

	/** Whether the asker's own preparation can still take something in. */
	public static boolean stillPreparing(ConversationSummary conversation, EmployeeId asker) {
		return conversation.status().preparationOpen() && !conversation.shared(conversation.sideOf(asker));
	}

	/** The questions of the conversation's card, by key, theme by theme. */
	@Transactional(readOnly = true)
	public Map<String, Question> questionsOf(ConversationId id) {
		Map<String, Question> questions = new LinkedHashMap<>();
		conversations.cardVersionOf(id)
			.flatMap(cards::content)
			.ifPresent(content -> content.themes()
				.forEach(theme -> theme.questions().forEach(q -> questions.put(q.key(), q))));
		return questions;
	}

	/** The themes of the conversation's card, with their questions: what the form offers to ask. */
	@Transactional(readOnly = true)
	public List<nl.goedgesprek.cards.Theme> themesOf(ConversationId id) {
		return conversations.cardVersionOf(id)
			.flatMap(cards::content)
			.map(content -> content.themes().stream().filter(theme -> !theme.questions().isEmpty()).toList())
			.orElse(List.of());
	}

	/** Of these people, those who were asked for input as often as the organisation allows in 30 days. */
	@Transactional(readOnly = true)
	public Set<EmployeeId> askedEnough(Collection<EmployeeId> candidates) {
		return store.timesAskedSince(candidates, clock.instant().minus(MONTH))
			.entrySet()
			.stream()
			.filter(times -> times.getValue() >= settings.monthlyLimit())
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** @return the new request's id */
	public long ask(EmployeeId asker, ConversationId id, NewRequest request) {
		ConversationSummary conversation = conversationFor(asker, id);
		EmployeeId other = conversation.participant(conversation.sideOf(asker).other());
		Refusal.require(!request.colleagues().isEmpty() && request.colleagues().size() <= FeedbackSettings.MAX_COLLEAGUES,
				"feedback.error.colleagues", FeedbackSettings.MAX_COLLEAGUES);
		for (EmployeeId colleague : request.colleagues()) {
			if (!access.mayBeAskedForFeedback(asker, other, colleague)) {
				throw Refusal.onField("colleagues", "feedback.error.notThisColleague");
			}
		}
		Set<EmployeeId> full = askedEnough(request.colleagues());
		if (!full.isEmpty()) {
			throw Refusal.onField("colleagues", "feedback.error.askedEnough", name(full.iterator().next()));
		}
		Map<String, Question> questions = questionsOf(id);
		if (request.questionKeys().isEmpty() || request.questionKeys().size() > 2
				|| !questions.keySet().containsAll(request.questionKeys())) {
			throw Refusal.onField("questions", "feedback.error.questions");
		}
		LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
		if (request.dueOn() == null || !request.dueOn().isAfter(today)
				|| request.dueOn().isAfter(conversation.scheduledAt().toLocalDate())) {
			throw Refusal.onField("dueOn", "feedback.error.dueOn");
		}
		String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
		limits.require("feedback_request.reason", "reason", reason);
		Person self = people.find(asker).orElseThrow();
		long requestId = store.insertRequest(id, asker, self.teamId(), request.anonymous(), reason,
				request.questionKeys().stream().map(key -> questions.get(key).text()).toList(), request.dueOn(),
				clock.instant());
		for (EmployeeId colleague : request.colleagues()) {
			long answerId = store.insertAnswer(requestId, colleague);
			events.publishEvent(new FeedbackRequested(requestId, answerId, asker, colleague, request.dueOn()));
		}
		return requestId;
	}

	private String name(EmployeeId id) {
		return people.find(id).map(Person::name).orElse("");
	}

}
