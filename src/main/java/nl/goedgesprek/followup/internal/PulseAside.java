package nl.goedgesprek.followup.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationAside;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.people.EmployeeId;

/** Beside the record: whether the viewer gave the pulse ({@code pulseAnswered}), and the pair's trend. */
@Component
class PulseAside implements ConversationAside {

	private final Pulses pulses;

	PulseAside(Pulses pulses) {
		this.pulses = pulses;
	}

	@Override
	public void addTo(Map<String, Object> model, EmployeeId viewer, ConversationSummary conversation, Page page) {
		if (page == Page.RECORD || page == Page.RECORD_AGAIN) {
			model.put("pulseAnswered", pulses.answered(conversation.id(), conversation.sideOf(viewer)));
			model.put("pulseTrend", pulses.trend(conversation.employeeId(), conversation.managerId()));
		}
	}

}
