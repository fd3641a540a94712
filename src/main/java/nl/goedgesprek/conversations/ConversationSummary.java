package nl.goedgesprek.conversations;

import java.time.LocalDateTime;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.people.EmployeeId;

/**
 * That a conversation exists, with whom, when and how far along: process data, never content. This
 * is all HR sees of a conversation.
 */
public record ConversationSummary(ConversationId id, EmployeeId employeeId, String employeeName, EmployeeId managerId,
		String managerName, ConversationKind kind, LocalDateTime scheduledAt, ConversationStatus status,
		boolean employeeShared, boolean managerShared) {

	/** The other participant's name, seen from {@code viewer}. */
	public String partnerOf(EmployeeId viewer) {
		return viewer.equals(employeeId) ? managerName : employeeName;
	}

	public EmployeeId participant(Side side) {
		return side == Side.EMPLOYEE ? employeeId : managerId;
	}

	public boolean shared(Side side) {
		return side == Side.EMPLOYEE ? employeeShared : managerShared;
	}

	public Side sideOf(EmployeeId viewer) {
		return viewer.equals(employeeId) ? Side.EMPLOYEE : Side.MANAGER;
	}

}
