import Foundation

/// What a candidate would otherwise type in every session: their name, email, phone, sign-off,
/// tone, locale and country. Kept in `config.yaml` (FollowUpStorage's `UserConfig`) as top-level
/// keys, each checked as the session checks the same answer. A session does not ask what these
/// already say (`questionsAnswered`).
public struct CandidateSettings: Equatable, Sendable {
    public var name: String?
    public var email: String?
    public var phone: String?
    public var signOff: String?
    public var tone: Tone?
    public var locale: String?
    /// A two-letter country code (`GB`), as `--country` takes it.
    public var country: String?

    public init() {}

    /// The keys in `config.yaml`, in the order `followup config` shows them.
    public static let keys = ["name", "email", "phone", "sign_off", "tone", "locale", "country"]

    /// Why a value was refused, and what to write instead.
    public struct Problem: Error, Equatable, Sendable {
        public let message: String
    }

    /// The value of `key` as written in the file, or nil when it is not set.
    public func value(of key: String) -> String? {
        switch key {
        case "name": return name
        case "email": return email
        case "phone": return phone
        case "sign_off": return signOff
        case "tone": return tone?.rawValue
        case "locale": return locale
        case "country": return country
        default: return nil
        }
    }

    /// Checks `text` for `key` and keeps it; an empty text unsets it.
    public mutating func set(_ key: String, to raw: String) -> Result<Void, Problem> {
        let text = UntrustedText.cleaned(raw).trimmingCharacters(in: .whitespaces)
        let value: String? = text.isEmpty ? nil : text
        switch key {
        case "name":
            if let value, value.count > 80 || !value.contains(where: \.isLetter) {
                return .failure(Problem(message: "give the name you sign with, e.g. Maya Chen (80 characters at most)."))
            }
            name = value.map(PersonName.written)
        case "email":
            if let value {
                let address = EmailAddress.stripped(value)
                if let problem = EmailAddress.problem(with: address) {
                    return .failure(Problem(message: "'\(value.prefix(80))' isn't a usable address. \(problem)"))
                }
                email = address
            } else {
                email = nil
            }
        case "phone":
            if let value, value.count > 40 || !value.contains(where: \.isNumber) {
                return .failure(Problem(message: "give a phone number as you'd write it, e.g. +44 7700 900123 (40 characters at most)."))
            }
            phone = value
        case "sign_off":
            if let value, value.count > 80 || !value.contains(where: \.isLetter) {
                return .failure(Problem(message: "give the closing line, e.g. Kind regards, (80 characters at most)."))
            }
            signOff = value
        case "tone":
            guard let value else { tone = nil; break }
            guard let chosen = Tone(rawValue: value.lowercased()) else {
                return .failure(Problem(message: "'\(value)' is not a tone; say formal, warm or brief."))
            }
            tone = chosen
        case "locale":
            if let value, DateStyle(locale: value) == nil {
                return .failure(Problem(message: "'\(value)' is not a locale; say one such as en_US or en_GB."))
            }
            locale = value
        case "country":
            guard let value else { country = nil; break }
            guard let code = PublicHolidays.code(for: value) else {
                return .failure(Problem(message: PublicHolidays.Problem.unknown(value).message))
            }
            country = code
        default:
            return .failure(Problem(message: "no setting is called '\(key)'; the settings are \(Self.keys.joined(separator: ", "))."))
        }
        return .success(())
    }

    /// The session's questions a setting can answer.
    public static let questions: Set<Question> = [.signOff, .candidateEmail, .tone]

    /// The session's questions these settings answer: a new session skips them, shows their
    /// values in the summary, and `/edit` changes them.
    public var questionsAnswered: Set<Question> {
        var questions: Set<Question> = []
        if name != nil { questions.insert(.signOff) }
        if email != nil { questions.insert(.candidateEmail) }
        if tone != nil { questions.insert(.tone) }
        return questions
    }

    /// A new session's answers with these settings filled in (answers of its own are kept).
    public func defaults(for answers: Answers) -> Answers {
        var a = answers
        if a.candidate.name.isEmpty, let name { a.candidate.name = name }
        if a.candidate.email == nil { a.candidate.email = email }
        if a.candidate.phone == nil { a.candidate.phone = phone }
        if a.candidate.signOff == nil { a.candidate.signOff = signOff }
        if let tone { a.tone = tone }
        return a
    }
}
