/// The coach's words: every question, its hint and the reason it matters.
///
/// Kept as data in one place so the wording can be read and improved without touching the
/// state machine. `{name}`, `{default}`, `{company}`, `{role}` and `{n}` are filled in when asked.
public enum CoachScript {
    /// What the coach says about one question.
    public struct Entry: Sendable {
        /// The question itself, one line.
        public let ask: String
        /// A short hint on the expected form of the answer.
        public let hint: String
        /// Why the question matters, shown by `/help`.
        public let why: String
        /// Why a required question cannot be skipped.
        public let whyRequired: String?

        init(ask: String, hint: String, why: String, whyRequired: String? = nil) {
            self.ask = ask
            self.hint = hint
            self.why = why
            self.whyRequired = whyRequired
        }
    }

    /// The first words of a new session, with how many questions it will ask (17, fewer when
    /// the settings answer some).
    public static func welcome(questions: Int) -> String {
        """
        Let's turn that interview into a follow-up plan and a note for each interviewer, while it's fresh.
        About \(questions) short questions (a few more for each extra interviewer); /help explains any of them, /back goes back, /quit saves and stops.
        """
    }

    public static let entries: [String: Entry] = [
        "company": Entry(
            ask: "Which company did you interview with?",
            hint: "e.g. Acme Robotics",
            why: "Every message names the company, and the plan is filed under it so you can find it next week.",
            whyRequired: "I can't address a follow-up without knowing the company."),
        "role": Entry(
            ask: "What role was it for?",
            hint: "e.g. Senior Backend Engineer",
            why: "The subject line names the role: a recruiter hiring for several positions sees at once which one you mean.",
            whyRequired: "The subject line of every draft names the role, so I need it."),
        "date": Entry(
            ask: "When was the interview?",
            hint: "today, yesterday, 2026-11-20, Nov 20 or 20 Nov 2026",
            why: "The thank-you should go out within a day of the interview, and every later check-in is counted from this date.",
            whyRequired: "Every date in the plan is counted from the interview, so I need it."),
        "format": Entry(
            ask: "How was it held: phone, video, on-site or panel?",
            hint: "phone, video, on-site or panel; Enter to skip",
            why: "A panel means several people to thank; an on-site visit gives you things you saw to mention."),
        "round": Entry(
            ask: "Which round was it: screening, first, second, third or final?",
            hint: "screening, first, second, third or final; Enter to skip",
            why: "After a final round the decision is usually close, so the check-ins come sooner and matter more."),
        "interviewers": Entry(
            ask: "Who interviewed you? Give me every name.",
            hint: "names separated by commas, e.g. Ana Pérez, Bob Li",
            why: "Each person gets their own note. People on one loop compare what they received, so the notes must differ.",
            whyRequired: "A thank-you needs someone to thank: give at least one name (a recruiter counts)."),
        "title": Entry(
            ask: "What is {name}'s title or role?",
            hint: "e.g. Engineering Manager; Enter to skip",
            why: "Knowing their role lets the note speak to what they care about, and gets their title right."),
        "email": Entry(
            ask: "{name}'s email address, if you have it?",
            hint: "e.g. ana@acme.com; Enter to skip",
            why: "With an address, the draft opens in your mail client ready to send. Without one you can still copy the text."),
        "address": Entry(
            ask: "How should the note greet {name}?",
            hint: "Enter for '{default}', or e.g. 'Dr. Pérez' if they were formal",
            why: "Use the name they introduced themselves with. When in doubt, a title and surname is never wrong."),
        "topics": Entry(
            ask: "What did {name} talk about or care about most?",
            hint: "one or more topics separated by ';', e.g. the data migration; on-call load",
            why: "A note that mentions what this person actually said is the difference between a thank-you that is read and one that is skimmed.",
            whyRequired: "Without something {name} said, the note would be generic, and generic notes are the ones that get ignored. One topic is enough."),
        "highlights": Entry(
            ask: "What stood out: a moment that went well, a shared interest, something you learned about the team?",
            hint: "separate several with ';'; Enter to skip",
            why: "A concrete moment from the conversation makes the note yours and shows you were listening."),
        "strengths": Entry(
            ask: "Which two or three of your strengths fit what they need?",
            hint: "separate with ';', e.g. led a Postgres migration; mentoring juniors",
            why: "The note briefly restates why you fit, tied to what they told you they need. Two or three points, no more."),
        "concern": Entry(
            ask: "Was there a question you answered weakly, or a doubt they hinted at?",
            hint: "one at a time, as a topic, e.g. my Terraform experience; Enter when there are no more",
            why: "A follow-up is your chance to add the example you missed or clear up a misunderstanding. Naming it calmly beats hoping it was forgotten."),
        "response": Entry(
            ask: "What would you add now about '{concern}'?",
            hint: "a sentence or two; Enter to skip",
            why: "One short, concrete addition (an example, a number, a link) answers the doubt better than an apology."),
        "promised": Entry(
            ask: "Did you promise to send anything: a portfolio, references, a code sample?",
            hint: "separate with ';'; Enter if nothing",
            why: "Sending what you promised, on time, is proof you follow through. It goes with the thank-you or by the date you gave."),
        "decision": Entry(
            ask: "Did they say when they would decide?",
            hint: "a date or what they said: Dec 4, Friday, end of next week, in two weeks; Enter if they didn't say",
            why: "The first check-in is timed from it: a day or two after that date passes without news."),
        "nextsteps": Entry(
            ask: "What did they say would happen next?",
            hint: "e.g. 'a take-home exercise', 'the hiring manager will call'; Enter to skip",
            why: "Without a date, the check-in goes out about two weeks after the interview; knowing the next step lets the note ask about it precisely."),
        "recruiter": Entry(
            ask: "Is there a recruiter or coordinator to thank as well?",
            hint: "name and address, e.g. Sam Lee <sam@acme.com>; Enter if none",
            why: "The person who organised the day deserves a short thank-you too, and is usually the one who knows the timeline."),
        "tone": Entry(
            ask: "Which tone fits this company: formal, warm or brief?",
            hint: "formal, warm or brief; Enter for warm",
            why: "Formal suits banks, law and public bodies; warm suits most teams; brief suits busy people who said they prefer short notes."),
        "name": Entry(
            ask: "How do you sign your messages?",
            hint: "e.g. Maya Chen",
            why: "The sign-off closes every draft; use the name they know you by.",
            whyRequired: "Every draft ends with your name."),
        "myemail": Entry(
            ask: "Your email address, for the drafts' From line?",
            hint: "Enter to skip",
            why: "With it, the drafts open in your mail client with the sender already filled in."),
        "review": Entry(
            ask: "Write the plan and the drafts now?",
            hint: "Enter or yes to write them; /edit <field> to change something first",
            why: "Check the names and dates once: a wrong name in a thank-you undoes the point of sending it.",
            whyRequired: "This is the last step: answer yes to write the files, or /quit to stop and finish later."),
    ]

