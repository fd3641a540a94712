package nl.goedgesprek.mail.internal;

/** Hands one mail to the world. Throws when it could not; the outbox then tries again later. */
public interface MailDelivery {

	void deliver(OutgoingMail mail) throws Exception;

	/** Whether a delivered mail has left for its recipient (and the outbox need not keep its links). */
	default boolean reachesRecipients() {
		return true;
	}

}
