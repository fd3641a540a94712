package nl.goedgesprek.conversations.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.CardContent;
import nl.goedgesprek.cards.CardVersionId;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.cards.Theme;
import nl.goedgesprek.conversations.PairHistory;
import nl.goedgesprek.conversations.PairPulses;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/**
 * Reads a pair's history in four queries, whatever the number of conversations: held conversations,
 * their agreements, shared statement answers, and the pulses (from follow-up, {@link PairPulses}).
 * Scores are tied to their theme through the card version each conversation used.
 */
@Component
public class PairHistories {

	private static final String HELD = HeldMoment.OF_C;

	private static final String PAIR = EarlierConversations.OF_THE_PAIR + " and c.status in ('HELD', 'COMPLETED') and "
			+ HELD + " >= :from and " + HELD + " < :until";

	private final JdbcClient jdbc;

	private final Cards cards;

	/** The pulse is follow-up's ({@link PairPulses}); a module test of conversations alone runs without it. */
	private final org.springframework.beans.factory.ObjectProvider<PairPulses> pulses;

	PairHistories(JdbcClient jdbc, Cards cards, org.springframework.beans.factory.ObjectProvider<PairPulses> pulses) {
		this.jdbc = jdbc;
		this.cards = cards;
		this.pulses = pulses;
	}

	public PairHistory of(EmployeeId employee, EmployeeId manager, LocalDate from, LocalDate until) {
		Map<Long, CardVersionId> versions = new HashMap<>();
		List<PairHistory.Held> held = query("select c.id, " + HELD + " as held_at, c.kind, c.card_version_id from conversation c where "
				+ PAIR + " order by held_at", employee, manager, from, until)
			.query((rs, row) -> {
				versions.put(rs.getLong("id"), CardVersionId.of(rs.getLong("card_version_id")));
				return new PairHistory.Held(rs.getLong("id"), rs.getTimestamp("held_at").toLocalDateTime().toLocalDate(),
						ConversationKind.valueOf(rs.getString("kind")));
			})
			.list();
		List<PairHistory.AgreementLine> agreements = query("""
				select a.description, a.status, a.due_date, """ + HELD + """
				 as held_at from agreement a join conversation c on c.id = a.conversation_id
				""" + " where " + PAIR + " order by held_at, a.id", employee, manager, from, until)
			.query((rs, row) -> new PairHistory.AgreementLine(rs.getTimestamp("held_at").toLocalDateTime().toLocalDate(),
					rs.getString("description"), rs.getString("status"),
					rs.getDate("due_date") == null ? null : rs.getDate("due_date").toLocalDate()))
			.list();
		List<PairHistory.Pulse> pulses = this.pulses.stream().findFirst()
			.map(pairPulses -> pairPulses.of(employee, manager, from, until))
			.orElse(List.of());
		Map<CardVersionId, Optional<CardContent>> contents = new HashMap<>();
		List<PairHistory.Score> scores = new ArrayList<>();
		query("""
				select c.id, p.side, a.preparation_key, a.score, """ + HELD + """
				 as held_at
				from answer a join preparation p on p.id = a.preparation join conversation c on c.id = p.conversation_id
				where a.score is not null and p.shared_at is not null""" + " and " + PAIR
				+ " order by held_at, p.side, a.preparation_key", employee, manager, from, until)
			.query(rs -> {
				CardVersionId version = versions.get(rs.getLong("id"));
				String key = rs.getString("preparation_key");
				String themeKey = key.endsWith(".statement") ? key.substring(0, key.length() - ".statement".length()) : key;
				LocalDate date = rs.getTimestamp("held_at").toLocalDateTime().toLocalDate();
				Side side = Side.valueOf(rs.getString("side"));
				int score = rs.getInt("score");
				contents.computeIfAbsent(version, v -> cards.content(v))
					.flatMap(content -> content.theme(themeKey))
					.ifPresent((Theme theme) -> scores.add(new PairHistory.Score(date, side, themeKey, theme.title(),
							theme.topic(), score)));
			});
		return new PairHistory(held, agreements, pulses, scores);
	}

	private JdbcClient.StatementSpec query(String sql, EmployeeId employee, EmployeeId manager, LocalDate from,
			LocalDate until) {
		return jdbc.sql(sql)
			.param("employee", employee.value())
			.param("manager", manager.value())
			.param("from", Timestamp.valueOf(from.atStartOfDay()))
			.param("until", Timestamp.valueOf(until.plusDays(1).atStartOfDay()));
	}

}
