package nl.goedgesprek.mail.internal;

/** Hands one mail to the world. Throws when it could not; the outbox then tries again later. */
public interface MailDelivery {

	void deliver(OutgoingMail mail) throws Exception;

}
