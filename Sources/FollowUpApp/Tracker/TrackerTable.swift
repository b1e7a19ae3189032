import FollowUpCore

/// Plain-text tables for the tracker commands: left-aligned columns, long cells shortened.
enum TrackerTable {
    static func render(header: [String], rows cells: [[String]]) -> String {
        var widths = header.map { TextWrapper.columns($0) }
        for row in cells {
            for (n, cell) in row.enumerated() where n < widths.count {
                widths[n] = max(widths[n], TextWrapper.columns(cell))
            }
        }
        func line(_ row: [String]) -> String {
            var out = ""
            for (n, cell) in row.enumerated() {
                out += cell
                if n < row.count - 1 { out += String(repeating: " ", count: widths[n] - TextWrapper.columns(cell) + 2) }
            }
            return out
        }
        return ([line(header)] + cells.map(line)).joined(separator: "\n") + "\n"
    }

    static func shorten(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// `Thu 19 Nov`: short, unambiguous within a year.
    static func short(_ date: LocalDate?) -> String {
        guard let date else { return "-" }
        return "\(LocalDate.weekdayNames[date.isoWeekday - 1]) \(date.day) \(LocalDate.monthNames[date.month - 1].prefix(3))"
    }
}
