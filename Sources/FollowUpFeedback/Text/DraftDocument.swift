import Foundation

/// What a body line is for: only prose lines are read as sentences.
public enum LineRole: Hashable, Sendable {
    case blank
    /// "Dear Ana," — the salutation.
    case greeting
    case prose
    /// "Best regards," and similar.
    case signOff
    /// Everything after the sign-off: name, title, phone.
    case signature
    /// Quoted earlier mail (`> …`) or a Markdown code block.
    case quoted
}

/// One word of the draft, located in the joined body text.
public struct DraftWord: Hashable, Sendable {
    public var text: String
    /// UTF-16 range in `DraftDocument.body`.
    public var range: NSRange
    public var lineIndex: Int
    /// First word of a sentence (or of a greeting or list item).
    public var startsSentence: Bool
    public var isProse: Bool
}

/// A sentence of prose: a range of `DraftDocument.words`.
public struct DraftSentence: Hashable, Sendable {
    public var words: Range<Int>
    /// UTF-16 range in the body, from the first word to the closing punctuation.
    public var range: NSRange
}

/// A paragraph of prose: consecutive non-blank prose lines.
public struct DraftParagraph: Hashable, Sendable {
    public var lines: ClosedRange<Int>
    public var words: Range<Int>
    public var sentences: Range<Int>
    public var range: NSRange
}

/// A draft read once for all rules: line roles, words, sentences, paragraphs, and the mapping
/// from offsets in the joined body back to file positions.
public struct DraftDocument: Sendable {
    public let draft: Draft
    public let kind: MessageKind
    /// The body lines joined with `\n`.
    public let body: String
    public let roles: [LineRole]
    public let words: [DraftWord]
    public let sentences: [DraftSentence]
    public let paragraphs: [DraftParagraph]
    let lineStarts: [Int]
    /// For each line that is not plain ASCII (or holds a "\r"): the number of characters that
    /// start before each UTF-16 offset of the line, so that a position is found without a walk
    /// along the line (one walk per finding made long lines quadratic); nil for the other lines,
    /// where a character is a UTF-16 unit.
    let charactersBeforeUnit: [[Int32]?]
    /// The length of `body` in UTF-16 units.
    let bodyLength: Int
    /// `isProse(line:)` for every line, worked out once.
    let proseLines: [Bool]
    /// The body as the pattern pre-filter reads it.
    let foldedBody: FoldedText
    /// Words of prose only.
    public let proseWords: [DraftWord]
    /// The prose, lowercased, for "does it mention X anywhere" checks.
    public let proseText: String
    /// The greeting line's name part (`GreetingName.namePart`), worked out once: two rules ask.
    private(set) var greetingName: (range: NSRange, name: String)?

    public init(draft: Draft, kind: MessageKind? = nil) {
        self.draft = draft
        body = draft.lines.map(\.text).joined(separator: "\n")
        var starts: [Int] = []
        var offset = 0
        for line in draft.lines {
            starts.append(offset)
            offset += line.text.utf16.count + 1
        }
        lineStarts = starts
        let foldedBody = FoldedText(body)
        self.foldedBody = foldedBody
        // An ASCII body without "\r" (nearly always) has no line to map.
        charactersBeforeUnit =
            foldedBody.ascii && foldedBody.bytes?.contains(0x0D) == false
            ? Array(repeating: nil, count: draft.lines.count) : draft.lines.map { DraftDocument.charactersBeforeUnit(in: $0.text) }
        bodyLength = max(0, offset - 1)
        let roles = DraftDocument.classify(draft.lines.map(\.text))
        self.roles = roles
        let analysis = DraftDocument.analyze(
            body: body, units: foldedBody.units.text(lowercased: false), lines: draft.lines.map(\.text), lineStarts: starts, roles: roles)
        words = analysis.words
        sentences = analysis.sentences
        paragraphs = analysis.paragraphs
        let proseLines = draft.lines.indices.map { index in
            switch roles[index] {
            case .prose: return true
            case .greeting: return TextScanner.words(in: draft.lines[index].text).count > 5
            default: return false
            }
        }
        self.proseLines = proseLines
        proseWords = analysis.words.filter(\.isProse)
        proseText = draft.lines.indices.filter { proseLines[$0] }.map { draft.lines[$0].text }.joined(separator: "\n")
        self.kind = kind ?? DraftDocument.guessKind(subject: draft.subject?.text ?? "", body: body, foldedBody: foldedBody)
        greetingName = GreetingName.namePart(in: self)
    }

