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

	private final nl.goedgesprek.people.PeopleAccess access;

	PulseAside(Pulses pulses, nl.goedgesprek.people.PeopleAccess access) {
		this.pulses = pulses;
		this.access = access;
	}

	@Override
	public void addTo(Map<String, Object> model, EmployeeId viewer, ConversationSummary conversation, Page page) {
		if (page == Page.RECORD || page == Page.RECORD_AGAIN) {
			model.put("pulseAnswered", pulses.answered(conversation.id(), conversation.sideOf(viewer)));
			model.put("pulseTrend", pulses.trend(conversation.employeeId(), conversation.managerId()));
			// the whole trend is on the employee's timeline, for those who may open it: the employee and
			// their manager now (a former manager still reads this record, not the timeline)
			model.put("pulseTimeline", access.maySeeDevelopment(viewer, conversation.employeeId())
					? "/people/" + conversation.employeeId().value() + "/timeline#pulse-heading" : null);
		}
	}

}
