/// The facts one thank-you sentence may use.
struct ThankYouFacts: Sendable {
    var company: String
    var role: String
    /// Prose list of this interviewer's topics (or a neutral fallback).
    var topics: String
    /// Prose list of the one or two strengths for this interviewer; empty when none.
    var strengths: String
    /// `Friday 20 November`, when a decision date is known.
    var decisionDate: String
    /// The material promised, as a prose list.
    var promised: String
}

/// The phrasing variants of each part of a thank-you, per tone.
///
/// Every part has six variants; interviewer `i` uses variant `i % 6` (concern lead-ins are
/// offset by the concern's position), so drafts to up to six people at one company never share
/// a sentence, even when their topics and strengths are the same. The coach's words live here
/// as data; the layout lives in the `thank-you` template.
struct ThankYouPhrases: Sendable {
    typealias Phrase = @Sendable (ThankYouFacts) -> String
    typealias TopicPhrase = @Sendable (String) -> String

    /// Opens with thanks for the time and the opportunity.
    var opening: [Phrase]
    /// Names what this person discussed.
    var topicReference: [Phrase]
    /// Restates interest in the role and the company.
    var interest: [Phrase]
    /// Restates one or two strengths, tied to the conversation.
    var strengths: [Phrase]
    /// Introduces the candidate's added answer to a concern (followed by that answer).
    var concernLeadIn: [TopicPhrase]
    /// Raises a concern the candidate has no answer for yet.
    var concernOpen: [TopicPhrase]
    var promised: [Phrase]
    /// Asks about next steps, naming the decision date.
    var nextStepsWithDate: [Phrase]
    var nextSteps: [Phrase]
    /// Offers more information.
    var offer: [Phrase]

    static let variantCount = 6

    static func forTone(_ tone: Tone) -> ThankYouPhrases {
        switch tone {
        case .formal: return formal
        case .warm: return warm
        case .brief: return brief
        }
    }

    static let formal = ThankYouPhrases(
        opening: formalOpening,
        topicReference: formalTopicReference,
        interest: formalInterest,
        strengths: formalStrengths,
        concernLeadIn: formalConcernLeadIn,
        concernOpen: formalConcernOpen,
        promised: formalPromised,
        nextStepsWithDate: formalNextStepsWithDate,
        nextSteps: formalNextSteps,
        offer: formalOffer
    )

    private static let formalOpening: [Phrase] = [
        { "Thank you for taking the time to meet with me about the \($0.role) position at \($0.company)." },
        { "Thank you for the time you gave me during my interview for the \($0.role) position." },
        { "Thank you for the opportunity to interview for the \($0.role) role at \($0.company)." },
        { "Thank you for setting aside time to discuss the \($0.role) position with me." },
        { "Please accept my thanks for meeting with me about the \($0.role) opening at \($0.company)." },
        { "Thank you for your time and for the chance to learn more about the \($0.role) role." },
    ]

    private static let formalTopicReference: [Phrase] = [
        { "I particularly valued our discussion of \($0.topics)." },
        { "Your perspective on \($0.topics) gave me a clearer picture of the team's priorities." },
        { "Our conversation about \($0.topics) was especially useful to me." },
        { "I found your account of \($0.topics) both candid and informative." },
        { "Learning how your team approaches \($0.topics) was a highlight of the interview." },
        { "The points you raised about \($0.topics) have stayed with me since our meeting." },
    ]

    private static let formalInterest: [Phrase] = [
        { "The conversation confirmed my strong interest in the role and in \($0.company)." },
        { "I remain very interested in joining \($0.company) in this position." },
        { "I left the interview even more keen to contribute to the work at \($0.company)." },
        { "This is a role I would be glad to take on, and \($0.company) is where I hope to do it." },
        { _ in "My interest in the position has only grown since we spoke." },
        { "I would welcome the chance to bring my experience to \($0.company)." },
    ]

