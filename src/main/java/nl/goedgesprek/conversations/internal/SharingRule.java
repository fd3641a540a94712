package nl.goedgesprek.conversations.internal;

import nl.goedgesprek.conversations.ConversationStatus;

/**
 * "Eerst zelf, dan samen": you see the other's preparation only once they shared it, and only after you
 * shared yours or once the conversation has started. Before that you only learn whether they shared.
 */
public final class SharingRule {

	private SharingRule() {
	}

	/**
	 * @param othersShared whether the other participant shared their preparation
	 * @param ownShared whether the viewer shared their own
	 * @param status where the conversation stands
	 */
	public static boolean maySeeOthersPreparation(boolean othersShared, boolean ownShared, ConversationStatus status) {
		return othersShared && (ownShared || status.startedOrLater());
	}

}