    // MARK: - Positions

    /// The line index holding UTF-16 offset `offset` of the body.
    func lineIndex(ofOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    /// The file position of UTF-16 offset `offset` in the body.
    public func position(ofOffset offset: Int) -> SourcePosition {
        guard !draft.lines.isEmpty else { return SourcePosition(line: 1, column: 1) }
        let index = lineIndex(ofOffset: offset)
        let line = draft.lines[index]
        let target = offset - lineStarts[index]
        // An ASCII line without "\r" (which joins a "\n" into one character): one UTF-16 unit a
        // character. (A mark after the offset joins the character that starts before it, which
        // the map counts once.)
        if target <= 0 { return line.position(atCharacter: 0) }
        guard let map = charactersBeforeUnit[index] else { return line.position(atCharacter: min(target, line.text.utf8.count)) }
        return line.position(atCharacter: Int(map[min(target, map.count - 1)]))
    }

    /// `charactersBeforeUnit` for one line: nil when every character is one ASCII byte.
    static func charactersBeforeUnit(in text: String) -> [Int32]? {
        var bytes = text
        if bytes.withUTF8({ !$0.contains { $0 >= 0x80 || $0 == 0x0D } }) { return nil }
        var map: [Int32] = [0]
        map.reserveCapacity(text.utf16.count + 1)
        var characters: Int32 = 0
        for character in text {
            characters += 1
            for _ in character.utf16 { map.append(characters) }
        }
        return map
    }

    /// The text of a body range.
    ///
    /// Sliced from the Swift string (an ASCII body byte by byte): NSString would transcode the
    /// slice from UTF-16. A range that splits a character's UTF-16 pair is left to NSString.
    public func text(_ range: NSRange) -> String {
        guard range.location >= 0, range.length >= 0, range.location + range.length <= bodyLength else {
            return (body as NSString).substring(with: range)
        }
        if foldedBody.ascii {
            let utf8 = body.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.location)
            return String(decoding: utf8[start..<utf8.index(start, offsetBy: range.length)], as: UTF8.self)
        }
        // Anything else is sliced from its UTF-8 too, found from the UTF-16 offset of each byte
        // (`String.Index(utf16Offset:)` walked the string's UTF-16 view): each end of the range
        // is the first byte that starts a character there, if one does.
        let utf16 = foldedBody.units.utf16Offsets()
        var body = body
        let text: String? = body.withUTF8 { bytes in
            func byteOffset(_ unit: Int) -> Int? {
                var low = 0
                var high = bytes.count
                while low < high {
                    let mid = (low + high) / 2
                    if Int(utf16[mid]) < unit { low = mid + 1 } else { high = mid }
                }
                while low < bytes.count, bytes[low] & 0xC0 == 0x80 { low += 1 }
                return Int(utf16[low]) == unit ? low : nil
            }
            guard let start = byteOffset(range.location), let end = byteOffset(range.location + range.length) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        // A range that splits a pair of UTF-16 units.
        return text ?? (body as NSString).substring(with: range)
    }

    /// The whole non-blank extent of line `index` (leading and trailing spaces excluded).
    public func range(ofLine index: Int) -> NSRange {
        var text = draft.lines[index].text
        // An ASCII line (nearly always) is read byte by byte: a byte is a character.
        let ascii: NSRange? = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }
            let leading = bytes.prefix(while: isWhitespace).count
            let trailing = leading == bytes.count ? 0 : bytes.reversed().prefix(while: isWhitespace).count
            return NSRange(location: lineStarts[index] + leading, length: bytes.count - leading - trailing)
        }
        if let ascii { return ascii }
        let leading = text.prefix(while: \.isWhitespace).utf16.count
        let trailing = String(text.reversed().prefix(while: \.isWhitespace)).utf16.count
        let length = max(0, text.utf16.count - leading - trailing)
        return NSRange(location: lineStarts[index] + leading, length: length)
    }

    /// Builds a finding for a range of the body with the rule's default severity.
    public func finding(
        _ rule: some FeedbackRule, at range: NSRange, message: String, suggestions: [String] = []
    ) -> Finding {
        Finding(
            rule: rule.id, severity: rule.defaultSeverity, message: message, explanation: rule.explanation,
            start: position(ofOffset: range.location), end: position(ofOffset: range.location + range.length),
            suggestions: suggestions, excerpt: text(range))
    }

    /// Builds a finding for characters `range` of the subject line.
    public func subjectFinding(
        _ rule: some FeedbackRule, characters range: Range<Int>? = nil, message: String, suggestions: [String] = []
    ) -> Finding? {
        guard let subject = draft.subject else { return nil }
        let span = range ?? 0..<subject.text.count
        let excerpt = String(subject.text.dropFirst(span.lowerBound).prefix(span.count))
        return Finding(
            rule: rule.id, severity: rule.defaultSeverity, message: message, explanation: rule.explanation,
            start: subject.position(atCharacter: span.lowerBound), end: subject.position(atCharacter: span.upperBound),
            suggestions: suggestions, excerpt: excerpt)
    }

    // MARK: - Regions

    /// True when the line is read as prose (a greeting that runs on into a sentence counts).
    public func isProse(line index: Int) -> Bool { proseLines[index] }

    /// Matches of `pattern` that start on a prose line.
    public func proseMatches(_ pattern: Pattern) -> [NSRange] {
        pattern.matches(in: body, folded: foldedBody).filter { isProse(line: lineIndex(ofOffset: $0.location)) }
    }

    /// The index of the greeting line, if any.
    public var greetingLine: Int? { roles.firstIndex(of: .greeting) }
    /// The index of the sign-off line, if any.
    public var signOffLine: Int? { roles.firstIndex(of: .signOff) }

    /// Where a finding about the message as a whole points: the greeting, else the first line.
    public var openingRange: NSRange {
        if let line = greetingLine ?? roles.firstIndex(where: { $0 != .blank && $0 != .quoted }) {
            return range(ofLine: line)
        }
        return NSRange(location: 0, length: 0)
    }

    /// Where a finding about something missing near the end points: the last prose line.
    public var closingRange: NSRange {
        if let line = roles.indices.last(where: { isProse(line: $0) }) { return range(ofLine: line) }
        return openingRange
    }

}