    private static let formalStrengths: [Phrase] = [
        { "Two things from my background fit closely with the work we discussed: \($0.strengths)." },
        { "I believe what I bring would serve the team well: \($0.strengths)." },
        { "From the first week, I would bring this experience to that work: \($0.strengths)." },
        { "The work we discussed draws directly on my own record: \($0.strengths)." },
        { "My track record matches the needs you described: \($0.strengths)." },
        { "I am confident these strengths would help the team deliver: \($0.strengths)." },
    ]

    private static let formalConcernLeadIn: [TopicPhrase] = [
        { "I would like to add to my answer about \($0)." },
        { "On reflection, my answer on \($0) left out an important point." },
        { "Regarding \($0), I can now give a fuller answer than I did during the interview." },
        { "I have thought further about your question on \($0)." },
        { "You asked about \($0), and I can add some useful detail." },
        { "Let me clarify one point about \($0)." },
    ]

    private static let formalConcernOpen: [TopicPhrase] = [
        { "I have given more thought to \($0) since we spoke and would welcome the chance to discuss it further." },
        { "I would be glad to return to \($0) in more depth at a later stage." },
        { "Should \($0) remain a question for you, I would appreciate the opportunity to address it." },
        { "I recognise that \($0) deserved a fuller answer, and I would be pleased to provide one." },
        { "If it would be useful, I can prepare a more complete response on \($0)." },
        { "I would value another opportunity to discuss \($0) with you." },
    ]

    private static let formalPromised: [Phrase] = [
        { "As promised, I have attached \($0.promised)." },
        { "Please find attached \($0.promised), as promised during our conversation." },
    ]

    private static let formalNextStepsWithDate: [Phrase] = [
        { "You mentioned a decision by \($0.decisionDate); could you let me know what the next steps are after that?" },
        { "I understand a decision is expected by \($0.decisionDate); is there a further step in the process before then?" },
        { "Could you tell me whether the timeline of a decision by \($0.decisionDate) still holds, and what the next steps look like?" },
        { "Since you expect to decide by \($0.decisionDate), may I ask what the remaining steps in the process are?" },
        { "Is there anything I should prepare for the next stage before the decision on \($0.decisionDate)?" },
        { "Would you let me know what the next steps are between now and the decision on \($0.decisionDate)?" },
    ]

    private static let formalNextSteps: [Phrase] = [
        { _ in "Could you tell me what the next steps are and when you expect to make a decision?" },
        { _ in "May I ask what the timeline for a decision looks like?" },
        { _ in "Could you share what the next stage of the process involves?" },
        { _ in "When do you expect to reach a decision, and is there a further step before then?" },
        { _ in "Would you let me know how the process will continue from here?" },
        { _ in "Is there a next step I should prepare for, and roughly when might it take place?" },
    ]

    private static let formalOffer: [Phrase] = [
        { _ in "Please let me know if I can provide any further information." },
        { _ in "I would be happy to send references or work samples if they would be useful." },
        { _ in "If any further detail would help your decision, I can provide it promptly." },
        { _ in "Should you need anything else from me, I am available at your convenience." },
        { _ in "I can share more about my previous projects whenever it would be helpful." },
        { _ in "Any additional documents you need are available on request." },
    ]

    static let warm = ThankYouPhrases(
        opening: warmOpening,
        topicReference: warmTopicReference,
        interest: warmInterest,
        strengths: warmStrengths,
        concernLeadIn: warmConcernLeadIn,
        concernOpen: warmConcernOpen,
        promised: warmPromised,
        nextStepsWithDate: warmNextStepsWithDate,
        nextSteps: warmNextSteps,
        offer: warmOffer
    )

    private static let warmOpening: [Phrase] = [
        { "Thank you so much for taking the time to talk with me about the \($0.role) role." },
        { "Thanks so much for meeting with me; I really enjoyed our conversation about the \($0.role) position." },
        { "Thank you for the warm welcome and for the chance to interview for the \($0.role) role at \($0.company)." },
        { "Thank you for making time to talk with me about joining \($0.company)." },
        { "Thank you for such a thoughtful conversation about the \($0.role) role." },
        { "It was a pleasure to meet you, and thank you for your time during my interview at \($0.company)." },
    ]

