package nl.goedgesprek.conversations.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.CardContent;
import nl.goedgesprek.cards.CardVersionId;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.Theme;
import nl.goedgesprek.cards.Topic;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.People;

/**
 * The agenda builds itself: a new conversation starts with the employee's open agreements (whoever
 * they were made with), the talking points that were not ticked off or were parked the pair's last
 * time, and each key theme the organisation wants covered that has not come up (no joint notes in a
 * record the pair may read) for the configured number of months. What comes from earlier
 * conversations goes through {@link EarlierConversations}.
 */
@Service
@Transactional(readOnly = true)
public class Agendas {

	private final JdbcClient jdbc;

	private final Cards cards;

	private final People people;

	Agendas(JdbcClient jdbc, Cards cards, People people) {
		this.jdbc = jdbc;
		this.cards = cards;
		this.people = people;
	}

	/**
	 * The agenda of a conversation, from everything closed before it. Callers check participation
	 * first. Reads only the facts it needs, so it stays quick after years of conversations.
	 */
	public List<AgendaItem> of(Conversation conversation) {
		Timestamp before = Timestamp.valueOf(conversation.scheduledAt());
		List<AgendaItem> items = new ArrayList<>();
		jdbc.sql("""
				select a.description, """ + HeldMoment.OF_C + """
				 as held_at from agreement a join conversation c on c.id = a.conversation_id
				where a.employee_id = :employee and a.status in ('OPEN', 'IN_PROGRESS')
				  and c.status in ('HELD', 'COMPLETED') and """ + HeldMoment.OF_C + """
				 < :before
				order by a.id desc""")
			.param("employee", conversation.employeeId().value())
			.param("before", before)
			.query((rs, row) -> new AgendaItem(AgendaItem.Reason.OPEN_AGREEMENT, rs.getString("description"),
					rs.getTimestamp("held_at").toLocalDateTime()))
			.list()
			.forEach(items::add);
		jdbc.sql("""
				select c.id, """ + HeldMoment.OF_C + """
				 as held_at from conversation c
				where """ + EarlierConversations.OF_THE_PAIR + """
				  and c.status in ('HELD', 'COMPLETED') and """ + HeldMoment.OF_C + """
				 < :before
				order by held_at desc fetch first 1 rows only""")
			.param("employee", conversation.employeeId().value())
			.param("manager", conversation.managerId().value())
			.param("before", before)
			.query((rs, row) -> new Last(ConversationId.of(rs.getLong("id")), rs.getTimestamp("held_at").toLocalDateTime()))
			.optional()
			.ifPresent(last -> leftOpen(last).forEach(items::add));
		uncoveredThemes(conversation).forEach(theme -> items
			.add(new AgendaItem(AgendaItem.Reason.THEME_NOT_COVERED, theme.title(), null)));
		return items;
	}

	/**
	 * The talking points of the last conversation's shared preparations that were not ticked off or
	 * were parked, read as rows rather than as two whole preparations.
	 */
	private List<AgendaItem> leftOpen(Last last) {
		return jdbc.sql("""
				select t.text, t.discussed, t.outcome_note from talking_point t join preparation p on p.id = t.preparation
				where p.conversation_id = :conversation and p.shared_at is not null
				  and (t.discussed = false or t.outcome = :parked)
				order by p.id, t.preparation_key""")
			.param("conversation", last.id().value())
			.param("parked", TalkingPoint.Outcome.PARKED.name())
			.query((rs, row) -> rs.getBoolean("discussed")
					? new AgendaItem(AgendaItem.Reason.TALKING_POINT_PARKED, rs.getString("text"), last.at(),
							rs.getString("outcome_note"))
					: new AgendaItem(AgendaItem.Reason.TALKING_POINT_LEFT, rs.getString("text"), last.at()))
			.list();
	}

	/** The last closed conversation before this one. */
	private record Last(ConversationId id, LocalDateTime at) {
	}

	/** Key themes with joint notes in no closed conversation of the last N months. */
	private List<Theme> uncoveredThemes(Conversation conversation) {
		LocalDateTime from = conversation.scheduledAt().minusMonths(people.rhythm().themeMonths());
		Map<CardVersionId, Optional<CardContent>> contents = new HashMap<>();
		Set<Topic> covered = EnumSet.noneOf(Topic.class);
		jdbc.sql("""
				select distinct n.theme_key, c.card_version_id from note n join conversation c on c.id = n.conversation_id
				where """ + EarlierConversations.RECORD_READABLE_BY_THE_PAIR + """
				  and c.status in ('HELD', 'COMPLETED')
				  and """ + HeldMoment.OF_C + " >= :from and " + HeldMoment.OF_C + """
				 < :before and trim(n.text) <> ''""")
			.param("employee", conversation.employeeId().value())
			.param("manager", conversation.managerId().value())
			.param("from", Timestamp.valueOf(from))
			.param("before", Timestamp.valueOf(conversation.scheduledAt()))
			.query((rs, row) -> Map.entry(rs.getString("theme_key"), CardVersionId.of(rs.getLong("card_version_id"))))
			.list()
			.forEach(note -> contents.computeIfAbsent(note.getValue(), version -> cards.content(version))
				.flatMap(card -> card.theme(note.getKey()))
				.map(Theme::topic)
				.ifPresent(covered::add));
		CardContent own = cards.content(conversation.cardVersionId()).orElseThrow();
		return own.themes()
			.stream()
			.filter(theme -> theme.topic() != null && theme.topic().requiredByOrganisation()
					&& !covered.contains(theme.topic()))
			.toList();
	}

}