extension DraftDocument {
    static let greeting = Pattern(
        "^\\s*(dear|hi|hello|hey|heya|hiya|yo|howdy|sup|greetings|good (morning|afternoon|evening)|to whom it may concern|what's up)\\b")
    static let signOff = Pattern(
        "^\\s*(best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|sincerely|sincerely yours|yours sincerely|yours truly|respectfully|thanks|thank you|thanks again|thank you again|many thanks|with thanks|with gratitude|gratefully|cheers|all the best|talk soon|warmly|love|xoxo|take care)\\s*[,.!]?\\s*$"
    )
    static let listItem = Pattern("^\\s*([-*•]|\\d+[.)])\\s+")
    static let checkInSignals = Pattern(
        "\\b(checking in|check in on|any (update|news)|an update on|update on|status of|following up on|follow up on|heard back|have not heard|haven't heard|last week|weeks ago|one last (time|note)|still (very )?interested)\\b"
    )
    static let thankYouSignals = Pattern(
        "\\bthank(s| you)( so much| very much)? for (taking|meeting|speaking|talking|arranging|coordinating|the time|the (warm )?welcome|(the|our|today's|yesterday's) (interview|conversation|chance|opportunity)|your time (today|yesterday|this))"
    )

    static let rejectionSignals = Pattern(
        "\\b(thank(s| you) for letting me know|sorry to hear|(I'm|I am) disappointed|went with another|another candidate|other candidates?|not (be )?moving forward|decided to go (in )?(another|a different) direction (with|for) (the|this) role)\\b"
    )
    static let networkingSignals = Pattern(
        "\\b((keep|stay|staying) in touch|staying connected|stay connected|connect(ing)? (on|via) linkedin)\\b")
    /// A subject that starts "Connecting…" is a networking note too.
    static let connectingSubject = Pattern("^connecting\\b")
    static let questionOrNextSteps = Pattern("\\?|\\b(next steps?|decision|timeline)\\b")

