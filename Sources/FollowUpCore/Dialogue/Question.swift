/// One question of the guided session. Loops carry the index of the interviewer or concern.
///
/// Not `Codable`: a session file names questions as `FollowUpStorage` spells them, so renaming a
/// case here changes nothing on disk.
public enum Question: Hashable, Sendable {
    case company
    case role
    case interviewDate
    case format
    case round
    case interviewerNames
    case interviewerTitle(Int)
    case interviewerEmail(Int)
    case interviewerAddress(Int)
    case interviewerTopics(Int)
    case highlights
    case strengths
    /// The concern loop: `concern(n)` where `n` equals the number of concerns so far asks for another.
    case concern(Int)
    case concernResponse(Int)
    case promised
    case decisionDate
    /// Asked only when no decision date was given.
    case nextSteps
    case recruiter
    case tone
    case signOff
    case candidateEmail
    /// The summary and the last chance to change something before the files are written.
    case review

    /// The key of this question's words in `CoachScript`.
    public var scriptKey: String {
        switch self {
        case .company: return "company"
        case .role: return "role"
        case .interviewDate: return "date"
        case .format: return "format"
        case .round: return "round"
        case .interviewerNames: return "interviewers"
        case .interviewerTitle: return "title"
        case .interviewerEmail: return "email"
        case .interviewerAddress: return "address"
        case .interviewerTopics: return "topics"
        case .highlights: return "highlights"
        case .strengths: return "strengths"
        case .concern: return "concern"
        case .concernResponse: return "response"
        case .promised: return "promised"
        case .decisionDate: return "decision"
        case .nextSteps: return "nextsteps"
        case .recruiter: return "recruiter"
        case .tone: return "tone"
        case .signOff: return "name"
        case .candidateEmail: return "myemail"
        case .review: return "review"
        }
    }

    /// Required questions cannot be skipped: the plan or the drafts cannot be written without them.
    public var isRequired: Bool {
        switch self {
        case .company, .role, .interviewDate, .interviewerNames, .interviewerTopics, .signOff, .review: return true
        default: return false
        }
    }
}
