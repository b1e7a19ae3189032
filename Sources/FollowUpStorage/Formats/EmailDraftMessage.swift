import Foundation

/// One follow-up email, ready to be written as an `.eml` draft that a mail client opens for editing.
///
/// A plain value: the caller passes the date and time zone, so encoding never reads a clock.
public struct EmailDraftMessage: Equatable, Sendable {
    /// The sender; the `From` header is written only when `from` has an address.
    public var from: EmailMailbox?
    /// Recipients. A mailbox without an address is left out: `To` cannot hold a bare name.
    public var to: [EmailMailbox]
    /// Copy recipients, with the same rule as `to`.
    public var cc: [EmailMailbox]
    public var subject: String
    /// The instant written in the `Date` header.
    public var date: Date
    /// The zone whose offset the `Date` header shows, e.g. `+0100`.
    public var timeZone: TimeZone
    /// Plain text; any line-end convention. Written as UTF-8, quoted-printable, with CRLF line ends.
    public var body: String
    /// An optional `Message-ID` such as `<thank-you-ana@followup.invalid>`; angle brackets are added when missing.
    public var messageID: String?

    public init(
        from: EmailMailbox? = nil, to: [EmailMailbox] = [], cc: [EmailMailbox] = [], subject: String,
        date: Date, timeZone: TimeZone, body: String, messageID: String? = nil
    ) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.date = date
        self.timeZone = timeZone
        self.body = body
        self.messageID = messageID
    }
}

/// A display name and an optional address, as in `José Pérez <jose@example.com>`.
public struct EmailMailbox: Equatable, Sendable {
    public var name: String
    /// An address in the plain `local@domain` form that `EmailAddress.problem(with:)` accepts.
    public var address: String?

    public init(name: String, address: String? = nil) {
        self.name = name
        self.address = address
    }
}