    /// Guesses what kind of message the text is from its wording.
    static func guessKind(subject: String, body: String, foldedBody: FoldedText? = nil) -> MessageKind {
        let foldedBody = foldedBody ?? FoldedText(body)
        let foldedSubject = FoldedText(subject)
        var joined: (text: String, folded: FoldedText)?
        /// `pattern.matches(subject + "\n" + body)`; a pattern that matches within lines is
        /// tried on each part, the folded body being at hand.
        func inSubjectOrBody(_ pattern: Pattern) -> Bool {
            if pattern.withinLines {
                return pattern.matches(subject, folded: foldedSubject) || pattern.matches(body, folded: foldedBody)
            }
            if joined == nil {
                let text = subject + "\n" + body
                joined = (text, FoldedText(text))
            }
            guard let joined else { return false }
            return pattern.matches(joined.text, folded: joined.folded)
        }
        if inSubjectOrBody(rejectionSignals) { return .rejectionReply }
        if inSubjectOrBody(checkInSignals) && !inSubjectOrBody(thankYouSignals) { return .checkIn }
        if inSubjectOrBody(networkingSignals) || connectingSubject.matches(subject, folded: foldedSubject),
            !questionOrNextSteps.matches(body, folded: foldedBody)
        {
            return .networking
        }
        return .thankYou
    }

    /// True when `pattern` matches the prose text (`pattern.matches(proseText)`). A pattern
    /// that matches within lines is run on the body's prose lines instead: the same lines.
    public func proseTextMatches(_ pattern: Pattern) -> Bool {
        guard pattern.withinLines, pattern.required != nil, foldedBody.bytes != nil else { return pattern.matches(proseText) }
        // The stretches it is run on lie within lines ("\n" is one of its separators). They are
        // tried from the end, where a follow-up mostly offers more and asks about the next
        // steps: the answer is the same in any order, and found sooner.
        return pattern.matches(body, folded: foldedBody, lastFirst: true) { isProse(line: lineIndex(ofOffset: $0.location)) }
    }

    /// `line.trimmingCharacters(in: .whitespaces)`, with a fast path for ASCII lines.
    static func trimmedWhitespace(_ line: String) -> String {
        guard ASCIIByte.isASCII(line) else { return line.trimmingCharacters(in: .whitespaces) }
        let bytes = line.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        guard let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        return String(line[first...last])
    }

