/// The facts one thank-you sentence may use.
struct ThankYouFacts: Sendable {
    var company: String
    var role: String
    /// This interviewer's topics as a prose list of noun phrases; empty when none reads as one.
    var topics: String
}

/// The phrasing variants of each part of a thank-you, per tone: the coach's words, as data.
///
/// Every part has six variants; interviewer `i` uses variant `i % 6` (concern lead-ins are
/// offset by the concern's position), so drafts to up to six people at one company never share
/// a sentence, even when their topics and strengths are the same. Each frame says in its type
/// which shape of note it takes: a noun phrase (`topics`, a concern's subject), a clause with
/// its own subject (`clauseTopic`, `highlightClause`), or the candidate's strengths already
/// turned into "I …" clauses (`strengths`). The layout lives in the `thank-you` template.
struct ThankYouPhrases: Sendable {
    typealias Phrase = @Sendable (ThankYouFacts) -> String
    /// Takes a noun phrase, a clause or a prose list, already fit to go mid-sentence.
    typealias Slot = @Sendable (String) -> String

    /// Opens with thanks for the time and the opportunity.
    var opening: [Phrase]
    /// Brief only: an opening that names the topics (used when there are some).
    var openingWithTopics: [Phrase]
    /// Names what this person discussed (a list of noun phrases).
    var topicReference: [Phrase]
    /// Topics that are terms of the job ("the shift differential for nights"): explained, not
    /// enjoyed or valued.
    var termsTopic: [Slot]
    /// A question the interviewer asked, as a wh-clause ("how I would handle a no-show").
    var questionTopic: [Slot]
    /// A topic given as a statement ("headcount is frozen until March").
    var clauseTopic: [Slot]
    /// A highlight given as a clause ("we sketched a plan together").
    var highlightClause: [Slot]
    /// A highlight given as a noun phrase ("the tour of the ward").
    var highlightNoun: [Slot]
    /// Something found in common ("we both grew up in Cork"): no moment, a discovery.
    var sharedHighlight: [Slot]
    /// Something the candidate got to do, as an action in its base form ("do the roleplay in
    /// Hindi", "walk the floor with you"): thanks for the chance, not a moment about oneself.
    var highlightAction: [Slot]
    /// Restates interest in the role and the company.
    var interest: [Phrase]
    /// Leads into the strengths, given as "I …" clauses: "{lead} I built X, and I bring Y."
    var strengths: [Slot]
    /// Introduces the candidate's added answer to a concern (followed by that answer).
    var concernLeadIn: [Slot]
    /// The same, when the concern can't be named cleanly ("one of my answers").
    var concernLeadInGeneral: [String]
    /// Raises a concern the candidate has no answer for yet.
    var concernOpen: [Slot]
    /// Looks forward to a decision the interviewer named ("Friday 20 November" or "Friday,
    /// November 20"): nothing the notes already say is asked again.
    var awaitingDecision: [Slot]
    /// Looks forward to the next step the interviewer described.
    var awaitingNextStep: [String]
    /// Looks forward to the next step the notes name ("the second interview with the CTO").
    var awaitingNamedStep: [Slot]
    /// Asks about next steps, when the notes don't say what they are.
    var nextSteps: [String]
    /// Offers more information.
    var offer: [String]
    /// Subject lines; the composer gives each interviewer a different one.
    var subjects: [Phrase]
    /// Sign-offs, one per interviewer in turn, unless the candidate set their own.
    var signOffs: [String]

    static let variantCount = 6

    static func forTone(_ tone: Tone) -> ThankYouPhrases {
        switch tone {
        case .formal: return formal
        case .warm: return warm
        case .brief: return brief
        }
    }