    /// The address question's hint when the name does not say which part is the given name
    /// (a name in a CJK script, "Wei Zhang Li"): ask plainly, offer nothing.
    public static let addressHintWhenUnsure =
        "I can't tell the given name from the family name here: type it as it should follow 'Dear' or 'Hi', e.g. 'Dr. Li' or 'Lei'"

    /// The entry for a question; every question has one (checked by the tests).
    public static func entry(for question: Question) -> Entry {
        entries[question.scriptKey] ?? Entry(ask: question.scriptKey, hint: "", why: "")
    }

    /// What the coach says about the conversation itself (commands, refusals, acknowledgements).
    public enum Remark {
        public static let finished = "This session is finished: its files were written."
        public static let nothingBefore = "This is the first question; there is nothing before it."
        public static let neededForThePlan = "This question is needed for the plan."
        public static let cannotSkip = "This one can't be skipped."
        public static let removed = "Removed."
        public static let skipped = "Skipped."
        public static let editing = "Changing it now; afterwards we carry on where you were."
        public static let saved = "Saved. Every answer is saved as you go, too."
        public static let requiredMissing = "One required answer is still missing."
        public static let answerYes = "Answer yes to write the files, or use /edit <field> to change an answer first."
        public static let anotherConcern = "Anything else they seemed unsure about, or that you'd like to clarify?"
        public static let previewHint = "That is how it will read. Carry on, or /back to say it differently."

