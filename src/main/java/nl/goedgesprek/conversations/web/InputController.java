package nl.goedgesprek.conversations.web;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.internal.TalkingPoint;
import nl.goedgesprek.people.CurrentUser;

/**
 * "Jouw inbreng, wat ermee gebeurde": every talking point the signed-in employee raised, newest
 * conversation first, with its outcome. Only ever the signed-in person's own input.
 */
@Controller
class InputController {

	private final JdbcClient jdbc;

	InputController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/me/input")
	String input(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<InputItem> items = jdbc.sql("""
				select c.id, c.scheduled_at, c.kind, m.name as manager_name, c.status,
				       t.text, t.discussed, t.outcome, t.outcome_note
				from conversation c
				join employee m on m.id = c.manager_id
				join preparation p on p.conversation_id = c.id and p.side = 'EMPLOYEE' and p.shared_at is not null
				join talking_point t on t.preparation = p.id
				where c.employee_id = :me and c.status <> 'CANCELLED'
				order by c.scheduled_at desc, t.preparation_key""")
			.param("me", user.id().value())
			.query((rs, row) -> new InputItem(rs.getLong("id"), rs.getTimestamp("scheduled_at").toLocalDateTime(),
					ConversationKind.valueOf(rs.getString("kind")), rs.getString("manager_name"),
					ConversationStatus.valueOf(rs.getString("status")), rs.getString("text"), rs.getBoolean("discussed"),
					rs.getString("outcome") == null ? null : TalkingPoint.Outcome.valueOf(rs.getString("outcome")),
					rs.getString("outcome_note")))
			.list();
		Map<Long, List<InputItem>> byConversation = new LinkedHashMap<>();
		items.forEach(item -> byConversation.computeIfAbsent(item.conversationId(), id -> new java.util.ArrayList<>())
			.add(item));
		model.addAttribute("conversations", byConversation.values());
		return "conversations/input";
	}

}
