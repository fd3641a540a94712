package nl.goedgesprek.conversations.internal;

/** Something a participant wants to discuss ("onderwerp dat ik wil bespreken"), ticked off once discussed. */
public record TalkingPoint(String text, boolean discussed) {
}