        /// Said at the start of a session whose settings answer some questions, so the
        /// candidate knows what will not be asked: "From your settings: signed Maya Chen, …".
        public static func fromSettings(_ settings: CandidateSettings) -> String? {
            var parts: [String] = []
            var fields: [String] = []
            if let name = settings.name {
                parts.append("signed \(settings.signOff.map { $0 + " " } ?? "")\(name)")
                fields.append("/edit name")
            }
            if let email = settings.email {
                parts.append("your email \(email)")
                fields.append("/edit myemail")
            }
            if let tone = settings.tone {
                parts.append("a \(tone.rawValue) tone")
                fields.append("/edit tone")
            }
            guard !parts.isEmpty else { return nil }
            return "From your settings (followup config): \(parts.joined(separator: ", ")). Not asked again; "
                + "\(fields.joined(separator: ", ")) changes them for this session."
        }
        /// Asked when part of an answer could not become a clean sentence.
        /// The answer is put on the line to change; Enter as it is keeps it, and that part stays out.
        public static let sayItAgain = "Could you say that part another way, as the note above suggests? Your answer is on the line to change."
        /// Lowercase words no list knows, written as typed.
        public static func asTyped(_ words: [String]) -> String {
            let quoted = words.map { "'\($0)'" }
            let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " and " + (quoted.last ?? "")
            return
                "\(list) \(words.count == 1 ? "is" : "are") written as you typed \(words.count == 1 ? "it" : "them"), in lowercase: no word list here knows \(words.count == 1 ? "it" : "them"). A name? Type it with its capitals."
        }
        public static let whoRaisedAgain = "Who raised it? Your answer is on the line: put their name in front, or press Enter to keep it as it is."
        /// A concern among several interviewers that names none of them.
        public static func whoRaised(names: [String], guess: String, topic: String) -> String {
            let choices = names.count == 2 ? names.joined(separator: " or ") : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
            return
                "Who raised it: \(choices)? Their note is where it belongs; as it is, it goes to \(guess), as a guess. Put their name in front to say ('\(names[names.count > 1 ? 1 : 0]): \(topic)')."
        }
        public static let unsaidHint = "Carry on (it stays out of the notes), or /back to say it differently."
        public static let concernUnsaidHint = "Say what you would add now at the next question, or /back to say what it was about."
        public static func unsaid(_ what: String) -> String { "Not written yet: \(what)" }
        /// The sentence an unwritten answer would go into, to finish after /back.
        public static func finish(_ frame: String) -> String {
            "It would go here: “\(frame)” Type /back and give just what fills the “…”."
        }
        /// A highlight that speaks of "he" or "she" among several people without naming one.
        public static func unplaced(_ highlight: String) -> String {
            "'\(highlight)' says 'he' or 'she' but names none of the interviewers. Start it with the interviewer's name ('Name: …') to put it in their note."
        }

        /// The decision date as understood, with how an expression was read and what it counts from.
        public static func notedDecision(_ date: LocalDate, phrase: String?, saidOn: LocalDate?) -> String {
            guard var phrase else { return "Noted: \(date.readable)." }
            if let saidOn {
                let interview = "the interview on \(saidOn.readable)"
                phrase =
                    phrase.contains(saidOn.readable)
                    ? phrase.replacingOccurrences(of: saidOn.readable, with: interview) : "\(phrase), counted from \(interview)"
            }
            return "Noted: \(date.readable) (\(phrase)). If they meant another day, type it instead with /edit decision."
        }

        /// An interview before a weekend or a holiday: the next working morning is on time.
        public static func thankYouOnTimeAfterDaysOff(interview: LocalDate, due: LocalDate, daysAgo: Int) -> String {
            "Noted: \(interview.readable), \(daysAgo) days ago. With the days off in between, a thank-you on \(due.readable) is on time."
        }