    static let formal = ThankYouPhrases(
        opening: [
            { "Thank you for taking the time to meet with me about the \($0.role) position at \($0.company)." },
            { "Thank you for the time you gave me during my interview for the \($0.role) position." },
            { "Thank you for the opportunity to interview for the \($0.role) role at \($0.company)." },
            { "Thank you for setting aside time to discuss the \($0.role) position with me." },
            { "Please accept my thanks for meeting with me about the \($0.role) opening at \($0.company)." },
            { "Thank you for your time and for the chance to learn more about the \($0.role) role." },
        ],
        openingWithTopics: [],
        topicReference: [
            { "I particularly valued our discussion of \($0.topics)." },
            { "Our conversation about \($0.topics) gave me a clearer picture of the role." },
            { "Our discussion of \($0.topics) was especially useful to me." },
            { "I found our exchange on \($0.topics) both candid and informative." },
            { "Learning about \($0.topics) was a highlight of the interview." },
            { "What you said about \($0.topics) has stayed with me since our meeting." },
        ],
        termsTopic: [
            { "I also appreciated your clear explanation of \($0)." },
            { "Your explanation of \($0) was also very helpful." },
        ],
        questionTopic: [
            { "I appreciated your question about \($0)." },
            { "I was glad to have the chance to answer your question about \($0)." },
        ],
        clauseTopic: [
            { "It was also helpful to learn that \($0)." },
            { "I found it useful to hear that \($0)." },
            { "I appreciated learning that \($0)." },
        ],
        highlightClause: [
            { "I also appreciated the moment when \($0)." },
            { "One part of our meeting stood out for me: \($0)." },
            { "I especially appreciated the point in our conversation when \($0)." },
        ],
        highlightNoun: [
            { "I also appreciated \($0)." },
            { "I especially appreciated \($0)." },
            { "I found \($0) especially worthwhile." },
        ],
        sharedHighlight: [
            { "I was also pleased to discover that \($0)." },
            { "It was a pleasure to find that \($0)." },
        ],
        highlightAction: [
            { "I also appreciated the opportunity to \($0)." },
            { "I was grateful for the chance to \($0)." },
            { "I valued the opportunity to \($0)." },
        ],
        interest: [
            { "The conversation confirmed my strong interest in the role and in \($0.company)." },
            { "I remain very interested in joining \($0.company) in this position." },
            { "I left the interview even more keen to contribute to the work at \($0.company)." },
            { "This is a role I would be glad to take on, and \($0.company) is where I hope to do it." },
            { _ in "My interest in the position has only grown since we spoke." },
            { "I would welcome the chance to bring my experience to \($0.company)." },
        ],
        strengths: [
            { "My background fits closely with the work we discussed: \($0)." },
            { "I believe my experience would serve the team well: \($0)." },
            { "I could be useful from the first week: \($0)." },
            { "The work we discussed draws directly on my own record: \($0)." },
            { "My track record matches the needs you described: \($0)." },
            { "I am confident my experience would help the team deliver: \($0)." },
        ],
        concernLeadIn: [
            { "I would like to add to my answer about \($0)." },
            { "On reflection, my answer on \($0) left out an important point." },
            { "Regarding \($0), I can now give a fuller answer than I did during the interview." },
            { "I have thought further about your question on \($0)." },
            { "You asked about \($0), and I can add some useful detail." },
            { "Let me clarify one point about \($0)." },
        ],
        concernLeadInGeneral: [
            "I would also like to add to one of my answers.",
            "On reflection, one of my answers left out an important point.",
            "I can now give a fuller answer to one of your questions.",
            "I have thought further about one of your questions.",
            "I would like to add some detail to one of my answers.",
            "Let me clarify one point from our conversation.",
        ],
        concernOpen: [
            { "I have given more thought to \($0) since we spoke and would welcome the chance to discuss it further." },
            { "I would be glad to return to \($0) in more depth at a later stage." },
            { "Should \($0) remain a question for you, I would appreciate the opportunity to address it." },
            { "I recognise that \($0) deserved a fuller answer, and I would be pleased to provide one." },
            { "If it would be useful, I can prepare a more complete response on \($0)." },
            { "I would value another opportunity to discuss \($0) with you." },
        ],
        awaitingDecision: [
            { "I look forward to hearing from you about the decision by \($0)." },
            { "I understand a decision is expected by \($0), and I look forward to hearing from you." },
            { "I look forward to your decision, which I understand is due by \($0)." },
            { "It was helpful to learn that you expect to decide by \($0); I look forward to hearing from you." },
            { "I note that a decision is expected by \($0) and look forward to hearing from you then." },
            { "I look forward to hearing your decision by \($0)." },
        ],
        awaitingNextStep: [
            "I look forward to the next stage of the process.",
            "I look forward to hearing from you about the next steps.",
            "It was helpful to hear about the next steps, and I look forward to hearing from you.",
            "I look forward to hearing how the process continues.",
            "I look forward to the next step and to hearing from you.",
            "I look forward to hearing from you in due course.",
        ],
        awaitingNamedStep: [
            { "I look forward to the next step, \($0)." },
            { "It was helpful to hear about the next step; I look forward to \($0)." },
            { "I look forward to \($0) and to hearing from you." },
        ],
        nextSteps: [
            "Could you tell me what the next steps are and when you expect to make a decision?",
            "May I ask what the timeline for a decision looks like?",
            "Could you share what the next stage of the process involves?",
            "When do you expect to reach a decision, and is there a further step before then?",
            "Would you let me know how the process will continue from here?",
            "Is there a next step I should prepare for, and roughly when might it take place?",
        ],
        offer: [
            "Please let me know if I can provide any further information.",
            "I would be happy to send anything further that would be useful.",
            "If any further detail would help your decision, I can provide it promptly.",
            "Should you need anything else from me, I am available at your convenience.",
            "I can share more about my previous projects whenever it would be helpful.",
            "Any additional documents you need are available on request.",
        ],
        subjects: [
            { "Thank you: \($0.role) interview" },
            { "With thanks: \($0.role) position at \($0.company)" },
            { "Thank you for your time: \($0.role) interview" },
            { "\($0.role) interview: thank you" },
            { "Thank you for meeting with me: \($0.role) position" },
            { "Following our \($0.role) interview: thank you" },
        ],
        signOffs: ["Kind regards,", "Best regards,", "With thanks,", "Yours sincerely,"]
    )

