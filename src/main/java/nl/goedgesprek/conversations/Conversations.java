package nl.goedgesprek.conversations;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import nl.goedgesprek.conversations.internal.ConversationQueries;
import nl.goedgesprek.people.EmployeeId;

/** What other modules ask of conversations: which ones a person takes part in, as process data. */
@Service
public class Conversations {

	private final ConversationQueries queries;

	Conversations(ConversationQueries queries) {
		this.queries = queries;
	}

	/** Dates and counts of these employees' conversations and agreements, for overviews. */
	public Map<EmployeeId, RhythmFacts> rhythmFacts(Collection<EmployeeId> employees,
			LocalDateTime now) {
		return queries.rhythmFacts(employees, now);
	}

	/** The person's own conversations, latest first: for their home page. */
	public List<ConversationSummary> of(EmployeeId person) {
		return queries.ofParticipant(person, 12);
	}

}