        // Answers piped or scripted (standard input not a terminal): said on standard error.
        public static func refusedLine(_ line: Int, reason: String, question: String) -> String {
            "line \(line): \(reason) (the question was: \(question))"
        }
        public static func strictStop(sessionID: String) -> String {
            "Stopped there; no plan or draft was written. The answers before that line are saved: fix the line and run again, "
                + "or send the rest with `followup resume \(sessionID) < rest.txt`."
        }
        public static func inputEnded(afterLine line: Int, question: String, sessionID: String) -> String {
            "the input ended after line \(line), before the plan was written, at the question: \(question) "
                + "No plan or draft was written; the answers so far are saved. Send the rest with `followup resume \(sessionID) < rest.txt`."
        }

        public static let lineCancelled = "(Line cancelled. Same question again; Ctrl-C on an empty line stops and saves.)"
        public static let stoppedAndSaved = "Everything you typed is saved. Pick up where you left off with:"
        public static let stoppedWithNothing = "Nothing was answered yet, so no session is kept. Run followup again when you're ready."

        /// Said when the candidate declines to resume: what becomes of the old session.
        public static func oldSessionKept(label: String) -> String {
            "Starting a new session. The unfinished one (\(label)) is kept; carry on with it, or delete it, with:"
        }
        public static let written = "Done. Your plan and drafts are written to:"
        public static let whatNext =
            "Start with plan.md: it says what to send, to whom and by when. `followup open ID STEP` opens a draft in your mail program, `followup drafts ID` puts them in your Drafts folder; reminders.ics adds the dates to your calendar."

        public static func couldNotWrite(_ reason: String) -> String { "The files could not be written: \(reason)" }

        /// Piped input, when the files could not be written: no line was wrong, the folder was.
        public static func notWrittenStop(sessionID: String) -> String {
            "No plan or draft was written; the answers are saved. Run `followup resume \(sessionID) --out <another folder>` "
                + "and say yes at the review to write them there."
        }

        public static func retryWriting(sessionID: String) -> String {
            "Your answers are safe. Type yes to try again, or /quit and run `followup resume \(sessionID) --out <another folder>`."
        }

        /// At `/quit` (or Ctrl-D) when the session could not be saved.
        public static func notSaved(answers: Int, path: String, reason: String) -> String {
            let what = answers == 1 ? "Your last answer is" : answers > 1 ? "Your last \(answers) answers are" : "This session is"
            return "\(what) not saved, only kept in memory: \(path) could not be written: \(reason)\(reason.hasSuffix(".") ? "" : ".")"
        }

        /// What can be done about a session that could not be saved.
        public static let unsavedChoices =
            "Type r to try saving again (after freeing space or fixing the folder), a folder to save the session there instead, or q to stop without saving."

        public static let savedElsewhere = "Saved there. Pick up where you left off with:"

        public static func stoppedUnsaved(answers: Int) -> String {
            answers == 1
                ? "Stopped without saving: your last answer is lost."
                : answers > 1 ? "Stopped without saving: your last \(answers) answers are lost." : "Stopped without saving."
        }

        public static func couldNotSave(_ reason: String) -> String {
            "Couldn't save the session: \(reason)\(reason.hasSuffix(".") ? "" : ".") Your answers are still here; I'll try again after the next one."
        }

        public static func offerSkip(tries: Int) -> String {
            "That's \(tries) tries. This one is optional: /skip leaves it out, and you can come back with /edit."
        }

        public static func commandsReminder(questionIsRequired: Bool) -> String {
            "Also: /back, /skip" + (questionIsRequired ? " (optional questions only)" : "")
                + ", /summary, /edit <field>, /save, /sent (mark an earlier interview's follow-up sent), /quit."
        }

        public static func unknownCommand(_ text: String, known: String) -> String {
            "I don't know the command \(text). Known commands: \(known). To answer with text that starts with '/', type '//'."
        }

        public static func notYet(fields: [String]) -> String {
            "Fine. Change any answer with /edit <field> (fields: \(fields.joined(separator: ", "))), or /quit to finish later."
        }
    }

    public static let commandsHelp = """
        /help            why the current question matters
        /back            go back one question
        /skip            leave an optional question unanswered
        /summary         show everything collected so far
        /edit <field>    change an earlier answer, then come back here
        /save            save now (every answer is saved anyway)
        /quit            stop; the session is kept and can be resumed
        //text           an answer that starts with '/'
        """
}
