/// What each interviewer's thank-you carries: their topics, the strengths to restate, the
/// concerns to answer, and the promised material.
///
/// The plan and the drafts both read this, so the plan's "what" line names exactly what the
/// draft says. Strengths rotate so that neighbours lead with different ones; each concern goes
/// to the interviewer whose topics share a word with it, otherwise to whoever has the fewest.
struct InterviewLoop: Sendable {
    struct Member: Sendable {
        var index: Int
        var person: Interviewer
        /// Up to two cleaned topics.
        var topics: [String]
        /// One or two strengths.
        var strengths: [String]
        var concerns: [Concern]
        /// Promised material goes with the first thank-you only.
        var promised: [String]
    }

    var members: [Member]

    /// Who receives process questions (the check-ins, the rejection reply): the recruiter
    /// when there is one, otherwise the first interviewer.
    var processContact: Recipient
    /// The name part of the process contact's greeting, in the answers' tone.
    var processGreetingName: String

    init(_ answers: Answers) {
        let people =
            answers.interviewers.isEmpty
            ? [Interviewer(name: "Hiring team", addressAs: "hiring team")]
            : answers.interviewers
        let strengths = answers.strengths.map(Prose.fragment).filter { !$0.isEmpty }
        let promised = answers.promised.map(Prose.fragment).filter { !$0.isEmpty }

        var concernsFor = Array(repeating: [Concern](), count: people.count)
        for concern in answers.concerns where !Prose.fragment(concern.topic).isEmpty {
            let words = InterviewLoop.keyWords(concern.topic)
            let matching = people.indices.first { i in
                !words.isDisjoint(with: InterviewLoop.keyWords(people[i].topics.joined(separator: " ")))
                    && concernsFor[i].count < 2
            }
            let fewest = people.indices.min { concernsFor[$0].count < concernsFor[$1].count } ?? 0
            concernsFor[matching ?? fewest].append(concern)
        }

        members = people.enumerated().map { i, person in
            var own: [String] = []
            if !strengths.isEmpty {
                own.append(strengths[i % strengths.count])
                if strengths.count > 1 { own.append(strengths[(i + 1) % strengths.count]) }
            }
            return Member(
                index: i,
                person: person,
                topics: Array(person.topics.map(Prose.fragment).filter { !$0.isEmpty }.prefix(2)),
                strengths: own,
                concerns: concernsFor[i],
                promised: i == 0 ? promised : []
            )
        }

        if let recruiter = answers.recruiter, !Prose.fragment(recruiter.name).isEmpty {
            processContact = Recipient(name: recruiter.name, email: recruiter.email)
            processGreetingName = recruiter.personName.greetingName(tone: answers.tone)
        } else {
            let first = people[0]
            processContact = Recipient(name: first.name, email: first.email)
            processGreetingName = first.greetingName(tone: answers.tone)
        }
    }

    /// Lowercased words of four letters or more: enough to match "API design" with "API design review".
    static func keyWords(_ text: String) -> Set<String> {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return Set(words.filter { $0.count >= 4 }.map(String.init))
    }
}
