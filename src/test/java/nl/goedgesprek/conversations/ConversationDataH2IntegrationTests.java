package nl.goedgesprek.conversations;

/** The conversation data tests on the embedded default, H2. */
class ConversationDataH2IntegrationTests extends ConversationDataTests {

}
