package nl.goedgesprek.conversations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.AgreementDue;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.ToDo;
import nl.goedgesprek.shared.ToDo.Urgency;
import nl.goedgesprek.shared.ToDoSource;

/**
 * What conversations ask of a person: prepare and share before a conversation, sign a record "voor
 * gezien", give the pulse once signed, and keep their own agreements that are due within a week or
 * overdue. From this module's own tables only.
 */
@Component
class ConversationToDos implements ToDoSource {

	/** A pulse is asked for while the conversation is fresh; older ones are left alone. */
	private static final int PULSE_DAYS = 60;

	private final ConversationQueries queries;

	private final ConversationRepository conversations;

	private final Pulses pulses;

	ConversationToDos(ConversationQueries queries, ConversationRepository conversations, Pulses pulses) {
		this.queries = queries;
		this.conversations = conversations;
		this.pulses = pulses;
	}

	@Override
	public List<ToDo> toDosOf(long personId, LocalDate today) {
		EmployeeId person = EmployeeId.of(personId);
		List<ToDo> toDos = new ArrayList<>();
		for (ConversationSummary coming : queries.calendarOf(person, today.atStartOfDay())) {
			Side side = coming.sideOf(person);
			if (coming.status().preparationOpen() && !coming.shared(side)) {
				LocalDate on = coming.scheduledAt().toLocalDate();
				toDos.add(new ToDo(on.isAfter(today.plusDays(7)) ? Urgency.LATER : Urgency.SOON, on,
						MessageRef.of("todo.prepare", kind(coming), coming.partnerOf(person), on),
						MessageRef.of("todo.prepare.action"), "/conversations/" + coming.id().value() + "/preparation"));
			}
		}
		for (ConversationSummary mine : queries.ofParticipant(person, 12)) {
			if (!mine.status().closed()) {
				continue;
			}
			Side side = mine.sideOf(person);
			LocalDate on = mine.scheduledAt().toLocalDate();
			Conversation conversation = conversations.findById(mine.id().value()).orElse(null);
			if (conversation == null) {
				continue;
			}
			String record = "/conversations/" + mine.id().value() + "/record";
			if (!conversation.has(side, Acknowledgement.Kind.SEEN)) {
				toDos.add(new ToDo(Urgency.NOW, on, MessageRef.of("todo.sign", kind(mine), mine.partnerOf(person), on),
						MessageRef.of("todo.sign.action"), record));
			}
			else if (!on.isBefore(today.minusDays(PULSE_DAYS)) && !pulses.answered(mine.id(), side)) {
				toDos.add(new ToDo(Urgency.NOW, on, MessageRef.of("todo.pulse", kind(mine), mine.partnerOf(person), on),
						MessageRef.of("todo.pulse.action"), record + "#pulse"));
			}
		}
		for (AgreementDue due : queries.agreementsDue(LocalDate.of(2000, 1, 1), today.plusDays(7))) {
			if (!due.owner().equals(person)) {
				continue;
			}
			String what = queries.agreement(due.agreementId()).map(a -> a.description()).orElse("");
			boolean overdue = due.due().isBefore(today);
			toDos.add(new ToDo(overdue ? Urgency.OVERDUE : Urgency.SOON, due.due(),
					MessageRef.of(overdue ? "todo.agreement.overdue" : "todo.agreement.due", what, due.due()),
					MessageRef.of("todo.agreement.action"), "/agreements#agreement-" + due.agreementId()));
		}
		return toDos;
	}

	/** The kind as it reads mid-sentence ("check-in", "jaargesprek"), resolved in the reader's language. */
	private static MessageRef kind(ConversationSummary conversation) {
		return MessageRef.of("conversation.kindInText." + conversation.kind().name());
	}

}
