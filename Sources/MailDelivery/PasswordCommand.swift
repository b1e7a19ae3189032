import Foundation

/// The password from a command (`pass show mail`, `secret-tool lookup …`), like mbsync's
/// `PassCmd`: followup never stores it, and keeps it only for the upload.
public enum PasswordCommand {
    /// Runs `command` with `/bin/sh -c` and returns the first line it prints.
    public static func run(_ command: String, configPath: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw DeliveryError("could not run /bin/sh for `imap.password_command` in \(configPath): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw DeliveryError(
                "`imap.password_command` (\(command)) in \(configPath) failed with exit status \(process.terminationStatus)"
                    + (problem.isEmpty ? "" : ": \(problem)") + ". Run it yourself to see why; nothing was uploaded.")
        }
        let password =
            String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).first
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) } ?? ""
        guard !password.isEmpty else {
            throw DeliveryError("`imap.password_command` (\(command)) in \(configPath) printed nothing: it must print the password on its first line.")
        }
        return password
    }
}
