package nl.goedgesprek.followup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.goedgesprek.conversations.AgreementStatus;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/**
 * An agreement as its follow-up shows it: what was agreed in the conversation, where it stands now,
 * and each step of its progress. Read only; its owner reports through {@code AgreementFollowUp}.
 */
public record FollowedAgreement(Long rawId, Integer version, ConversationId conversationId, EmployeeId employeeId,
		EmployeeId managerId, String description, Side owner, LocalDate dueDate, String themeKey, AgreementStatus status,
		EmployeeId createdBy, Instant createdAt, String statusReason, Instant updatedAt, List<Step> progress) {

	/** One step in an agreement's life: the status it got, and the owner's short note about it. */
	public record Step(AgreementStatus status, String text, EmployeeId writtenBy, Instant writtenAt) {
	}

	public FollowedAgreement {
		progress = progress == null ? List.of() : List.copyOf(progress);
	}

	FollowedAgreement withProgress(List<Step> steps) {
		return new FollowedAgreement(rawId, version, conversationId, employeeId, managerId, description, owner, dueDate,
				themeKey, status, createdBy, createdAt, statusReason, updatedAt, steps);
	}

	public EmployeeId ownerId() {
		return owner == Side.EMPLOYEE ? employeeId : managerId;
	}

	/** The other participant, who hears about the owner's progress. */
	public EmployeeId otherThanOwner() {
		return owner == Side.EMPLOYEE ? managerId : employeeId;
	}

}
