extension BinaryInteger {
    /// The number in decimal with leading zeros up to `width` digits: `7.zeroPadded(2)` is `07`.
    public func zeroPadded(_ width: Int) -> String {
        let digits = String(self)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