    static let warm = ThankYouPhrases(
        opening: [
            { "Thank you so much for taking the time to talk with me about the \($0.role) role." },
            { "Thanks so much for meeting with me; I really enjoyed our conversation about the \($0.role) position." },
            { "Thank you for the warm welcome and for the chance to interview for the \($0.role) role at \($0.company)." },
            { "Thank you for making time to talk with me about joining \($0.company)." },
            { "Thank you for such a thoughtful conversation about the \($0.role) role." },
            { "It was a pleasure to meet you, and thank you for your time during my interview at \($0.company)." },
        ],
        openingWithTopics: [],
        topicReference: [
            { "I especially enjoyed hearing about \($0.topics)." },
            { "What you shared about \($0.topics) made the work feel very real to me." },
            { "I enjoyed our chat about \($0.topics)." },
            { "I've been thinking about what you said on \($0.topics) ever since." },
            { "It was great to talk through \($0.topics) with you." },
            { "Hearing about \($0.topics) gave me a real sense of how the team works." },
        ],
        termsTopic: [
            { "It was helpful to hear about \($0), too." },
            { "I appreciated you explaining \($0)." },
        ],
        questionTopic: [
            { "I enjoyed your question about \($0)." },
            { "Your question about \($0) has stayed with me." },
        ],
        clauseTopic: [
            { "It was also helpful to hear that \($0)." },
            { "I appreciated hearing that \($0)." },
            { "It helped to hear that \($0)." },
        ],
        highlightClause: [
            { "One moment that stayed with me was when \($0)." },
            { "I especially enjoyed the part where \($0)." },
            { "A real highlight for me was when \($0)." },
        ],
        highlightNoun: [
            { "I really enjoyed \($0)." },
            { "A real highlight for me was \($0)." },
            { "I especially liked \($0)." },
        ],
        sharedHighlight: [
            { "It was lovely to find out that \($0)." },
            { "I loved finding out that \($0)." },
        ],
        highlightAction: [
            { "I really enjoyed the chance to \($0)." },
            { "It was great to get the chance to \($0)." },
            { "I loved getting to \($0)." },
        ],
        interest: [
            { "I came away even more excited about the role and about \($0.company)." },
            { "I'd love to be part of what you're building at \($0.company)." },
            { "The more I learn about \($0.company), the more I want to be part of it." },
            { _ in "I'm genuinely enthusiastic about the chance to join your team." },
            { _ in "It left me keen to help the team with that work." },
            { _ in "This is exactly the kind of role I've been hoping to find." },
        ],
        strengths: [
            { "It feels like a natural fit for my own experience: \($0)." },
            { "I think my background would help me contribute quickly: \($0)." },
            { "Here is what I could offer: \($0)." },
            { "I have hands-on experience with those challenges: \($0)." },
            { "It connects well with my own work: \($0)." },
            { "I'm confident my experience would be useful there: \($0)." },
        ],
        concernLeadIn: [
            { "I also wanted to add to my answer about \($0)." },
            { "Thinking back, I could have said more about \($0)." },
            { "Here's one more thought on \($0), since I don't think I answered it fully." },
            { "I've reflected on your question about \($0)." },
            { "On \($0), here is the fuller answer I meant to give." },
            { "About \($0), there's one more thing I'd like to add." },
        ],
        concernLeadInGeneral: [
            "I also wanted to add to one of my answers.",
            "Thinking back, I could have said more in one of my answers.",
            "Here's one more thought, since I don't think I answered everything fully.",
            "I've reflected on one of your questions.",
            "Here is a fuller answer to one of your questions.",
            "I'd like to fill in a gap from our conversation.",
        ],
        concernOpen: [
            { "I've been thinking more about \($0) and would be glad to talk it through further." },
            { "I'd welcome another chance to discuss \($0) with you." },
            { "If \($0) is still on your mind, I'd be happy to pick it up again." },
            { "I know \($0) deserved a fuller answer, and I'd like to give you one." },
            { "I'm happy to put together a clearer answer on \($0) if that helps." },
            { "I'd enjoy continuing our conversation about \($0)." },
        ],
        awaitingDecision: [
            { "I know you're hoping to decide by \($0), and I look forward to hearing from you." },
            { "It was good to hear you expect to decide by \($0); I'm looking forward to hearing from you." },
            { "I'm looking forward to hearing from you about the decision by \($0)." },
            { "It's good to know the timeline; I look forward to hearing from you by \($0)." },
            { "I'm looking forward to your decision by \($0)." },
            { "I'll look forward to hearing from you by \($0)." },
        ],
        awaitingNextStep: [
            "I'm looking forward to the next step.",
            "It was good to hear what happens next, and I look forward to hearing from you.",
            "I look forward to hearing from you about the next stage.",
            "I'm looking forward to hearing how things move forward.",
            "I'm excited about the next step and look forward to hearing from you.",
            "I'll look forward to hearing from you soon.",
        ],
        awaitingNamedStep: [
            { "I'm looking forward to the next step, \($0)." },
            { "It was good to hear what happens next; I'm looking forward to \($0)." },
            { "I'm excited about \($0) and look forward to hearing from you." },
        ],
        nextSteps: [
            "Could you let me know what the next steps are from here?",
            "Do you have a sense of the timeline for a decision?",
            "Could you tell me what the next stage of the process looks like?",
            "When do you expect to decide, and is there another step before that?",
            "Could you tell me how things will move forward from here?",
            "Is there a next step I should get ready for?",
        ],
        offer: [
            "If it would help, I'm happy to send anything else you need.",
            "I'd be glad to share anything else that would be useful.",
            "Please let me know if any more detail would help.",
            "I'm happy to answer any other questions you have.",
            "If anything else would be useful, I can send it right away.",
            "Feel free to reach out if you'd like to know more about my experience.",
        ],
        subjects: [
            { "Thank you for the \($0.role) conversation" },
            { "Thanks for meeting with me about the \($0.role) role" },
            { "Thank you from the \($0.role) interview" },
            { "Great to meet you: \($0.role) interview" },
            { "Thanks for your time at \($0.company)" },
            { "Thank you for a great conversation at \($0.company)" },
        ],
        signOffs: ["Best wishes,", "Warm regards,", "All the best,", "With thanks,"]
    )