    static func classify(_ lines: [String]) -> [LineRole] {
        var roles: [LineRole] = []
        var inFence = false
        for line in lines {
            let trimmed = trimmedWhitespace(line)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                roles.append(.quoted)
            } else if inFence || trimmed.hasPrefix(">") {
                roles.append(.quoted)
            } else if trimmed.isEmpty {
                roles.append(.blank)
            } else {
                roles.append(.prose)
            }
        }
        if let first = roles.firstIndex(of: .prose), greeting.matches(lines[first]) {
            roles[first] = .greeting
        }
        // The sign-off: a short closing line among the last few non-blank lines.
        let tail = roles.indices.filter { roles[$0] == .prose }.suffix(6)
        if let signOffIndex = tail.last(where: { signOff.matches(lines[$0]) }) {
            roles[signOffIndex] = .signOff
            for index in (signOffIndex + 1)..<roles.count where roles[index] == .prose { roles[index] = .signature }
        } else if let dashes = roles.indices.first(where: { lines[$0] == "-- " || lines[$0] == "--" }) {
            for index in dashes..<roles.count where roles[index] != .blank { roles[index] = .signature }
        }
        return roles
    }

    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "e", "i", "g", "no", "approx",
    ]

    /// Words, sentences and paragraphs of `body`, the draft's `lines` joined with "\n", whose
    /// UTF-16 is `units` (read directly: NSString access to a Swift string is slow on Linux);
    /// `lineStarts` are the UTF-16 offsets of the lines in it. (A line decoded from
    /// quoted-printable may hold a "\r" of its own: the lines, not a split of the body, say where
    /// each line is.)
    static func analyze(body: String, units: [UInt16], lines lineTexts: [String], lineStarts: [Int], roles: [LineRole])
        -> (words: [DraftWord], sentences: [DraftSentence], paragraphs: [DraftParagraph])
    {
        let ns = body as NSString
        // Worked out once a line: 0 not yet, 1 prose, 2 not prose.
        var proseCache = [UInt8](repeating: 0, count: roles.count)
        func prose(_ line: Int) -> Bool {
            if proseCache[line] != 0 { return proseCache[line] == 1 }
            let verdict = roles[line] == .prose || (roles[line] == .greeting && TextScanner.words(in: lineTexts[line]).count > 5)
            proseCache[line] = verdict ? 1 : 2
            return verdict
        }
        var words: [DraftWord] = []
        // Words come in order: the line of each is found by moving forward from the last one's.
        var line = 0
        TextScanner.scan(body) { range, text in
            while line + 1 < lineStarts.count, lineStarts[line + 1] <= range.location { line += 1 }
            words.append(
                DraftWord(text: text, range: range, lineIndex: line, startsSentence: false, isProse: prose(line)))
        }
        var sentences: [DraftSentence] = []
        var paragraphs: [DraftParagraph] = []
        var index = 0
        let terminal = CharacterSet(charactersIn: ".!?")
        while index < words.count {
            guard words[index].isProse else {
                if index == 0 || words[index - 1].lineIndex != words[index].lineIndex { words[index].startsSentence = true }
                index += 1
                continue
            }
            // One paragraph: prose words until a blank or non-prose line intervenes.
            let paragraphStart = index
            let sentenceStart = sentences.count
            var sentenceFirst = index
            // Brackets opened since the sentence's first word and not yet closed: a "!" or "?"
            // that such a bracket closes around ("the tour (the garden is lovely!) and the team")
            // is the bracket's, not the end of the sentence.
            var openBrackets = 0
            while index < words.count, words[index].isProse {
                let next = index + 1
                let current = words[index]
                var endsParagraph = next >= words.count || !words[next].isProse
                if !endsParagraph {
                    let between = words[next].lineIndex - current.lineIndex
                    if between > 1 { endsParagraph = (current.lineIndex + 1..<words[next].lineIndex).contains { !prose($0) } }
                }
                var endsSentence = endsParagraph
                var gapEnd = current.range.location + current.range.length
                if !endsParagraph {
                    let gapRange = NSRange(location: gapEnd, length: words[next].range.location - gapEnd)
                    // An ASCII gap (nearly always) is searched directly; anything else as before.
                    let gapUnits = units[gapRange.location..<(gapRange.location + gapRange.length)]
                    // What the gap holds, found in one pass over an ASCII gap (nearly always).
                    var hasQuestion = false, hasExclamation = false, hasDot = false, hasNewline = false, hasColonNewline = false
                    // "… attached my portfolio. [attach your portfolio] I look forward …": a
                    // placeholder that stands after its sentence, which ends there.
                    var closesPlaceholder = false
                    var asciiGap = true
                    var previousUnit: UInt16 = 0
                    // A "!" or "?" inside an open bracket, until a closing bracket follows it.
                    var markInBrackets = false
                    // "!" and "?" outside brackets, those a closing quote follows ("“what a view!”"),
                    // and the run of them just read.
                    var marks = 0, quotedMarks = 0, markRun = 0
                    for unit in gapUnits {
                        if unit != 0x3F && unit != 0x21 {
                            if markRun > 0, unit == 0x201D || unit == 0x2019 || unit == 0x22 || unit == 0x27 { quotedMarks += markRun }
                            markRun = 0
                        }
                        switch unit {
                        case 0x3F, 0x21:
                            if openBrackets > 0 {
                                markInBrackets = true
                            } else {
                                marks += 1
                                markRun += 1
                                if unit == 0x3F { hasQuestion = true } else { hasExclamation = true }
                            }
                        case 0x28, 0x5B: openBrackets += 1
                        case 0x29, 0x5D:
                            if unit == 0x5D { closesPlaceholder = true }
                            if openBrackets > 0 {
                                openBrackets -= 1
                                markInBrackets = false
                            }
                        case 0x2E: hasDot = true
                        case 0x0A:
                            hasNewline = true
                            if previousUnit == 0x3A { hasColonNewline = true }
                        default: if unit >= 0x80 { asciiGap = false }
                        }
                        previousUnit = unit
                    }
                    // One with no closing bracket after it ends the sentence, as anywhere else.
                    if markInBrackets { hasExclamation = true }
                    // A quotation ending in "!" or "?" that the sentence goes on after, in lowercase
                    // ("I thought “what a view!” and the team laughed"), does not end it.
                    if marks > 0, quotedMarks == marks, !markInBrackets, words[next].text.first?.isLowercase == true {
                        hasQuestion = false
                        hasExclamation = false
                    }
                    if !asciiGap {
                        let slowGap = ns.substring(with: gapRange)
                        hasDot = slowGap.contains(".")
                        hasNewline = slowGap.contains("\n")
                        hasColonNewline = slowGap.contains(":\n")
                        closesPlaceholder = slowGap.contains("]")
                    }
                    func nextStartsUpper() -> Bool {
                        words[next].text.first.map { $0.isUppercase || $0.isNumber } ?? false
                    }
                    if hasQuestion || hasExclamation {
                        endsSentence = true
                    } else if hasDot, nextStartsUpper(),
                        !abbreviations.contains(current.text.lowercased()) || hasNewline
                    {
                        endsSentence = true
                    } else if hasNewline, listItem.matches(lineTexts[words[next].lineIndex]) {
                        endsSentence = true
                    } else if hasColonNewline || closesPlaceholder && nextStartsUpper() {
                        endsSentence = true
                    }
                }
                if endsSentence {
                    // Include closing punctuation in the sentence range.
                    let tailLimit = endsParagraph ? units.count : words[next].range.location
                    while gapEnd < tailLimit, let scalar = UnicodeScalar(units[gapEnd]),
                        terminal.contains(scalar) || "\"')”’".unicodeScalars.contains(scalar)
                    {
                        gapEnd += 1
                    }
                    words[sentenceFirst].startsSentence = true
                    let location = words[sentenceFirst].range.location
                    sentences.append(
                        DraftSentence(words: sentenceFirst..<next, range: NSRange(location: location, length: gapEnd - location)))
                    sentenceFirst = next
                    openBrackets = 0
                }
                index = next
                if endsParagraph { break }
            }
            let first = words[paragraphStart]
            let last = sentences.last?.range ?? first.range
            paragraphs.append(
                DraftParagraph(
                    lines: first.lineIndex...words[index - 1].lineIndex, words: paragraphStart..<index,
                    sentences: sentenceStart..<sentences.count,
                    range: NSRange(location: first.range.location, length: last.location + last.length - first.range.location)))
        }
        return (words, sentences, paragraphs)
    }
}