    private static let warmTopicReference: [Phrase] = [
        { "I especially enjoyed hearing about \($0.topics)." },
        { "What you shared about \($0.topics) made the work feel very real to me." },
        { "Our chat about \($0.topics) was a highlight of the day for me." },
        { "I've been thinking about what you said on \($0.topics) ever since." },
        { "It was great to hear how the team handles \($0.topics)." },
        { "Your stories about \($0.topics) gave me a real sense of how the team works." },
    ]

    private static let warmInterest: [Phrase] = [
        { "I came away even more excited about the role and about \($0.company)." },
        { "I'd love to be part of what you're building at \($0.company)." },
        { "The more I learn about \($0.company), the more I want to be part of it." },
        { _ in "I'm genuinely enthusiastic about the chance to join your team." },
        { _ in "It left me keen to help the team with that work." },
        { _ in "This is exactly the kind of role I've been hoping to find." },
    ]

    private static let warmStrengths: [Phrase] = [
        { "It feels like a natural fit for my own experience: \($0.strengths)." },
        { "I think my background would help me contribute quickly: \($0.strengths)." },
        { "Here is what I could bring to that work: \($0.strengths)." },
        { "I'd bring hands-on experience to those challenges: \($0.strengths)." },
        { "It connects well with my own work: \($0.strengths)." },
        { "I'm confident a couple of my strengths would be useful there: \($0.strengths)." },
    ]

    private static let warmConcernLeadIn: [TopicPhrase] = [
        { "I also wanted to add to my answer about \($0)." },
        { "Thinking back, I could have said more about \($0)." },
        { "Here's one more thought on \($0), since I don't think I answered it fully." },
        { "I've reflected on your question about \($0)." },
        { "On \($0), here is the fuller answer I meant to give." },
        { "About \($0), I'd like to fill in a gap from our conversation." },
    ]

    private static let warmConcernOpen: [TopicPhrase] = [
        { "I've been thinking more about \($0) and would be glad to talk it through further." },
        { "I'd welcome another chance to discuss \($0) with you." },
        { "If \($0) is still on your mind, I'd be happy to pick it up again." },
        { "I know \($0) deserved a fuller answer, and I'd like to give you one." },
        { "I'm happy to put together a clearer answer on \($0) if that helps." },
        { "I'd enjoy continuing our conversation about \($0)." },
    ]

    private static let warmPromised: [Phrase] = [
        { "As promised, I've attached \($0.promised)." },
        { "I've attached \($0.promised), as I said I would." },
    ]

    private static let warmNextStepsWithDate: [Phrase] = [
        { "You mentioned a decision around \($0.decisionDate); what are the next steps after that?" },
        { "I know you're aiming to decide by \($0.decisionDate); is there another step in the process before then?" },
        { "Could you let me know what the next steps look like ahead of your decision on \($0.decisionDate)?" },
        { "With a decision expected by \($0.decisionDate), what would the next step be?" },
        { "Is there anything I can prepare for the next stage before \($0.decisionDate)?" },
        { "Would you let me know how the next steps will unfold between now and \($0.decisionDate)?" },
    ]

    private static let warmNextSteps: [Phrase] = [
        { _ in "Could you let me know what the next steps are from here?" },
        { _ in "Do you have a sense of the timeline for a decision?" },
        { _ in "What does the next stage of the process look like?" },
        { _ in "When do you expect to decide, and is there another step before that?" },
        { _ in "Could you tell me how things will move forward from here?" },
        { _ in "Is there a next step I should get ready for?" },
    ]

    private static let warmOffer: [Phrase] = [
        { _ in "If it would help, I'm happy to send anything else you need." },
        { _ in "I'd be glad to share examples of my work if that would be useful." },
        { _ in "Please let me know if any more detail would help." },
        { _ in "I'm happy to answer any other questions you have." },
        { _ in "If you'd like references, I can send them right away." },
        { _ in "Feel free to reach out if you'd like to know more about my experience." },
    ]

