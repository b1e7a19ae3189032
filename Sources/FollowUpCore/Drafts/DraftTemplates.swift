/// The default mustache templates for every draft, compiled into the binary.
///
/// A user can override any of them by name (`<home>/templates/<name>.mustache`, read by the
/// app and handed to ``DraftComposer/init(overrides:)``). Templates are always rendered as
/// plain text: the composer turns on `{{% CONTENT_TYPE: TEXT}}` itself, so `&`, `<` and `"`
/// come out as typed. If the first line of the output starts with `Subject:`, the rest of that
/// line becomes the subject; otherwise the default subject is used. The body is trimmed, and
/// runs of blank lines are folded to one.
///
/// ## Template names
/// `thank-you` (one per interviewer), `recruiter-note`, `check-in`, `final-check-in`,
/// `networking` (one per interviewer), `rejection-reply`.
///
/// ## Variables every template sees
/// - `subject`: the default subject line (names the role)
/// - `greeting`: the greeting line, e.g. `Dear Dr. Pérez,`, `Dear Ana Pérez,`, `Hi Ana,`
///   (see ``PersonName``)
/// - `greeting_name`: the name part of the greeting (`Dr. Pérez`, `Ana`)
/// - `recipient_name`, `recipient_email` (when known)
/// - `sign_off` (`Kind regards,` / `Best wishes,` / `Best,`) and `signature` (the candidate's
///   name, then email and phone in the formal and warm tones)
/// - `candidate_name`, `candidate_email`, `candidate_phone` (when known)
/// - `company`, `role`, `interview_date` (`Tuesday 3 March`)
/// - `decision_date` (`Friday 13 March`), present only when a decision day was said plainly
///   (`decision_date`, or "by friday" in the next steps; not "prob mid dec") and is a working day;
///   in the recruiter note, only when it is still to come on the day the note goes out
/// - `next_steps`: what the interviewers said happens next, when given
/// - `interviewers`: all interviewer names as a list in prose (`Ana Pérez and Bob Li`); to an
///   interviewer who is also the recruiter, they are "you" (`you and Bob Li`)
/// - `met`: who the candidate met, as the reader would hear it: `you` to the one interviewer,
///   their name to anyone else (`Dale`), `the team` for three or more
/// - `interviews`: `interview`, or `interviews` when more than one person interviewed
/// - `topic`: one topic to refer to: the recipient's first topic, else the first interviewer's;
///   in `check-in` and `final-check-in` ("our conversation about …") absent unless it is a topic
///   of the reader's own conversation: a recruiter who was in none of the interviews, or an
///   interviewer whose own topics give none, gets `heard_topic` instead ("after hearing about …
///   at the interview")
/// - `promised`: the promised material sent with the thank-yous, in prose; absent when nothing
///   was promised or only something still to come ("my licence once renewed")
/// - `formal`, `warm`, `brief`: true for the chosen tone (use as sections)
///
/// ## Extra variables for `thank-you`
/// - `paragraphs`: the composed paragraphs, in order (the default template just lists them)
/// - the parts: `opening`, `topic_reference` (empty in the brief tone), `interest`,
///   `strengths_sentence`, `concerns` (a list of sentences), `promised_sentence`,
///   `next_steps_question` (the closing sentence about what comes next: a question only when
///   the notes leave it open, else it looks forward to the decision date or the next step
///   they described), `offer`
/// - `topics` (a list) and `topic_list` (prose), `interviewer_title`
/// - `index` (1-based) and `count`: which interviewer of how many
///
/// ## Extra variables for `networking`
/// - `note`: the composed connection note, sized so the whole body stays within 300 characters
public enum DraftTemplates {
    public static let names = ["thank-you", "recruiter-note", "check-in", "final-check-in", "networking", "rejection-reply"]

    /// Template name → mustache source.
    public static let defaults: [String: String] = [
        "thank-you": thankYou,
        "recruiter-note": recruiterNote,
        "check-in": checkIn,
        "final-check-in": finalCheckIn,
        "networking": networking,
        "rejection-reply": rejectionReply,
    ]

    public static let thankYou = """
        Subject: {{subject}}

        {{greeting}}

        {{#paragraphs}}
        {{.}}

        {{/paragraphs}}
        {{sign_off}}
        {{signature}}
        """

    public static let networking = """
        Subject: {{subject}}

        {{greeting}}

        {{note}}

        {{sign_off}}
        {{candidate_name}}
        """

    public static let recruiterNote = """
        Subject: {{subject}}

        {{greeting}}

        {{#formal}}
        Thank you for arranging my interview for the {{role}} position at {{company}} and for coordinating the day so smoothly. It was a pleasure to meet {{interviewers}}{{#topic}}, and the discussion of {{topic}} was particularly valuable{{/topic}}.

        I remain very interested in the role. {{#decision_date}}Could you confirm whether a decision is still expected by {{decision_date}}, and whether there is a next step I should prepare for?{{/decision_date}}{{^decision_date}}Could you let me know what the next steps are and when a decision is expected?{{/decision_date}}

        {{#promised}}I have sent {{promised}} with my thank-you note. I would be glad to share the same with you. {{/promised}}Please let me know if I can provide any further information.
        {{/formal}}
        {{#warm}}
        Thank you for setting up my interview for the {{role}} role and for making the day run so smoothly. I really enjoyed meeting {{interviewers}}{{#topic}}, especially the conversation about {{topic}}{{/topic}}.

        I'm excited about the position and about {{company}}. {{#decision_date}}Is the decision still planned for around {{decision_date}}, and is there a next step I should get ready for?{{/decision_date}}{{^decision_date}}Could you let me know what the next steps are and roughly when you expect a decision?{{/decision_date}}

        {{#promised}}I've sent {{promised}} with my thank-you note. I'm happy to share the same with you too. {{/promised}}If anything else would help, please let me know.
        {{/warm}}
        {{#brief}}
        Thanks for arranging my interview for the {{role}} role. It was good to meet {{interviewers}}{{#topic}} and to discuss {{topic}}{{/topic}}.

        I'm keen on the position. {{#decision_date}}Is the decision still expected by {{decision_date}}, and what is the next step?{{/decision_date}}{{^decision_date}}What are the next steps, and when do you expect a decision?{{/decision_date}}

        {{#promised}}I've sent {{promised}} with my thank-you note. {{/promised}}I'm happy to provide anything else you need.
        {{/brief}}

        {{sign_off}}
        {{signature}}
        """

