import FollowUpCore

extension AnswersFile {
    /// The answers as an answers file that `decode` reads back to equal `Answers`.
    ///
    /// Every text value is double-quoted, so nothing a person typed ("yes", "2026", "a: b") can turn
    /// into another YAML type. Lists are always written (empty ones as `[]`) so the file shows
    /// every key there is to fill; absent optional values are left out.
    public static func encodeYAML(_ answers: Answers) -> String {
        var out = YAMLWriter()
        out.line("# followup answers file: edit it, then run `followup plan --answers FILE --out DIR`.")
        out.line("candidate:")
        out.field("name", quoted(answers.candidate.name), indent: 1)
        out.optional("email", answers.candidate.email, indent: 1)
        out.optional("phone", answers.candidate.phone, indent: 1)

        out.line("interview:")
        out.field("company", quoted(answers.interview.company), indent: 1)
        out.field("role", quoted(answers.interview.role), indent: 1)
        if let date = answers.interview.date { out.field("date", date.iso8601, indent: 1) }
        out.optional("timezone", answers.interview.timezone, indent: 1)
        if let format = answers.interview.format { out.field("format", format.rawValue, indent: 1) }
        if let round = answers.interview.round { out.field("round", round.rawValue, indent: 1) }

        out.records("interviewers", answers.interviewers) { out, person in
            out.line("  - name: \(quoted(person.name))")
            out.optional("title", person.title, indent: 2)
            out.optional("email", person.email, indent: 2)
            out.optional("address_as", person.addressAs, indent: 2)
            out.list("topics", person.topics, indent: 2)
        }
        out.list("highlights", answers.highlights, indent: 0)
        out.list("strengths", answers.strengths, indent: 0)
        out.records("concerns", answers.concerns) { out, concern in
            out.line("  - topic: \(quoted(concern.topic))")
            out.optional("response", concern.response, indent: 2)
            out.optional("raised_by", concern.raisedBy, indent: 2)
        }
        out.list("promised", answers.promised, indent: 0)
        if let decision = answers.decisionDate { out.field("decision_date", decision.iso8601, indent: 0) }
        out.optional("next_steps", answers.nextSteps, indent: 0)
        if let recruiter = answers.recruiter {
            out.line("recruiter:")
            out.field("name", quoted(recruiter.name), indent: 1)
            out.optional("email", recruiter.email, indent: 1)
        }
        out.field("tone", answers.tone.rawValue, indent: 0)
        out.optional("locale", answers.locale, indent: 0)
        out.optional("country", answers.country, indent: 0)
        return out.text
    }

    /// A YAML double-quoted scalar: backslash, quote and every control or invisible line-breaking
    /// character escaped; other Unicode kept as is.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) {
                    out += "\\x" + MIMEHeaderEncoding.hexByte(UInt8(v))
                } else if v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0x85 {
                    out += "\\u" + String(v, radix: 16, uppercase: true).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// Accumulates indented YAML lines (two spaces per level, `\n` line ends).
private struct YAMLWriter {
    var text = ""

    mutating func line(_ content: String) {
        text += content + "\n"
    }

    mutating func field(_ key: String, _ rendered: String, indent: Int) {
        line(String(repeating: "  ", count: indent) + "\(key): \(rendered)")
    }

    mutating func optional(_ key: String, _ value: String?, indent: Int) {
        if let value { field(key, AnswersFile.quoted(value), indent: indent) }
    }

    mutating func list(_ key: String, _ items: [String], indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        records(key, items, indent: indent) { out, item in out.line(pad + "  - " + AnswersFile.quoted(item)) }
    }

    /// `key: []`, or `key:` followed by what `write` puts down for each item.
    mutating func records<Item>(_ key: String, _ items: [Item], indent: Int = 0, _ write: (inout YAMLWriter, Item) -> Void) {
        let pad = String(repeating: "  ", count: indent)
        guard !items.isEmpty else {
            line(pad + "\(key): []")
            return
        }
        line(pad + "\(key):")
        for item in items { write(&self, item) }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