    /// Brief folds the topic into the opening and the strengths into the interest line.
    static let brief = ThankYouPhrases(
        opening: [
            { "Thanks for your time and for the chance to interview for the \($0.role) role." },
            { "Thank you for talking with me about the \($0.role) role." },
            { "Thanks for meeting with me about the \($0.role) position." },
            { "Thanks for your time and your insight into the \($0.role) role." },
            { "Thank you for the conversation about the \($0.role) role." },
            { "Thanks for meeting with me at \($0.company)." },
        ],
        openingWithTopics: [
            { "Thanks for your time and for the discussion of \($0.topics)." },
            { "Thank you for talking with me about \($0.topics)." },
            { "Thanks for walking me through \($0.topics)." },
            { "Thanks for your time and your insight into \($0.topics)." },
            { "Thank you for the conversation, especially the part about \($0.topics)." },
            { "Thanks for meeting with me and for explaining \($0.topics)." },
        ],
        topicReference: [],
        termsTopic: [
            { "It was helpful to hear about \($0)." },
            { "It was useful to hear about \($0)." },
        ],
        questionTopic: [
            { "Thanks for the question about \($0)." },
            { "I liked your question about \($0)." },
        ],
        clauseTopic: [
            { "It was helpful to hear that \($0)." },
            { "It was useful to learn that \($0)." },
            { "It was good to know that \($0)." },
        ],
        highlightClause: [
            { "I enjoyed the moment when \($0)." },
            { "I liked the part where \($0)." },
        ],
        highlightNoun: [
            { "I enjoyed \($0)." },
            { "I especially liked \($0)." },
        ],
        sharedHighlight: [
            { "It was nice to find that \($0)." },
            { "It was good to learn that \($0)." },
        ],
        highlightAction: [
            { "It was great to get the chance to \($0)." },
            { "I enjoyed the chance to \($0)." },
        ],
        interest: [
            { "I'm very interested in the \($0.role) role at \($0.company)." },
            { "The \($0.role) position at \($0.company) appeals to me a great deal." },
            { "I'm keen to join \($0.company) as \(ThankYouPhrases.article($0.role)) \($0.role)." },
            { "I'd welcome the chance to work with your team at \($0.company)." },
            { "My interest in the \($0.role) role is stronger than ever." },
            { "I'd be glad to bring my experience to the \($0.role) role." },
        ],
        strengths: [
            { "My experience fits it well: \($0)." },
            { "My background suits the work: \($0)." },
            { "I can help from day one: \($0)." },
            { "That is where my experience helps most: \($0)." },
            { "I can contribute quickly: \($0)." },
            { "Here is what I would bring: \($0)." },
        ],
        concernLeadIn: [
            { "I'd like to add to my answer on \($0)." },
            { "Here is a follow-up on \($0)." },
            { "On \($0), I can add one point." },
            { "I have more to say on \($0)." },
            { "I'd like to clarify my answer on \($0)." },
            { "Here is one more detail about \($0)." },
        ],
        concernLeadInGeneral: [
            "I'd like to add to one of my answers.",
            "A follow-up on one of my answers:",
            "One point to add:",
            "I have one more thing to add.",
            "I'd like to clarify one answer.",
            "One more detail:",
        ],
        concernOpen: [
            { "I'd be glad to say more about \($0)." },
            { "I'm happy to talk more about \($0) any time." },
            { "I can expand on \($0) if useful." },
            { "I'd welcome another word on \($0)." },
            { "I can send a fuller answer on \($0)." },
            { "I'm keen to return to \($0)." },
        ],
        awaitingDecision: [
            { "I look forward to hearing from you by \($0)." },
            { "I'll look out for your decision by \($0)." },
            { "I look forward to your decision by \($0)." },
            { "I'll keep an eye out for your decision by \($0)." },
            { "I understand you'll decide by \($0); I look forward to hearing from you." },
            { "Good to know the timeline; I'll look out for news by \($0)." },
        ],
        awaitingNextStep: [
            "I look forward to the next step.",
            "I look forward to hearing from you.",
            "Good to know the next steps.",
            "I look forward to the next stage.",
            "I look forward to hearing what comes next.",
            "I look forward to hearing from you soon.",
        ],
        awaitingNamedStep: [
            { "Looking forward to the next step, \($0)." },
            { "I look forward to \($0) and to hearing from you." },
        ],
        nextSteps: [
            "What are the next steps?",
            "When do you expect a decision?",
            "What is the timeline from here?",
            "Could you share the next steps?",
            "Is there another step in the process?",
            "When might I hear about the next stage?",
        ],
        offer: [
            "I'm happy to send anything else you need.",
            "I can provide more detail on request.",
            "Let me know if more information would help.",
            "I'm glad to answer any further questions.",
            "I can send more detail if useful.",
            "Happy to share anything else that would help.",
        ],
        subjects: [
            { "Thanks: \($0.role) interview" },
            { "\($0.role) interview: thank you" },
            { "Thank you: \($0.role) role" },
            { "Thanks for your time: \($0.role)" },
            { "\($0.role) role: thanks" },
            { "Thanks from the \($0.role) interview" },
        ],
        signOffs: ["Best,", "Thanks,", "Regards,", "All the best,"]
    )

    /// `a` or `an`, by the first letter's sound (a good guess, not a rule engine).
    static func article(_ word: String) -> String {
        // "a 309A licence", "an 8-week course", "an 11-plus": a number is read as said.
        let digits = word.prefix(while: \.isNumber)
        if !digits.isEmpty { return digits.hasPrefix("8") || ["11", "18"].contains(digits) ? "an" : "a" }
        // "msc", "jcu": typed in lowercase, but written (and read) as the acronym they are.
        let letters = (NameCapitals.acronym(word) ?? word).filter(\.isLetter)
        guard let first = letters.lowercased().first else { return "a" }
        // An acronym is read letter by letter: "an SMSTS card", "an MSc", "a CSCS card".
        if letters.count >= 2, letters.filter(\.isUppercase).count >= 2 { return "aefhilmnorsx".contains(first) ? "an" : "a" }
        // "a university", "a one-off", "an hour", "an honours degree".
        if ["uni", "use", "usu", "one", "eur"].contains(where: letters.lowercased().hasPrefix) { return "a" }
        if ["hour", "honour", "honor", "honest"].contains(where: letters.lowercased().hasPrefix) { return "an" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
