/// The byte tests the fast ASCII paths share (on UTF-8 bytes; any byte of 0x80 or more is
/// not ASCII and answers false, or is left as it is).
enum ASCIIByte {
    /// `A`–`Z` made lowercase; every other byte unchanged.
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// `[A-Za-z]`
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// `[A-Za-z0-9]`
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || (byte &- 0x30) < 10 }

    /// True when every byte of `text` is ASCII (read from its UTF-8 storage: the standard
    /// library's UTF-8 view takes tens of instructions a byte).
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
    }

    /// `[A-Za-z0-9_]`: a word character for `\b`.
    @inline(__always) static func isWordCharacter(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 0x5F }
}