    public static let checkIn = """
        Subject: {{subject}}

        {{greeting}}

        {{#formal}}
        I am writing to follow up on my interview for the {{role}} position at {{company}} on {{interview_date}}.{{#decision_date}} I understand a decision was planned for {{decision_date}}.{{/decision_date}}

        My interest in the role remains strong{{#topic}}, particularly after our conversation about {{topic}}{{/topic}}{{#heard_topic}}, particularly after learning about {{heard_topic}} at the interview{{/heard_topic}}. Could you let me know where the process stands and what the next steps are?

        If any further information would help, I would be glad to provide it. Thank you again for your time and consideration.
        {{/formal}}
        {{#warm}}
        I hope your week is going well. I'm writing about the {{role}} role at {{company}}, which I interviewed for on {{interview_date}}.{{#decision_date}} I know you were hoping to decide around {{decision_date}}, and I understand these things can take longer.{{/decision_date}}

        I'm still very excited about the position{{#topic}}, especially after our conversation about {{topic}}{{/topic}}{{#heard_topic}}, especially after hearing about {{heard_topic}} at the interview{{/heard_topic}}. Is there any update you can share on the timeline or the next steps?

        If anything else would help{{^promised}}, such as references or a work sample{{/promised}}, I'm happy to send it. Thanks again for your time.
        {{/warm}}
        {{#brief}}
        I'm following up on my {{role}} interview on {{interview_date}}.{{#decision_date}} I understand the decision was due by {{decision_date}}.{{/decision_date}}

        I'm still keen on the role{{#topic}}, especially after our talk about {{topic}}{{/topic}}{{#heard_topic}}, especially after hearing about {{heard_topic}}{{/heard_topic}}. Is there an update on the timeline or next steps?

        I can send anything else you need.
        {{/brief}}

        {{sign_off}}
        {{signature}}
        """

    public static let finalCheckIn = """
        Subject: {{subject}}

        {{greeting}}

        {{#formal}}
        I am writing once more regarding the {{role}} position at {{company}}. I understand that hiring decisions can take time, and I remain very interested in the role{{#topic}}, particularly after our discussion of {{topic}}{{/topic}}{{#heard_topic}}, particularly after learning about {{heard_topic}} at the interview{{/heard_topic}}.

        Could you let me know whether there is any update on the decision or the next steps?

        If the position has been filled, I would be grateful to know, and I would welcome being considered for future openings. I am glad to provide any further information in the meantime.
        {{/formal}}
        {{#warm}}
        I'm writing one last time about the {{role}} role at {{company}}. I know hiring takes time, and I'm still very interested in the position{{#topic}}, especially after our conversation about {{topic}}{{/topic}}{{#heard_topic}}, especially after hearing about {{heard_topic}} at the interview{{/heard_topic}}.

        Is there any news you can share on the decision or the next steps?

        If you've decided to go in another direction, I'd appreciate knowing, and I'd love to stay in touch for future openings. I'm happy to send anything else that would help.
        {{/warm}}
        {{#brief}}
        One last note about the {{role}} role at {{company}}: I'm still very interested{{#topic}}, especially after our talk about {{topic}}{{/topic}}{{#heard_topic}}, especially after hearing about {{heard_topic}}{{/heard_topic}}.

        Is there an update on the decision or next steps?

        If the role has been filled, I'd appreciate knowing. I'm happy to provide anything else you need.
        {{/brief}}

        {{sign_off}}
        {{signature}}
        """

    public static let rejectionReply = """
        Subject: {{subject}}

        {{greeting}}

        {{#formal}}
        Thank you for letting me know your decision about the {{role}} position. While I am disappointed, I appreciated the opportunity to meet {{met}}{{#topic}} and to learn about {{topic}}{{/topic}}.

        Would you be willing to share any feedback on my {{interviews}}? It would help me as I continue my search.

        I would welcome being considered for future roles at {{company}}, and I am happy to share more about my experience should a suitable opening arise.
        {{/formal}}
        {{#warm}}
        Thank you for letting me know about the {{role}} role. I'm disappointed, of course, but I really enjoyed meeting {{met}}{{#topic}} and hearing about {{topic}}{{/topic}}.

        Would you be open to sharing any feedback from my {{interviews}}? It would help me a lot as I keep looking.

        I'd love to stay in touch, and I'd be glad to hear about future openings at {{company}}. I'm happy to share more about my experience at any time.
        {{/warm}}
        {{#brief}}
        Thank you for letting me know about the {{role}} role. I enjoyed meeting {{met}}{{#topic}} and learning about {{topic}}{{/topic}}.

        Could you share any feedback on my {{interviews}}? It would help me improve.

        I'd be glad to stay in touch about future roles at {{company}}, and I can share more about my work any time.
        {{/brief}}

        {{sign_off}}
        {{signature}}
        """
}
