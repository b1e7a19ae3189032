/// Short connection notes, longest first: the composer takes the first that fits 300 characters.
enum NetworkingNotes {
    static func candidates(index: Int, topic: String?, company: String, tone: Tone) -> [String] {
        let v = index % 6
        var notes: [String] = []
        if let topic {
            let withTopic = [
                "Thank you for our conversation about \(topic). I'd be glad to stay in touch and follow the team's work at \(company).",
                "I enjoyed talking with you about \(topic) during my interview at \(company). I'd like to keep in touch.",
                "Thanks again for your time and your thoughts on \(topic). I'd value staying connected, whatever comes next.",
                "It was a pleasure to discuss \(topic) with you. I'd be glad to keep in touch and learn from your work at \(company).",
                "Our conversation about \(topic) stayed with me. I'd welcome the chance to stay connected.",
                "Thank you for sharing your view on \(topic) during my interview at \(company). I'd like to keep in touch.",
            ]
            notes.append(withTopic[v])
        }
        let withoutTopic = [
            "Thank you for meeting with me at \(company). I'd be glad to stay in touch.",
            "I enjoyed our conversation during my interview at \(company) and would like to keep in touch.",
            "Thanks again for your time at \(company). I'd value staying connected.",
            "It was a pleasure to meet you at \(company). I'd be glad to keep in touch.",
            "Thank you for the interview at \(company). I'd welcome the chance to stay connected.",
            "I appreciated your time during my \(company) interview and would like to keep in touch.",
        ]
        notes.append(withoutTopic[v])
        notes.append("Thank you for the interview. I'd be glad to stay in touch.")
        guard tone == .formal else { return notes }
        return notes.map { $0.replacingOccurrences(of: "I'd", with: "I would").replacingOccurrences(of: "Thanks again", with: "Thank you again") }
    }
}