    /// Brief folds the topic into the opening and the strengths into the interest line.
    static let brief = ThankYouPhrases(
        opening: briefOpening,
        topicReference: [],
        interest: briefInterest,
        strengths: briefStrengths,
        concernLeadIn: briefConcernLeadIn,
        concernOpen: briefConcernOpen,
        promised: briefPromised,
        nextStepsWithDate: briefNextStepsWithDate,
        nextSteps: briefNextSteps,
        offer: briefOffer
    )

    private static let briefOpening: [Phrase] = [
        { "Thanks for your time and for the discussion of \($0.topics)." },
        { "Thank you for talking with me about \($0.topics)." },
        { "Thanks for walking me through \($0.topics)." },
        { "Thanks for your time and your insight into \($0.topics)." },
        { "Thank you for the conversation, especially the part about \($0.topics)." },
        { "Thanks for meeting with me and for explaining \($0.topics)." },
    ]

    private static let briefInterest: [Phrase] = [
        { "I'm very interested in the \($0.role) role at \($0.company)." },
        { "The \($0.role) position at \($0.company) appeals to me a great deal." },
        { "I'm keen to join \($0.company) as \(ThankYouPhrases.article($0.role)) \($0.role)." },
        { "I'd welcome the chance to work with your team at \($0.company)." },
        { "My interest in the \($0.role) role is stronger than ever." },
        { "I'd be glad to bring my experience to the \($0.role) role." },
    ]

    private static let briefStrengths: [Phrase] = [
        { "My experience fits it well: \($0.strengths)." },
        { "My background suits the work: \($0.strengths)." },
        { "Useful from day one: \($0.strengths)." },
        { "That is where my experience helps most: \($0.strengths)." },
        { "I can put these skills to work quickly: \($0.strengths)." },
        { "Two strengths would be useful there: \($0.strengths)." },
    ]

    private static let briefConcernLeadIn: [TopicPhrase] = [
        { "I'd like to add to my answer on \($0)." },
        { "Here is a follow-up on \($0)." },
        { "On \($0), I can add one point." },
        { "I have more to say on \($0)." },
        { "I'd like to clarify my answer on \($0)." },
        { "Here is one more detail about \($0)." },
    ]

    private static let briefConcernOpen: [TopicPhrase] = [
        { "I'd be glad to discuss \($0) further." },
        { "I'm happy to revisit \($0) any time." },
        { "I can expand on \($0) if useful." },
        { "I'd welcome another word on \($0)." },
        { "I can send a fuller answer on \($0)." },
        { "I'm keen to return to \($0)." },
    ]

    private static let briefPromised: [Phrase] = [
        { "Attached is \($0.promised), as promised." },
        { "As promised, \($0.promised) is attached." },
    ]

    private static let briefNextStepsWithDate: [Phrase] = [
        { "What are the next steps before your decision on \($0.decisionDate)?" },
        { "Is there another step before the decision on \($0.decisionDate)?" },
        { "What comes next, ahead of the decision on \($0.decisionDate)?" },
        { "Could you share the next steps before \($0.decisionDate)?" },
        { "Is a further step planned before the \($0.decisionDate) decision?" },
        { "How will the process move toward the decision on \($0.decisionDate)?" },
    ]

    private static let briefNextSteps: [Phrase] = [
        { _ in "What are the next steps?" },
        { _ in "When do you expect a decision?" },
        { _ in "What is the timeline from here?" },
        { _ in "Could you share the next steps?" },
        { _ in "Is there another step in the process?" },
        { _ in "When might I hear about the next stage?" },
    ]

    private static let briefOffer: [Phrase] = [
        { _ in "I'm happy to send anything else you need." },
        { _ in "I can provide more detail on request." },
        { _ in "Let me know if more information would help." },
        { _ in "References are available whenever you need them." },
        { _ in "I'm glad to answer any further questions." },
        { _ in "I can send work samples if useful." },
    ]

    /// `a` or `an`, by the first letter's sound (a good guess, not a rule engine).
    static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
