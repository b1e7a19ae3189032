import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation
import MailDelivery

/// `followup drafts ID [STEP]`: the interview's drafts into the candidate's Drafts folder, by
/// IMAP or into a Maildir, ready to send from any mail app or phone.
struct DraftsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drafts",
        abstract: "Put an interview's drafts into your mail's Drafts folder (IMAP) or a Maildir.",
        discussion: """
            The drafts of every step still to do (or of one STEP) go to the Drafts mailbox of the \
            IMAP account in $XDG_CONFIG_HOME/followup/config.yaml (found by its \\Drafts mark, or \
            `drafts:`), flagged as drafts, or into the Maildir folder named there (or by --folder), \
            flagged D. A draft already there (same Message-ID) is not added twice. The password \
            comes from `password_command` each time and is never stored. The .eml files are never \
            changed: a failure loses nothing, and running again sends only what is missing.

            Examples:
              followup drafts acme-1120                  every open step's draft
              followup drafts acme-1120 thank-you-1 --imap
              followup drafts acme-1120 --maildir --folder ~/Mail/Drafts
            """)

    @OptionGroup var homeOptions: HomeOptions

    @Argument(help: "The interview's id (see followup list).")
    var id: String

    @Argument(help: "One step (see followup show ID); default: every step still to do that has a draft.")
    var step: String?

    @Flag(name: .long, help: "Upload to the IMAP account's Drafts mailbox.")
    var imap = false

    @Flag(name: .long, help: "Write into a Maildir folder, flagged Draft.")
    var maildir = false

    @Option(name: .long, help: ArgumentHelp("The Maildir folder (default: `maildir:` of the configuration).", valueName: "dir"))
    var folder: String?

    func run() throws {
        let app = AppContext(platform: .current(), homeOptions: homeOptions)
        let path = UserConfig.defaultPath(environment: app.platform.environment, userHome: app.platform.userHome)
        let config: UserConfig
        do {
            config = try UserConfig.load(path: path, userHome: app.platform.userHome)
        } catch {
            app.console.error("\(error)")
            throw ExitCode.failure
        }
        let record = try app.trackerAction { try app.openTracker().load(id: id) }
        let drafts = try app.trackerAction { try Self.drafts(of: record, step: step, config: config) }
        if drafts.isEmpty {
            app.console.write("\(id): no step still to do has a draft; nothing to put in Drafts.\n")
            return
        }
        let maildirFolder = folder.map(app.platform.absolute) ?? config.maildir
        var useIMAP = imap
        var useMaildir = maildir || folder != nil
        if !useIMAP && !useMaildir {
            useIMAP = config.imap != nil
            useMaildir = maildirFolder != nil
        }
        guard useIMAP || useMaildir else {
            app.console.error(
                "no mail account is set up. Set one in \(app.platform.tilde(path)), for example:\n"
                    + "  followup config imap.host imap.fastmail.com imap.user you@fastmail.com imap.password_command 'pass show mail'\n"
                    + "or `followup config maildir ~/Mail/Drafts`; or give --maildir --folder DIR.")
            throw ExitCode(64)
        }
        if useMaildir {
            guard let maildirFolder else {
                app.console.error("--maildir needs a folder: --folder DIR, or `maildir:` in \(path).")
                throw ExitCode(64)
            }
            let outcomes = try app.deliveryAction { try MaildirDrafts(folder: maildirFolder).deliver(drafts) }
            report(outcomes, drafts: drafts, place: maildirFolder, app: app)
        }
        if useIMAP {
            guard let account = config.imap else {
                app.console.error("--imap needs an `imap:` account in \(path) (host, user, password_command).")
                throw ExitCode(64)
            }
            let outcomes = try app.deliveryAction { () -> [DeliveryOutcome] in
                let password = try PasswordCommand.run(account.passwordCommand, configPath: path)
                let session = try IMAPDrafts(account: account, password: password, configPath: path)
                let mailbox = try session.draftsMailbox()
                return try session.deliver(drafts, into: mailbox)
            }
            report(outcomes, drafts: drafts, place: "\(account.host)", app: app)
        }
    }

    func report(_ outcomes: [DeliveryOutcome], drafts: [DeliverableDraft], place: String, app: AppContext) {
        for (outcome, draft) in zip(outcomes, drafts) {
            let name = (draft.path as NSString).lastPathComponent
            switch outcome {
            case .delivered(let target): app.console.write("\(name) → \(Self.describe(target, place: place, shownPath: app.platform.tilde))\n")
            case .alreadyThere(let target):
                app.console.write("\(name): already in \(Self.describe(target, place: place, shownPath: app.platform.tilde))\n")
            }
        }
    }

    /// `Drafts on imap.example.com` for a mailbox, or a Maildir file's path (with `~` for the home folder).
    static func describe(_ target: String, place: String, shownPath: (String) -> String) -> String {
        target.hasPrefix("/") ? shownPath(target) : "\(target) on \(place)"
    }

    /// The drafts of the steps still to do (or of `step`), prepared for a mailbox.
    static func drafts(of record: TrackedInterview, step: String?, config: UserConfig) throws -> [DeliverableDraft] {
        var chosen: [(round: Int, step: TrackedStep)] = []
        if let step {
            guard let entry = record.allSteps.first(where: { $0.ref == step }) else {
                throw TrackerError("\(record.id) has no step '\(step)'. Its steps are: \(record.allSteps.map(\.ref).joined(separator: ", ")).")
            }
            guard entry.step.draftFile != nil else { throw TrackerError("\(step) of \(record.id) has no draft to put in Drafts.") }
            chosen = [(entry.round, entry.step)]
        } else {
            chosen = record.pendingSteps.filter { $0.step.draftFile != nil }.map { ($0.round, $0.step) }
        }
        return try chosen.compactMap { entry in
            guard let file = entry.step.draftFile else { return nil }
            let candidate = record.rounds.first { $0.number == entry.round }?.answers.candidate
            let from = config.address.flatMap { EmailDraftEncoder.fromHeader(name: candidate?.name ?? "", address: $0) }
            do {
                return try DeliverableDraft(path: file, from: from)
            } catch let error as DeliveryError {
                throw TrackerError(error.message)
            }
        }
    }
}

extension AppContext {
    /// Runs a delivery, printing its refusal (login, network, certificate, mailbox) as an error.
    func deliveryAction<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DeliveryError {
            console.error(error.message)
            throw ExitCode.failure
        }
    }
}
