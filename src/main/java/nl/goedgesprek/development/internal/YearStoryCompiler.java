package nl.goedgesprek.development.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.Topic;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.PairHistory;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.Dates;

/**
 * Gathers a year story's facts: the pair's conversations, agreements, pulse and well-being answers
 * (from the conversations module, for this pair only), the development plan as it stands, and the
 * appreciation the employee did not hide from their manager.
 */
@Component
class YearStoryCompiler {

	private final Conversations conversations;

	private final DevelopmentPlans plans;

	private final Appreciations appreciations;

	private final People people;

	private final MessageSource messages;

	YearStoryCompiler(Conversations conversations, DevelopmentPlans plans, Appreciations appreciations, People people,
			MessageSource messages) {
		this.conversations = conversations;
		this.plans = plans;
		this.appreciations = appreciations;
		this.people = people;
		this.messages = messages;
	}

	YearStoryFacts compile(EmployeeId employee, EmployeeId manager, LocalDate from, LocalDate until) {
		PairHistory history = conversations.historyOf(employee, manager, from, until);
		var language = people.language(employee);
		ZoneId zone = Dates.ZONE;
		return new YearStoryFacts(
				history.held().stream()
					.map(held -> new YearStoryFacts.Held(held.date(),
							messages.getMessage("conversation.kind." + held.kind().name(), null, language)))
					.toList(),
				history.agreementsWithStatus("DONE"), history.agreementsWithStatus("NOT_ACHIEVED"),
				history.agreementsWithStatus("DROPPED"),
				history.agreementsWithStatus("OPEN") + history.agreementsWithStatus("IN_PROGRESS"),
				history.agreements().stream().map(line -> new YearStoryFacts.Line(line.description(), line.status())).toList(),
				plans.of(employee).stream()
					.map(goal -> new YearStoryFacts.Goal(goal.title(), goal.done(), goal.actions().size()))
					.toList(),
				appreciations.received(employee, from.atStartOfDay(zone).toInstant(), true)
					.stream()
					.filter(item -> !item.givenAt().isAfter(until.plusDays(1).atStartOfDay(zone).toInstant()))
					.map(item -> new YearStoryFacts.Thanks(item.id(), item.giver(), item.givenAt().atZone(zone).toLocalDate(),
							item.text(), item.competency()))
					.toList(),
				history.pulses().stream()
					.map(p -> new YearStoryFacts.Point(p.date(), p.side().name(), p.good(), p.heard()))
					.toList(),
				history.scores().stream()
					.filter(score -> score.topic() == Topic.WELLBEING)
					.map(score -> new YearStoryFacts.Point(score.date(), score.side().name(), score.score(), null))
					.toList());
	}

}
