package nl.goedgesprek.feedback.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.PersonalData;

/**
 * Art. 15 for colleagues' input. The asker gets their requests with the answers as their own page
 * shows them: an anonymous request's answers without names, and only once enough people answered (the
 * colleagues' rights weigh too, art. 15(4) AVG). The colleague gets every answer they gave or were
 * asked for, with who asked.
 */
@Component
class FeedbackPersonalData implements PersonalData {

	private final FeedbackStore store;

	private final People people;

	FeedbackPersonalData(FeedbackStore store, People people) {
		this.store = store;
		this.people = people;
	}

	@Override
	public List<String> sections() {
		return List.of("feedbackAsked", "feedbackGiven");
	}

	@Override
	public Set<String> tables() {
		return Set.of("feedback_request", "feedback_answer");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> of(long personId) {
		EmployeeId person = EmployeeId.of(personId);
		List<Item> asked = store.requestsBy(person).stream().map(this::asked).toList();
		List<Item> given = store.answersBy(person).stream().map(answer -> {
			FeedbackRequest request = store.request(answer.requestId()).orElseThrow();
			return PersonalData.item()
				.field("requestedBy", people.find(request.askerId()).map(p -> p.name()).orElse(null))
				.field("anonymous", request.anonymous())
				.field("dueDate", request.dueOn())
				.field("question", request.questionOne())
				.field("text", answer.answerOne())
				.field("questionTwo", request.questionTwo())
				.field("textTwo", answer.answerTwo())
				.code("status", answer.state())
				.build();
		}).toList();
		return List.of(new Section("feedbackAsked", asked), new Section("feedbackGiven", given));
	}

	private Item asked(FeedbackRequest request) {
		List<FeedbackAnswer> all = store.answersTo(request.id());
		Map<EmployeeId, String> names = people.names(all.stream().map(FeedbackAnswer::colleagueId).toList());
		List<Item> answers = WhatTheAskerSees.readable(request, all).stream()
			.map(answer -> PersonalData.item()
				.field("name", request.anonymous() ? null : names.get(answer.colleagueId()))
				.field("text", answer.answerOne())
				.field("textTwo", answer.answerTwo())
				.field("included", answer.included())
				.build())
			.toList();
		return PersonalData.item()
			.field("conversationId", request.conversationId().value())
			.field("createdAt", request.createdAt())
			.field("anonymous", request.anonymous())
			.field("reason", request.reason())
			.field("question", request.questionOne())
			.field("questionTwo", request.questionTwo())
			.field("dueDate", request.dueOn())
			.field("withdrawnAt", request.withdrawnAt())
			.field("people", (long) all.size())
			.child("answers", answers)
			.build();
	}

}
